// Covariate rules on hand-built records (no data needed), then on the shared data.
#include "casus/research/dyad_covariates.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "casus/research/dyad_years.h"
#include "test_data.h"

namespace casus::research {
namespace {

MidParticipant mid(int dispute, int ccode, PartialDate start, PartialDate end, bool side_a) {
  return {dispute, ccode, start, end, side_a};
}

TEST(ConflictIndex, MidOnsetIsTheFirstYearOrAfterAGapOfMoreThanAYear) {
  // Dispute 1: A (10) on side A 1900-1906, B (20) on side B in 1900-1901 and again 1904-1906
  // (a gap of two years: a new onset in 1904); C (30) on side A with A: never opposite.
  std::vector<MidParticipant> p = {
      mid(1, 10, {1900, 3, 1}, {1906, 5, {}}, true),  mid(1, 20, {1900, 6, {}}, {1901, 2, 3}, false),
      mid(1, 20, {1904, 1, 1}, {1906, 1, 1}, false), mid(1, 30, {1900, 1, 1}, {1906, 1, 1}, true),
  };
  auto ix = ConflictIndex::from_mids(p);
  auto f = [&](int y, int a, int b) { return std::pair(ix.at(y, a, b).onset, ix.at(y, a, b).ongoing); };
  EXPECT_EQ(f(1900, 10, 20), std::pair(true, true));
  EXPECT_EQ(f(1900, 20, 10), std::pair(true, true));  // directed: both orders
  EXPECT_EQ(f(1901, 10, 20), std::pair(false, true));
  EXPECT_EQ(f(1902, 10, 20), std::pair(false, false));
  EXPECT_EQ(f(1904, 10, 20), std::pair(true, true));  // ydiff > 1
  EXPECT_EQ(f(1905, 10, 20), std::pair(false, true));
  EXPECT_EQ(f(1900, 10, 30), std::pair(false, false));  // same side
  EXPECT_EQ(f(1901, 20, 30), std::pair(false, true));
}

TEST(ConflictIndex, OppositeSidesMustShareADay) {
  // A leaves on 31 Mar 1950, B joins on 1 Apr 1950: no shared day, no dyad-year.
  std::vector<MidParticipant> p = {mid(2, 10, {1950, 1, 1}, {1950, 3, 31}, true),
                                   mid(2, 20, {1950, 4, 1}, {1950, 12, 31}, false)};
  EXPECT_FALSE(ConflictIndex::from_mids(p).at(1950, 10, 20).ongoing);
  // Unknown end day = the last day of the month: shares 31 March with a start on the 31st.
  p = {mid(3, 10, {1950, 1, 1}, {1950, 3, {}}, true), mid(3, 20, {1950, 3, 31}, {1950, 12, 31}, false)};
  EXPECT_TRUE(ConflictIndex::from_mids(p).at(1950, 10, 20).ongoing);
}

TEST(ConflictIndex, SeveralDisputesInOneDyadYearKeepTheOnset) {
  // Dispute 4 is ongoing in 1961 (onset 1960), dispute 5 begins in 1961: the dyad-year is an onset.
  std::vector<MidParticipant> p = {
      mid(4, 10, {1960, 1, 1}, {1961, 12, 31}, true), mid(4, 20, {1960, 1, 1}, {1961, 12, 31}, false),
      mid(5, 20, {1961, 6, 1}, {1961, 7, 1}, true),   mid(5, 10, {1961, 6, 1}, {1961, 7, 1}, false),
  };
  auto ix = ConflictIndex::from_mids(p);
  EXPECT_TRUE(ix.at(1961, 10, 20).onset);
  EXPECT_TRUE(ix.at(1961, 10, 20).ongoing);
  EXPECT_FALSE(ix.at(1962, 10, 20).ongoing);
  EXPECT_FALSE(ix.covers(2015));
}

TEST(ConflictIndex, WarResumedCombatIsItsOwnOnset) {
  WarParticipant a, b;
  a.war_number = b.war_number = 7;
  a.ccode = 10;
  b.ccode = 20;
  a.side = 1;
  b.side = 2;
  a.start1 = b.start1 = {1900, 1, 1};
  a.end1 = b.end1 = PartialDate{1901, 6, 1};
  a.start2 = b.start2 = PartialDate{1901, 9, 1};
  a.end2 = b.end2 = PartialDate{1902, 1, 1};
  auto ix = ConflictIndex::from_wars({a, b});
  EXPECT_TRUE(ix.at(1900, 10, 20).onset);
  EXPECT_FALSE(ix.at(1902, 20, 10).onset);
  EXPECT_TRUE(ix.at(1901, 20, 10).onset);  // the second episode starts in 1901
  EXPECT_TRUE(ix.at(1902, 20, 10).ongoing);
}

TEST(MajorPowers, AnyDayOfTheYearCounts) {
  std::vector<CowMajorSpell> s = {{"ITA", 325, {1860, 1, 1}, {1943, 9, 2}}};
  auto m = MajorPowers::build(s);
  EXPECT_TRUE(m.major(325, 1943));
  EXPECT_FALSE(m.major(325, 1944));
  EXPECT_FALSE(m.major(2, 1900));
}

// On the shared data: the COW directed dyadic war file (built from who fought whom)
// against casus's war dyad-years (opposite sides on a same day, as peacesciencer's
// cow_war_inter): 1,274 of its 1,354 dyad-years 1816-2007 are ongoing here; the rest are
// pairs the participant file puts on the same side or not on the same days (e.g. the USA
// and Vichy France in 1942). The file lists ten dyad-years twice; each counts once.
TEST(Covariates, WarDyadYearsCoverTheDirectedDyadicWarFile) {
  using testing::data_path;
  const auto wars_path = data_path("cow-interstate-war-4.0/Inter-StateWarData_v4.0.csv");
  const auto dyadic = data_path("cow-directed-dyadic-war/directed_dyadic_war.csv");
  CASUS_REQUIRE_DATA(wars_path);
  CASUS_REQUIRE_DATA(dyadic);
  auto wars = load_cow_interstate_wars(wars_path);
  ASSERT_TRUE(wars.ok()) << wars.error().message();
  auto ix = ConflictIndex::from_wars(wars.value());
  std::ifstream in(dyadic);
  std::string line;
  std::getline(in, line);
  std::set<std::tuple<int, int, int>> seen;  // the file lists a few dyad-years twice
  int total = 0, found = 0;
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::string cell;
    std::vector<std::string> c;
    while (std::getline(ss, cell, ',')) c.push_back(cell);
    const int a = std::stoi(c[3]), b = std::stoi(c[4]), y = std::stoi(c[11]);
    if (y > kWarLastYear || !seen.insert({a, b, y}).second) continue;
    ++total;
    found += ix.at(y, a, b).ongoing;
  }
  EXPECT_EQ(total, 1354);
  EXPECT_EQ(found, 1274);
  EXPECT_TRUE(ix.at(1914, 255, 365).onset);  // Germany-Russia, World War I
  EXPECT_TRUE(ix.at(1941, 2, 740).onset);    // USA-Japan, World War II
}

TEST(Covariates, MidsOnTheSharedData) {
  using testing::data_path;
  const auto path = data_path("cow-mid-5.0/MIDB 5.0.csv");
  CASUS_REQUIRE_DATA(path);
  auto p = load_cow_mid_participants(path);
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p.value().size(), 5883u);
  auto ix = ConflictIndex::from_mids(p.value());
  // MID 2 (MIDB's first rows): the UK and the USA, July 1902 - 24 January 1903.
  EXPECT_TRUE(ix.at(1902, 200, 2).onset);
  EXPECT_TRUE(ix.at(1903, 2, 200).ongoing);
}

}  // namespace
}  // namespace casus::research

// Properties of the shipped corpus and of the dated queries over it.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "casus/diff.h"
#include "corpus/iso_codes.h"
#include "reasoning/conditions.h"
#include "test_support.h"

using namespace casus;

namespace {

Date day(const char* s) { return *Date::parse(s); }

TEST(Corpus, EveryProvisionHasSourceAndStatus) {
  for (const auto& t : test::corpus().treaties())
    for (const auto& p : t.provisions) EXPECT_FALSE(p.provenance.source.empty()) << t.id << " Art. " << p.article;
}

TEST(Corpus, StateNamesComeFromIsoCodesInEnglishAndGerman) {
  const State* de = test::corpus().state("DEU");
  ASSERT_TRUE(de);
  EXPECT_EQ(de->name_en, "Germany");
  EXPECT_EQ(de->name_de, "Deutschland");
  const State* su = test::corpus().state("SUN");
  ASSERT_TRUE(su);
  EXPECT_NE(su->name_en.find("Soviet"), std::string::npos);
  EXPECT_NE(su->name_de, su->name_en) << "the German catalogue should translate the USSR's name";
}

TEST(Corpus, NatoHas32MembersIn2024AndTwelveIn1949) {
  const Treaty* nato = test::corpus().treaty("nato-1949");
  ASSERT_TRUE(nato);
  auto count = [&](Date d) {
    std::set<StateId> s;
    for (const auto& m : nato->members)
      if (member_on(*nato, m.state, d) == Truth::yes) s.insert(m.state);
    return s.size();
  };
  EXPECT_EQ(count(day("1949-08-24")), 12u);
  EXPECT_EQ(count(day("2024-03-06")), 31u);  // the day before Sweden's accession
  EXPECT_EQ(count(day("2024-03-07")), 32u);
  EXPECT_EQ(member_on(*nato, "FIN", day("2023-04-03")), Truth::no);
  EXPECT_EQ(member_on(*nato, "FIN", day("2023-04-04")), Truth::yes);
}

TEST(Corpus, RussianTreatiesWithTheDprkFollowEachOther) {
  const Corpus& c = test::corpus();
  const Treaty* t1961 = c.treaty("su-kp-1961");
  const Treaty* t2000 = c.treaty("ru-kp-2000");
  const Treaty* t2024 = c.treaty("ru-kp-2024");
  ASSERT_TRUE(t1961 && t2000 && t2024);
  EXPECT_EQ(in_force_on(*t1961, day("1996-09-09")), Truth::yes);
  EXPECT_EQ(in_force_on(*t1961, day("1996-09-10")), Truth::no);  // lapsed that day
  EXPECT_EQ(in_force_on(*t2000, day("2024-12-03")), Truth::yes);
  EXPECT_EQ(in_force_on(*t2000, day("2024-12-04")), Truth::no);  // replaced that day
  EXPECT_EQ(in_force_on(*t2024, day("2024-12-03")), Truth::no);
  EXPECT_EQ(in_force_on(*t2024, day("2024-12-04")), Truth::yes);
  EXPECT_EQ(member_on(*t1961, "SUN", day("1991-12-25")), Truth::yes);
  EXPECT_EQ(member_on(*t1961, "RUS", day("1991-12-26")), Truth::yes);
}

TEST(Corpus, AnzusLegTowardsNewZealandIsSuspendedFrom1986OnlyOneWay) {
  const Treaty* anzus = test::corpus().treaty("anzus-1951");
  ASSERT_TRUE(anzus);
  EXPECT_EQ(suspended_on(*anzus, "USA", "NZL", day("1985-06-01")), Truth::no);
  EXPECT_EQ(suspended_on(*anzus, "USA", "NZL", day("1986-06-01")), Truth::unknown);  // known only to the year
  EXPECT_EQ(suspended_on(*anzus, "USA", "NZL", day("1987-06-01")), Truth::yes);
  EXPECT_EQ(suspended_on(*anzus, "AUS", "NZL", day("1987-06-01")), Truth::no);
}

TEST(Regions, MostSpecificEntryWinsAndDatedEntriesExpire) {
  const Corpus& c = test::corpus();
  const Region* art6 = c.region("nato-art6-territory");
  ASSERT_TRUE(art6);
  std::string why;
  EXPECT_EQ(in_region(c, "USA", *art6, day("2025-01-01"), &why), Truth::yes) << why;
  EXPECT_EQ(in_region(c, "US-HI", *art6, day("2025-01-01"), &why), Truth::no) << why;
  EXPECT_EQ(in_region(c, "US-AK", *art6, day("2025-01-01"), &why), Truth::yes) << why;
  EXPECT_EQ(in_region(c, "PRK", *art6, day("2025-01-01"), &why), Truth::no) << why;
  const Region* pacific = c.region("pacific-area");
  ASSERT_TRUE(pacific);
  EXPECT_EQ(in_region(c, "USA", *pacific, day("2025-01-01"), &why), Truth::unknown) << why;
}

TEST(Diff, The2024TreatyQualifiesThe1961AssistanceClause) {
  const Corpus& c = test::corpus();
  auto changes = diff_treaties(*c.treaty("su-kp-1961"), *c.treaty("ru-kp-2024"));
  const ProvisionChange* assist = nullptr;
  for (const auto& ch : changes)
    if (ch.from && ch.from->kind == ProvisionKind::defence) assist = &ch;
  ASSERT_TRUE(assist);
  EXPECT_EQ(assist->kind, ProvisionChange::Kind::qualified);
  EXPECT_EQ(assist->to->article, "4");
  auto has = [&](const std::string& s) {
    return std::any_of(assist->details.begin(), assist->details.end(),
                       [&](const std::string& d) { return d.find(s) != std::string::npos; });
  };
  EXPECT_TRUE(has("+ gate un-charter-art-51"));
  EXPECT_TRUE(has("+ gate domestic-law"));
  bool territory_denial_added = std::any_of(changes.begin(), changes.end(), [](const ProvisionChange& ch) {
    return ch.kind == ProvisionChange::Kind::added && ch.to->kind == ProvisionKind::territory_denial;
  });
  EXPECT_TRUE(territory_denial_added);
}

TEST(IsoCodes, ReadsGermanCatalogue) {
  Diagnostics diag;
  const IsoCodes* iso = IsoCodes::installed(diag);
  ASSERT_TRUE(iso) << diag.str();
  ASSERT_TRUE(iso->country("KOR"));
  EXPECT_EQ(iso->country("FRA")->de, "Frankreich");
  ASSERT_TRUE(iso->subdivision("US-HI"));
  EXPECT_EQ(iso->subdivision("US-HI")->en, "Hawaii");
}

}  // namespace

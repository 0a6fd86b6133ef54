// Reader tests against the shared datasets (skipped by name when absent), and
// located-error tests on small malformed copies.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "casus/research/atop.h"
#include "casus/research/cow_alliance.h"
#include "casus/research/cow_states.h"
#include "casus/research/cow_war.h"
#include "casus/research/gw_states.h"
#include "casus/research/nmc.h"
#include "test_data.h"

namespace casus::research {
namespace {

using testing::data_path;

std::string write_temp(const std::string& name, const std::string& bytes) {
  auto path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(CowInterstateWar, CrOnlyOriginalHas337ParticipantsIn95Wars) {
  const auto path = data_path("cow-interstate-war-4.0/Inter-StateWarData_v4.0.csv");
  CASUS_REQUIRE_DATA(path);
  const std::string bytes = read_all(path);
  ASSERT_EQ(bytes.find('\n'), std::string::npos) << "expected the CR-only original";
  ASSERT_NE(bytes.back(), '\r') << "expected no final line terminator";
  auto wars = load_cow_interstate_wars(path);
  ASSERT_TRUE(wars.ok()) << wars.error().message();
  EXPECT_EQ(wars.value().size(), 337u);
  std::set<int> numbers;
  for (const auto& w : wars.value()) numbers.insert(w.war_number);
  EXPECT_EQ(numbers.size(), 95u);
  // -8 = not applicable becomes "no second spell".
  EXPECT_FALSE(wars.value().front().start2.has_value());
}

TEST(CowInterstateWar, CrOnlyAndLfCopiesReadTheSame) {
  const auto cr = data_path("cow-interstate-war-4.0/Inter-StateWarData_v4.0.csv");
  const auto lf = data_path("cow-interstate-war-4.0/Inter-StateWarData_v4.0.lf.csv");
  CASUS_REQUIRE_DATA(cr);
  CASUS_REQUIRE_DATA(lf);
  auto a = load_cow_interstate_wars(cr);
  auto b = load_cow_interstate_wars(lf);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a.value().size(), b.value().size());
  for (std::size_t i = 0; i < a.value().size(); ++i) {
    EXPECT_EQ(a.value()[i].ccode, b.value()[i].ccode);
    EXPECT_EQ(a.value()[i].trans_from, b.value()[i].trans_from);
  }
}

TEST(CowInterstateWar, MalformedRowIsALocatedErrorAndNothingIsLoaded) {
  const auto path = data_path("cow-interstate-war-4.0/Inter-StateWarData_v4.0.csv");
  CASUS_REQUIRE_DATA(path);
  std::string bytes = read_all(path);
  // Break the ccode of the third data row (line 4 of the CR-only file).
  std::size_t line_start = 0;
  for (int l = 1; l < 4; ++l) line_start = bytes.find('\r', line_start) + 1;
  std::size_t field = line_start;
  for (int f = 1; f < 4; ++f) field = bytes.find(',', field) + 1;  // 4th field = ccode
  bytes.insert(field, "x");
  auto bad = write_temp("casus_war_bad.csv", bytes);
  auto r = load_cow_interstate_wars(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, fmt::format("{}:4:{}", bad, field - line_start + 1));
  EXPECT_NE(r.error().what.find("ccode: expected an integer"), std::string::npos) << r.error().message();
  std::remove(bad.c_str());
}

TEST(Atop, MemberAndAllianceFilesLoadCompletely) {
  const auto m = data_path("atop-5.1/atop5_1m.csv");
  const auto a = data_path("atop-5.1/atop5_1a.csv");
  CASUS_REQUIRE_DATA(m);
  CASUS_REQUIRE_DATA(a);
  auto members = load_atop_members(m);
  ASSERT_TRUE(members.ok()) << members.error().message();
  EXPECT_EQ(members.value().size(), 2510u);
  auto alliances = load_atop_alliances(a);
  ASSERT_TRUE(alliances.ok()) << alliances.error().message();
  EXPECT_EQ(alliances.value().size(), 789u);
  // Every member-phase row belongs to an alliance of the alliance file.
  std::set<int> ids;
  for (const auto& al : alliances.value()) ids.insert(al.atopid);
  for (const auto& mem : members.value()) EXPECT_TRUE(ids.count(mem.atopid)) << mem.atopid;
  // Codebook conventions: INEFFECT rows have no exit; some entry days are blank (missing).
  int in_effect = 0, missing_day = 0, obvary = 0;
  for (const auto& mem : members.value()) {
    in_effect += !mem.exit.has_value();
    missing_day += !mem.entry.day.has_value();
    obvary += mem.obvary;
  }
  EXPECT_EQ(in_effect, 1146);
  EXPECT_EQ(missing_day, 5);
  EXPECT_EQ(obvary, 54);
}

TEST(Atop, BritainFranceSweden1855ConditionsAndDates) {
  const auto m = data_path("atop-5.1/atop5_1m.csv");
  CASUS_REQUIRE_DATA(m);
  auto members = load_atop_members(m);
  ASSERT_TRUE(members.ok());
  int found = 0;
  for (const auto& mem : members.value()) {
    if (mem.atopid != 1190) continue;
    ++found;
    EXPECT_EQ(mem.entry.year, 1855);
    EXPECT_EQ(mem.obligations[static_cast<int>(AtopObligation::kDefense)], mem.member != 380);
  }
  EXPECT_EQ(found, 3);
}

TEST(Atop, BadDummyIsALocatedError) {
  const auto m = data_path("atop-5.1/atop5_1m.csv");
  CASUS_REQUIRE_DATA(m);
  std::string bytes = read_all(m);
  // Line 2, the 31st field (defense) set to 7.
  std::size_t line2 = bytes.find("\r\n") + 2, pos = line2;
  for (int f = 1; f < 31; ++f) pos = bytes.find(',', pos) + 1;
  std::size_t end = bytes.find(',', pos);
  bytes.replace(pos, end - pos, "7");
  auto bad = write_temp("casus_atop_bad.csv", bytes);
  auto r = load_atop_members(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message(), fmt::format("{}:2:{}: defense: expected 0 or 1, found \"7\"", bad, pos - line2 + 1));
  std::remove(bad.c_str());
}

TEST(CowStates, SystemStatesAndMajors) {
  const auto s = data_path("cow-states-2016/states2016.csv");
  const auto y = data_path("cow-states-2016/system2016.csv");
  const auto mj = data_path("cow-states-2016/majors2016.csv");
  CASUS_REQUIRE_DATA(s);
  auto states = load_cow_states(s);
  auto years = load_cow_system(y);
  auto majors = load_cow_majors(mj);
  ASSERT_TRUE(states.ok() && years.ok() && majors.ok());
  EXPECT_EQ(states.value().size(), 243u);
  EXPECT_EQ(years.value().size(), 15951u);
  EXPECT_EQ(majors.value().size(), 14u);
  std::set<int> codes;
  for (const auto& st : states.value()) codes.insert(st.ccode);
  EXPECT_EQ(codes.size(), 217u);
}

TEST(GleditschWard, SpellsWithDates) {
  const auto p = data_path("gleditsch-ward-states/iisystem.dat");
  CASUS_REQUIRE_DATA(p);
  auto spells = load_gw_states(p);
  ASSERT_TRUE(spells.ok()) << spells.error().message();
  EXPECT_EQ(spells.value().size(), 216u);
  EXPECT_EQ(spells.value().front().gwcode, 2);
  EXPECT_EQ(spells.value().front().end, (PartialDate{2017, 12, 31}));
}

TEST(GleditschWard, BadDateIsALocatedError) {
  auto bad = write_temp("casus_gw_bad.dat", "2\tUSA\tUnited States\t01:01:1816\t31:12:2017\n20\tCAN\tCanada\t1867-07-01\t31:12:2017\n");
  auto r = load_gw_states(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, bad + ":2:15");
  EXPECT_NE(r.error().what.find("start: expected a date dd:mm:yyyy"), std::string::npos) << r.error().message();
  std::remove(bad.c_str());
}

TEST(Nmc, MinusNineIsMissing) {
  const auto p = data_path("cow-nmc-6.0/NMC-60-abridged.csv");
  CASUS_REQUIRE_DATA(p);
  auto nmc = load_nmc(p);
  ASSERT_TRUE(nmc.ok()) << nmc.error().message();
  EXPECT_EQ(nmc.value().size(), 15951u);
  int missing_milex = 0;
  for (const auto& r : nmc.value()) missing_milex += !r.milex.has_value();
  EXPECT_GT(missing_milex, 0);
  EXPECT_NEAR(nmc.value().front().cinc.value(), 0.039697491, 1e-12);  // USA 1816
}

TEST(CowAlliances, UserSuppliedMemberFile) {
  const auto p = data_path("cow-alliances-4.1/alliance_v4.1_by_member.csv");
  CASUS_REQUIRE_DATA(p);
  auto rows = load_cow_alliance_members(p);
  ASSERT_TRUE(rows.ok()) << rows.error().message();
  EXPECT_EQ(rows.value().size(), 1221u);
  std::set<int> ids;
  for (const auto& r : rows.value()) ids.insert(r.alliance_id);
  EXPECT_EQ(ids.size(), 414u);
  EXPECT_FALSE(rows.value().front().member_end.has_value());  // blank = still in force
}

}  // namespace
}  // namespace casus::research

// `casus states` and the COW data directory, as a user meets them: exit codes and key lines.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include "test_support.h"

namespace fs = std::filesystem;

namespace {

using casus::test::Run;

// Runs the casus binary in `dir` (default: the source tree); stderr goes to stdout. CASUS_DATA is
// cleared so that only --data-dir and the ../shared/data default choose the data directory.
Run casus_in(const std::string& dir, const std::string& args) {
  casus::test::CasusCall how;
  how.prefix = "env -u CASUS_DATA";
  how.dir = dir;
  return casus::test::run_casus(args, how);
}
Run casus_cli(const std::string& args) { return casus_in(CASUS_SOURCE_DIR, args); }

const std::string kData = CASUS_DATA_DIR;
bool have_cow() { return fs::exists(kData + "/cow-states-2016/states2016.csv"); }

}  // namespace

TEST(StatesCli, ListsMatchesWithDisplayIsoAndGermanNames) {
  auto r = casus_cli("states korea");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("PRK      North Korea"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ISO: Korea, Democratic People's Republic of"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("KOR      South Korea"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("COW 731 PRK"), std::string::npos) << r.out;
  auto de = casus_cli("states --lang de nordkorea");
  ASSERT_EQ(de.code, 0) << de.out;
  EXPECT_NE(de.out.find("PRK      Nordkorea"), std::string::npos) << de.out;
  EXPECT_EQ(casus_cli("states --lang fr korea").code, 1);
}

TEST(StatesCli, JsonCarriesEveryColumn) {
  auto r = casus_cli("--corpus corpus states --json afghanistan");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["id"], "AFG");
  EXPECT_EQ(j[0]["display_name"], "Afghanistan");
  EXPECT_EQ(j[0]["name_de"], "Afghanistan");
  EXPECT_EQ(j[0]["iso_list"], "3166-1");
  EXPECT_TRUE(j[0].contains("cow_code"));
  EXPECT_TRUE(j[0].contains("cow_spells"));
}

TEST(StatesCli, NoMatchSuggestsTheNearest) {
  auto r = casus_cli("states afganistan");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("no state matches \"afganistan\"; did you mean AFG (Afghanistan)"), std::string::npos) << r.out;
}

TEST(StatesCli, ADataDirectoryAskedForMustHoldTheCowList) {
  auto r = casus_cli("--data-dir /nonexistent-casus-data states");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("no COW state list in the data directory \"/nonexistent-casus-data\""), std::string::npos) << r.out;
}

TEST(StatesCli, HistoricalCowStatesWithTheDataDirectory) {
  if (!have_cow()) GTEST_SKIP() << "research data absent (COW state list): " << kData;
  auto r = casus_cli("--data-dir '" + kData + "' states german");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("cow-265  German Democratic Republic COW 265 GDR: 1954-03-25–1990-10-02"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("21 from the COW list"), std::string::npos) << r.out;
  auto v = casus_cli("states --data-dir '" + kData + "' vietnam");
  EXPECT_NE(v.out.find("cow-817  Republic of Vietnam"), std::string::npos) << v.out;
}

// Without any data directory (no flag, no CASUS_DATA, no ../shared/data beside the working
// directory), a scenario naming a COW-only state is rejected with the reason.
TEST(StatesCli, HistoricalCowStateWithoutTheDataDirectoryIsExplained) {
  const fs::path dir = fs::temp_directory_path() / "casus-no-data" / "work";
  fs::create_directories(dir);
  ASSERT_FALSE(fs::exists(dir.parent_path() / "shared" / "data"));
  const std::string src = CASUS_SOURCE_DIR;
  auto r = casus_in(dir.string(), "--corpus '" + src + "/corpus' run '" + src + "/tests/bad/scenarios/cow-state-without-data.toml'");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("found \"cow-265\": ids cow-NNN name states of the COW state list"), std::string::npos) << r.out;
  auto s = casus_in(dir.string(), "--corpus '" + src + "/corpus' states");
  EXPECT_EQ(s.code, 0) << s.out;
  EXPECT_NE(s.out.find("0 from the COW list, which was not read"), std::string::npos) << s.out;
  fs::remove_all(dir.parent_path());
}

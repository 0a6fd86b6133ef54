// The subcommands through CLI11, as `casus` will call them.
#include "casus/research/commands.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_data.h"

namespace casus::research {
namespace {

int run(std::vector<std::string> args) {
  CLI::App app{"test"};
  register_commands(app);
  std::vector<const char*> argv = {"casus"};
  for (auto& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), const_cast<char**>(argv.data()));
  } catch (const CLI::ParseError& e) {
    return e.get_exit_code();
  }
  return 0;
}

TEST(Commands, MissingDataDirectoryFailsWithAClearMessage) {
  unsetenv("CASUS_DATA");
  ::testing::internal::CaptureStderr();
  int code = run({"dyads"});
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(code, 2);
  EXPECT_NE(err.find("casus dyads: no data directory: pass --data-dir DIR or set the CASUS_DATA"), std::string::npos)
      << err;
}

TEST(Commands, FlagWinsOverEnvironment) {
  setenv("CASUS_DATA", "/nonexistent-casus-env", 1);
  ::testing::internal::CaptureStderr();
  int code = run({"dyads", "--data-dir", "/nonexistent-casus-flag"});
  std::string err = ::testing::internal::GetCapturedStderr();
  unsetenv("CASUS_DATA");
  EXPECT_EQ(code, 1);
  EXPECT_NE(err.find("--data-dir: \"/nonexistent-casus-flag\" is not a directory"), std::string::npos) << err;
}

TEST(Commands, MalformedDatasetFailsWithLocationAndWritesNothing) {
  const auto src = testing::data_path("cow-states-2016/system2016.csv");
  CASUS_REQUIRE_DATA(src);
  auto dir = std::filesystem::temp_directory_path() / "casus_cmd_bad";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "cow-states-2016");
  std::ofstream(dir / "cow-states-2016/system2016.csv") << "stateabb,ccode,year,version\nUSA,2,1816,2016\nUKG,200,18l6,2016\n";
  auto out = (dir / "out.csv").string();
  ::testing::internal::CaptureStderr();
  int code = run({"dyads", "--data-dir", dir.string(), "--out", out});
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(code, 1);
  EXPECT_NE(err.find("system2016.csv:3:9: year: expected an integer, found \"18l6\""), std::string::npos) << err;
  EXPECT_FALSE(std::filesystem::exists(out));
  std::filesystem::remove_all(dir);
}

TEST(Commands, DyadsWritesTheRequestedYearsAsCsv) {
  CASUS_REQUIRE_DATA(testing::data_path("atop-5.1/atop5_1m.csv"));
  CASUS_REQUIRE_DATA(testing::data_path("cow-states-2016/system2016.csv"));
  CASUS_REQUIRE_DATA(testing::data_path("cow-nmc-6.0/NMC-60-abridged.csv"));
  auto out = (std::filesystem::temp_directory_path() / "casus_cmd_dyads.csv").string();
  ASSERT_EQ(run({"dyads", "--data-dir", testing::data_dir(), "--from", "1832", "--to", "1833", "--ndir", "max",
                 "--out", out}),
            0);
  std::ifstream in(out);
  std::string header, line;
  std::getline(in, header);
  EXPECT_EQ(header.substr(0, 27), "ccode1,ccode2,year,atop_def");
  int rows = 0;
  bool be_fr = false;
  while (std::getline(in, line)) {
    ++rows;
    if (line.rfind("211,220,1832,1,", 0) == 0) be_fr = true;
  }
  EXPECT_TRUE(be_fr);
  EXPECT_GT(rows, 100);
  std::filesystem::remove(out);
}

}  // namespace
}  // namespace casus::research

namespace casus::research {
namespace {

namespace fs = std::filesystem;

int run_capture(std::vector<std::string> args, std::string& err) {
  ::testing::internal::CaptureStderr();
  int code = run(std::move(args));
  err = ::testing::internal::GetCapturedStderr();
  return code;
}

// Issue 8: a header-only system2016.csv is a bad dataset file (exit 1), not an
// impossible --from/--to (exit 2).
TEST(Commands, EmptySystemFileIsADatasetErrorNotAYearRange) {
  auto dir = fs::temp_directory_path() / "casus_cmd_empty";
  fs::remove_all(dir);
  fs::create_directories(dir / "cow-states-2016");
  std::ofstream(dir / "cow-states-2016/system2016.csv") << "stateabb,ccode,year,version\n";
  std::string err;
  EXPECT_EQ(run_capture({"dyads", "--data-dir", dir.string()}, err), 1);
  EXPECT_NE(err.find("system2016.csv: empty or invalid dataset file"), std::string::npos) << err;
  EXPECT_EQ(err.find("--from"), std::string::npos) << err;
  std::ofstream(dir / "cow-states-2016/system2016.csv", std::ios::trunc);  // zero bytes
  EXPECT_EQ(run_capture({"dyads", "--data-dir", dir.string()}, err), 1);
  EXPECT_NE(err.find("empty file"), std::string::npos) << err;
  fs::remove_all(dir);
}

TEST(Commands, YearsOutsideTheDataAreRefusedAndMryExtends) {
  CASUS_REQUIRE_DATA(testing::data_path("cow-states-2016/states2016.csv"));
  std::string err;
  EXPECT_EQ(run_capture({"dyads", "--data-dir", testing::data_dir(), "--from", "2010", "--to", "2024"}, err), 2);
  EXPECT_NE(err.find("--to: 2024 is outside the cow system's data (1816..2016); --mry carries the states alive on "
                     "31 Dec 2016 on to"),
            std::string::npos)
      << err;
  EXPECT_EQ(run_capture({"dyads", "--data-dir", testing::data_dir(), "--from", "1800"}, err), 2);
  EXPECT_NE(err.find("--from: 1800 is outside"), std::string::npos) << err;

  auto out = (fs::temp_directory_path() / "casus_cmd_mry.csv").string();
  ASSERT_EQ(run({"dyads", "--data-dir", testing::data_dir(), "--mry", "--years", "2018,2019", "--out", out}), 0);
  std::ifstream in(out);
  std::string line;
  std::getline(in, line);
  int y2018 = 0, y2019 = 0, na2019 = 0, us_ca_2018_defense = -1;
  while (std::getline(in, line)) {
    if (line.find(",2018,") != std::string::npos) ++y2018;
    if (line.find(",2019,") != std::string::npos) {
      ++y2019;
      if (line.find(",2019,NA,NA,NA,NA,NA,") != std::string::npos) ++na2019;
    }
    if (line.rfind("2,20,2018,", 0) == 0) us_ca_2018_defense = line[10] - '0';
  }
  EXPECT_EQ(y2018, 195 * 194);  // the 195 states of 31 Dec 2016
  EXPECT_EQ(y2019, 195 * 194);
  EXPECT_EQ(na2019, y2019);       // ATOP ends in 2018: NA after
  EXPECT_EQ(us_ca_2018_defense, 1);  // NATO
  fs::remove(out);
}

TEST(Commands, FalseDyadsAreDropped) {
  CASUS_REQUIRE_DATA(testing::data_path("atop-5.1/atop5_1m.csv"));
  CASUS_REQUIRE_DATA(testing::data_path("cow-states-2016/states2016.csv"));
  auto out = (fs::temp_directory_path() / "casus_cmd_false.csv").string();
  ASSERT_EQ(run({"dyads", "--data-dir", testing::data_dir(), "--years", "1975,1990", "--columns", "atop", "--out", out}),
            0);
  std::ifstream in(out);
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    ++rows;
    for (const char* bad : {"115,817,", "817,115,", "255,260,", "260,255,"}) EXPECT_NE(line.rfind(bad, 0), 0u) << line;
  }
  EXPECT_GT(rows, 10000);
  fs::remove(out);
}

TEST(Commands, OutputExtensionsCasusCannotWriteAreRefused) {
  std::string err;
  auto target = (fs::temp_directory_path() / "casus_cmd_out.parquet").string();
  fs::remove(target);
  EXPECT_EQ(run_capture({"dyads", "--data-dir", "/nonexistent", "--out", target}, err), 2);
  EXPECT_NE(err.find("casus cannot write \".parquet\" files"), std::string::npos) << err;
  EXPECT_FALSE(fs::exists(target));
  EXPECT_EQ(run_capture({"dyads", "--data-dir", "/nonexistent", "--sqlite", "x.csv", "--table", "t"}, err), 2);
  EXPECT_NE(err.find("casus cannot write \".csv\" files"), std::string::npos) << err;
}

TEST(Commands, Ps13NamesNeedAtopTies) {
  std::string err;
  EXPECT_EQ(run_capture({"dyads", "--data-dir", "/nonexistent", "--ties", "cow"}, err), 2);
  EXPECT_NE(err.find("use --names haege"), std::string::npos) << err;
}

}  // namespace
}  // namespace casus::research

namespace casus::research {
namespace {

// G–W with Gleditsch's microstates list beside iisystem.dat: the microstates
// join the system and microstate1/microstate2 say which side is one. The list
// here is a one-line test fixture (code 990 is not a G–W code), not real data.
TEST(Commands, GwMicrostatesJoinTheSystemWithFlags) {
  const auto gw = testing::data_path("gleditsch-ward-states/iisystem.dat");
  CASUS_REQUIRE_DATA(gw);
  CASUS_REQUIRE_DATA(testing::data_path("atop-5.1/atop5_1m.csv"));
  auto dir = fs::temp_directory_path() / "casus_cmd_micro";
  fs::remove_all(dir);
  fs::create_directories(dir / "gleditsch-ward-states");
  fs::copy_file(gw, dir / "gleditsch-ward-states/iisystem.dat");
  fs::create_directory_symlink(fs::absolute(testing::data_path("atop-5.1")), dir / "atop-5.1");
  std::string err;
  auto out = (dir / "out.csv").string();
  ASSERT_EQ(run_capture({"dyads", "--data-dir", dir.string(), "--system", "gw", "--years", "2000", "--columns", "atop",
                         "--out", out},
                        err),
            0)
      << err;
  EXPECT_NE(err.find("microstatessystem.dat not found"), std::string::npos) << err;
  {
    std::ifstream in(out);
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header.find("microstate1"), std::string::npos);
  }
  std::ofstream(dir / "gleditsch-ward-states/microstatessystem.dat") << "990\tTST\tTest microstate\t01:01:1990\t31:12:2017\n";
  ASSERT_EQ(run_capture({"dyads", "--data-dir", dir.string(), "--system", "gw", "--years", "2000", "--columns", "atop",
                         "--out", out},
                        err),
            0)
      << err;
  std::ifstream in(out);
  std::string header, line;
  std::getline(in, header);
  EXPECT_EQ(header.rfind("gwcode1,gwcode2,year,microstate1,microstate2,atop_defense", 0), 0u) << header;
  int with_990 = 0, flagged_right = 0;
  while (std::getline(in, line)) {
    if (line.rfind("990,", 0) == 0) {
      ++with_990;
      flagged_right += line.find(",2000,1,0,") != std::string::npos;
    } else if (line.find(",990,2000,") != std::string::npos) {
      ++with_990;
      flagged_right += line.find(",2000,0,1,") != std::string::npos;
    } else {
      EXPECT_NE(line.find(",2000,0,0,"), std::string::npos) << line;
    }
  }
  EXPECT_GT(with_990, 300);
  EXPECT_EQ(flagged_right, with_990);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace casus::research

namespace casus::research {
namespace {

TEST(Commands, StateYearsWithCovariates) {
  CASUS_REQUIRE_DATA(testing::data_path("cow-states-2016/states2016.csv"));
  CASUS_REQUIRE_DATA(testing::data_path("cow-nmc-6.0/NMC-60-abridged.csv"));
  auto out = (fs::temp_directory_path() / "casus_cmd_sy.csv").string();
  ASSERT_EQ(run({"stateyears", "--data-dir", testing::data_dir(), "--years", "1816,2016", "--add", "all", "--out", out}),
            0);
  std::ifstream in(out);
  std::string header, line;
  std::getline(in, header);
  EXPECT_EQ(header, "ccode,year,cowmaj,milex,milper,irst,pec,tpop,upop,cinc");
  int y1816 = 0, y2016 = 0;
  bool uk_1816_major = false, usa_2016_major = false, usa_1816_minor = false;
  while (std::getline(in, line)) {
    const std::string year = line.substr(line.find(',') + 1, 4);
    y1816 += year == "1816";
    y2016 += year == "2016";
    uk_1816_major |= line.rfind("200,1816,1,", 0) == 0;
    usa_2016_major |= line.rfind("2,2016,1,", 0) == 0;
    usa_1816_minor |= line.rfind("2,1816,0,3823,", 0) == 0;  // NMC 6.0: milex 3823
  }
  EXPECT_EQ(y1816, 23);
  EXPECT_EQ(y2016, 195);
  EXPECT_TRUE(uk_1816_major && usa_2016_major && usa_1816_minor);
  fs::remove(out);
}

}  // namespace
}  // namespace casus::research

namespace casus::research {
namespace {

std::vector<std::string> lines_of(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> v;
  for (std::string l; std::getline(in, l);) v.push_back(l);
  return v;
}

// Filters keep rows, never change them: the similarity of a kept pair is computed
// on the whole system as without the filter.
TEST(Commands, StateAndDyadFiltersKeepRowsUnchanged) {
  CASUS_REQUIRE_DATA(testing::data_path("atop-5.1/atop5_1m.csv"));
  CASUS_REQUIRE_DATA(testing::data_path("cow-states-2016/states2016.csv"));
  const auto all = (fs::temp_directory_path() / "casus_cmd_all.csv").string();
  const auto some = (fs::temp_directory_path() / "casus_cmd_some.csv").string();
  ASSERT_EQ(run({"dyads", "--data-dir", testing::data_dir(), "--years", "1914", "--out", all}), 0);
  ASSERT_EQ(run({"dyads", "--data-dir", testing::data_dir(), "--years", "1914", "--state", "2", "--dyad", "255-365",
                 "--out", some}),
            0);
  auto full = lines_of(all), kept = lines_of(some);
  std::vector<std::string> expected = {full[0]};
  for (std::size_t i = 1; i < full.size(); ++i) {
    const auto& l = full[i];
    if (l.rfind("2,", 0) == 0 || l.find(",2,1914,") == l.find(',') || l.rfind("255,365,", 0) == 0 ||
        l.rfind("365,255,", 0) == 0)
      expected.push_back(l);
  }
  EXPECT_EQ(kept, expected);
  EXPECT_EQ(kept.size(), 1u + 2u * 44u + 2u);  // 45 states in 1914
  std::string err;
  EXPECT_EQ(run_capture({"dyads", "--data-dir", testing::data_dir(), "--dyad", "2"}, err), 2);
  fs::remove(all);
  fs::remove(some);
}

}  // namespace
}  // namespace casus::research

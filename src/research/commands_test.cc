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

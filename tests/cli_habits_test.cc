// CLI habits (issue 10): usage errors exit 2 whatever CLI11's own code, `casus help`, `-` for
// standard input, and --version naming the commit and the corpus.
#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include "test_support.h"

namespace {

using casus::test::Run;

Run casus(const std::string& args, const std::string& stdin_file = "") {
  casus::test::CasusCall how;
  how.redirect = (stdin_file.empty() ? "</dev/null" : "<'" + stdin_file + "'") + " 2>&1";
  return casus::test::run_casus(args, how);
}

// Each was a CLI11 code before (105 conversion, 106 validation/required, 109 extras, ...).
struct Usage {
  const char* args;
  const char* says;
};
class UsageErrors : public ::testing::TestWithParam<Usage> {};
TEST_P(UsageErrors, ExitTwoWithTheReason) {
  auto r = casus(GetParam().args);
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_NE(r.out.find(GetParam().says), std::string::npos) << r.out;
}
INSTANTIATE_TEST_SUITE_P(Cli, UsageErrors, ::testing::Values(
    Usage{"", "A subcommand is required"},
    Usage{"bogus", "no command \"bogus\""},
    Usage{"run --reading strict examples/korea-1995.toml", "strict not in"},
    Usage{"run", "scenarios is required"},
    Usage{"serve --port 70000", "--port"},
    Usage{"serve --port abc", "--port"},
    Usage{"treaties --bogus", "--bogus"},
    Usage{"help no-such-command", "no command \"no-such-command\""}));

TEST(CliHabits, HelpListsCommandsAndShowsOne) {
  auto all = casus("help");
  EXPECT_EQ(all.code, 0) << all.out;
  EXPECT_NE(all.out.find("serve"), std::string::npos) << all.out;
  auto run = casus("help run");
  EXPECT_EQ(run.code, 0) << run.out;
  EXPECT_NE(run.out.find("--reading"), std::string::npos) << run.out;
  EXPECT_EQ(casus("--help").code, 0);
}

TEST(CliHabits, DashReadsTheScenarioFromStandardInput) {
  auto file = casus("run --json examples/korea-2025-attack-on-dprk.toml");
  auto piped = casus("run --json -", std::string(CASUS_SOURCE_DIR) + "/examples/korea-2025-attack-on-dprk.toml");
  ASSERT_EQ(piped.code, 0) << piped.out;
  // Same evaluation; only the scenario's file name differs.
  auto strip = [](std::string s) {
    auto a = s.find("\"file\"");
    auto b = s.find('\n', a);
    return a == std::string::npos ? s : s.erase(a, b - a);
  };
  EXPECT_EQ(strip(piped.out), strip(file.out));
}

TEST(CliHabits, VersionNamesCommitAndCorpus) {
  auto r = casus("--version");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("casus 0.1.0 (commit "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("corpus fnv1a64:"), std::string::npos) << r.out;
  // The fingerprint is of the corpus the command would load: another corpus, another hash.
  auto other = casus("--corpus tests/bad --version");
  EXPECT_NE(other.out.substr(other.out.find("corpus ")), r.out.substr(r.out.find("corpus "))) << other.out;
}

}  // namespace

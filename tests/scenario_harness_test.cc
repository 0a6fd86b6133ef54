// Tests as data: every scenario in examples/ and tests/scenarios/ is evaluated and its [expect] tables
// checked; the examples' text reports are compared with their golden files in tests/golden/
// (CASUS_UPDATE_GOLDEN=1 rewrites them; review the diff before committing).
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "casus/expectations.h"
#include "casus/report.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace casus;

namespace {

std::vector<std::string> scenario_files() {
  auto a = test::files_in("examples", ".toml");
  auto b = test::files_in("tests/scenarios", ".toml");
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

class ScenarioFile : public ::testing::TestWithParam<std::string> {};

TEST_P(ScenarioFile, MeetsItsExpectations) {
  Diagnostics diag;
  auto sc = load_scenario(GetParam(), test::corpus(), diag);
  ASSERT_TRUE(sc) << diag.str();
  const size_t n = sc->expected_obligations.size() + sc->expected_entries.size() + sc->expected_conflicts.size();
  ASSERT_GT(n, 0u) << GetParam() << " has no [expect] table: a scenario test must be able to fail";
  auto report = evaluate_all(test::corpus(), *sc);
  for (const auto& f : check_expectations(report)) ADD_FAILURE() << f;
}

INSTANTIATE_TEST_SUITE_P(Scenarios, ScenarioFile, ::testing::ValuesIn(scenario_files()),
                         [](const auto& info) { return test::test_name(info.param); });

class GoldenReport : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenReport, TextReportMatchesGolden) {
  Diagnostics diag;
  // Scenario paths in reports are relative to the source tree, as the CLI prints them from there.
  const std::string rel = fs::relative(GetParam(), CASUS_SOURCE_DIR).string();
  fs::current_path(CASUS_SOURCE_DIR);
  auto sc = load_scenario(rel, test::corpus(), diag);
  ASSERT_TRUE(sc) << diag.str();
  const std::string text = render_text(test::corpus(), evaluate_all(test::corpus(), *sc));
  const std::string golden = std::string(CASUS_SOURCE_DIR) + "/tests/golden/" + fs::path(rel).stem().string() + ".txt";
  if (std::getenv("CASUS_UPDATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << text;
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << "no golden file " << golden << " (run with CASUS_UPDATE_GOLDEN=1)";
  EXPECT_EQ(text, test::read_file(golden)) << "the report for " << rel << " changed; if intended, "
                                          << "rerun with CASUS_UPDATE_GOLDEN=1 and review the diff";
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenReport, ::testing::ValuesIn(test::files_in("examples", ".toml")),
                         [](const auto& info) { return test::test_name(info.param); });

// The harness itself must be able to fail: each file here states expectations that are wrong.
class WrongExpectations : public ::testing::TestWithParam<std::string> {};

TEST_P(WrongExpectations, AreReportedAsFailures) {
  Diagnostics diag;
  auto sc = load_scenario(GetParam(), test::corpus(), diag);
  ASSERT_TRUE(sc) << diag.str();
  auto fails = check_expectations(evaluate_all(test::corpus(), *sc));
  const std::string expected = test::expected_message(GetParam());
  ASSERT_FALSE(expected.empty()) << "missing '# expect: ' line in " << GetParam();
  ASSERT_FALSE(fails.empty()) << "wrong expectations passed unnoticed";
  bool found = false;
  for (const auto& f : fails) found |= f.find(expected) != std::string::npos;
  EXPECT_TRUE(found) << "no failure mentions \"" << expected << "\"; got:\n" << ::testing::PrintToString(fails);
}

INSTANTIATE_TEST_SUITE_P(Harness, WrongExpectations, ::testing::ValuesIn(test::files_in("tests/expect-fail", ".toml")),
                         [](const auto& info) { return test::test_name(info.param); });

}  // namespace

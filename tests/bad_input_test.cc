// Bad input, as data: each file in tests/bad/ is malformed in one way and states the message it must
// produce in a "# expect: " line. Loading must fail (nothing loaded) with that message, located at
// file:line:column.
#include <filesystem>

#include <gtest/gtest.h>

#include "casus/corpus.h"
#include "casus/scenario.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace casus;

namespace {

void expect_message(const Diagnostics& diag, const std::string& file) {
  const std::string expected = test::expected_message(file);
  ASSERT_FALSE(expected.empty()) << "missing '# expect: ' line in " << file;
  const std::string all = diag.str();
  EXPECT_NE(all.find(expected), std::string::npos) << "expected a diagnostic containing\n  " << expected
                                                   << "\ngot:\n" << all;
  for (const auto& d : diag.items()) EXPECT_FALSE(d.where.file.empty()) << "a diagnostic without a file: " << d.str();
}

class BadTreaty : public ::testing::TestWithParam<std::string> {};

TEST_P(BadTreaty, IsRejectedWithItsMessage) {
  fs::current_path(CASUS_SOURCE_DIR);
  const std::string rel = fs::relative(GetParam(), CASUS_SOURCE_DIR).string();
  Diagnostics diag;
  CorpusFiles files = corpus_files_in("corpus", diag);
  ASSERT_TRUE(diag.ok()) << diag.str();
  files.treaties.push_back(rel);  // the good corpus plus one bad file: the whole load must fail
  auto c = load_corpus(files, diag);
  EXPECT_FALSE(c.has_value()) << "a malformed treaty was loaded";
  expect_message(diag, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadTreaty, ::testing::ValuesIn(test::files_in("tests/bad/treaties", ".toml")),
                         [](const auto& info) { return test::test_name(info.param); });

class BadScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(BadScenario, IsRejectedWithItsMessage) {
  fs::current_path(CASUS_SOURCE_DIR);
  const std::string rel = fs::relative(GetParam(), CASUS_SOURCE_DIR).string();
  Diagnostics diag;
  auto sc = load_scenario(rel, test::corpus(), diag);
  EXPECT_FALSE(sc.has_value()) << "a malformed scenario was loaded";
  expect_message(diag, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Scenarios, BadScenario, ::testing::ValuesIn(test::files_in("tests/bad/scenarios", ".toml")),
                         [](const auto& info) { return test::test_name(info.param); });

}  // namespace

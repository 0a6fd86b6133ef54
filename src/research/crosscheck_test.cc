// `casus crosscheck` on a temporary copy of a curated file: a planted disagreement is found, a field
// that agrees is not listed. Needs the shared ATOP data (skipped by name when absent).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include <unistd.h>

#include "casus/research/crosscheck.h"
#include "test_data.h"

namespace casus::research {
namespace {

namespace fs = std::filesystem;
using testing::data_dir;

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A corpus with the curated registry and one treaty file, whose text `edit` may change.
Corpus corpus_with(const std::string& treaty, const std::function<std::string(std::string)>& edit,
                   std::string* file_out) {
  const std::string root = std::string(CASUS_SOURCE_DIR) + "/corpus";
  // One directory per test and process: CTest runs the tests in parallel.
  const fs::path dir = fs::temp_directory_path() /
                       ("casus-crosscheck-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                        "-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string file = (dir / (treaty + ".toml")).string();
  std::ofstream(file, std::ios::binary) << edit(read_all(root + "/treaties/" + treaty + ".toml"));
  Diagnostics diag;
  auto c = load_corpus({root + "/states.toml", root + "/locations.toml", {file}}, diag);
  EXPECT_TRUE(c.has_value()) << diag.str();
  if (file_out) *file_out = file;
  return c ? *c : Corpus{};
}

const AtopData& data() {
  static const AtopData d = [] {
    auto r = load_atop_data(DatasetPaths::in(data_dir()));
    return r.ok() ? std::move(r).value() : AtopData{};
  }();
  return d;
}

std::vector<Disagreement> about(const CrosscheckReport& r, const std::string& field) {
  std::vector<Disagreement> out;
  for (const auto& d : r.disagreements)
    if (d.field == field) out.push_back(d);
  return out;
}

#define REQUIRE_ATOP() CASUS_REQUIRE_DATA(DatasetPaths::in(data_dir()).atop_members)

// US–ROK 1953 (ATOP 3240): the signature date agrees; plant a wrong one and it is listed with the
// file:line of the planted value and ATOP's row.
TEST(Crosscheck, FindsAPlantedSignatureDateAndNotTheAgreeingOne) {
  REQUIRE_ATOP();
  auto clean = crosscheck(corpus_with("us-kr-1953", [](std::string s) { return s; }, nullptr), data());
  ASSERT_TRUE(clean.ok()) << clean.error().message();
  EXPECT_EQ(clean.value().compared, std::vector<std::string>{"us-kr-1953"});
  EXPECT_TRUE(about(clean.value(), "signed").empty());
  EXPECT_TRUE(about(clean.value(), "members").empty());
  EXPECT_TRUE(about(clean.value(), "obligations.defence").empty());

  std::string file;
  const Corpus planted = corpus_with(
      "us-kr-1953",
      [](std::string s) {
        return std::regex_replace(s, std::regex("\\[signed\\]\ndate = 1953-10-01"), "[signed]\ndate = 1953-10-11",
                                  std::regex_constants::format_first_only);
      },
      &file);
  auto r = crosscheck(planted, data());
  ASSERT_TRUE(r.ok());
  auto d = about(r.value(), "signed");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].treaty, "us-kr-1953");
  EXPECT_EQ(d[0].atop_id, 3240);
  EXPECT_EQ(d[0].curated, "1953-10-11");
  EXPECT_EQ(d[0].atop, "1953-10-01 (BEGYR/BEGMO/BEGDAY)");
  // The curated location points at the planted line.
  auto colon = d[0].curated_at.rfind(':');
  ASSERT_NE(colon, std::string::npos);
  EXPECT_EQ(d[0].curated_at.substr(0, colon), file);
  int line = std::stoi(d[0].curated_at.substr(colon + 1));
  std::ifstream in(file);
  std::string text;
  for (int i = 0; i < line; ++i) std::getline(in, text);
  EXPECT_EQ(text, "date = 1953-10-11");
  EXPECT_NE(d[0].atop_at.find("atop5_1a.csv line"), std::string::npos);
  // The founding members' entries are compared through the signature date: both now disagree too.
  EXPECT_EQ(about(r.value(), "members.USA.entry").size(), 1u);
  EXPECT_EQ(about(r.value(), "members.KOR.entry").size(), 1u);
  EXPECT_EQ(r.value().disagreements.size(), clean.value().disagreements.size() + 3);
}

// Removing a party is a "members" disagreement naming the state ATOP lists.
TEST(Crosscheck, FindsAMissingParty) {
  REQUIRE_ATOP();
  auto r = crosscheck(corpus_with("us-kr-1953",
                                  [](std::string s) {
                                    return std::regex_replace(s, std::regex("atop_id = 3240"), "atop_id = 3210");
                                  },
                                  nullptr),
                      data());
  ASSERT_TRUE(r.ok());
  auto d = about(r.value(), "members");
  ASSERT_EQ(d.size(), 2u);  // KOR is not in ATOP 3210 (US–Philippines); PHL is not in the file
  EXPECT_EQ(d[0].curated.rfind("KOR from", 0), 0u);
  EXPECT_EQ(d[0].atop, "not a member");
  EXPECT_EQ(d[1].curated, "not a member");
  EXPECT_EQ(d[1].atop.rfind("PHL", 0), 0u);
}

// An atop_id ATOP does not have is a disagreement, not a failure.
TEST(Crosscheck, UnknownAtopIdIsADisagreement) {
  REQUIRE_ATOP();
  auto r = crosscheck(corpus_with("us-kr-1953",
                                  [](std::string s) {
                                    return std::regex_replace(s, std::regex("atop_id = 3240"), "atop_id = 9999");
                                  },
                                  nullptr),
                      data());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().disagreements.size(), 1u);
  EXPECT_EQ(r.value().disagreements[0].field, "atop_id");
}

}  // namespace
}  // namespace casus::research

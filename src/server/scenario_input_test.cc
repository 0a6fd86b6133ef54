// The scenario adapter: JSON fields and TOML text reach the one scenario loader, and its located
// diagnostics come back naming the field (JSON) or the line (TOML).
#include "server/scenario_input.h"

#include <gtest/gtest.h>

#include "casus/corpus.h"
#include "casus/report.h"

namespace casus::server {
namespace {

const Corpus& corpus() {
  static const Corpus c = [] {
    Diagnostics diag;
    auto files = corpus_files_in(std::string(CASUS_SOURCE_DIR) + "/corpus", diag);
    auto loaded = load_corpus(files, diag);
    if (!loaded) throw std::runtime_error(diag.str());
    return std::move(*loaded);
  }();
  return c;
}

const char* kKorea = R"({"scenario": {"title": "Korea 2025", "date": "2025-06-01",
  "events": [{"kind": "armed-attack", "by": ["KOR", "USA"], "target": "PRK"}]}})";

TEST(ScenarioInput, JsonFieldsBecomeTomlWithDates) {
  auto s = scenario_from_body("application/json", kKorea);
  ASSERT_TRUE(s) << s.error.message;
  EXPECT_TRUE(s.value->from_json);
  EXPECT_NE(s.value->toml.find("date = 2025-06-01"), std::string::npos) << s.value->toml;
  EXPECT_NE(s.value->toml.find("[[events]]"), std::string::npos) << s.value->toml;
}

TEST(ScenarioInput, EvaluatesToTheJsonReport) {
  auto s = scenario_from_body("application/json", kKorea);
  ASSERT_TRUE(s);
  auto r = evaluate_scenario(corpus(), *s.value);
  ASSERT_TRUE(r) << r.error.to_json().dump();
  const auto j = nlohmann::json::parse(*r.value);
  EXPECT_EQ(j["schema"], kJsonSchemaVersion);  // the report of casus run --json, passed through
  EXPECT_EQ(j["scenario"]["title"], "Korea 2025");
  EXPECT_FALSE(j["evaluations"].empty());
}

TEST(ScenarioInput, JsonDiagnosticsNameTheFieldNotALine) {
  auto s = scenario_from_body("application/json", R"({"scenario": {"title": "x", "date": "2025-06-01",
    "events": [{"kind": "armed-attack", "by": ["KOR"], "target": "ATLANTIS"}]}})");
  ASSERT_TRUE(s);
  auto r = evaluate_scenario(corpus(), *s.value);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error.status, 400);
  EXPECT_EQ(r.error.where["field"], "events[0].target");
  EXPECT_FALSE(r.error.where.contains("line"));
  EXPECT_NE(r.error.message.find("ATLANTIS"), std::string::npos) << r.error.message;
}

TEST(ScenarioInput, TomlDiagnosticsCarryTheLine) {
  auto s = scenario_from_body("application/toml", "title = \"x\"\ndate = 2025-06-01\n\n[[events]]\nkind = \"invasion\"\nby = [\"KOR\"]\ntarget = \"PRK\"\n");
  ASSERT_TRUE(s);
  auto r = evaluate_scenario(corpus(), *s.value);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error.where["field"], "events[0].kind");
  EXPECT_EQ(r.error.where["line"], 5);
  EXPECT_EQ(r.error.diagnostics[0]["file"], "request body");
}

TEST(ScenarioInput, OverridesGoThroughTheLoader) {
  auto s = scenario_from_body("application/json",
                              std::string(kKorea).insert(1, R"("readings": ["self-defence"], "policies": ["none"], )"));
  ASSERT_TRUE(s) << s.error.message;
  auto r = evaluate_scenario(corpus(), *s.value);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error.where["field"], "options.policies");
}

TEST(ScenarioInput, TomlRoundTripsToFields) {
  auto f = fields_from_toml("title = \"t\"\ndate = 2025-06-01\n[[events]]\nby = [\"KOR\"]\n");
  ASSERT_TRUE(f);
  EXPECT_EQ((*f)["date"], "2025-06-01");
  EXPECT_EQ((*f)["events"][0]["by"][0], "KOR");
}

TEST(ScenarioInput, RejectsImpossibleDatesAndDeepNesting) {
  auto bad_date = scenario_from_body("application/json", R"({"scenario": {"title": "x", "date": "2025-02-30"}})");
  ASSERT_FALSE(bad_date);
  EXPECT_NE(bad_date.error.message.find("scenario.date"), std::string::npos) << bad_date.error.message;
  std::string deep = R"({"scenario": {"a": )" + std::string(40, '[') + std::string(40, ']') + "}}";
  auto d = scenario_from_body("application/json", deep);
  ASSERT_FALSE(d);
  EXPECT_NE(d.error.message.find("nested deeper"), std::string::npos) << d.error.message;
}

}  // namespace
}  // namespace casus::server

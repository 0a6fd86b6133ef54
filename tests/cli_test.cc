// The command-line client as a user meets it: exit codes, and the main outputs' key lines.
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <unistd.h>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include "test_support.h"

namespace {

using casus::test::Run;

// Runs the casus binary from the source tree with the given arguments; stderr goes to stdout.
Run casus(const std::string& args) { return casus::test::run_casus(args); }

TEST(Cli, CheckPassesOnTheCorpus) {
  auto r = casus("check");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("casus check: ok"), std::string::npos) << r.out;
}

TEST(Cli, CheckFailsWithLocatedMessageAndExitCode1) {
  auto r = casus("check tests/bad/treaties/unknown-key.toml");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("tests/bad/treaties/unknown-key.toml:31:1: provisions[0].trigerr: unknown key"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("nothing loaded"), std::string::npos) << r.out;
}

// A single treaty file of the corpus checks on its own: the corpus's other treaties and declared.toml,
// which refer to treaties by id, are loaded with it (they failed with "expected the id of a treaty in
// the corpus" before).
TEST(Cli, CheckOfSingleTreatyFilesLoadsWhatTheyRefer) {
  for (const char* file : {"corpus/treaties/nato-1949.toml", "corpus/treaties/anglo-japanese-1905.toml"}) {
    auto r = casus(std::string("check ") + file);
    EXPECT_EQ(r.code, 0) << file << "\n" << r.out;
    EXPECT_NE(r.out.find("casus check: ok — 1 treaty file checked with the corpus: "), std::string::npos)
        << file << "\n" << r.out;
  }
  auto two = casus("check corpus/treaties/anzus-1951.toml corpus/treaties/rio-1947.toml");
  EXPECT_EQ(two.code, 0) << two.out;
  EXPECT_NE(two.out.find("ok — 2 treaty files checked with the corpus: "), std::string::npos) << two.out;
  // An edited copy elsewhere stands in for the corpus's file of the same name (no duplicate id).
  char dir[] = "/tmp/casus-check-XXXXXX";
  ASSERT_NE(::mkdtemp(dir), nullptr);
  const std::string copy = std::string(dir) + "/rio-1947.toml";
  {
    std::ifstream in(std::string(CASUS_SOURCE_DIR) + "/corpus/treaties/rio-1947.toml");
    std::ofstream(copy) << in.rdbuf();
  }
  auto r = casus("check " + copy);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("ok — 1 treaty file checked with the corpus: "), std::string::npos) << r.out;
  std::remove(copy.c_str());
  ::rmdir(dir);
}

TEST(Cli, RunWritesDocumentedJson) {
  auto r = casus("run examples/korea-2025-attack-on-dprk.toml --json --reading literal --policy all");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], 3);
  ASSERT_EQ(j["evaluations"].size(), 1u);
  // The uses of force, characterised: the ROK–US strike is a first use; China's and Russia's entries
  // answer it as collective defence.
  const auto& uses = j["evaluations"][0]["uses"];
  ASSERT_FALSE(uses.empty());
  EXPECT_EQ(uses[0]["character"], "first-use");
  EXPECT_EQ(uses[0]["derived"], true);
  for (size_t i = 1; i < uses.size(); ++i) {
    EXPECT_EQ(uses[i]["character"], "collective-defence") << uses[i].dump();
    EXPECT_EQ(uses[i]["answers"], 0) << uses[i].dump();
  }
  bool russia = false;
  for (const auto& f : j["evaluations"][0]["findings"])
    if (f["treaty"] == "ru-kp-2024" && f["article"] == "4" && f["holder"] == "RUS") {
      russia = true;
      EXPECT_EQ(f["outcome"], "obliged");
      EXPECT_EQ(f["honoured"], true);
      EXPECT_FALSE(f["conditions"].empty());
      // The clause carries the treaty's words apart from any summary, each with its provenance; it is
      // written once, in the top-level provisions, and the finding names it by index (schema 3).
      const auto& p = j["provisions"].at(f["provision"].get<size_t>());
      EXPECT_EQ(p["treaty"], "ru-kp-2024");
      EXPECT_EQ(p["label"], f["label"]);
      const auto& clause = p["clause"];
      ASSERT_FALSE(clause["texts"].empty());
      EXPECT_EQ(clause["texts"][0]["language"], "en");
      EXPECT_EQ(clause["texts"][0]["standing"], "translation");
      EXPECT_EQ(clause["texts"][0]["by"], "KCNA");
      EXPECT_FALSE(clause["provenance"]["authority"].get<std::string>().empty());
      EXPECT_FALSE(p["treaty_citations"].is_null());
      // The finding's gates are parallel to the provision's, which carry the gates' words.
      ASSERT_FALSE(f["gates"].empty());
      ASSERT_EQ(f["gates"].size(), p["gates"].size());
      for (size_t i = 0; i < f["gates"].size(); ++i) {
        EXPECT_EQ(f["gates"][i]["kind"], p["gates"][i]["kind"]);
        EXPECT_FALSE(f["gates"][i]["value"].get<std::string>().empty());
        EXPECT_FALSE(p["gates"][i]["quote"].get<std::string>().empty());
      }
    }
  EXPECT_TRUE(russia);
}

TEST(Cli, FailedExpectationsExitWith2) {
  auto r = casus("run tests/expect-fail/nato-obliged-in-korea.toml --check-expectations");
  EXPECT_EQ(r.code, 2) << r.out;
}

TEST(Cli, BadScenarioExitsWith1) {
  auto r = casus("run tests/bad/scenarios/unknown-location.toml");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("events[0].location"), std::string::npos) << r.out;
}

TEST(Cli, DiffShowsTheQualifiersAdded) {
  auto r = casus("diff su-kp-1961 ru-kp-2024");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("+ gate un-charter-art-51"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("+ gate domestic-law"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("+ ADDED    Art. 5 territory-denial"), std::string::npos) << r.out;
}

TEST(Cli, TreatiesAtADateFollowValidity) {
  auto r = casus("treaties --at 2010-06-01 --state RUS");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("ru-kp-2000"), std::string::npos);
  EXPECT_EQ(r.out.find("su-kp-1961"), std::string::npos);
  EXPECT_EQ(r.out.find("ru-kp-2024"), std::string::npos);
  EXPECT_EQ(casus("treaties --at 2010-13-01").code, 1);
}

TEST(Cli, UnknownTreatyIsAnError) { EXPECT_EQ(casus("show no-such-treaty").code, 1); }

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// `run` prints the summary; `--trace` adds exactly the full text report (its golden file) after it.
TEST(Cli, RunPrintsTheSummaryAndTheTraceOnlyWhenAsked) {
  const std::string dir = std::string(CASUS_SOURCE_DIR) + "/tests/golden/";
  auto r = casus("run examples/korea-2025-attack-on-dprk.toml");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, file_text(dir + "korea-2025-attack-on-dprk.summary.en.txt"));
  auto t = casus("run examples/korea-2025-attack-on-dprk.toml --trace");
  ASSERT_EQ(t.code, 0) << t.out;
  EXPECT_EQ(t.out, file_text(dir + "korea-2025-attack-on-dprk.summary.en.txt") + "\n" +
                       file_text(dir + "korea-2025-attack-on-dprk.txt"));
  auto de = casus("run examples/korea-2025-attack-on-dprk.toml --lang de");
  EXPECT_EQ(de.out, file_text(dir + "korea-2025-attack-on-dprk.summary.de.txt"));
  EXPECT_EQ(casus("run examples/korea-2025-attack-on-dprk.toml --lang fr").code, 2);  // usage errors exit 2 (README)
}

TEST(Cli, RunJsonCarriesTheSummary) {
  auto r = casus("run examples/korea-2025-attack-on-dprk.toml --json --lang de");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["summary"]["language"], "de");
  EXPECT_NE(j["summary"]["text"].get<std::string>().find("Russland"), std::string::npos);
  ASSERT_FALSE(j["summary"]["states"].empty());
}

TEST(Cli, RunGraph) {
  auto r = casus("run examples/korea-2025-attack-on-dprk.toml --graph dot --reading literal --policy all");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("digraph cascade {", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("Art. 4 of the Russia–DPRK treaty of 2024 — literal · all"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("cluster_e1"), std::string::npos) << "one evaluation chosen, one cluster";
  auto m = casus("run examples/korea-2025-attack-on-dprk.toml --graph mermaid");
  ASSERT_EQ(m.code, 0) << m.out;
  EXPECT_EQ(m.out.rfind("flowchart LR", 0), 0u) << m.out;
}

TEST(Cli, TreatiesTimeline) {
  auto r = casus("treaties --timeline --state PRK");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto a = r.out.find("USSR–DPRK 1961"), b = r.out.find("Russia–DPRK 2000"), c = r.out.find("Russia–DPRK 2024");
  ASSERT_NE(a, std::string::npos) << r.out;
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  auto j = casus("treaties --timeline --state RUS --json");
  ASSERT_EQ(j.code, 0) << j.out;
  auto list = nlohmann::json::parse(j.out);
  ASSERT_FALSE(list.empty());
  EXPECT_TRUE(list[0].contains("date") && list[0].contains("kind") && list[0].contains("treaty"));
  EXPECT_EQ(casus("treaties --timeline --state XXX").code, 1);
}

TEST(Cli, ReportWritesOneSelfContainedHtmlFile) {
  const std::string out = "/tmp/casus-cli-report-" + std::to_string(getpid()) + ".html";
  auto r = casus("report examples/korea-2025-attack-on-dprk.toml --html " + out);
  ASSERT_EQ(r.code, 0) << r.out;
  const std::string h = file_text(out);
  ASSERT_FALSE(h.empty());
  EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0u);
  for (const char* bad : {"src=\"http", "href=\"http", "src='http", "href='http", "<script", "<link"})
    EXPECT_EQ(h.find(bad), std::string::npos) << bad;
  EXPECT_NE(h.find("the other side shall provide military and other assistance with all means in its possession"),
            std::string::npos);
  // With Graphviz installed the picture is inline SVG; without it the file says so.
  EXPECT_TRUE(h.find("<svg") != std::string::npos || h.find("No picture") != std::string::npos);
  auto de = casus("report examples/korea-2025-attack-on-dprk.toml --lang de --html " + out);
  ASSERT_EQ(de.code, 0) << de.out;
  EXPECT_NE(file_text(out).find("<html lang=\"de\">"), std::string::npos);
  std::remove(out.c_str());
  EXPECT_EQ(casus("report examples/korea-2025-attack-on-dprk.toml --html /no/such/dir/x.html").code, 1);
}

}  // namespace

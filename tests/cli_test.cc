// The command-line client as a user meets it: exit codes, and the main outputs' key lines.
#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

struct Run {
  int code;
  std::string out;
};

// Runs the casus binary from the source tree with the given arguments; stderr goes to stdout.
Run casus(const std::string& args) {
  std::string cmd = std::string("cd '") + CASUS_SOURCE_DIR + "' && '" + CASUS_BINARY + "' " + args + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p.get())) > 0) out.append(buf.data(), n);
  int status = pclose(p.release());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

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

TEST(Cli, RunWritesDocumentedJson) {
  auto r = casus("run examples/korea-2025-attack-on-dprk.toml --json --reading literal --policy all");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], 2);
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
      // The clause carries the treaty's words apart from any summary, each with its provenance.
      ASSERT_FALSE(f["clause"]["texts"].empty());
      EXPECT_EQ(f["clause"]["texts"][0]["language"], "en");
      EXPECT_EQ(f["clause"]["texts"][0]["standing"], "translation");
      EXPECT_EQ(f["clause"]["texts"][0]["by"], "KCNA");
      EXPECT_FALSE(f["clause"]["provenance"]["authority"].get<std::string>().empty());
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

}  // namespace

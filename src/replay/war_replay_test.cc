// Replay against the COW record, on the real war file (skipped, by name, without the data).
#include <filesystem>

#include <gtest/gtest.h>

#include "casus/replay.h"

using namespace casus;

namespace {

const std::string kWarFile = std::string(CASUS_DATA_DIR) + "/cow-interstate-war-4.0/Inter-StateWarData_v4.0.csv";

const Corpus& corpus() {
  static Corpus* c = [] {
    Diagnostics diag;
    auto loaded = load_corpus(corpus_files_in(std::string(CASUS_SOURCE_DIR) + "/corpus", diag), diag);
    if (!loaded) std::abort();
    return new Corpus(std::move(*loaded));
  }();
  return *c;
}

Scenario korea_1950() {
  Scenario sc;
  sc.file = "korea-1950 (built in the test)";
  sc.title = "The DPRK attacks the ROK, 25 June 1950; the US intervenes";
  sc.date = *Date::parse("1950-06-25");
  ScenarioEvent a;
  a.kind = EventKind::armed_attack;
  a.date = sc.date;
  a.by = {"PRK"};
  a.target = "KOR";
  a.location = "KOR";
  ScenarioEvent b = a;
  b.date = *Date::parse("1950-06-27");
  b.by = {"USA"};
  b.target = "PRK";
  b.location = "KOR";
  b.target_kind = TargetKind::forces;
  sc.events = {a, b};
  return sc;
}

TEST(WarReplay, KoreanWarParticipantsSidesAndObligations) {
  if (!std::filesystem::exists(kWarFile)) GTEST_SKIP() << "COW war data absent: " << kWarFile;
  auto rows = research::load_cow_interstate_wars(kWarFile);
  ASSERT_TRUE(rows) << rows.error().message();
  Evaluation ev = evaluate(corpus(), korea_1950(), Reading::literal, HonouringPolicy::all);
  Replay r = replay_war(corpus(), ev, rows.value(), 151);
  EXPECT_EQ(r.war_name, "Korean");
  EXPECT_EQ(r.participants.size(), 16u);
  const ReplayParticipant* prk = nullptr;
  const ReplayParticipant* usa = nullptr;
  for (const auto& p : r.participants) {
    if (p.state == "PRK") prk = &p;
    if (p.state == "USA") usa = &p;
  }
  ASSERT_TRUE(prk && usa);
  EXPECT_TRUE(prk->initiator);
  EXPECT_EQ(prk->entered, "1950-06-24");
  EXPECT_EQ(prk->engine_round, 0);
  EXPECT_TRUE(prk->engine_same_side);
  EXPECT_TRUE(usa->engine_same_side);
  // In 1950 none of the corpus's Korean treaties was in force: no obligation supports any entry.
  EXPECT_TRUE(r.obligations.empty());
  for (const auto& p : r.participants) EXPECT_TRUE(p.supporting.empty()) << p.state;
}

TEST(WarReplay, UnknownWarHasNoParticipants) {
  if (!std::filesystem::exists(kWarFile)) GTEST_SKIP() << "COW war data absent: " << kWarFile;
  auto rows = research::load_cow_interstate_wars(kWarFile);
  ASSERT_TRUE(rows);
  Evaluation ev = evaluate(corpus(), korea_1950(), Reading::literal, HonouringPolicy::all);
  EXPECT_TRUE(replay_war(corpus(), ev, rows.value(), 99999).participants.empty());
}

}  // namespace

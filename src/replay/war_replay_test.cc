// Replay against the COW record, on the real war file (skipped, by name, without the data).
#include <filesystem>

#include <gtest/gtest.h>

#include "casus/replay.h"
#include "casus/scenario.h"

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
  // The US acted on the Council's call of 27 June 1950 (Res. 83) to assist the ROK.
  b.legal_basis = LegalBasis::un_authorised;
  b.resolution = "83";
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

namespace {

// The July 1914 replay against COW war 106 (World War I).
TEST(WarReplay, July1914AgainstWorldWarI) {
  if (!std::filesystem::exists(kWarFile)) GTEST_SKIP() << "COW war data absent: " << kWarFile;
  auto rows = research::load_cow_interstate_wars(kWarFile);
  ASSERT_TRUE(rows);
  Diagnostics diag;
  auto sc = load_scenario(std::string(CASUS_SOURCE_DIR) + "/examples/july-1914.toml", corpus(), diag);
  ASSERT_TRUE(sc) << diag.str();
  Evaluation ev = evaluate(corpus(), *sc, Reading::literal, HonouringPolicy::all);
  Replay r = replay_war(corpus(), ev, rows.value(), 106);
  auto find = [&](const char* id) -> const ReplayParticipant* {
    for (const auto& p : r.participants)
      if (p.state == id) return &p;
    return nullptr;
  };
  const auto* gmy = find("GMY");
  ASSERT_TRUE(gmy) << "COW 255 should map to the German Empire in a 1914 evaluation";
  EXPECT_TRUE(gmy->engine_same_side);
  const auto* gbr = find("GBR");
  ASSERT_TRUE(gbr);
  EXPECT_EQ(gbr->entered, "1914-08-05");
  EXPECT_EQ(gbr->engine_round, 1);  // enters through the 1839 guarantee
  EXPECT_FALSE(gbr->supporting.empty());
  const auto* ita = find("ITA");
  ASSERT_TRUE(ita);
  EXPECT_EQ(ita->engine_round, -1);  // neutral in 1914: no casus foederis
  bool britain_honoured = false;
  for (const auto& o : r.obligations) {
    const Finding& f = ev.findings[o.finding];
    if (f.holder == "GBR" && f.beneficiary == "BEL") britain_honoured = o.verdict == "honoured";
  }
  EXPECT_TRUE(britain_honoured);
}

}  // namespace

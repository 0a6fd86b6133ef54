// The model of force: characterisation of uses, the readings, evidence levels, claims, the law files,
// and the evaluation's purity (the same answer from many threads). Scenarios are built in the test so
// that each checks one rule; the data-driven scenario files check them together.
#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "casus/consistency.h"
#include "casus/evaluation.h"
#include "casus/report.h"
#include "test_support.h"

using namespace casus;

namespace {

ScenarioEvent attack(const char* date, std::vector<StateId> by, StateId target, std::string location = "") {
  ScenarioEvent e;
  e.kind = EventKind::armed_attack;
  e.date = *Date::parse(date);
  e.by = std::move(by);
  e.target = target;
  e.location = location.empty() ? target : location;
  return e;
}

Scenario scenario(const char* date, std::vector<ScenarioEvent> events) {
  Scenario sc;
  sc.file = "built in force_model_test";
  sc.title = "test";
  sc.date = *Date::parse(date);
  sc.events = std::move(events);
  return sc;
}

const Finding* find(const Evaluation& ev, std::string_view treaty, std::string_view label, std::string_view holder,
                    std::string_view beneficiary) {
  const Finding* best = nullptr;
  for (const auto& f : ev.findings)
    if (f.treaty->id == treaty && f.provision->label == label && f.holder == holder && f.beneficiary == beneficiary)
      if (!best || f.outcome < best->outcome) best = &f;
  return best;
}

Evaluation run(const Scenario& sc, Reading reading, EvidenceLevel evidence = EvidenceLevel::any,
               ClaimAssumption claims = ClaimAssumption::undecided) {
  EvaluationOptions o;
  o.reading = reading;
  o.evidence = evidence;
  o.claims = claims;
  return evaluate(test::corpus(), sc, o);
}

}  // namespace

TEST(Characterisation, UnstatedBasisIsSelfDefenceWhenTheTargetStruckFirst) {
  auto sc = scenario("2025-06-02", {attack("2025-06-01", {"PRK"}, "KOR"), attack("2025-06-02", {"KOR"}, "PRK")});
  auto ev = run(sc, Reading::literal);
  ASSERT_GE(ev.uses.size(), 2u);
  EXPECT_EQ(ev.uses[0].character, Character::first_use);
  EXPECT_EQ(ev.uses[1].character, Character::self_defence);
  EXPECT_EQ(ev.uses[1].answers, 0);
  EXPECT_TRUE(ev.uses[1].derived);
  // The response stays in the war the first use opened.
  EXPECT_EQ(ev.uses[0].war, ev.uses[1].war);
}

TEST(Characterisation, StatedCollectiveDefenceWithoutAnAttackOnTheDefendedStateIsOnlyClaimed) {
  auto e = attack("2025-06-01", {"USA"}, "PRK");
  e.legal_basis = LegalBasis::collective_defence;
  e.on_behalf_of = "KOR";
  auto ev = run(scenario("2025-06-01", {e}), Reading::literal);
  ASSERT_FALSE(ev.uses.empty());
  EXPECT_EQ(ev.uses[0].character, Character::claimed);
  EXPECT_NE(ev.uses[0].why.find("no earlier armed attack by PRK on KOR"), std::string::npos) << ev.uses[0].why;
}

TEST(Characterisation, HonouringEntriesAreCollectiveDefenceAgainstTheFirstUser) {
  auto ev = run(scenario("2025-06-01", {attack("2025-06-01", {"KOR", "USA"}, "PRK")}), Reading::literal);
  int entries = 0;
  for (const auto& u : ev.uses)
    if (ev.events[u.event].round > 0) {
      ++entries;
      EXPECT_EQ(u.character, Character::collective_defence) << u.why;
      EXPECT_EQ(u.on_behalf_of, "PRK");
      EXPECT_EQ(u.answers, 0);
    }
  EXPECT_GT(entries, 0);
}

// The bug this model fixes: a defender's entry is no armed attack that obliges the attacker's allies.
TEST(Readings, NoReadingObligesAnzusPartiesAgainstChinasDefenceOfTheDprk) {
  auto sc = scenario("2025-06-01", {attack("2025-06-01", {"KOR", "USA"}, "PRK")});
  for (Reading r : kAllReadings) {
    auto ev = run(sc, r);
    for (const auto& f : ev.findings) {
      if (f.treaty->id == "anzus-1951" || f.treaty->id == "us-ph-1951") {
        EXPECT_NE(f.outcome, Outcome::obliged) << to_string(r) << " " << f.holder << " → " << f.beneficiary;
      }
    }
    for (const char* s : {"AUS", "NZL", "PHL"}) EXPECT_EQ(ev.entry(s), nullptr) << to_string(r) << " " << s;
  }
}

TEST(Readings, CharterRefusesAssistanceToTheFirstUserWhateverTheClauseSays) {
  auto us = attack("2025-06-02", {"USA"}, "PRK");
  us.legal_basis = LegalBasis::collective_defence;
  us.on_behalf_of = "KOR";
  auto sc = scenario("2025-06-02", {attack("2025-06-01", {"PRK"}, "KOR"), us});
  const auto ev_literal = run(sc, Reading::literal);
  const Finding* literal = find(ev_literal, "cn-kp-1961", "mutual-assistance", "CHN", "PRK");
  ASSERT_NE(literal, nullptr);
  EXPECT_EQ(literal->outcome, Outcome::obliged);
  auto charter = run(sc, Reading::charter);
  const Finding* f = find(charter, "cn-kp-1961", "mutual-assistance", "CHN", "PRK");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->outcome, Outcome::not_triggered);
  auto failed = f->failed();
  EXPECT_NE(std::find(failed.begin(), failed.end(), "charter: armed attack"), failed.end());
}

TEST(Readings, CharterDoesNotApplyBeforeTheCharter) {
  auto ev = run(scenario("1939-09-01", {attack("1939-09-01", {"GMY"}, "POL")}), Reading::charter);
  EXPECT_FALSE(ev.applicable);
  EXPECT_TRUE(ev.findings.empty());
  EXPECT_NE(ev.not_applicable_because.find("1945-10-24"), std::string::npos) << ev.not_applicable_because;
}

TEST(Readings, InvasionNeedsForceAgainstTheBeneficiarysTerritory) {
  // DPRK forces engaged abroad (here: at sea off Japan, as "forces") are not an invasion of the DPRK.
  auto e = attack("2025-06-02", {"USA"}, "PRK", "JPN");
  e.target_kind = TargetKind::forces;
  e.legal_basis = LegalBasis::first_use;
  auto ev = run(scenario("2025-06-02", {e}), Reading::literal);
  const Finding* f = find(ev, "ru-kp-2024", "mutual-assistance", "RUS", "PRK");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->outcome, Outcome::not_triggered);
  auto failed = f->failed();
  EXPECT_NE(std::find(failed.begin(), failed.end(), "invasion"), failed.end());
}

TEST(Claims, AClaimedBasisLeavesTheArt51GateOpenAndBothOutcomesAreShown) {
  auto us = attack("2025-06-01", {"KOR", "USA"}, "PRK");
  us.legal_basis = LegalBasis::claimed;
  us.claim = "anticipatory self-defence against an imminent DPRK attack";
  auto sc = scenario("2025-06-01", {us});
  // (Each evaluation is kept: a Finding points into its Evaluation.)
  const auto ev_undecided = run(sc, Reading::self_defence);
  const auto ev_accepted = run(sc, Reading::self_defence, EvidenceLevel::any, ClaimAssumption::accepted);
  const auto ev_rejected = run(sc, Reading::self_defence, EvidenceLevel::any, ClaimAssumption::rejected);
  const Finding* undecided = find(ev_undecided, "ru-kp-2024", "mutual-assistance", "RUS", "PRK");
  ASSERT_NE(undecided, nullptr);
  EXPECT_EQ(undecided->outcome, Outcome::conditional);
  const Finding* accepted = find(ev_accepted, "ru-kp-2024", "mutual-assistance", "RUS", "PRK");
  const Finding* rejected = find(ev_rejected, "ru-kp-2024", "mutual-assistance", "RUS", "PRK");
  ASSERT_TRUE(accepted && rejected);
  EXPECT_EQ(accepted->outcome, Outcome::not_obliged);
  EXPECT_EQ(rejected->outcome, Outcome::obliged);
  // The report evaluates both variants.
  sc.readings = {Reading::self_defence};
  auto report = evaluate_all(test::corpus(), sc);
  EXPECT_EQ(report.claim_variants.size(), 2u);
  EXPECT_NE(render_text(test::corpus(), report).find("what the claimed legal bases decide"), std::string::npos);
}

TEST(Evidence, VerifiedOnlyTurnsUnverifiedFactsIntoUnknowns) {
  // US–ROK Art. III rests on "KOR lies in pacific-area [U]".
  auto sc = scenario("2025-06-01", {attack("2025-06-01", {"PRK"}, "KOR")});
  const auto ev_any = run(sc, Reading::literal);
  const Finding* any = find(ev_any, "us-kr-1953", "mutual-defence", "USA", "KOR");
  ASSERT_NE(any, nullptr);
  EXPECT_EQ(any->outcome, Outcome::discretionary);
  EXPECT_EQ(any->evidence, Verification::unverified);
  EXPECT_FALSE(any->weak_facts.empty());
  const auto ev_verified = run(sc, Reading::literal, EvidenceLevel::verified);
  const Finding* verified = find(ev_verified, "us-kr-1953", "mutual-defence", "USA", "KOR");
  ASSERT_NE(verified, nullptr);
  EXPECT_EQ(verified->outcome, Outcome::conditional);
}

TEST(Continuing, ATreatyThatEntersIntoForceDuringAnAttackIsAssessedFromThatDay) {
  auto inv = attack("2022-02-24", {"RUS"}, "UKR");
  inv.ongoing = true;
  auto kursk = attack("2024-08-06", {"UKR"}, "RUS");
  kursk.ongoing = true;
  auto ev = run(scenario("2025-01-15", {inv, kursk}), Reading::literal);
  const Finding* f = find(ev, "ru-kp-2024", "mutual-assistance", "PRK", "RUS");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->outcome, Outcome::obliged);
  EXPECT_EQ(f->assessed_on.str(), "2024-12-04");
  // A one-day attack in August 2024 is not: the treaty was not yet in force.
  kursk.ongoing = false;
  auto once = run(scenario("2025-01-15", {inv, kursk}), Reading::literal);
  const Finding* g = find(once, "ru-kp-2024", "mutual-assistance", "PRK", "RUS");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->outcome, Outcome::not_triggered);
}

TEST(NonState, AGroupAttackMeetsNatoArticle5ButNotAClauseThatNamesStates) {
  ScenarioEvent e;
  e.kind = EventKind::armed_attack;
  e.date = *Date::parse("2001-09-11");
  e.group = "al-Qaida";
  e.target = "USA";
  e.location = "USA";
  auto ev = run(scenario("2001-09-12", {e}), Reading::literal);
  const Finding* nato = find(ev, "nato-1949", "collective-defence", "GBR", "USA");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->outcome, Outcome::obliged);
  const Finding* rio = find(ev, "rio-1947", "reciprocal-assistance", "BRA", "USA");
  ASSERT_NE(rio, nullptr);
  EXPECT_EQ(rio->outcome, Outcome::not_triggered);
  auto failed = rio->failed();
  EXPECT_NE(std::find(failed.begin(), failed.end(), "attacker-kind"), failed.end());
}

TEST(Consistency, RussiaDprkArticles4And8AgainstResolutions1718And1874) {
  const Treaty* t = test::corpus().treaty("ru-kp-2024");
  ASSERT_NE(t, nullptr);
  auto ts = consistency(test::corpus(), *t, *Date::parse("2025-01-01"));
  bool art4_1718 = false, art4_1874 = false, art8 = false;
  for (const auto& x : ts) {
    if (x.provision->article == "4" && x.resolution->id == "1718") art4_1718 = true;
    if (x.provision->article == "4" && x.resolution->id == "1874") art4_1874 = true;
    if (x.provision->article == "8") art8 = true;
  }
  EXPECT_TRUE(art4_1718);
  EXPECT_TRUE(art4_1874);
  EXPECT_TRUE(art8);
  // Before 1718 was adopted there is nothing to clash with.
  EXPECT_TRUE(consistency(test::corpus(), *t, *Date::parse("2006-10-13")).empty());
}

TEST(Purity, ManyThreadsGetTheSameEvaluation) {
  Scenario sc = scenario("2025-06-01", {attack("2025-06-01", {"KOR", "USA"}, "PRK")});
  auto reference = render_text(test::corpus(), evaluate_all(test::corpus(), sc));
  std::vector<std::string> out(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < out.size(); ++i)
    threads.emplace_back([&, i] { out[i] = render_text(test::corpus(), evaluate_all(test::corpus(), sc)); });
  for (auto& t : threads) t.join();
  for (const auto& o : out) EXPECT_EQ(o, reference);
}

TEST(LawFiles, ABadMeasureIsALocatedErrorAndNothingLoads) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "casus-law-test";
  fs::remove_all(root);
  fs::create_directories(root);
  const fs::path src = fs::path(CASUS_SOURCE_DIR) / "corpus";
  fs::copy(src, root, fs::copy_options::recursive);
  std::ofstream(root / "unsc.toml") << "[[resolutions]]\nid = \"1\"\nsymbol = \"S/RES/1\"\ndate = 2000-01-01\n"
                                       "chapter_vii = true\nbinding = true\nstatus = \"V\"\nsource = \"test\"\n"
                                       "[[resolutions.measures]]\nparagraph = \"1\"\nkind = \"arms-embargo-to\"\n"
                                       "target = \"PRK\"\nforbids = [\"arms-smuggling\"]\n";
  Diagnostics diag;
  auto c = load_corpus(corpus_files_in(root.string(), diag), diag);
  EXPECT_FALSE(c);
  EXPECT_NE(diag.str().find("unsc.toml:13:"), std::string::npos) << diag.str();
  EXPECT_NE(diag.str().find("resolutions[0].measures[0].forbids: expected arms-transfer-to"), std::string::npos)
      << diag.str();
  fs::remove_all(root);
}

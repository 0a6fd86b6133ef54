// ATOP as an engine corpus, on the real ATOP 5.1 files (skipped by name when the data is absent).
#include <gtest/gtest.h>

#include <algorithm>

#include "casus/evaluation.h"
#include "casus/research/atop_corpus.h"
#include "test_data.h"

namespace casus::research {
namespace {

using testing::data_dir;

const AtopData& data() {
  static const AtopData d = [] {
    auto r = load_atop_data(DatasetPaths::in(data_dir()));
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? std::move(r).value() : AtopData{};
  }();
  return d;
}

// The curated registry with one curated treaty (NATO): a fixed fixture, so that treaties added to
// corpus/treaties/ later (which may carry other atop_ids) do not change what these tests see.
const Corpus& curated() {
  static const Corpus c = [] {
    Diagnostics diag;
    const std::string root = std::string(CASUS_SOURCE_DIR) + "/corpus";
    CorpusFiles files{root + "/states.toml", root + "/locations.toml", {root + "/treaties/nato-1949.toml"}};
    auto corpus = load_corpus(files, diag);
    EXPECT_TRUE(corpus.has_value()) << diag.str();
    return corpus ? *corpus : Corpus{};
  }();
  return c;
}

const AtopCorpus& converted() {
  static const AtopCorpus c = [] {
    auto r = atop_corpus(data(), curated().states());
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? std::move(r).value() : AtopCorpus{};
  }();
  return c;
}

const Treaty* find(const std::vector<Treaty>& ts, const std::string& id) {
  for (const auto& t : ts)
    if (t.id == id) return &t;
  return nullptr;
}

std::vector<const Membership*> spells_of(const Treaty& t, const std::string& state) {
  std::vector<const Membership*> out;
  for (const auto& m : t.members)
    if (m.state == state) out.push_back(&m);
  return out;
}

#define REQUIRE_ATOP() CASUS_REQUIRE_DATA(DatasetPaths::in(data_dir()).atop_members)

TEST(AtopCorpus, EveryAllianceBecomesOneTreaty) {
  REQUIRE_ATOP();
  EXPECT_EQ(converted().treaties.size(), data().alliances.size());
  for (const auto& t : converted().treaties) {
    EXPECT_EQ(t.origin, Origin::atop);
    EXPECT_EQ(t.id, "atop-" + std::to_string(t.atop_id));
  }
}

// The Dual Alliance (Germany, Austria-Hungary), signed 7 Oct 1879, ended 3 Nov 1918: defence,
// conditional on a particular adversary (ATOP's DEFCOADV does not say which); neutrality if attacked.
TEST(AtopCorpus, DualAlliance1879HasMembersDatesAndDefence) {
  REQUIRE_ATOP();
  const Treaty* t = find(converted().treaties, "atop-1335");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->signed_.date.str(), "1879-10-07");
  ASSERT_TRUE(t->ended.has_value());
  EXPECT_EQ(t->ended->date.str(), "1918-11-03");
  ASSERT_EQ(t->members.size(), 2u);
  EXPECT_EQ(t->members[0].state, "AUH");  // sorted by id
  EXPECT_EQ(t->members[1].state, "GMY");
  EXPECT_EQ(t->members[1].from->str(), "1879-10-07");
  EXPECT_EQ(t->members[1].to->str(), "1918-11-02");  // the day before ATOP's exit date
  EXPECT_EQ(t->members[1].joined, JoinKind::founding);
  EXPECT_NE(t->members[1].provenance.source.find("atopid 1335, member ccode 255"), std::string::npos);
  ASSERT_EQ(t->provisions.size(), 2u);  // DEFENSE and NEUTRAL
  const Provision* n = t->provision("neutrality");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->trigger->event, EventKind::armed_attack);  // NEUCOATT: only if the ally is attacked
  const Provision& p = *t->provision("defence");
  EXPECT_EQ(p.kind, ProvisionKind::defence);
  EXPECT_EQ(p.provenance.status, Verification::verified);
  EXPECT_NE(p.provenance.note.find("not from the treaty text"), std::string::npos);
  EXPECT_TRUE(p.holders.empty());  // symmetric: every member
  ASSERT_TRUE(p.trigger.has_value());
  EXPECT_EQ(p.trigger->event, EventKind::armed_attack);
  ASSERT_EQ(p.trigger->undisclosed.size(), 1u);
  EXPECT_NE(p.trigger->undisclosed[0].find("DEFCOADV"), std::string::npos);
}

// NATO in ATOP: two phases; West Germany (COW 260) and united Germany (COW 255 from 1990-10-03) are
// both the registry's DEU, one spell from the 1954 Paris protocols; defence conditional on location.
TEST(AtopCorpus, NatoPhasesNewStatesAndLocationCondition) {
  REQUIRE_ATOP();
  const Treaty* t = find(converted().treaties, "atop-3180");
  ASSERT_NE(t, nullptr);
  // In effect at the end of ATOP's coverage: in force in 2018, unknown afterwards (no extrapolation).
  ASSERT_TRUE(t->ended.has_value());
  EXPECT_EQ(in_force_on(*t, *Date::parse("2018-12-31")), Truth::yes);
  EXPECT_EQ(in_force_on(*t, *Date::parse("2025-06-01")), Truth::unknown);
  EXPECT_TRUE(spells_of(*t, "cow-260").empty());
  auto deu = spells_of(*t, "DEU");
  ASSERT_EQ(deu.size(), 1u);
  EXPECT_EQ(deu[0]->from->str(), "1954-10-23");
  EXPECT_FALSE(deu[0]->to.has_value());
  // The USA's two phase rows (1949-04-04..1951-06-19, 1951-06-19..) merge into one spell.
  auto usa = spells_of(*t, "USA");
  ASSERT_EQ(usa.size(), 1u);
  EXPECT_FALSE(usa[0]->to.has_value());
  const Provision* d2 = t->provision("defence-p2");
  ASSERT_NE(d2, nullptr);
  EXPECT_EQ(d2->valid_from->str(), "1951-06-19");
  EXPECT_FALSE(d2->valid_to.has_value());
  ASSERT_TRUE(d2->trigger.has_value());
  ASSERT_EQ(d2->trigger->undisclosed.size(), 1u);
  EXPECT_NE(d2->trigger->undisclosed[0].find("DEFCOLOC"), std::string::npos);
  const Provision* d1 = t->provision("defence-p1");
  ASSERT_NE(d1, nullptr);
  EXPECT_EQ(d1->valid_to->str(), "1951-06-18");
  EXPECT_NE(t->provision("non-aggression-p2"), nullptr);
  EXPECT_NE(t->provision("consultation-p2"), nullptr);
}

// Czechoslovakia (COW 315) is not in the registry: ATOP 2563 (with the USSR, 1943) names it "cow-315".
TEST(AtopCorpus, CowCodeTheRegistryLacksBecomesANewState) {
  REQUIRE_ATOP();
  const Treaty* t = find(converted().treaties, "atop-2563");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(spells_of(*t, "cow-315").size(), 1u);
  EXPECT_EQ(spells_of(*t, "SUN").size(), 1u);
  auto added = std::find_if(converted().states.begin(), converted().states.end(),
                            [](const State& s) { return s.id == "cow-315"; });
  ASSERT_NE(added, converted().states.end());
  EXPECT_EQ(added->name_en, "Czechoslovakia");
  EXPECT_EQ(added->cow_code, 315);
  EXPECT_EQ(added->iso, IsoList::none);
}

// USSR–DPRK 1961 (ATOP 3440): COW 365 is the USSR to 1991-12-25 and Russia after, by succession.
TEST(AtopCorpus, SharedCowCodeSplitsAtSuccession) {
  REQUIRE_ATOP();
  const Treaty* t = find(converted().treaties, "atop-3440");
  ASSERT_NE(t, nullptr);
  auto sun = spells_of(*t, "SUN");
  auto rus = spells_of(*t, "RUS");
  ASSERT_EQ(sun.size(), 1u);
  ASSERT_EQ(rus.size(), 1u);
  EXPECT_EQ(sun[0]->to->str(), "1991-12-25");
  EXPECT_EQ(sun[0]->left, LeaveKind::succession);
  EXPECT_EQ(rus[0]->from->str(), "1991-12-26");
  EXPECT_EQ(rus[0]->joined, JoinKind::succession);
  EXPECT_EQ(rus[0]->to->str(), "1996-09-09");
}

// US–Japan 1960 (ATOP 3375): only the USA undertakes defence (ASYMM); holders say so.
TEST(AtopCorpus, AsymmetricObligationHasHolders) {
  REQUIRE_ATOP();
  const Treaty* t = find(converted().treaties, "atop-3375");
  ASSERT_NE(t, nullptr);
  const Provision* d = t->provision("defence");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->holders, std::vector<StateId>{"USA"});
  const Provision* c = t->provision("consultation");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->holders.empty());
}

// Franco-Russian alliance (ATOP 1385): defence conditional on an adversary ATOP does not name. An attack
// on France in 1900 makes Russia's obligation conditional, never obliged nor not-triggered.
TEST(AtopCorpus, UndisclosedConditionEvaluatesAsConditional) {
  REQUIRE_ATOP();
  auto extended = corpus_with_atop(curated(), data());
  ASSERT_TRUE(extended.ok()) << extended.error().message();
  const Corpus& c = extended.value();
  Scenario sc;
  sc.date = *Date::parse("1900-06-01");
  ScenarioEvent e;
  e.kind = EventKind::armed_attack;
  e.date = sc.date;
  e.by = {"GMY"};
  e.target = "FRA";
  e.location = "FRA";
  sc.events.push_back(e);
  Evaluation ev = evaluate(c, sc, Reading::literal, HonouringPolicy::all);
  const Finding* f = nullptr;
  for (const auto& x : ev.findings)
    if (x.treaty->id == "atop-1385" && x.holder == "RUS" && x.beneficiary == "FRA") f = &x;
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->outcome, Outcome::conditional);
  auto named = std::find_if(f->conditions.begin(), f->conditions.end(), [](const ConditionCheck& k) {
    return k.name == "undisclosed" && k.value == Truth::unknown && k.detail.find("DEFCOADV") != std::string::npos;
  });
  EXPECT_NE(named, f->conditions.end());
  EXPECT_EQ(ev.entry("RUS"), nullptr);  // a conditional obligation is not honoured
}

// Non-provocation is decidable: with ATOP's DEFCONPR the engine answers it.
TEST(AtopCorpus, NonProvocationBecomesUnprovoked) {
  REQUIRE_ATOP();
  int n = 0;
  for (const auto& t : converted().treaties)
    for (const auto& p : t.provisions)
      if (p.kind == ProvisionKind::defence && p.trigger && p.trigger->unprovoked) ++n;
  int rows = 0;
  for (const auto& m : data().members) rows += m.obligations[0] && m.conditions.defconpr;
  EXPECT_GT(rows, 0);
  EXPECT_GT(n, 0);
}

TEST(AtopCorpus, CuratedFileWinsForTheSameAtopId) {
  REQUIRE_ATOP();
  std::vector<std::string> dropped;
  auto extended = corpus_with_atop(curated(), data(), &dropped);
  ASSERT_TRUE(extended.ok()) << extended.error().message();
  const Treaty* nato = extended.value().treaty("nato-1949");
  ASSERT_NE(nato, nullptr);
  ASSERT_NE(nato->atop_id, 0) << "corpus/treaties/nato-1949.toml has no atop_id";
  EXPECT_EQ(nato->origin, Origin::curated);
  const std::string atop_id = "atop-" + std::to_string(nato->atop_id);
  EXPECT_EQ(extended.value().treaty(atop_id), nullptr);
  EXPECT_NE(std::find(dropped.begin(), dropped.end(), atop_id), dropped.end());
  EXPECT_NE(extended.value().treaty("atop-1335"), nullptr);
  EXPECT_NE(extended.value().state("cow-315"), nullptr);
  EXPECT_NE(extended.value().location("cow-315"), nullptr);
}

TEST(AtopCorpus, MemberRowOfUnknownAllianceIsALocatedError) {
  REQUIRE_ATOP();
  AtopData d;
  d.alliances = {data().alliances.front()};
  d.members = {data().members.front()};
  d.members[0].atopid = 9999;
  d.members[0].line = 7;
  auto r = atop_corpus(d, curated().states());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message(),
            "atop5_1m.csv:7:1: atopid: expected an alliance listed in atop5_1a.csv; found 9999");
}

}  // namespace
}  // namespace casus::research

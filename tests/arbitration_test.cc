// The Anglo-Japanese 1911 arbitration exception (unless_arbitration): with no general arbitration
// treaty in the corpus it never applies; with one between the holder and the attacker, it does.
#include <algorithm>

#include <gtest/gtest.h>

#include "casus/evaluation.h"
#include "test_support.h"

using namespace casus;

namespace {

Scenario attack_on_britain_in_asia(const char* attacker) {
  Scenario sc;
  sc.file = "built in the test";
  sc.title = "An attack on British India, 1913";
  sc.date = *Date::parse("1913-06-01");
  sc.readings = {Reading::literal};
  ScenarioEvent e;
  e.kind = EventKind::armed_attack;
  e.date = sc.date;
  e.by = {attacker};
  e.target = "GBR";
  e.location = "british-india";
  sc.events = {e};
  return sc;
}

const Finding* japan_for_britain(const Evaluation& ev) {
  for (const auto& f : ev.findings)
    if (f.treaty->id == "anglo-japanese-1911" && f.provision->kind == ProvisionKind::defence && f.holder == "JPN" &&
        f.beneficiary == "GBR")
      return &f;
  return nullptr;
}

TEST(ArbitrationException, DoesNotApplyWithoutAnArbitrationTreaty) {
  Evaluation ev = evaluate(test::corpus(), attack_on_britain_in_asia("USA"), Reading::literal, HonouringPolicy::all);
  const Finding* f = japan_for_britain(ev);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->outcome, Outcome::obliged);
  bool traced = false;
  for (const auto& c : f->conditions) traced |= c.name == "arbitration-exception" && c.value == Truth::yes;
  EXPECT_TRUE(traced) << "the trace must show the exception was checked";
}

TEST(ArbitrationException, ExemptsTheHolderTowardsAnArbitrationPartner) {
  Treaty arb;
  arb.id = "test-arbitration";
  arb.name = arb.short_name = "A general arbitration treaty (test)";
  arb.signed_.date = arb.in_force.date = DateSpan::exactly(*Date::parse("1912-01-01"));
  arb.members = {Membership{"JPN", {}, {}, JoinKind::founding, LeaveKind::none, {}},
                 Membership{"USA", {}, {}, JoinKind::founding, LeaveKind::none, {}}};
  Provision p;
  p.article = "1";
  p.label = "arbitration";
  p.kind = ProvisionKind::arbitration;
  arb.provisions = {p};
  Corpus with = extend_corpus(test::corpus(), {}, {arb});
  Evaluation ev = evaluate(with, attack_on_britain_in_asia("USA"), Reading::literal, HonouringPolicy::all);
  const Finding* f = japan_for_britain(ev);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->outcome, Outcome::not_triggered);
  auto failed = f->failed();
  EXPECT_NE(std::find(failed.begin(), failed.end(), "arbitration-exception"), failed.end());
  // Against another attacker the same clause still binds.
  Evaluation ev2 = evaluate(with, attack_on_britain_in_asia("RUS"), Reading::literal, HonouringPolicy::all);
  ASSERT_TRUE(japan_for_britain(ev2));
  EXPECT_EQ(japan_for_britain(ev2)->outcome, Outcome::obliged);
}

}  // namespace

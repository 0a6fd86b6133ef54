#include <algorithm>
#include <map>
#include <tuple>

#include "casus/report.h"

namespace casus {

ScenarioReport evaluate_all(const Corpus& corpus, const Scenario& scenario, const EvaluationOptions& base) {
  ScenarioReport r;
  r.scenario = &scenario;
  bool claimed = false;
  for (auto policy : scenario.policies)
    for (auto reading : scenario.readings) {
      EvaluationOptions o = base;
      o.reading = reading;
      o.policy = policy;
      o.assume_discretionary_response |= scenario.assume_discretion;
      r.evaluations.push_back(evaluate(corpus, scenario, o));
      for (const auto& u : r.evaluations.back().uses) claimed |= u.character == Character::claimed;
    }
  if (claimed && base.claims == ClaimAssumption::undecided && !scenario.policies.empty())
    for (auto reading : scenario.readings)
      for (auto claims : {ClaimAssumption::accepted, ClaimAssumption::rejected}) {
        EvaluationOptions o = base;
        o.reading = reading;
        o.policy = scenario.policies.front();
        o.claims = claims;
        o.assume_discretionary_response |= scenario.assume_discretion;
        r.claim_variants.push_back(evaluate(corpus, scenario, o));
      }
  return r;
}

namespace {

int strength(const Finding& f) {
  switch (f.outcome) {
    case Outcome::obliged: return 8 + f.honoured;
    case Outcome::discretionary: return 6 + f.honoured;
    case Outcome::not_obliged: return 4;
    case Outcome::conditional: return 2;
    case Outcome::not_triggered: return 0;
  }
  return 0;
}

}  // namespace

std::vector<std::vector<const Finding*>> reading_table(const std::vector<const Evaluation*>& evs) {
  using Key = std::tuple<const Provision*, StateId, StateId>;
  std::map<Key, size_t> row_of;
  std::vector<Key> keys;
  std::vector<std::vector<const Finding*>> rows;
  for (size_t k = 0; k < evs.size(); ++k)
    for (const auto& f : evs[k]->findings) {
      Key key{f.provision, f.holder, f.beneficiary};
      auto [it, fresh] = row_of.emplace(key, rows.size());
      if (fresh) rows.emplace_back(evs.size(), nullptr);
      const Finding*& cell = rows[it->second][k];
      if (!cell || strength(f) > strength(*cell)) cell = &f;
    }
  std::vector<std::vector<const Finding*>> out;
  for (auto& row : rows) {
    bool fires = false, differ = false;
    for (const auto* f : row) fires |= f && f->outcome != Outcome::not_triggered;
    for (const auto* f : row)
      if (!f || !row[0] || f->outcome != row[0]->outcome || f->honoured != row[0]->honoured) differ = true;
    if (fires && differ) out.push_back(std::move(row));
  }
  return out;
}

}  // namespace casus

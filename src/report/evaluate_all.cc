#include <algorithm>
#include <map>
#include <tuple>

#include "casus/report.h"

namespace casus {

ScenarioReport evaluate_all(const Corpus& corpus, const Scenario& scenario) {
  ScenarioReport r;
  r.scenario = &scenario;
  for (auto policy : scenario.policies)
    for (auto reading : scenario.readings) r.evaluations.push_back(evaluate(corpus, scenario, reading, policy));
  return r;
}

std::vector<ReadingDifference> reading_differences(const Evaluation& a, const Evaluation& b) {
  using Key = std::tuple<const Provision*, StateId, StateId>;
  std::map<Key, size_t> in_b;
  for (size_t i = 0; i < b.findings.size(); ++i) {
    const auto& f = b.findings[i];
    in_b[{f.provision, f.holder, f.beneficiary}] = i;
  }
  std::vector<bool> matched(b.findings.size(), false);
  std::vector<ReadingDifference> out;
  for (const auto& f : a.findings) {
    auto it = in_b.find({f.provision, f.holder, f.beneficiary});
    const Finding* other = nullptr;
    if (it != in_b.end()) {
      other = &b.findings[it->second];
      matched[it->second] = true;
    }
    if (!other || other->outcome != f.outcome || other->honoured != f.honoured) out.push_back({&f, other});
  }
  for (size_t i = 0; i < b.findings.size(); ++i)
    if (!matched[i]) out.push_back({nullptr, &b.findings[i]});
  // A provision that fires under neither evaluation is no difference worth reporting, even when only
  // one of them looked at it (its beneficiary became a belligerent under one reading only).
  auto quiet = [](const Finding* f) { return !f || f->outcome == Outcome::not_triggered; };
  out.erase(std::remove_if(out.begin(), out.end(), [&](const ReadingDifference& d) { return quiet(d.a) && quiet(d.b); }),
            out.end());
  return out;
}

}  // namespace casus

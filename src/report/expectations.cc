#include "casus/expectations.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace casus {
namespace {

std::string at(const SourcePosition& p) { return fmt::format("{}:{}", p.file, p.line); }

template <class X>
std::vector<const Evaluation*> applicable(const ScenarioReport& r, const X& x) {
  std::vector<const Evaluation*> out;
  for (const auto& ev : r.evaluations)
    if ((!x.reading || *x.reading == ev.reading) && (!x.policy || *x.policy == ev.policy)) out.push_back(&ev);
  return out;
}

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

std::string label(const Evaluation& ev) {
  return fmt::format("[{}, {}]", to_string(ev.reading), to_string(ev.policy));
}

}  // namespace

std::vector<std::string> check_expectations(const ScenarioReport& report) {
  std::vector<std::string> fails;
  const Scenario& sc = *report.scenario;
  for (const auto& x : sc.expected_obligations) {
    auto evs = applicable(report, x);
    if (evs.empty()) fails.push_back(at(x.defined_at) + ": no evaluation matches this expectation's reading/policy");
    for (const auto* ev : evs) {
      // One finding per provision: where several uses of force were assessed against it, the
      // strongest outcome is the one expected (an obligation arises if any attack triggers it).
      std::vector<const Finding*> candidates;
      for (const auto& g : ev->findings) {
        if (g.treaty->id != x.treaty || g.provision->article != x.article || g.holder != x.holder ||
            g.beneficiary != x.beneficiary || (!x.label.empty() && g.provision->label != x.label))
          continue;
        if (!x.by.empty()) {
          if (g.event < 0) continue;
          const ScenarioEvent& e = ev->events[g.event].event;
          if (std::find(e.by.begin(), e.by.end(), x.by) == e.by.end() && e.group != x.by) continue;
        }
        auto same = std::find_if(candidates.begin(), candidates.end(),
                                 [&](const Finding* c) { return c->provision == g.provision; });
        if (same == candidates.end()) candidates.push_back(&g);
        else if (strength(g) > strength(**same)) *same = &g;
      }
      std::string what = fmt::format("{} Art. {} {} → {} {}", x.treaty, x.article, x.holder, x.beneficiary, label(*ev));
      if (candidates.size() > 1) {
        fails.push_back(fmt::format("{}: {}: ambiguous — several provisions are numbered Art. {}; give their label",
                                    at(x.defined_at), what, x.article));
        continue;
      }
      const Finding* f = candidates.empty() ? nullptr : candidates.front();
      if (!f) {
        fails.push_back(fmt::format("{}: {}: expected {}; the engine made no finding", at(x.defined_at), what, x.outcome));
        continue;
      }
      if (to_string(f->outcome) != x.outcome)
        fails.push_back(fmt::format("{}: {}: expected {}; found {} (failed: {})", at(x.defined_at), what, x.outcome,
                                    to_string(f->outcome), fmt::join(f->failed(), ", ")));
      auto failed = f->failed();
      for (const auto& name : x.failed)
        if (std::find(failed.begin(), failed.end(), name) == failed.end())
          fails.push_back(fmt::format("{}: {}: expected condition \"{}\" to fail; failed: [{}]", at(x.defined_at), what,
                                      name, fmt::join(failed, ", ")));
      if (x.honoured && *x.honoured != f->honoured)
        fails.push_back(fmt::format("{}: {}: expected honoured = {}; found {} ({})", at(x.defined_at), what,
                                    *x.honoured, f->honoured, f->honour_note));
    }
  }
  for (const auto& x : sc.expected_entries) {
    auto evs = applicable(report, x);
    if (evs.empty()) fails.push_back(at(x.defined_at) + ": no evaluation matches this expectation's reading/policy");
    for (const auto* ev : evs) {
      const Entry* e = ev->entry(x.state);
      std::string what = fmt::format("entry of {} {}", x.state, label(*ev));
      if (!x.enters) {
        if (e) fails.push_back(fmt::format("{}: {}: expected no entry; it enters in round {}", at(x.defined_at), what, e->round));
        continue;
      }
      if (!e) {
        fails.push_back(fmt::format("{}: {}: expected to enter; it does not", at(x.defined_at), what));
        continue;
      }
      if (x.not_side_of) {
        if (ev->same_side(x.state, *x.not_side_of))
          fails.push_back(fmt::format("{}: {}: expected on no side with {}; it is", at(x.defined_at), what, *x.not_side_of));
        if (!x.side_of) continue;
      }
      if (!ev->same_side(x.state, *x.side_of))
        fails.push_back(fmt::format("{}: {}: expected on {}'s side; it is not", at(x.defined_at), what, *x.side_of));
      if (x.round && *x.round != e->round)
        fails.push_back(fmt::format("{}: {}: expected round {}; found round {}", at(x.defined_at), what, *x.round, e->round));
    }
  }
  for (const auto& x : sc.expected_readings) {
    bool seen = false;
    for (const auto& ev : report.evaluations) {
      if (ev.reading != x.reading) continue;
      seen = true;
      if (ev.applicable != x.applicable)
        fails.push_back(fmt::format("{}: reading {} [{}]: expected {}; it is {}{}", at(x.defined_at), to_string(x.reading),
                                    to_string(ev.policy), x.applicable ? "applicable" : "not applicable",
                                    ev.applicable ? "applicable" : "not applicable: ", ev.not_applicable_because));
    }
    if (!seen) fails.push_back(fmt::format("{}: reading {} was not evaluated", at(x.defined_at), to_string(x.reading)));
  }
  for (const auto& x : sc.expected_conflicts) {
    auto evs = applicable(report, x);
    if (evs.empty()) fails.push_back(at(x.defined_at) + ": no evaluation matches this expectation's reading/policy");
    for (const auto* ev : evs) {
      bool found = std::any_of(ev->conflicts.begin(), ev->conflicts.end(),
                               [&](const Conflict& c) { return c.state == x.state && c.kind == x.kind; });
      if (!found)
        fails.push_back(fmt::format("{}: conflict {} for {} {}: expected; not found", at(x.defined_at), x.kind, x.state,
                                    label(*ev)));
    }
  }
  return fails;
}

}  // namespace casus

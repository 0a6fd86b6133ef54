// The cascade: events are processed in order of (date, round, position); each armed attack (or other
// trigger event) is checked against every provision that could respond to it; an honoured obligation
// makes its holder enter the war, and that entry is a new event. The loop ends at a fixpoint, when no
// event is left to process: each state enters at most once, so this always terminates.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "casus/evaluation.h"
#include "reasoning/conditions.h"
#include "reasoning/conflicts.h"
#include "reasoning/war.h"

namespace casus {

std::string_view to_string(Outcome o) {
  switch (o) {
    case Outcome::obliged: return "obliged";
    case Outcome::not_obliged: return "not-obliged";
    case Outcome::conditional: return "conditional";
    case Outcome::not_triggered: return "not-triggered";
  }
  return "?";
}

std::vector<std::string> Finding::failed() const {
  std::vector<std::string> out;
  for (const auto& c : conditions)
    if (c.value == Truth::no) out.push_back(c.name);
  for (const auto& g : gates)
    if (g.value == Truth::no) out.push_back(std::string(to_string(g.kind)));
  return out;
}

const Entry* Evaluation::entry(std::string_view state) const {
  for (const auto& e : entries)
    if (e.state == state) return &e;
  return nullptr;
}

namespace {

bool enters_war(ProvisionKind k) {
  return k == ProvisionKind::defence || k == ProvisionKind::offence || k == ProvisionKind::guarantee;
}

bool contains(const std::vector<StateId>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

int rank(Outcome o) {
  switch (o) {
    case Outcome::obliged: return 3;
    case Outcome::not_obliged: return 2;
    case Outcome::conditional: return 1;
    case Outcome::not_triggered: return 0;
  }
  return 0;
}

class Cascade {
 public:
  Cascade(const Corpus& corpus, const Scenario& sc, Reading reading, HonouringPolicy policy)
      : corpus_(corpus), sc_(sc), cx_{corpus, war_, reading} {
    ev_.reading = reading;
    ev_.policy = policy;
  }

  Evaluation run() {
    // Requests for assistance are known from the start: a request made after the attack still
    // opens the gate it concerns.
    for (const auto& e : sc_.events)
      if (e.kind == EventKind::request_for_assistance) war_.apply(e, -1);
    for (const auto& e : sc_.events) push({e, 0, -1});
    while (!queue_.empty()) {
      int i = std::get<3>(*queue_.begin());
      queue_.erase(queue_.begin());
      process(i);
    }
    report_unmet_provisions();
    ev_.initiator_side = war_.initiator_side();
    find_conflicts(corpus_, war_, ev_);
    return std::move(ev_);
  }

 private:
  void push(EvaluatedEvent e) {
    ev_.events.push_back(std::move(e));
    int i = static_cast<int>(ev_.events.size()) - 1;
    const auto& x = ev_.events[i];
    queue_.insert({x.event.date.days_since_epoch(), x.round, i, i});
  }

  void process(int i) {
    const ScenarioEvent e = ev_.events[i].event;  // copy: the vector grows below
    const int round = ev_.events[i].round;
    if (e.kind != EventKind::request_for_assistance) {
      for (const auto& s : war_.apply(e, i)) {
        if (!ev_.entry(s)) ev_.entries.push_back({s, war_.side_of(s), round, e.date, ev_.events[i].cause, i});
      }
    }
    if (e.kind == EventKind::mobilization) {
      for (const auto& s : e.by)
        if (!mobilized(s)) ev_.mobilizations.push_back({s, -1, round, e.date, ev_.events[i].cause, i});
    }
    // Every provision of a treaty the beneficiary belongs to (or ever belonged to) that responds. The
    // beneficiary is the target, or for war-involvement clauses also an actor, or for mobilization
    // clauses any other member. Only treaties one of those states belongs to can respond.
    std::vector<size_t> candidates;
    if (e.kind == EventKind::mobilization) {
      for (size_t k = 0; k < corpus_.treaties().size(); ++k) candidates.push_back(k);
    } else {
      auto add = [&](const StateId& s) {
        const auto& ts = corpus_.treaties_of(s);
        candidates.insert(candidates.end(), ts.begin(), ts.end());
      };
      if (!e.target.empty()) add(e.target);
      for (const auto& s : e.by) add(s);
      std::sort(candidates.begin(), candidates.end());  // corpus order keeps the output deterministic
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }
    for (size_t k : candidates) {
      const Treaty& t = corpus_.treaties()[k];
      const auto& members = corpus_.members_ever(k);
      for (const auto& p : t.provisions) {
        if (!p.trigger || !responds_to(*p.trigger, e)) continue;
        std::vector<StateId> beneficiaries;
        if (p.trigger->event == EventKind::mobilization) {
          // Every mobilization is checked against every mobilization clause: one by a state the
          // clause does not name is reported with its failing `mobilizer` condition.
          beneficiaries = members;
        } else {
          if (!e.target.empty()) beneficiaries.push_back(e.target);
          if (p.trigger->event == EventKind::war_involvement) beneficiaries.insert(beneficiaries.end(), e.by.begin(), e.by.end());
        }
        for (const auto& b : beneficiaries) {
          if (!contains(members, b)) continue;
          if (!p.beneficiaries.empty() && !contains(p.beneficiaries, b)) continue;
          const auto& holders = p.holders.empty() ? members : p.holders;
          for (const auto& h : holders) {
            if (h == b || contains(e.by, h) || h == e.target) continue;
            evaluate_provision(t, p, h, b, e, i, round);
          }
        }
      }
    }
  }

  bool mobilized(std::string_view s) const {
    return std::any_of(ev_.mobilizations.begin(), ev_.mobilizations.end(),
                       [&](const Entry& m) { return m.state == s; });
  }

  Finding make_finding(const Treaty& t, const Provision& p, const StateId& h, const StateId& b,
                       const ScenarioEvent& e, int event_index) {
    Finding f;
    f.treaty = &t;
    f.provision = &p;
    f.holder = h;
    f.beneficiary = b;
    f.event = event_index;
    check_validity(cx_, t, h, b, e.date, f.conditions);
    if (p.valid_from || p.valid_to) {
      const Date before = Date::from_days(e.date.days_since_epoch() - 1);
      Truth v = (p.valid_from ? p.valid_from->reached_by(e.date) : Truth::yes) &&
                !(p.valid_to ? p.valid_to->reached_by(before) : Truth::no);
      f.conditions.push_back({"wording-in-force", v,
                              fmt::format("this wording applies from {} to {}",
                                          p.valid_from ? p.valid_from->str() : "entry into force",
                                          p.valid_to ? p.valid_to->str() : "the treaty's end")});
    }
    if (event_index >= 0) {
      check_trigger(cx_, t, *p.trigger, h, b, e, "", f.conditions, &f.against);
    } else {
      f.conditions.push_back({"event", Truth::no,
                              fmt::format("no {} on {} in the scenario", to_string(p.trigger->event), b)});
    }
    for (const auto& u : t.understandings) {
      if (u.modifies != p.label || (!u.holders.empty() && !contains(u.holders, h))) continue;
      if (u.date && u.date->reached_by(e.date) == Truth::no) continue;
      f.understandings.push_back(&u);
      if (u.trigger && event_index >= 0) check_trigger(cx_, t, *u.trigger, h, b, e, u.label + ": ", f.conditions, nullptr);
    }
    for (const auto& s : t.statements)
      if (s.about == p.label && s.date.reached_by(e.date) != Truth::no) f.statements.push_back(&s);

    Truth trigger = Truth::yes;
    for (const auto& c : f.conditions) trigger = trigger && c.value;
    f.gates = check_gates(cx_, p, h, b, f.against);
    Truth legal = Truth::yes;
    for (const auto& g : f.gates)
      if (g.gate_class == GateClass::legal_condition) legal = legal && g.value;
    if (trigger == Truth::no) f.outcome = Outcome::not_triggered;
    else if (trigger == Truth::unknown) f.outcome = Outcome::conditional;
    else if (legal == Truth::no) f.outcome = Outcome::not_obliged;
    else if (legal == Truth::unknown) f.outcome = Outcome::conditional;
    else f.outcome = Outcome::obliged;
    return f;
  }

  void evaluate_provision(const Treaty& t, const Provision& p, const StateId& h, const StateId& b,
                          const ScenarioEvent& e, int event_index, int round) {
    auto key = std::make_tuple(&p, h, b);
    auto it = index_.find(key);
    if (it != index_.end() && ev_.findings[it->second].outcome == Outcome::obliged) return;
    Finding f = make_finding(t, p, h, b, e, event_index);
    if (it != index_.end()) {
      if (rank(f.outcome) <= rank(ev_.findings[it->second].outcome)) return;
      ev_.findings[it->second] = std::move(f);
      decide_honour(it->second, e, round);
      return;
    }
    ev_.findings.push_back(std::move(f));
    int fi = static_cast<int>(ev_.findings.size()) - 1;
    index_.emplace(key, fi);
    decide_honour(fi, e, round);
  }

  void decide_honour(int fi, const ScenarioEvent& e, int round) {
    Finding& f = ev_.findings[fi];
    const bool mobilizes = f.provision->kind == ProvisionKind::mobilization;
    if ((!enters_war(f.provision->kind) && !mobilizes) || f.outcome != Outcome::obliged) return;
    std::vector<std::string> discretion;
    for (const auto& g : f.gates)
      if (g.gate_class == GateClass::discretion) discretion.emplace_back(to_string(g.kind));
    // A guarantee states no explicit duty to fight: whether to act on it is the guarantor's choice.
    if (f.provision->kind == ProvisionKind::guarantee) discretion.emplace_back("guarantee (no explicit duty to fight)");
    if (ev_.policy == HonouringPolicy::automatic_only && !discretion.empty()) {
      f.honour_note = fmt::format("not honoured under automatic-only: passes through discretion ({})",
                                  fmt::join(discretion, ", "));
      return;
    }
    if (mobilizes) {
      if (mobilized(f.holder)) {
        f.honoured = true;
        f.honour_note = fmt::format("{} has already mobilized", f.holder);
        return;
      }
      f.honoured = true;
      f.honour_note = discretion.empty() ? "honoured: mobilizes at once, no discretion gate"
                                         : "honoured under policy all (discretion assumed exercised)";
      ScenarioEvent m;
      m.kind = EventKind::mobilization;
      m.date = e.date;
      m.by = {f.holder};
      m.note = fmt::format("{} mobilizes under {} Art. {}", f.holder, f.treaty->short_name, f.provision->article);
      push({m, round + 1, fi});
      return;
    }
    int side = war_.side_of(f.beneficiary);
    int own = war_.side_of(f.holder);
    if (own >= 0 && own != side) {
      f.honour_note = fmt::format("{} is at war on the other side", f.holder);
      return;
    }
    f.honoured = true;
    f.honour_note = ev_.policy == HonouringPolicy::all && !discretion.empty()
                        ? fmt::format("honoured under policy all (discretion assumed exercised: {})",
                                      fmt::join(discretion, ", "))
                        : "honoured: no discretion gate";
    if (own >= 0) {
      f.honour_note += fmt::format("; {} is already at war on {}'s side", f.holder, f.beneficiary);
      return;
    }
    war_.join(f.holder, side);
    ev_.entries.push_back({f.holder, side, round + 1, e.date, fi, -1});
    for (const auto& enemy : f.against) {
      if (war_.at_war(f.holder, enemy) && war_.side_of(enemy) != side) {
        // At war already by sides; the entry still engages its forces against this enemy.
      }
      ScenarioEvent entry;
      entry.kind = EventKind::armed_attack;
      entry.date = e.date;
      entry.by = {f.holder};
      entry.target = enemy;
      entry.location = e.location;
      entry.target_kind = TargetKind::forces;
      entry.note = fmt::format("{} enters the war on {}'s side ({} Art. {}), engaging {}'s forces in the theatre",
                               f.holder, f.beneficiary, f.treaty->short_name, f.provision->article, enemy);
      push({entry, round + 1, fi});
    }
  }

  // Every defence or offence provision that a belligerent could claim and that no event met.
  void report_unmet_provisions() {
    for (const auto& en : std::vector<Entry>(ev_.entries)) {
      const StateId& b = en.state;
      for (size_t k : corpus_.treaties_of(b)) {
        const Treaty& t = corpus_.treaties()[k];
        const auto& members = corpus_.members_ever(k);
        for (const auto& p : t.provisions) {
          if (!enters_war(p.kind) || !p.trigger) continue;
          if (!p.beneficiaries.empty() && !contains(p.beneficiaries, b)) continue;
          const auto& holders = p.holders.empty() ? members : p.holders;
          for (const auto& h : holders) {
            if (h == b || index_.count(std::make_tuple(&p, h, b))) continue;
            // A holder at war with the beneficiary (the invading guarantor, the attacking ally) is not
            // a potential helper: its own attack is not an event its clause answers.
            if (war_.at_war(h, b)) continue;
            ScenarioEvent at;
            at.date = sc_.date;
            ev_.findings.push_back(make_finding(t, p, h, b, at, -1));
            index_.emplace(std::make_tuple(&p, h, b), static_cast<int>(ev_.findings.size()) - 1);
          }
        }
      }
    }
  }

  const Corpus& corpus_;
  const Scenario& sc_;
  War war_;
  CheckContext cx_;
  Evaluation ev_;
  std::set<std::tuple<int32_t, int, int, int>> queue_;
  std::map<std::tuple<const Provision*, StateId, StateId>, int> index_;
};

}  // namespace

Evaluation evaluate(const Corpus& corpus, const Scenario& scenario, Reading reading, HonouringPolicy policy) {
  return Cascade(corpus, scenario, reading, policy).run();
}

}  // namespace casus

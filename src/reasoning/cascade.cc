// The cascade: events are processed in order of (date, round, position); each use of force (or other
// trigger event) is checked against every provision that could respond to it; an honoured obligation
// makes its holder enter the war the use belongs to, and that entry is a new use of force. A use that
// continues is assessed again on the first day a treaty, a membership or a wording comes to apply while
// it lasts. The loop ends at a fixpoint, when nothing is left to process: each state enters each war at
// most once, so this always terminates.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "casus/evaluation.h"
#include "reasoning/conditions.h"
#include "reasoning/conflicts.h"
#include "reasoning/hostilities.h"

namespace casus {

std::string_view to_string(Outcome o) {
  switch (o) {
    case Outcome::obliged: return "obliged";
    case Outcome::discretionary: return "discretionary";
    case Outcome::not_obliged: return "not-obliged";
    case Outcome::conditional: return "conditional";
    case Outcome::not_triggered: return "not-triggered";
  }
  return "?";
}

std::string_view to_string(Character c) {
  switch (c) {
    case Character::first_use: return "first-use";
    case Character::self_defence: return "self-defence";
    case Character::collective_defence: return "collective-defence";
    case Character::un_authorised: return "un-authorised";
    case Character::claimed: return "claimed";
  }
  return "?";
}

std::string_view to_string(EvidenceLevel e) {
  switch (e) {
    case EvidenceLevel::any: return "any";
    case EvidenceLevel::partly: return "partly";
    case EvidenceLevel::verified: return "verified";
  }
  return "?";
}

std::string_view to_string(ClaimAssumption c) {
  switch (c) {
    case ClaimAssumption::undecided: return "undecided";
    case ClaimAssumption::accepted: return "accepted";
    case ClaimAssumption::rejected: return "rejected";
  }
  return "?";
}

std::optional<EvidenceLevel> parse_evidence(std::string_view s) {
  if (s == "any") return EvidenceLevel::any;
  if (s == "partly") return EvidenceLevel::partly;
  if (s == "verified") return EvidenceLevel::verified;
  return std::nullopt;
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

bool Evaluation::same_side(std::string_view a, std::string_view b) const {
  for (const auto& w : wars) {
    int sa = w.side_of(a), sb = w.side_of(b);
    if (sa >= 0 && sa == sb) return true;
  }
  return false;
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
    case Outcome::obliged: return 4;
    case Outcome::discretionary: return 3;
    case Outcome::not_obliged: return 2;
    case Outcome::conditional: return 1;
    case Outcome::not_triggered: return 0;
  }
  return 0;
}

Verification weakest(Verification a, Verification b) { return a > b ? a : b; }

// Does the evidence level let a fact of this status count?
bool counts(EvidenceLevel level, Verification v) {
  switch (level) {
    case EvidenceLevel::any: return true;
    case EvidenceLevel::partly: return v != Verification::unverified;
    case EvidenceLevel::verified: return v == Verification::verified;
  }
  return true;
}

class Cascade {
 public:
  Cascade(const Corpus& corpus, const Scenario& sc, const EvaluationOptions& options)
      : corpus_(corpus), sc_(sc), options_(options),
        hostilities_(corpus, sc.date, options.claims, ev_.uses, ev_.wars), cx_{corpus, hostilities_, options_, sc.date} {
    ev_.options = options;
    ev_.reading = options.reading;
    ev_.policy = options.policy;
  }

  Evaluation run() {
    if (options_.reading == Reading::charter && !charter_applies(corpus_, sc_.date)) {
      ev_.applicable = false;
      ev_.not_applicable_because =
          corpus_.law().charter.known
              ? fmt::format("the UN Charter entered into force on {} [{}]; the scenario's date is {}",
                            corpus_.law().charter.in_force.str(), to_string(corpus_.law().charter.provenance.status),
                            sc_.date.str())
              : "the corpus has no corpus/un-members.toml, so the Charter's date of entry into force is unknown";
      for (const auto& e : sc_.events) ev_.events.push_back({e, 0, -1});
      return std::move(ev_);
    }
    // Requests for assistance are known from the start: a request made after the attack still
    // opens the gate it concerns.
    for (const auto& e : sc_.events)
      if (e.kind == EventKind::request_for_assistance) hostilities_.add_request(e);
    for (const auto& e : sc_.events) push({e, 0, -1}, -1, "");
    while (!queue_.empty()) {
      auto [date, round, seq, kind, index] = *queue_.begin();
      queue_.erase(queue_.begin());
      (void)date, (void)seq;
      if (kind == 0) process(index);
      else run_deferred(index);
    }
    report_unmet_provisions();
    find_conflicts(corpus_, hostilities_, ev_);
    return std::move(ev_);
  }

 private:
  struct Answer {
    int use = -1;       // the use an honouring entry answers
    StateId beneficiary;
  };
  // A provision to assess again on a later day of a continuing use of force.
  struct Deferred {
    const Treaty* treaty;
    const Provision* provision;
    StateId holder, beneficiary;
    int event, use, round;
    Date day;
  };

  void push(EvaluatedEvent e, int answers, StateId beneficiary) {
    ev_.events.push_back(std::move(e));
    answers_.push_back({answers, std::move(beneficiary)});
    int i = static_cast<int>(ev_.events.size()) - 1;
    const auto& x = ev_.events[i];
    queue_.insert({x.event.date.days_since_epoch(), x.round, seq_++, 0, i});
  }

  void process(int i) {
    const ScenarioEvent e = ev_.events[i].event;  // copy: the vector grows below
    const int round = ev_.events[i].round;
    int use = -1;
    if (e.kind == EventKind::armed_attack || e.kind == EventKind::declaration_of_war) {
      std::vector<Hostilities::Joined> joined;
      use = hostilities_.apply(e, i, answers_[i].use, answers_[i].beneficiary, joined);
      for (const auto& j : joined)
        if (!entered(j.state, j.war))
          ev_.entries.push_back({j.state, j.war, j.side, round, e.date, ev_.events[i].cause, i});
    }
    if (e.kind == EventKind::mobilization) {
      for (const auto& s : e.by)
        if (!mobilized(s)) ev_.mobilizations.push_back({s, -1, -1, round, e.date, ev_.events[i].cause, i});
    }
    if (e.kind == EventKind::request_for_assistance) return;
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
            assess(t, p, h, b, i, use, round);
          }
        }
      }
    }
  }

  bool entered(std::string_view s, int war) const {
    return std::any_of(ev_.entries.begin(), ev_.entries.end(),
                       [&](const Entry& x) { return x.state == s && x.war == war; });
  }

  bool mobilized(std::string_view s) const {
    return std::any_of(ev_.mobilizations.begin(), ev_.mobilizations.end(),
                       [&](const Entry& m) { return m.state == s; });
  }

  // The first day from the event's first to its last on which the treaty applies to this leg, or the
  // first day itself when there is none (the finding then says why).
  Date assessment_day(const Treaty& t, const Provision& p, const StateId& h, const StateId& b, Date first,
                      Date last) const {
    if (valid_on(t, p, h, b, first) == Truth::yes || last <= first) return first;
    std::set<Date> days;
    auto add = [&](const std::optional<DateSpan>& s) {
      if (!s) return;
      days.insert(s->earliest);
      days.insert(s->latest);
    };
    add(t.in_force.date);
    for (const auto& m : t.members)
      if (m.state == h || m.state == b) add(m.from);
    add(p.valid_from);
    for (const auto& s : t.suspensions)
      if (s.to) days.insert(Date::from_days(s.to->latest.days_since_epoch() + 1));
    for (Date d : days)
      if (d > first && d <= last && valid_on(t, p, h, b, d) == Truth::yes) return d;
    return first;
  }

  void assess(const Treaty& t, const Provision& p, const StateId& h, const StateId& b, int event, int use, int round) {
    const ScenarioEvent& e = ev_.events[event].event;
    const Date first = e.date;
    const Date last = use >= 0 ? ev_.uses[use].until : first;
    const Date day = assessment_day(t, p, h, b, first, last);
    if (day > first) {
      deferred_.push_back({&t, &p, h, b, event, use, round, day});
      queue_.insert({day.days_since_epoch(), round, seq_++, 1, static_cast<int>(deferred_.size()) - 1});
      return;
    }
    evaluate_provision(t, p, h, b, event, use, round, day);
  }

  void run_deferred(int k) {
    const Deferred d = deferred_[k];
    evaluate_provision(*d.treaty, *d.provision, d.holder, d.beneficiary, d.event, d.use, d.round, d.day);
  }

  Finding make_finding(const Treaty& t, const Provision& p, const StateId& h, const StateId& b,
                       const ScenarioEvent* event, int event_index, int use_index, Date day) {
    Finding f;
    f.treaty = &t;
    f.provision = &p;
    f.holder = h;
    f.beneficiary = b;
    f.event = event_index;
    f.use = use_index;
    f.assessed_on = day;
    ScenarioEvent at = event ? *event : ScenarioEvent{};
    at.date = day;
    const UseOfForce* use = use_index >= 0 ? &ev_.uses[use_index] : nullptr;
    check_validity(cx_, t, h, b, day, f.conditions);
    if (p.valid_from || p.valid_to) {
      const Date before = Date::from_days(day.days_since_epoch() - 1);
      Truth v = (p.valid_from ? p.valid_from->reached_by(day) : Truth::yes) &&
                !(p.valid_to ? p.valid_to->reached_by(before) : Truth::no);
      f.conditions.push_back({"wording-in-force", v,
                              fmt::format("this wording applies from {} to {}",
                                          p.valid_from ? p.valid_from->str() : "entry into force",
                                          p.valid_to ? p.valid_to->str() : "the treaty's end"),
                              p.provenance.status});
    }
    if (event) {
      check_trigger(cx_, t, *p.trigger, h, b, at, use, "", f.conditions, &f.against);
      check_reading(cx_, t, p, h, b, use, day, f.conditions, f.declared);
    } else {
      f.conditions.push_back({"event", Truth::no,
                              fmt::format("no {} on {} in the scenario", to_string(p.trigger->event), b)});
    }
    for (const auto& u : t.understandings) {
      if (u.modifies != p.label || (!u.holders.empty() && !contains(u.holders, h))) continue;
      if (u.date && u.date->reached_by(day) == Truth::no) continue;
      f.understandings.push_back(&u);
      if (u.trigger && event) check_trigger(cx_, t, *u.trigger, h, b, at, use, u.label + ": ", f.conditions, nullptr);
    }
    for (const auto& s : t.statements)
      if (s.about == p.label && s.date.reached_by(day) != Truth::no) f.statements.push_back(&s);

    // Facts below the evidence level count as unknown.
    for (auto& c : f.conditions) {
      if (counts(options_.evidence, c.evidence) || c.value == Truth::unknown) continue;
      c.value = Truth::unknown;
      c.detail += fmt::format(" — rests on a [{}] fact, treated as unknown (--evidence {})", to_string(c.evidence),
                              to_string(options_.evidence));
    }

    Truth trigger = Truth::yes;
    for (const auto& c : f.conditions) trigger = trigger && c.value;
    f.gates = check_gates(cx_, p, h, b, f.against, use);
    Truth legal = Truth::yes;
    for (const auto& g : f.gates)
      if (g.gate_class == GateClass::legal_condition) legal = legal && g.value;
    if (trigger == Truth::no) f.outcome = Outcome::not_triggered;
    else if (trigger == Truth::unknown) f.outcome = Outcome::conditional;
    else if (legal == Truth::no) f.outcome = Outcome::not_obliged;
    else if (legal == Truth::unknown) f.outcome = Outcome::conditional;
    else if (enters_war(p.kind) && response_discretionary(p)) f.outcome = Outcome::discretionary;
    else f.outcome = Outcome::obliged;

    // The evidence: what a not-triggered finding rests on is its failing conditions; any other rests on
    // every condition and on the clause's own text.
    Verification ev = Verification::verified;
    for (const auto& c : f.conditions) {
      if (f.outcome == Outcome::not_triggered && c.value != Truth::no) continue;
      ev = weakest(ev, c.evidence);
      if (c.evidence != Verification::verified)
        f.weak_facts.push_back(fmt::format("{} [{}]", c.name, to_string(c.evidence)));
    }
    if (f.outcome != Outcome::not_triggered) {
      ev = weakest(ev, p.provenance.status);
      if (p.provenance.status != Verification::verified)
        f.weak_facts.push_back(fmt::format("the clause's text [{}]", to_string(p.provenance.status)));
    }
    f.evidence = ev;
    // An obligation to help a state against those defending themselves from it arises only because the
    // reading does not ask: say so where it does.
    const bool forcible = p.kind == ProvisionKind::defence || p.kind == ProvisionKind::offence;
    if (use && forcible && (f.outcome == Outcome::obliged || f.outcome == Outcome::discretionary) &&
        options_.reading != Reading::charter) {
      std::string why;
      if (art51_victim(hostilities_, *use, b, &why) == Truth::no) {
        const bool cites51 = std::any_of(p.gates.begin(), p.gates.end(),
                                         [](const Gate& g) { return g.kind == GateKind::un_charter_art_51; });
        f.notes.push_back(fmt::format(
            "{} reading: {} is obliged to help {} against a use of force that is itself a defence ({}), because {}; "
            "the charter reading does not oblige it (Charter Arts. 2(4), 51, 103)",
            to_string(options_.reading), h, b, to_string(hostilities_.effective(*use)),
            cites51 ? "this reading does not make the clause's Art. 51 reference a condition"
                    : "the clause's words (\"armed attack\") are met physically and it has no reference to Art. 51"));
      }
    }
    return f;
  }

  void evaluate_provision(const Treaty& t, const Provision& p, const StateId& h, const StateId& b, int event,
                          int use, int round, Date day) {
    auto key = std::make_tuple(&p, h, b, use >= 0 ? use : -2 - event);
    assessed_.insert(std::make_tuple(&p, h, b));
    auto it = index_.find(key);
    if (it != index_.end() && ev_.findings[it->second].outcome == Outcome::obliged) return;
    const ScenarioEvent e = ev_.events[event].event;
    Finding f = make_finding(t, p, h, b, &e, event, use, day);
    if (it != index_.end()) {
      if (rank(f.outcome) <= rank(ev_.findings[it->second].outcome)) return;
      ev_.findings[it->second] = std::move(f);
      decide_honour(it->second, round);
      return;
    }
    ev_.findings.push_back(std::move(f));
    int fi = static_cast<int>(ev_.findings.size()) - 1;
    index_.emplace(key, fi);
    decide_honour(fi, round);
  }

  void decide_honour(int fi, int round) {
    Finding& f = ev_.findings[fi];
    const bool mobilizes = f.provision->kind == ProvisionKind::mobilization;
    if (!enters_war(f.provision->kind) && !mobilizes) return;
    if (f.outcome == Outcome::discretionary) {
      if (ev_.policy == HonouringPolicy::automatic_only || !options_.assume_discretionary_response) {
        f.honour_note = fmt::format(
            "not entered: the clause promises to act to meet the common danger, leaving the response to {}; "
            "casus does not assume it is war{}",
            f.holder, ev_.policy == HonouringPolicy::all ? " (--assume-discretion makes it)" : "");
        return;
      }
    } else if (f.outcome != Outcome::obliged) {
      return;
    }
    std::vector<std::string> discretion;
    for (const auto& g : f.gates)
      if (g.gate_class == GateClass::discretion) discretion.emplace_back(to_string(g.kind));
    // A guarantee states no explicit duty to fight: whether to act on it is the guarantor's choice.
    if (f.provision->kind == ProvisionKind::guarantee) discretion.emplace_back("guarantee (no explicit duty to fight)");
    if (f.outcome == Outcome::discretionary) discretion.emplace_back("response left to the holder (assumed made)");
    if (ev_.policy == HonouringPolicy::automatic_only && !discretion.empty()) {
      f.honour_note = fmt::format("not honoured under automatic-only: passes through discretion ({})",
                                  fmt::join(discretion, ", "));
      return;
    }
    const Date day = f.assessed_on;
    if (mobilizes) {
      f.honoured = true;
      if (mobilized(f.holder)) {
        f.honour_note = fmt::format("{} has already mobilized", f.holder);
        return;
      }
      f.honour_note = discretion.empty() ? "honoured: mobilizes at once, no discretion gate"
                                         : "honoured under policy all (discretion assumed exercised)";
      ScenarioEvent m;
      m.kind = EventKind::mobilization;
      m.date = day;
      m.by = {f.holder};
      m.note = fmt::format("{} mobilizes under {} Art. {}", f.holder, f.treaty->short_name, f.provision->article);
      push({m, round + 1, fi}, -1, "");
      return;
    }
    if (f.use < 0) {
      f.honour_note = "no use of force to answer: the obligation is reported, no entry follows";
      return;
    }
    const UseOfForce& answered = ev_.uses[f.use];
    const int war = answered.war;
    const War& w = ev_.wars[war];
    int side = w.side_of(f.beneficiary);
    int own = w.side_of(f.holder);
    if ((own >= 0 && own != side) || hostilities_.fighting(f.holder, f.beneficiary, day)) {
      f.honour_note = fmt::format("{} fights {} in this war", f.holder, f.beneficiary);
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
    hostilities_.join(war, f.holder, side);
    ev_.entries.push_back({f.holder, war, side, round + 1, day, fi, -1});
    if (f.against.empty() && answered.actors.empty()) {
      f.honour_note += fmt::format("; it acts against {}, a non-state group: no state is engaged", answered.group);
      return;
    }
    for (const auto& enemy : f.against) {
      ScenarioEvent entry;
      entry.kind = EventKind::armed_attack;
      entry.date = day;
      entry.until = answered.until > day ? std::optional<Date>(answered.until) : std::nullopt;
      entry.by = {f.holder};
      entry.target = enemy;
      entry.location = answered.location;
      entry.target_kind = TargetKind::forces;
      entry.war = w.label;
      entry.note = fmt::format("{} enters the war on {}'s side ({} Art. {}), engaging {}'s forces in the theatre",
                               f.holder, f.beneficiary, f.treaty->short_name, f.provision->article, enemy);
      push({entry, round + 1, fi}, f.use, f.beneficiary);
    }
  }

  // Every defence or offence provision that a belligerent could claim and that no event met.
  void report_unmet_provisions() {
    std::set<StateId> seen;
    for (const auto& en : std::vector<Entry>(ev_.entries)) {
      const StateId& b = en.state;
      if (!seen.insert(b).second) continue;
      for (size_t k : corpus_.treaties_of(b)) {
        const Treaty& t = corpus_.treaties()[k];
        const auto& members = corpus_.members_ever(k);
        for (const auto& p : t.provisions) {
          if (!enters_war(p.kind) || !p.trigger) continue;
          if (!p.beneficiaries.empty() && !contains(p.beneficiaries, b)) continue;
          const auto& holders = p.holders.empty() ? members : p.holders;
          for (const auto& h : holders) {
            if (h == b || assessed_.count(std::make_tuple(&p, h, b))) continue;
            // A holder fighting the beneficiary (the invading guarantor, the attacking ally) is not a
            // potential helper: its own attack is not an event its clause answers.
            if (hostilities_.fighting(h, b, sc_.date)) continue;
            ev_.findings.push_back(make_finding(t, p, h, b, nullptr, -1, -1, sc_.date));
            assessed_.insert(std::make_tuple(&p, h, b));
          }
        }
      }
    }
  }

  const Corpus& corpus_;
  const Scenario& sc_;
  const EvaluationOptions options_;
  Evaluation ev_;
  Hostilities hostilities_;
  CheckContext cx_;
  std::vector<Answer> answers_;  // per event
  std::vector<Deferred> deferred_;
  int seq_ = 0;
  // (date, round, sequence, kind 0 = event / 1 = deferred assessment, index)
  std::set<std::tuple<int32_t, int, int, int, int>> queue_;
  std::map<std::tuple<const Provision*, StateId, StateId, int>, int> index_;
  std::set<std::tuple<const Provision*, StateId, StateId>> assessed_;
};

}  // namespace

Evaluation evaluate(const Corpus& corpus, const Scenario& scenario, const EvaluationOptions& options) {
  return Cascade(corpus, scenario, options).run();
}

}  // namespace casus

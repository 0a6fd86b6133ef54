#include "reasoning/hostilities.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace casus {
namespace {

bool contains(const std::vector<StateId>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string actors_of(const UseOfForce& u) {
  return u.actors.empty() ? u.group : fmt::format("{}", fmt::join(u.actors, ", "));
}

}  // namespace

int War::side_of(std::string_view state) const {
  for (const auto& [s, side] : sides)
    if (s == state) return side;
  return -1;
}

Character Hostilities::effective(const UseOfForce& u) const {
  if (u.character != Character::claimed) return u.character;
  switch (claims_) {
    case ClaimAssumption::accepted: return Character::self_defence;
    case ClaimAssumption::rejected: return Character::first_use;
    case ClaimAssumption::undecided: break;
  }
  return Character::claimed;
}

int Hostilities::earlier_attack(const StateId& actor, const StateId& target) const {
  for (size_t i = 0; i < uses_.size(); ++i) {
    const UseOfForce& u = uses_[i];
    if (!u.armed || !contains(u.actors, actor) || u.target != target) continue;
    Character c = effective(u);
    if (c == Character::first_use || c == Character::claimed) return static_cast<int>(i);
  }
  return -1;
}

void Hostilities::characterise(UseOfForce& u, const ScenarioEvent& e, int answers,
                               const StateId& on_behalf_of) const {
  auto describe = [&](int i) {
    const UseOfForce& p = uses_[i];
    return fmt::format("{}'s {} on {} of {}", actors_of(p), p.armed ? "armed attack" : "declaration of war", p.target,
                       p.from.str());
  };
  if (answers >= 0) {
    // An entry made to honour an obligation answers the use its beneficiary suffered.
    const UseOfForce& p = uses_[answers];
    u.answers = answers;
    u.on_behalf_of = on_behalf_of;
    if (contains(p.actors, on_behalf_of)) {
      // Joining the beneficiary's own use of force (a war-involvement clause): it shares its character.
      Character c = effective(p);
      u.character = c == Character::first_use ? Character::first_use
                    : c == Character::claimed ? Character::claimed : Character::collective_defence;
      u.basis = p.basis;
      u.why = fmt::format("joins {}'s own use of force ({})", on_behalf_of, describe(answers));
      return;
    }
    switch (effective(p)) {
      case Character::first_use:
        u.character = Character::collective_defence;
        u.why = fmt::format("entry in defence of {} against {}", on_behalf_of, describe(answers));
        break;
      case Character::claimed:
        u.character = Character::claimed;
        u.basis = p.basis;
        u.why = fmt::format("entry on {}'s side; the basis of {} is undecided ({})", on_behalf_of, describe(answers),
                            p.basis);
        break;
      default:
        u.character = Character::first_use;
        u.why = fmt::format("force against {}, whose use of force ({}) answered {}'s own: not a defence of {}",
                            e.target, to_string(p.character), on_behalf_of, on_behalf_of);
        break;
    }
    return;
  }
  const StateId& actor = u.actors.empty() ? StateId() : u.actors.front();
  auto attack_on = [&](const StateId& victim) { return earlier_attack(e.target, victim); };
  switch (e.legal_basis) {
    case LegalBasis::unstated: {
      u.derived = true;
      int p = -1;
      for (const auto& a : u.actors)
        if ((p = attack_on(a)) >= 0) break;
      if (p >= 0 && effective(uses_[p]) == Character::first_use) {
        u.character = Character::self_defence;
        u.answers = p;
        u.why = fmt::format("derived: answers {}", describe(p));
      } else if (p >= 0) {
        u.character = Character::claimed;
        u.answers = p;
        u.basis = uses_[p].basis;
        u.why = fmt::format("derived: answers {}, whose own basis is undecided", describe(p));
      } else {
        u.character = Character::first_use;
        u.why = u.actors.empty() ? fmt::format("derived: an armed attack by {}", u.group)
                                 : fmt::format("derived: no earlier use of force by {} against {} in the scenario",
                                               e.target, actors_of(u));
      }
      return;
    }
    case LegalBasis::first_use:
      u.character = Character::first_use;
      u.why = "stated: first use";
      return;
    case LegalBasis::self_defence: {
      int p = -1;
      for (const auto& a : u.actors)
        if ((p = attack_on(a)) >= 0) break;
      if (p >= 0) {
        u.character = effective(uses_[p]) == Character::first_use ? Character::self_defence : Character::claimed;
        u.answers = p;
        u.why = fmt::format("stated: self-defence against {}", describe(p));
      } else {
        u.character = Character::claimed;
        u.basis = "self-defence";
        u.why = fmt::format("stated as self-defence, but no earlier armed attack by {} on {} is in the scenario: "
                            "the claim is not decided",
                            e.target, actor);
      }
      return;
    }
    case LegalBasis::collective_defence: {
      u.on_behalf_of = e.on_behalf_of;
      int p = attack_on(e.on_behalf_of);
      if (p >= 0) {
        u.character = effective(uses_[p]) == Character::first_use ? Character::collective_defence : Character::claimed;
        u.answers = p;
        u.why = fmt::format("stated: collective defence of {} against {}", e.on_behalf_of, describe(p));
      } else {
        u.character = Character::claimed;
        u.basis = "collective defence of " + e.on_behalf_of;
        u.why = fmt::format("stated as collective defence of {}, but no earlier armed attack by {} on {} is in the "
                            "scenario: the claim is not decided",
                            e.on_behalf_of, e.target, e.on_behalf_of);
      }
      for (const auto& a : u.actors)
        if (request(e.on_behalf_of, a)) u.request_recorded = true;
      return;
    }
    case LegalBasis::un_authorised: {
      u.basis = e.resolution;
      const Resolution* r = corpus_.law().resolution(e.resolution);
      const Measure* m = nullptr;
      if (r && r->date.reached_by(e.date) == Truth::yes)
        for (const auto& x : r->measures)
          if ((x.kind == MeasureKind::authorisation || x.kind == MeasureKind::recommendation) && x.target == e.target)
            m = &x;
      if (m) {
        u.character = Character::un_authorised;
        // Force authorised in aid of a state answers the attack on it, and joins that war.
        if (!m->beneficiary.empty()) {
          u.on_behalf_of = m->beneficiary;
          u.answers = earlier_attack(e.target, m->beneficiary);
        }
        u.why = fmt::format("stated: under {} para. {} ({} against {}) [{}]", r->symbol, m->paragraph, to_string(m->kind),
                            m->target, to_string(m->provenance.status));
      } else {
        u.character = Character::claimed;
        u.why = fmt::format("stated as authorised by resolution {}, but the corpus has no authorisation in it against "
                            "{} adopted by {}: the claim is not decided",
                            e.resolution, e.target, e.date.str());
      }
      return;
    }
    case LegalBasis::claimed:
      u.character = Character::claimed;
      u.basis = e.claim;
      u.why = fmt::format("claimed: {} (not decided by the engine)", e.claim);
      return;
  }
}

int Hostilities::war_for(const ScenarioEvent& e, int answers) {
  auto fresh = [&](std::string label) {
    wars_.push_back({std::move(label), static_cast<int>(uses_.size()), {}});
    return static_cast<int>(wars_.size()) - 1;
  };
  if (!e.war.empty()) {
    for (size_t i = 0; i < wars_.size(); ++i)
      if (wars_[i].label == e.war) return static_cast<int>(i);
    return fresh(e.war);
  }
  if (answers >= 0) return uses_[answers].war;
  // A response joins the war of the use it answers; a first use by a belligerent stays in its war; any
  // other first use opens a war of its own (USSR–Poland 1939 is not Germany–Poland).
  for (const auto& a : e.by)
    for (size_t i = 0; i < wars_.size(); ++i)
      if (wars_[i].side_of(a) >= 0) return static_cast<int>(i);
  return fresh(e.by.empty() ? fmt::format("attack by {} on {}", e.group, e.target)
                            : fmt::format("{} – {}", fmt::join(e.by, ", "), e.target));
}

void Hostilities::join(int war, const StateId& state, int side) {
  if (wars_[war].side_of(state) < 0) wars_[war].sides.emplace_back(state, side);
}

int Hostilities::apply(const ScenarioEvent& e, int event_index, int answers, const StateId& on_behalf_of,
                       std::vector<Joined>& joined) {
  UseOfForce u;
  u.event = event_index;
  u.actors = e.by;
  u.group = e.group;
  u.directed_from = e.directed_from;
  u.target = e.target;
  u.location = e.location;
  u.target_kind = e.target_kind;
  u.from = e.date;
  u.until = e.last_day(scenario_date_);
  u.armed = e.kind == EventKind::armed_attack;
  u.limited = e.limited;
  characterise(u, e, answers, on_behalf_of);
  // The answered use, for a stated defence, decides the war as an honouring entry's does.
  int war = war_for(e, answers >= 0 ? answers : (e.war.empty() && u.answers >= 0 ? u.answers : -1));
  u.war = war;
  War& w = wars_[war];
  auto put = [&](const StateId& s, int side) {
    if (s.empty() || w.side_of(s) >= 0) return;
    w.sides.emplace_back(s, side);
    joined.push_back({s, war, side});
  };
  int actor_side = -1;
  for (const auto& a : u.actors)
    if (w.side_of(a) >= 0) actor_side = w.side_of(a);
  if (actor_side < 0 && !u.on_behalf_of.empty() && w.side_of(u.on_behalf_of) >= 0) actor_side = w.side_of(u.on_behalf_of);
  int target_side = w.side_of(u.target);
  if (actor_side < 0) actor_side = target_side >= 0 ? 1 - target_side : 0;
  if (target_side < 0) target_side = 1 - actor_side;
  for (const auto& a : u.actors) put(a, actor_side);
  put(u.target, target_side);
  uses_.push_back(std::move(u));
  return static_cast<int>(uses_.size()) - 1;
}

bool Hostilities::fighting(std::string_view a, std::string_view b, Date d) const {
  for (const auto& u : uses_) {
    if (u.from > d) continue;
    if ((contains(u.actors, a) && u.target == b) || (contains(u.actors, b) && u.target == a)) return true;
  }
  return false;
}

Truth Hostilities::in_state_of_war(std::string_view state, Date d, std::string* why) const {
  bool limited_only = false;
  for (const auto& u : uses_) {
    if (u.from > d || (!contains(u.actors, state) && u.target != state)) continue;
    if (!u.armed) {
      if (why) *why = fmt::format("declaration of war between {} and {} on {}", actors_of(u), u.target, u.from.str());
      return Truth::yes;
    }
    if (!u.limited) {
      if (why) *why = fmt::format("armed attack by {} on {} from {}", actors_of(u), u.target, u.from.str());
      return Truth::yes;
    }
    limited_only = true;
  }
  if (why)
    *why = limited_only ? "only limited armed attacks and no declaration of war"
                        : "no armed attack or declaration of war involving it";
  return Truth::no;
}

std::vector<StateId> Hostilities::attackers_of(std::string_view target, Date d) const {
  std::vector<StateId> out;
  for (const auto& u : uses_)
    if (u.target == target && u.from <= d)
      for (const auto& a : u.actors)
        if (!contains(out, a)) out.push_back(a);
  return out;
}

const ScenarioEvent* Hostilities::request(std::string_view from, std::string_view to) const {
  for (const auto& r : requests_) {
    if (!contains(r.by, from)) continue;
    if (r.to.empty() || contains(r.to, to)) return &r;
  }
  return nullptr;
}

}  // namespace casus

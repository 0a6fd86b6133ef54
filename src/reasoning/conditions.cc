#include "reasoning/conditions.h"

#include "corpus/geometry.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace casus {
namespace {

std::string join(const std::vector<StateId>& v, std::string_view sep = ", ") {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

bool contains(const std::vector<StateId>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

Verification weakest(Verification a, Verification b) { return a > b ? a : b; }

Date day_before(Date d) { return Date::from_days(d.days_since_epoch() - 1); }

// Is location `loc` part of state `s`'s territory (it, or anything part of it)?
bool territory_of_state(const Corpus& corpus, const std::string& loc, const StateId& s) {
  std::string at = loc;
  for (int depth = 0; depth < 8; ++depth) {
    if (at == s) return true;
    const Location* l = corpus.location(at);
    if (!l) return false;
    if (l->administered_by == s) return true;
    if (l->part_of == at || l->part_of.empty()) return false;
    at = l->part_of;
  }
  return false;
}

Truth check_where(const CheckContext& cx, const Treaty& t, const WhereClause& w, const StateId& holder,
                  const StateId& beneficiary, const ScenarioEvent& e, std::string* why, Verification* ev) {
  const Location* loc = cx.corpus.location(e.location);
  std::vector<std::string> parts;
  Truth value = Truth::yes;
  if (w.target != TargetKind::any) {
    bool ok = w.target == e.target_kind;
    value = value && truth_of(ok);
    parts.push_back(fmt::format("target is {} ({} required)", to_string(e.target_kind), to_string(w.target)));
  }
  if (!loc) {
    parts.push_back(fmt::format("location \"{}\" unknown", e.location));
    if (why) *why = fmt::format("{}", fmt::join(parts, "; "));
    return Truth::unknown && value;
  }
  if (w.metropolitan) {
    bool ok = loc->is_state && loc->id == beneficiary;
    value = value && truth_of(ok);
    parts.push_back(ok ? fmt::format("{} is {}'s metropolitan territory", loc->id, beneficiary)
                       : fmt::format("{} is not {}'s metropolitan territory", loc->id, beneficiary));
  }
  if (w.administered_by != AdministeredBy::unconstrained) {
    Truth ok = Truth::no;
    std::string whom;
    switch (w.administered_by) {
      case AdministeredBy::beneficiary: ok = truth_of(loc->administered_by == beneficiary); whom = beneficiary; break;
      case AdministeredBy::holder: ok = truth_of(loc->administered_by == holder); whom = holder; break;
      case AdministeredBy::state: ok = truth_of(loc->administered_by == w.administering_state); whom = w.administering_state; break;
      case AdministeredBy::member: ok = member_on(t, loc->administered_by, e.date); whom = "a member"; break;
      case AdministeredBy::unconstrained: break;
    }
    value = value && ok;
    if (ev) *ev = weakest(*ev, loc->provenance.status);
    parts.push_back(fmt::format("{} is administered by {} [{}] ({} required)", loc->id, loc->administered_by,
                                to_string(loc->provenance.status), whom));
  }
  if (!w.region.empty()) {
    const Region* r = cx.corpus.region(w.region);
    std::string rwhy;
    Verification rev = Verification::verified;
    Truth ok = r ? in_region(cx.corpus, loc->id, *r, e.date, &rwhy, &rev) : Truth::unknown;
    value = value && ok;
    if (ev) *ev = weakest(*ev, rev);
    parts.push_back(rwhy);
  }
  if (why) *why = fmt::format("{}", fmt::join(parts, "; "));
  return value;
}

std::string actors_of(const UseOfForce& u) { return u.actors.empty() ? u.group : join(u.actors); }

}  // namespace

bool charter_applies(const Corpus& corpus, Date d) {
  return corpus.law().charter.known && d >= corpus.law().charter.in_force;
}

bool response_discretionary(const Provision& p) {
  return p.assistance && p.assistance->response_discretionary;
}

Truth art51_victim(const Hostilities& h, const UseOfForce& u, const StateId& beneficiary, std::string* why) {
  const Character c = h.effective(u);
  const std::string who = actors_of(u);
  switch (c) {
    case Character::first_use:
      if (why) *why = fmt::format("{}'s use of force on {} is a first use ({}): {} is the victim of an armed attack",
                                  who, u.target, u.why, beneficiary);
      return Truth::yes;
    case Character::claimed:
      if (why) *why = fmt::format("{}'s use of force rests on a claimed basis the engine does not decide ({}): "
                                  "if it is accepted, {} has no right of collective self-defence against it; if "
                                  "rejected, it has",
                                  who, u.basis.empty() ? u.why : u.basis, beneficiary);
      return Truth::unknown;
    default:
      if (why) *why = fmt::format("{} act(s) in {} ({}); Art. 51 gives no right of collective self-defence against "
                                  "a lawful defence, so {} cannot claim it (ICJ Nicaragua 1986, para. 211)",
                                  who, to_string(c), u.why, beneficiary);
      return Truth::no;
  }
}

Truth in_region(const Corpus& corpus, const std::string& loc, const Region& region, Date d, std::string* why,
                Verification* evidence) {
  // The rows and the geometric rules are the corpus's business (corpus/geometry.h).
  const Location* l = corpus.location(loc);
  Location unlisted;
  unlisted.id = loc;
  const Containment c = region_contains(corpus, region, l ? *l : unlisted, d);
  if (why) *why = c.why;
  // The answer names the status of each row or rule it rests on, as "[U]", "[P]" or "[V]".
  if (evidence) {
    if (c.why.find("[U") != std::string::npos) *evidence = weakest(*evidence, Verification::unverified);
    else if (c.why.find("[P") != std::string::npos) *evidence = weakest(*evidence, Verification::partly);
  }
  return c.value;
}

Truth valid_on(const Treaty& t, const Provision& p, const StateId& holder, const StateId& beneficiary, Date d) {
  Truth v = in_force_on(t, d) && member_on(t, holder, d) && member_on(t, beneficiary, d) &&
            !suspended_on(t, holder, beneficiary, d);
  if (p.valid_from) v = v && p.valid_from->reached_by(d);
  if (p.valid_to) v = v && !p.valid_to->reached_by(day_before(d));
  return v;
}

void check_validity(const CheckContext& cx, const Treaty& t, const StateId& holder,
                    const StateId& beneficiary, Date d, std::vector<ConditionCheck>& out) {
  (void)cx;
  Truth f = in_force_on(t, d);
  std::string detail;
  // Each date carries its verification status, so that a [U] date is never read as settled.
  const auto status = [](const DatedFact& x) { return to_string(x.provenance.status); };
  Verification ev = t.in_force.provenance.status;
  if (f == Truth::yes) detail = fmt::format("in force since {} [{}]", t.in_force.date.str(), status(t.in_force));
  else if (t.in_force.date.reached_by(d) != Truth::yes)
    detail = fmt::format("not yet in force on {} (signed {} [{}], in force {} [{}])", d.str(), t.signed_.date.str(),
                         status(t.signed_), t.in_force.date.str(), status(t.in_force));
  else {
    detail = fmt::format("no longer in force on {}: {} {} [{}]", d.str(), to_string(t.end_kind), t.ended->date.str(),
                         status(*t.ended));
    ev = t.ended->provenance.status;
  }
  if (t.ended && f == Truth::yes) ev = weakest(ev, t.ended->provenance.status);
  if (f == Truth::unknown)
    detail = t.origin == Origin::atop && t.ended && t.ended->date.earliest.year() == 2019
                 ? fmt::format("unknown on {}: ATOP's coverage ends on 2018-12-31, when it was still in effect", d.str())
                 : fmt::format("unknown on {}: a date of entry into force or end is known only in part", d.str());
  out.push_back({"in-force", f, detail, ev});

  Truth mh = member_on(t, holder, d), mb = member_on(t, beneficiary, d);
  Verification mev = Verification::verified;
  // The status of the membership spell that covers the day (or of the state's last spell).
  auto spell_status = [&](const StateId& s) -> std::string {
    const Membership* found = nullptr;
    for (const auto& m : t.members) {
      if (m.state != s) continue;
      found = &m;
      if ((m.from ? m.from->reached_by(d) : Truth::yes) != Truth::no &&
          (m.to ? m.to->reached_by(day_before(d)) : Truth::no) != Truth::yes)
        break;
    }
    if (!found) return "";
    mev = weakest(mev, found->provenance.status);
    return fmt::format(" [{}]", to_string(found->provenance.status));
  };
  std::string hs = spell_status(holder), bs = spell_status(beneficiary);
  out.push_back({"membership", mh && mb,
                 fmt::format("{} member: {}{}; {} member: {}{} (on {})", holder, to_string(mh), hs, beneficiary,
                             to_string(mb), bs, d.str()),
                 mev});
  Truth s = suspended_on(t, holder, beneficiary, d);
  if (s != Truth::no) {
    const Suspension* sp = nullptr;
    for (const auto& x : t.suspensions)
      if (x.beneficiary ? x.holder == holder && *x.beneficiary == beneficiary
                        : x.holder == holder || x.holder == beneficiary)
        sp = &x;
    out.push_back({"leg", !s,
                   sp && sp->beneficiary
                       ? fmt::format("{}'s obligations towards {} suspended from {} [{}]", holder,
                                     *sp->beneficiary, sp->from.str(), to_string(sp->provenance.status))
                       : fmt::format("{}'s participation suspended from {} [{}]", sp ? sp->holder : "?",
                                     sp ? sp->from.str() : "?", sp ? to_string(sp->provenance.status) : "?"),
                   sp ? sp->provenance.status : Verification::unverified});
  }
}

bool responds_to(const Trigger& trigger, const ScenarioEvent& e) {
  switch (trigger.event) {
    case EventKind::armed_attack: return e.kind == EventKind::armed_attack;
    // An armed attack on a state is a fortiori a threat of aggression against it.
    case EventKind::threat: return e.kind == EventKind::threat || e.kind == EventKind::armed_attack;
    case EventKind::war_involvement:
      return e.kind == EventKind::armed_attack || e.kind == EventKind::declaration_of_war;
    // The invasion of a guaranteed neutral: an armed attack on its territory.
    case EventKind::neutrality_violation:
      return e.kind == EventKind::armed_attack && e.target == trigger.guaranteed &&
             e.target_kind == TargetKind::territory;
    default: return e.kind == trigger.event;
  }
}

void check_trigger(const CheckContext& cx, const Treaty& t, const Trigger& tr, const StateId& holder,
                   const StateId& beneficiary, const ScenarioEvent& e, const UseOfForce* use,
                   const std::string& prefix, std::vector<ConditionCheck>& out, std::vector<StateId>* against) {
  const Hostilities& war = cx.hostilities;
  auto add = [&](std::string name, Truth v, std::string detail, Verification ev = Verification::verified) {
    out.push_back({prefix + name, v, std::move(detail), ev});
  };
  const std::string actors = e.by.empty() ? e.group : join(e.by);
  if (prefix.empty()) {
    add("event", truth_of(responds_to(tr, e)),
        fmt::format("{} by {}{}{} on {} ({} required)", to_string(e.kind), actors,
                    e.target.empty() ? "" : " on " + e.target,
                    e.kind == EventKind::armed_attack ? " at " + e.location : "", e.date.str(),
                    to_string(tr.event)));
  }
  if (tr.event == EventKind::mobilization && prefix.empty()) {
    std::vector<StateId> m;
    for (const auto& a : e.by)
      if (contains(tr.mobilizers, a)) m.push_back(a);
    add("mobilizer", truth_of(!m.empty()),
        fmt::format("mobilization by {}; the clause names {}", join(e.by), join(tr.mobilizers)));
  }
  // The words the clause uses for the event, read as a literal reader would: physically for an
  // "invasion", by the character of the force for "aggression" (a defender is no aggressor).
  if (use && prefix.empty() && tr.wording != TriggerWording::armed_attack) {
    if (tr.wording == TriggerWording::invasion) {
      bool ok = use->armed && use->target == beneficiary && use->target_kind == TargetKind::territory &&
                territory_of_state(cx.corpus, use->location, beneficiary);
      add("invasion", truth_of(ok),
          ok ? fmt::format("{}'s force is directed against {}'s territory ({})", actors_of(*use), beneficiary, use->location)
             : fmt::format("the clause speaks of an armed invasion: {} engages {}'s {} at {}, not {}'s territory",
                           actors_of(*use), use->target, to_string(use->target_kind), use->location, beneficiary));
    } else {
      const Character c = war.effective(*use);
      Truth v = c == Character::first_use ? Truth::yes : c == Character::claimed ? Truth::unknown : Truth::no;
      add("aggression", v,
          fmt::format("the clause speaks of aggression: {}'s use of force is {} ({})", actors_of(*use), to_string(c), use->why));
    }
  }
  if (use && prefix.empty() && tr.attacker_kind == AttackerKind::state) {
    if (!use->actors.empty()) {
      add("attacker-kind", Truth::yes, fmt::format("the clause names states as attackers; {} is a state", actors_of(*use)));
    } else if (!use->directed_from.empty()) {
      add("attacker-kind", Truth::unknown,
          fmt::format("the clause names states as attackers; {} is a non-state group directed from {}: whether the "
                      "attack is {}'s own (sent by or on behalf of it, ICJ Nicaragua 1986, para. 195) is not decided",
                      use->group, use->directed_from, use->directed_from));
    } else {
      add("attacker-kind", Truth::no,
          fmt::format("the clause names states as attackers; {} is a non-state group", use->group));
    }
  }
  // The beneficiary's opponents in this event: its attackers, or (when it is itself one of the actors,
  // as a war-involvement clause allows) the target.
  const std::vector<StateId> opponents =
      contains(e.by, beneficiary) ? std::vector<StateId>{e.target} : e.by;
  std::vector<StateId> qualifying;
  switch (tr.attacker) {
    case AttackerScope::any:
      qualifying = opponents;
      break;
    case AttackerScope::named:
      for (const auto& a : opponents)
        if (contains(tr.attackers, a)) qualifying.push_back(a);
      add("attacker", truth_of(!qualifying.empty()),
          fmt::format("opponent(s) {}; the clause names {}", opponents.empty() ? actors : join(opponents), join(tr.attackers)));
      break;
    case AttackerScope::other_than_named:
      for (const auto& a : opponents)
        if (!contains(tr.attackers, a)) qualifying.push_back(a);
      add("attacker", truth_of(!qualifying.empty()),
          fmt::format("opponent(s) {}; the clause covers opponents other than {}", opponents.empty() ? actors : join(opponents),
                      join(tr.attackers)));
      break;
    case AttackerScope::not_a_member:
      for (const auto& a : opponents)
        if (member_on(t, a, e.date) == Truth::no) qualifying.push_back(a);
      add("attacker", truth_of(!qualifying.empty()),
          qualifying.empty() ? fmt::format("every opponent ({}) is itself a member", join(opponents))
                             : fmt::format("{} from outside the treaty", join(qualifying)));
      break;
  }
  // Later conditions look at the qualifying opponents; where none qualified they are still evaluated,
  // on every opponent, so that the trace shows them all.
  const bool none_qualified = qualifying.empty();
  const std::vector<StateId>& assessed = none_qualified ? opponents : qualifying;
  const std::string after_failure = none_qualified && tr.attacker != AttackerScope::any
                                        ? " (assessed on every opponent, although none qualified)" : "";
  if (!tr.attacker_region.empty()) {
    const Region* region = cx.corpus.region(tr.attacker_region);
    std::vector<StateId> inside;
    std::vector<std::string> why;
    Truth any = Truth::no;
    Verification ev = Verification::verified;
    for (const auto& a : assessed) {
      std::string w;
      Truth v = region ? in_region(cx.corpus, a, *region, e.date, &w, &ev) : Truth::unknown;
      if (v != Truth::no) inside.push_back(a);
      any = any || v;
      why.push_back(w);
    }
    if (!none_qualified) qualifying = inside;
    add("attacker-region", any, fmt::format("{}{}", fmt::join(why, "; "), after_failure), ev);
  }
  if (tr.unless_arbitration) {
    // Closed world: a general arbitration treaty counts only if the corpus has it.
    std::vector<StateId> kept;
    std::vector<std::string> why;
    for (const auto& a : assessed) {
      std::string found;
      for (const auto& other : cx.corpus.treaties())
        for (const auto& p : other.provisions)
          if (p.kind == ProvisionKind::arbitration && member_on(other, holder, e.date) == Truth::yes &&
              member_on(other, a, e.date) == Truth::yes)
            found = other.short_name;
      if (found.empty()) kept.push_back(a);
      why.push_back(found.empty() ? fmt::format("no general arbitration treaty between {} and {} in the corpus", holder, a)
                                  : fmt::format("{} and {} are bound by {}: no duty to fight {}", holder, a, found, a));
    }
    add("arbitration-exception", truth_of(!kept.empty() || assessed.empty()),
        fmt::format("{}{}", fmt::join(why, "; "), after_failure));
    if (!none_qualified) qualifying = kept;
  }
  if (against && prefix.empty()) *against = none_qualified ? std::vector<StateId>{} : qualifying;
  // The war this event belongs to, for conditions about who fights on which side.
  const War* w = use && use->war >= 0 ? &war.war(use->war) : nullptr;
  auto on_attackers_side = [&](const StateId& s) {
    if (!w) return false;
    int ss = w->side_of(s), bs = w->side_of(beneficiary);
    return ss >= 0 && ss != bs;
  };
  if (!tr.supported_by.empty()) {
    std::vector<StateId> support;
    for (const auto& s : tr.supported_by)
      if (on_attackers_side(s)) support.push_back(s);
    add("supported-by", truth_of(!support.empty()),
        support.empty() ? fmt::format("none of {} fights on the attacker's side", join(tr.supported_by))
                        : fmt::format("{} fights on the attacker's side", join(support)));
  }
  if (!tr.not_supported_by.empty()) {
    std::vector<StateId> support;
    for (const auto& s : tr.not_supported_by)
      if (on_attackers_side(s)) support.push_back(s);
    add("not-supported-by", truth_of(support.empty()),
        support.empty() ? fmt::format("none of {} fights on the attacker's side", join(tr.not_supported_by))
                        : fmt::format("{} fights on the attacker's side", join(support)));
  }
  if (tr.min_attackers > 0) {
    auto attackers = war.attackers_of(beneficiary, e.date);
    add("min-attackers", truth_of(static_cast<int>(attackers.size()) >= tr.min_attackers),
        fmt::format("{} attacker(s) so far ({}); at least {} required", attackers.size(), join(attackers),
                    tr.min_attackers));
  }
  if (tr.min_great_powers > 0) {
    // Great powers among the states fighting the beneficiary, by COW major-power status on the day.
    int sure = 0, maybe = 0;
    std::vector<std::string> names;
    Verification ev = Verification::verified;
    for (const auto& a : war.attackers_of(beneficiary, e.date)) {
      const State* st = cx.corpus.state(a);
      Truth gp = st ? great_power_on(*st, e.date) : Truth::unknown;
      if (st)
        for (const auto& spell : st->great_power) ev = weakest(ev, spell.provenance.status);
      if (gp == Truth::yes) ++sure, names.push_back(a);
      if (gp == Truth::unknown) ++maybe, names.push_back(a + "?");
    }
    Truth v = sure >= tr.min_great_powers ? Truth::yes
              : sure + maybe >= tr.min_great_powers ? Truth::unknown : Truth::no;
    add("min-great-powers", v,
        fmt::format("{} great power(s) attacking {} by {} ({}); at least {} required", sure, beneficiary,
                    e.date.str(), names.empty() ? "none" : join(names), tr.min_great_powers),
        ev);
  }
  if (tr.unprovoked) {
    // Provoked: the beneficiary's side opened the war this attack belongs to.
    const UseOfForce* open = w && w->opened_by >= 0 ? &war.use(w->opened_by) : nullptr;
    bool provoked = open && w->side_of(beneficiary) == 0;
    add("unprovoked", truth_of(!provoked),
        provoked ? fmt::format("{}'s side opened hostilities in this war ({} against {} on {})", beneficiary,
                               actors_of(*open), open->target, open->from.str())
                 : fmt::format("{}'s side did not open hostilities", beneficiary));
  }
  if (tr.state_of_war) {
    std::string why;
    Truth v = war.in_state_of_war(beneficiary, e.date, &why);
    add("state-of-war", v, fmt::format("{} in a state of war: {}", beneficiary, why));
  }
  for (const auto& u : tr.undisclosed)
    add("undisclosed", Truth::unknown,
        fmt::format("the coding says there is a condition \"{}\" but not what it is", u));
  if (!tr.where.empty()) {
    Truth any = Truth::no;
    std::vector<std::string> why;
    Verification ev = Verification::verified;
    for (const auto& wc : tr.where) {
      std::string one;
      Verification one_ev = Verification::verified;
      Truth v = check_where(cx, t, wc, holder, beneficiary, e, &one, &one_ev);
      // The alternative that decides carries the evidence: the weakest among those that hold, or
      // among all when none does.
      if (v != Truth::no || any == Truth::no) ev = any == Truth::no && v != Truth::no ? one_ev : weakest(ev, one_ev);
      any = any || v;
      why.push_back(fmt::format("[{}] {}", to_string(v), one));
    }
    add("location", any, fmt::format("{}", fmt::join(why, " | ")), ev);
  }
}

void check_reading(const CheckContext& cx, const Treaty& t, const Provision& p, const StateId& holder,
                   const StateId& beneficiary, const UseOfForce* use, Date d, std::vector<ConditionCheck>& out,
                   std::vector<const DeclaredStatement*>& shown) {
  const bool forcible = p.kind == ProvisionKind::defence || p.kind == ProvisionKind::offence ||
                        p.kind == ProvisionKind::guarantee;
  if (cx.options.reading == Reading::charter && forcible && use && charter_applies(cx.corpus, d)) {
    const Law& law = cx.corpus.law();
    const UnMembership* spell = nullptr;
    Truth member = law.un_member_on(holder, d, &spell);
    std::string regime = member == Truth::yes
                             ? fmt::format("{} is a UN member [{}]: the Charter applies", holder,
                                           to_string(spell->provenance.status))
                             : fmt::format("{} is not recorded as a UN member on {}: the customary law of "
                                           "self-defence applies, to the same effect (ICJ Nicaragua 1986, paras. 188–193)",
                                           holder, d.str());
    Verification mev = spell ? spell->provenance.status : law.charter.provenance.status;
    if (use->actors.empty()) {
      out.push_back({"charter: armed attack", Truth::unknown,
                     fmt::format("{}; the attack is by a non-state group ({}{}); whether Art. 51 covers an armed "
                                 "attack that is not a state's is disputed: ICJ Wall advisory opinion 2004, para. 139, "
                                 "against SC Res. 1368 and 1373 (2001)",
                                 regime, use->group, use->directed_from.empty() ? "" : ", directed from " + use->directed_from),
                     mev});
    } else {
      std::string why;
      Truth v = art51_victim(cx.hostilities, *use, beneficiary, &why);
      out.push_back({"charter: armed attack", v,
                     fmt::format("{}; {} (Charter Arts. 2(4), 51; a treaty cannot oblige a member to assist the use "
                                 "of force contrary to the Charter, Art. 103)",
                                 regime, why),
                     mev});
    }
    if (p.kind != ProvisionKind::guarantee) {
      const ScenarioEvent* r = cx.hostilities.request(beneficiary, holder);
      out.push_back({"charter: request", r ? Truth::yes : Truth::unknown,
                     r ? fmt::format("{} asked {} for assistance on {}", beneficiary, r->to.empty() ? "its allies" : holder,
                                     r->date.str())
                       : fmt::format("no request for assistance from {} to {} in the scenario: collective self-defence "
                                     "needs the victim's request (ICJ Nicaragua 1986, pp. 104–105); undecided",
                                     beneficiary, holder)});
    }
  }
  if (cx.options.reading != Reading::declared) {
    // The other readings apply none of the parties' recorded readings, but show them beside the clause:
    // corpus/declared.toml is their one home (the treaty files no longer repeat them).
    for (const auto& s : cx.corpus.law().declared)
      if (s.treaty == t.id && s.about == p.label && s.date.reached_by(cx.scenario_date) != Truth::no) shown.push_back(&s);
    return;
  }
  for (const auto& s : cx.corpus.law().declared) {
    // A party's reading may be stated after the event it concerns (NATO's of 12 Sep 2001 on the attack
    // of the 11th): every statement made by the scenario's date counts.
    if (s.treaty != t.id || s.about != p.label || s.date.reached_by(cx.scenario_date) == Truth::no) continue;
    shown.push_back(&s);
    const std::string name = "declared: " + s.id;
    const std::string by = fmt::format("{} ({} {}, {}{})", s.by, s.kind, s.date.str(), s.official ? "official" : "non-official",
                                       fmt::format(", [{}]", to_string(s.provenance.status)));
    Truth v = Truth::yes;
    std::string why;
    switch (s.condition) {
      case DeclaredCondition::none:
      case DeclaredCondition::applies:
        continue;  // shown beside the clause, adds no condition
      case DeclaredCondition::victim_only:
        if (!use) continue;
        v = use->actors.empty() ? Truth::yes : art51_victim(cx.hostilities, *use, beneficiary, &why);
        why = fmt::format("{}: no assistance to a party that used force first; {}", by,
                          use->actors.empty() ? "the attack is a group's" : why);
        break;
      case DeclaredCondition::directed_from_abroad:
        if (!use) continue;
        if (!use->actors.empty()) {
          why = fmt::format("{}: limits attacks by non-state groups; this one is by a state", by);
        } else {
          v = truth_of(!use->directed_from.empty());
          why = fmt::format("{}: an attack by a non-state group counts if directed from abroad; {} {}", by, use->group,
                            use->directed_from.empty() ? "is not recorded as directed from abroad"
                                                       : "was directed from " + use->directed_from);
        }
        break;
    }
    // A non-official signal can raise a doubt, never settle a party's reading.
    if (!s.official && v == Truth::no) {
      v = Truth::unknown;
      why += "; the statement is non-official, so it leaves the question open";
    }
    out.push_back({name, v, why, s.provenance.status});
  }
}

std::vector<GateCheck> check_gates(const CheckContext& cx, const Provision& p, const StateId& holder,
                                   const StateId& beneficiary, const std::vector<StateId>& against,
                                   const UseOfForce* use) {
  std::vector<GateCheck> out;
  for (const auto& g : p.gates) {
    GateCheck c{g.kind, gate_class(g.kind), Truth::unknown, g.quote, ""};
    switch (g.kind) {
      case GateKind::un_charter_art_51:
        if (cx.options.reading == Reading::literal || cx.options.reading == Reading::declared) {
          c.value = Truth::yes;
          c.detail = fmt::format("{} reading: the reference names the legal basis and adds no condition",
                                 to_string(cx.options.reading));
        } else if (!use) {
          c.value = Truth::yes;
          c.detail = "no use of force to test";
        } else {
          std::string why;
          c.value = art51_victim(cx.hostilities, *use, beneficiary, &why);
          c.detail = fmt::format("{} reading: {}{}", to_string(cx.options.reading), why,
                                 cx.options.reading == Reading::charter
                                     ? " (the charter reading tests every clause; this reference adds nothing to it)" : "");
          (void)against;
        }
        break;
      case GateKind::request_of_attacked:
        if (const ScenarioEvent* r = cx.hostilities.request(beneficiary, holder)) {
          c.value = Truth::yes;
          c.detail = fmt::format("{} asked {} for assistance on {}", beneficiary,
                                 r->to.empty() ? "its allies" : holder, r->date.str());
        } else {
          c.value = Truth::no;
          c.detail = fmt::format("no request for assistance from {} to {} in the scenario", beneficiary, holder);
        }
        break;
      case GateKind::unsc_reporting:
        c.value = Truth::yes;
        c.detail = "procedural: measures are reported to the UN Security Council";
        break;
      default:
        c.value = Truth::unknown;
        c.detail = fmt::format("left to {}'s discretion", holder);
        break;
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace casus

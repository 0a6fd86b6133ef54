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

// Is the location administered by a member of the treaty on day d?
Truth administered_by_member(const Treaty& t, const Location& l, Date d) {
  return member_on(t, l.administered_by, d);
}

Truth check_where(const CheckContext& cx, const Treaty& t, const WhereClause& w, const StateId& holder,
                  const StateId& beneficiary, const ScenarioEvent& e, std::string* why) {
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
      case AdministeredBy::member: ok = administered_by_member(t, *loc, e.date); whom = "a member"; break;
      case AdministeredBy::unconstrained: break;
    }
    value = value && ok;
    parts.push_back(fmt::format("{} is administered by {} ({} required)", loc->id, loc->administered_by, whom));
  }
  if (!w.region.empty()) {
    const Region* r = cx.corpus.region(w.region);
    std::string rwhy;
    Truth ok = r ? in_region(cx.corpus, loc->id, *r, e.date, &rwhy) : Truth::unknown;
    value = value && ok;
    parts.push_back(rwhy);
  }
  if (why) *why = fmt::format("{}", fmt::join(parts, "; "));
  return value;
}

}  // namespace

Truth in_region(const Corpus& corpus, const std::string& loc, const Region& region, Date d, std::string* why) {
  // The rows and the geometric rules are the corpus's business (corpus/geometry.h).
  const Location* l = corpus.location(loc);
  Location unlisted;
  unlisted.id = loc;
  const Containment c = region_contains(corpus, region, l ? *l : unlisted, d);
  if (why) *why = c.why;
  return c.value;
}

void check_validity(const CheckContext& cx, const Treaty& t, const StateId& holder,
                    const StateId& beneficiary, Date d, std::vector<ConditionCheck>& out) {
  (void)cx;
  Truth f = in_force_on(t, d);
  std::string detail;
  // Each date carries its verification status, so that a [U] date is never read as settled.
  const auto status = [](const DatedFact& x) { return to_string(x.provenance.status); };
  if (f == Truth::yes) detail = fmt::format("in force since {} [{}]", t.in_force.date.str(), status(t.in_force));
  else if (t.in_force.date.reached_by(d) != Truth::yes)
    detail = fmt::format("not yet in force on {} (signed {} [{}], in force {} [{}])", d.str(), t.signed_.date.str(),
                         status(t.signed_), t.in_force.date.str(), status(t.in_force));
  else
    detail = fmt::format("no longer in force on {}: {} {} [{}]", d.str(), to_string(t.end_kind), t.ended->date.str(),
                         status(*t.ended));
  if (f == Truth::unknown)
    detail = t.origin == Origin::atop && t.ended && t.ended->date.earliest.year() == 2019
                 ? fmt::format("unknown on {}: ATOP's coverage ends on 2018-12-31, when it was still in effect", d.str())
                 : fmt::format("unknown on {}: a date of entry into force or end is known only in part", d.str());
  out.push_back({"in-force", f, detail});

  Truth mh = member_on(t, holder, d), mb = member_on(t, beneficiary, d);
  // The status of the membership spell that covers the day (or of the state's last spell).
  auto spell_status = [&](const StateId& s) -> std::string {
    const Membership* found = nullptr;
    for (const auto& m : t.members) {
      if (m.state != s) continue;
      found = &m;
      const Date before = Date::from_days(d.days_since_epoch() - 1);
      if ((m.from ? m.from->reached_by(d) : Truth::yes) != Truth::no &&
          (m.to ? m.to->reached_by(before) : Truth::no) != Truth::yes)
        break;
    }
    return found ? fmt::format(" [{}]", to_string(found->provenance.status)) : "";
  };
  out.push_back({"membership", mh && mb,
                 fmt::format("{} member: {}{}; {} member: {}{} (on {})", holder, to_string(mh), spell_status(holder),
                             beneficiary, to_string(mb), spell_status(beneficiary), d.str())});
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
                                     sp ? sp->from.str() : "?", sp ? to_string(sp->provenance.status) : "?")});
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
                   const StateId& beneficiary, const ScenarioEvent& e, const std::string& prefix,
                   std::vector<ConditionCheck>& out, std::vector<StateId>* against) {
  auto add = [&](std::string name, Truth v, std::string detail) {
    out.push_back({prefix + name, v, std::move(detail)});
  };
  if (prefix.empty()) {
    add("event", truth_of(responds_to(tr, e)),
        fmt::format("{} by {}{}{} on {} ({} required)", to_string(e.kind), join(e.by),
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
          fmt::format("opponent(s) {}; the clause names {}", join(opponents), join(tr.attackers)));
      break;
    case AttackerScope::other_than_named:
      for (const auto& a : opponents)
        if (!contains(tr.attackers, a)) qualifying.push_back(a);
      add("attacker", truth_of(!qualifying.empty()),
          fmt::format("opponent(s) {}; the clause covers opponents other than {}", join(opponents),
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
  if (!tr.attacker_region.empty()) {
    const Region* region = cx.corpus.region(tr.attacker_region);
    std::vector<StateId> inside;
    std::vector<std::string> why;
    Truth any = Truth::no;
    for (const auto& a : qualifying) {
      std::string w;
      Truth v = region ? in_region(cx.corpus, a, *region, e.date, &w) : Truth::unknown;
      if (v != Truth::no) inside.push_back(a);
      any = any || v;
      why.push_back(w);
    }
    qualifying = inside;
    add("attacker-region", any, fmt::format("{}", fmt::join(why, "; ")));
  }
  if (tr.unless_arbitration) {
    // Closed world: a general arbitration treaty counts only if the corpus has it.
    std::vector<StateId> kept;
    std::vector<std::string> why;
    for (const auto& a : qualifying) {
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
    add("arbitration-exception", truth_of(!kept.empty() || qualifying.empty()), fmt::format("{}", fmt::join(why, "; ")));
    qualifying = kept;
  }
  if (against && prefix.empty()) *against = qualifying;
  if (!tr.supported_by.empty()) {
    std::vector<StateId> support;
    for (const auto& s : tr.supported_by)
      if (cx.war.side_of(s) >= 0 && cx.war.side_of(s) != cx.war.side_of(beneficiary)) support.push_back(s);
    add("supported-by", truth_of(!support.empty()),
        support.empty() ? fmt::format("none of {} fights on the attacker's side", join(tr.supported_by))
                        : fmt::format("{} fights on the attacker's side", join(support)));
  }
  if (!tr.not_supported_by.empty()) {
    std::vector<StateId> support;
    for (const auto& s : tr.not_supported_by)
      if (cx.war.side_of(s) >= 0 && cx.war.side_of(s) != cx.war.side_of(beneficiary)) support.push_back(s);
    add("not-supported-by", truth_of(support.empty()),
        support.empty() ? fmt::format("none of {} fights on the attacker's side", join(tr.not_supported_by))
                        : fmt::format("{} fights on the attacker's side", join(support)));
  }
  if (tr.min_attackers > 0) {
    auto attackers = cx.war.attackers_of(beneficiary, e.date);
    add("min-attackers", truth_of(static_cast<int>(attackers.size()) >= tr.min_attackers),
        fmt::format("{} attacker(s) so far ({}); at least {} required", attackers.size(), join(attackers),
                    tr.min_attackers));
  }
  if (tr.min_great_powers > 0) {
    // Great powers among the states fighting the beneficiary, by COW major-power status on the day.
    int sure = 0, maybe = 0;
    std::vector<std::string> names;
    for (const auto& a : cx.war.attackers_of(beneficiary, e.date)) {
      const State* st = cx.corpus.state(a);
      Truth gp = st ? great_power_on(*st, e.date) : Truth::unknown;
      if (gp == Truth::yes) ++sure, names.push_back(a);
      if (gp == Truth::unknown) ++maybe, names.push_back(a + "?");
    }
    Truth v = sure >= tr.min_great_powers ? Truth::yes
              : sure + maybe >= tr.min_great_powers ? Truth::unknown : Truth::no;
    add("min-great-powers", v,
        fmt::format("{} great power(s) attacking {} by {} ({}); at least {} required", sure, beneficiary,
                    e.date.str(), names.empty() ? "none" : join(names), tr.min_great_powers));
  }
  if (tr.unprovoked) {
    const War::Hostility* open = cx.war.opening();
    int side = cx.war.side_of(beneficiary);
    bool provoked = open && side == cx.war.initiator_side();
    add("unprovoked", truth_of(!provoked),
        provoked ? fmt::format("{}'s side opened hostilities ({} attacked {} on {})", beneficiary, open->from,
                               open->to, open->date.str())
                 : fmt::format("{}'s side did not open hostilities", beneficiary));
  }
  if (tr.state_of_war) {
    std::string why;
    Truth v = cx.war.in_state_of_war(beneficiary, e.date, &why);
    add("state-of-war", v, fmt::format("{} in a state of war: {}", beneficiary, why));
  }
  for (const auto& u : tr.undisclosed)
    add("undisclosed", Truth::unknown,
        fmt::format("the coding says there is a condition \"{}\" but not what it is", u));
  if (!tr.where.empty()) {
    Truth any = Truth::no;
    std::vector<std::string> why;
    for (const auto& w : tr.where) {
      std::string one;
      Truth v = check_where(cx, t, w, holder, beneficiary, e, &one);
      any = any || v;
      why.push_back(fmt::format("[{}] {}", to_string(v), one));
    }
    add("location", any, fmt::format("{}", fmt::join(why, " | ")));
  }
}

std::vector<GateCheck> check_gates(const CheckContext& cx, const Provision& p, const StateId& holder,
                                   const StateId& beneficiary, const std::vector<StateId>& against) {
  std::vector<GateCheck> out;
  for (const auto& g : p.gates) {
    GateCheck c{g.kind, gate_class(g.kind), Truth::unknown, g.quote, ""};
    switch (g.kind) {
      case GateKind::un_charter_art_51:
        if (cx.reading == Reading::literal) {
          c.value = Truth::yes;
          c.detail = "literal reading: the reference names the legal basis and adds no condition";
        } else {
          const War::Hostility* open = cx.war.opening();
          bool initiator = open && cx.war.side_of(beneficiary) == cx.war.initiator_side();
          c.value = truth_of(!initiator);
          c.detail = initiator
                         ? fmt::format("self-defence reading: {}'s side opened hostilities ({} attacked {} on {}); "
                                       "{} act(s) in self-defence, and Art. 51 gives no right of collective "
                                       "self-defence to the side that attacked first",
                                       beneficiary, open->from, open->to, open->date.str(), join(against))
                         : fmt::format("self-defence reading: {} is defending itself; its side did not open hostilities",
                                       beneficiary);
        }
        break;
      case GateKind::request_of_attacked:
        if (const ScenarioEvent* r = cx.war.request(beneficiary, holder)) {
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

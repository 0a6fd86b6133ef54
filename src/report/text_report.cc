// The terminal report: for each (policy, reading), the obligations triggered with their full trace,
// those that are not, the order of entry and the sides, the conflicts; then where readings disagree.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "casus/report.h"
#include "report/wording.h"

namespace casus {
namespace {

std::string cite(const Finding& f) {
  return fmt::format("{} Art. {} ({})", f.treaty->short_name, f.provision->article, f.provision->label);
}

std::string join_states(const std::vector<StateId>& v) { return fmt::format("{}", fmt::join(v, ", ")); }

std::string describe(const ScenarioEvent& e) {
  std::string when = e.date.str();
  if (e.until) when += " to " + e.until->str();
  else if (e.ongoing) when += ", continuing";
  std::string s = fmt::format("{} {} by {}", when, to_string(e.kind),
                              e.by.empty() ? "the non-state group " + e.group : join_states(e.by));
  if (!e.directed_from.empty()) s += " directed from " + e.directed_from;
  if (!e.target.empty()) s += " on " + e.target;
  if (e.kind == EventKind::armed_attack) {
    s += fmt::format(" at {} ({})", e.location, to_string(e.target_kind));
    if (e.limited) s += ", limited";
  }
  if (!e.to.empty()) s += " to " + join_states(e.to);
  if (e.legal_basis != LegalBasis::unstated) {
    s += fmt::format("; legal basis stated: {}", to_string(e.legal_basis));
    if (!e.on_behalf_of.empty()) s += " of " + e.on_behalf_of;
    if (!e.resolution.empty()) s += " under resolution " + e.resolution;
    if (!e.claim.empty()) s += " (" + e.claim + ")";
  }
  if (!e.war.empty()) s += fmt::format(" [war: {}]", e.war);
  return s;
}

std::string describe(const UseOfForce& u) {
  std::string when = u.from.str();
  if (u.until != u.from) when += " to " + u.until.str();
  return fmt::format("{} {} {} → {} at {} ({}): {}{} — {}", when, u.armed ? "force" : "declaration",
                     u.actors.empty() ? u.group : join_states(u.actors), u.target, u.location, to_string(u.target_kind),
                     to_string(u.character), u.derived ? " (derived)" : "", u.why);
}

std::string outcome_label(const Finding& f) {
  if (f.outcome == Outcome::obliged && f.provision->kind == ProvisionKind::guarantee)
    return "ENGAGED (a guarantee: no explicit duty to fight)";
  switch (f.outcome) {
    case Outcome::obliged: return "OBLIGED";
    case Outcome::discretionary: return "TRIGGERED — response discretionary (\"act to meet the common danger\")";
    case Outcome::not_obliged: return "NOT OBLIGED";
    case Outcome::conditional: return "CONDITIONAL";
    case Outcome::not_triggered: return "not triggered";
  }
  return "?";
}

std::string evidence_note(const Finding& f) {
  if (f.evidence == Verification::verified) return "";
  return fmt::format(" — rests on [{}] facts: {}", to_string(f.evidence), fmt::join(f.weak_facts, ", "));
}

void trace(std::string& out, const Finding& f) {
  const Provision& p = *f.provision;
  out += wording_lines(p, "      ");
  if (!f.treaty->citations.empty()) out += fmt::format("      treaty series: {}\n", citations_line(*f.treaty));
  for (const auto& c : f.conditions)
    out += fmt::format("      {:<8} {:<26} {}\n", to_string(c.value), c.name, c.detail);
  for (const auto& g : f.gates)
    out += fmt::format("      {:<8} gate {:<21} ({}){}: {}\n",
                       g.value == Truth::unknown ? "—" : to_string(g.value), to_string(g.kind),
                       to_string(g.gate_class), g.quote.empty() ? "" : fmt::format(" \"{}\"", g.quote), g.detail);
  for (const auto* u : f.understandings) {
    out += fmt::format("      narrowed by {} ({}, {}) {}\n", u->label, u->kind,
                       u->date ? u->date->str() : "undated", source_line(u->provenance));
    out += statement_words(u->texts, u->summary, "        ");
  }
  for (const auto* s : f.statements) {
    out += fmt::format("      statement {} {} by {}{} {}\n", s->date.str(), s->kind, s->by.empty() ? s->speaker : s->by,
                       s->by.empty() || s->speaker.empty() ? "" : " (" + s->speaker + ")", source_line(s->provenance));
    out += statement_words(s->texts, s->summary, "        ");
  }
  for (const auto* s : f.declared)
    out += fmt::format("      declared {} {} by {} ({}, {}) {}: summary (ours): {}\n", s->date.str(), s->kind, s->by,
                       s->official ? "official" : "non-official", to_string(s->condition), source_line(s->provenance),
                       s->summary);
}

// Findings alike but for their holder, shown once with the list of holders (NATO's 31 members).
struct HolderGroup {
  const Finding* first;
  std::vector<StateId> holders;
};

template <class Keep, class KeyOf>
std::vector<HolderGroup> group_by_holder(const Evaluation& ev, Keep keep, KeyOf key_of) {
  std::vector<HolderGroup> groups;
  std::map<decltype(key_of(ev.findings.front())), size_t> at;
  for (const auto& f : ev.findings) {
    if (!keep(f)) continue;
    auto [it, fresh] = at.emplace(key_of(f), groups.size());
    if (fresh) groups.push_back({&f, {f.holder}});
    else groups[it->second].holders.push_back(f.holder);
  }
  return groups;
}

void section(std::string& out, const Corpus& corpus, const Evaluation& ev) {
  out += fmt::format("\n== reading: {} · policy: {}", to_string(ev.reading), to_string(ev.policy));
  if (ev.options.evidence != EvidenceLevel::any) out += fmt::format(" · evidence: {}", to_string(ev.options.evidence));
  if (ev.options.claims != ClaimAssumption::undecided) out += fmt::format(" · claims: {}", to_string(ev.options.claims));
  if (ev.options.assume_discretionary_response) out += " · discretionary responses assumed made";
  out += " ==\n";
  if (!ev.applicable) {
    out += fmt::format("  Not applicable: {}.\n", ev.not_applicable_because);
    return;
  }

  out += "\nUses of force, as characterised (docs/engine.md):\n";
  for (size_t i = 0; i < ev.uses.size(); ++i) {
    const UseOfForce& u = ev.uses[i];
    out += fmt::format("  {}. {}{}\n", i + 1, describe(u),
                       ev.events[u.event].round > 0 ? fmt::format(" (round {})", ev.events[u.event].round) : "");
  }
  if (ev.uses.empty()) out += "  (none)\n";

  // Obligations whose trigger is met (obliged, discretionary, not obliged by a gate, conditional), war
  // obligations first. Holders whose finding is alike (same clause, beneficiary, event and result)
  // share one trace.
  auto triggered = [&](bool war_kinds, const char* heading) {
    out += heading;
    auto groups = group_by_holder(
        ev,
        [&](const Finding& f) {
          bool war = f.provision->kind == ProvisionKind::defence || f.provision->kind == ProvisionKind::offence ||
                     f.provision->kind == ProvisionKind::guarantee;
          return f.outcome != Outcome::not_triggered && war == war_kinds;
        },
        [](const Finding& f) {
          return std::make_tuple(f.provision, f.beneficiary, f.event, f.outcome, f.honoured, f.failed());
        });
    for (const auto& g : groups) {
      const Finding& f = *g.first;
      out += fmt::format("  {} → {}: {} — {}{}\n", join_states(g.holders), f.beneficiary, cite(f), outcome_label(f),
                         evidence_note(f));
      if (g.holders.size() > 1) out += fmt::format("      (trace for {}; the other holders' are alike)\n", f.holder);
      if (!f.against.empty()) out += fmt::format("      against {}\n", join_states(f.against));
      if (f.provision->assistance) out += fmt::format("      assistance: {}\n", f.provision->assistance->text);
      if (f.event >= 0) out += fmt::format("      by event: {}\n", describe(ev.events[f.event].event));
      if (f.event >= 0 && f.assessed_on != ev.events[f.event].event.date)
        out += fmt::format("      assessed on {}: the first day the treaty applies while the event continues\n",
                           f.assessed_on.str());
      trace(out, f);
      for (const auto& n : f.notes) out += fmt::format("      note: {}\n", n);
      if (!f.honour_note.empty()) out += fmt::format("      → {}\n", f.honour_note);
      if (f.outcome == Outcome::conditional) {
        std::vector<std::string> unknown;
        for (const auto& c : f.conditions)
          if (c.value == Truth::unknown) unknown.push_back(c.name);
        for (const auto& gt : f.gates)
          if (gt.value == Truth::unknown && gt.gate_class == GateClass::legal_condition)
            unknown.emplace_back(to_string(gt.kind));
        out += fmt::format("      → undecided: {}\n", fmt::join(unknown, ", "));
      }
    }
    if (groups.empty()) out += "  (none)\n";
  };
  triggered(true, "\nCasus foederis — war obligations triggered (defence, offence, guarantees):\n");
  triggered(false, "\nOther duties triggered (consultation, neutrality, mobilization):\n");

  // Provisions of the parties to the conflict that are not met, grouped by clause and reason. Every
  // condition is shown, also those after the first that fails.
  out += "\nNot triggered — provisions of the parties to the conflict, every condition with its value:\n";
  auto groups = group_by_holder(
      ev, [](const Finding& f) { return f.outcome == Outcome::not_triggered; },
      [](const Finding& f) { return std::make_tuple(f.provision, f.beneficiary, f.failed()); });
  for (const auto& g : groups) {
    const Finding& f = *g.first;
    std::string holders = g.holders.size() > 6 ? fmt::format("{} members", g.holders.size()) : join_states(g.holders);
    out += fmt::format("  {} → {}: {}{}\n", holders, f.beneficiary, cite(f), evidence_note(f));
    for (const auto& c : f.conditions)
      out += fmt::format("      {:<7} {:<20} {}\n", c.value == Truth::no ? "fails" : to_string(c.value), c.name, c.detail);
  }
  if (groups.empty()) out += "  (none)\n";

  // Entry order and sides, war by war.
  out += "\nOrder of entry (round 0: belligerents of the scenario's own events):\n";
  for (size_t w = 0; w < ev.wars.size(); ++w) {
    if (ev.wars.size() > 1) out += fmt::format("  war {}: {}\n", w + 1, ev.wars[w].label);
    int max_round = 0;
    for (const auto& e : ev.entries)
      if (e.war == static_cast<int>(w)) max_round = std::max(max_round, e.round);
    const char* side_name[2] = {"A", "B"};
    for (int r = 0; r <= max_round; ++r) {
      std::vector<std::string> items;
      for (const auto& e : ev.entries) {
        if (e.round != r || e.war != static_cast<int>(w)) continue;
        std::string why;
        if (e.finding >= 0) {
          const Finding& f = ev.findings[e.finding];
          why = " via " + cite(f);
          if (f.evidence != Verification::verified)
            why += fmt::format(" — rests on [{}] facts: {}", to_string(f.evidence), fmt::join(f.weak_facts, ", "));
        }
        items.push_back(fmt::format("{} (side {}, {}{})", e.state, side_name[e.side], e.date.str(), why));
      }
      if (!items.empty()) out += fmt::format("  round {}: {}\n", r, fmt::join(items, "; "));
    }
    for (int side = 0; side < 2; ++side) {
      std::vector<std::string> names;
      for (const auto& [st, sd] : ev.wars[w].sides)
        if (sd == side) names.push_back(fmt::format("{} ({})", st, corpus.display_name(st)));
      out += fmt::format("  side {}{}: {}\n", side_name[side], side == 0 ? " (opened hostilities)" : "",
                         names.empty() ? "—" : fmt::format("{}", fmt::join(names, ", ")));
    }
  }
  if (ev.wars.empty()) out += "  (no war)\n";

  if (!ev.mobilizations.empty()) {
    out += "\nMobilizations:\n";
    for (const auto& m : ev.mobilizations)
      out += fmt::format("  round {}: {} ({}{})\n", m.round, m.state, m.date.str(),
                         m.finding >= 0 ? " via " + cite(ev.findings[m.finding]) : ", scenario event");
  }

  out += "\nConflicts of obligations:\n";
  for (const auto& c : ev.conflicts) out += fmt::format("  {} — {}: {}\n", c.state, c.kind, c.detail);
  if (ev.conflicts.empty()) out += "  (none)\n";
}

std::string state_of(const Finding* x) {
  if (!x) return "not evaluated";
  return fmt::format("{}{}", to_string(x->outcome), x->honoured ? ", honoured" : "");
}

// Why a finding came out as it did, in one line: the failing (or undecided) conditions and gates.
std::string reason_of(const Finding& f) {
  std::vector<std::string> parts;
  for (const auto& c : f.conditions)
    if (c.value != Truth::yes) parts.push_back(fmt::format("{} {}: {}", c.name, to_string(c.value), c.detail));
  for (const auto& g : f.gates)
    if (g.gate_class == GateClass::legal_condition && (g.value != Truth::yes || g.kind == GateKind::un_charter_art_51))
      parts.push_back(fmt::format("gate {} {}: {}", to_string(g.kind), to_string(g.value), g.detail));
  if (f.outcome == Outcome::discretionary) parts.push_back("the response is left to the holder");
  return parts.empty() ? "every condition holds" : fmt::format("{}", fmt::join(parts, " | "));
}

}  // namespace

std::string render_text(const Corpus& corpus, const ScenarioReport& report) {
  const Scenario& sc = *report.scenario;
  std::string out = fmt::format("casus — {}\n", sc.title);
  out += fmt::format("scenario: {} · date: {}\n", sc.file, sc.date.str());
  if (!sc.description.empty()) out += sc.description + "\n";
  out += "\nEvents:\n";
  for (size_t i = 0; i < sc.events.size(); ++i) {
    out += fmt::format("  {}. {}\n", i + 1, describe(sc.events[i]));
    if (!sc.events[i].note.empty()) out += fmt::format("     {}\n", sc.events[i].note);
  }
  for (const auto& ev : report.evaluations) section(out, corpus, ev);

  // Where the readings disagree: per policy, every finding whose outcome is not the same under every
  // applicable reading, with the outcome and the reason under each.
  std::vector<HonouringPolicy> policies;
  for (const auto& ev : report.evaluations)
    if (std::find(policies.begin(), policies.end(), ev.policy) == policies.end()) policies.push_back(ev.policy);
  for (auto policy : policies) {
    std::vector<const Evaluation*> evs;
    for (const auto& ev : report.evaluations)
      if (ev.policy == policy && ev.applicable) evs.push_back(&ev);
    if (evs.size() < 2) continue;
    std::vector<std::string> names;
    for (const auto* e : evs) names.emplace_back(to_string(e->reading));
    out += fmt::format("\n== where the readings disagree (policy {}): {} ==\n", to_string(policy), fmt::join(names, ", "));
    auto rows = reading_table(evs);
    for (const auto& row : rows) {
      const Finding* any = nullptr;
      for (const auto* f : row)
        if (f) any = f;
      out += fmt::format("  {} → {}: {}\n", any->holder, any->beneficiary, cite(*any));
      for (size_t k = 0; k < evs.size(); ++k) {
        out += fmt::format("      {:<13} {}\n", std::string(to_string(evs[k]->reading)) + ":", state_of(row[k]));
        if (row[k]) out += fmt::format("                    {}\n", reason_of(*row[k]));
      }
    }
    if (rows.empty()) out += "  (none: every finding is the same under every reading)\n";
    for (const auto* x : evs)
      for (const auto& e : x->entries) {
        std::vector<std::string> without;
        for (const auto* y : evs)
          if (!y->entry(e.state)) without.emplace_back(to_string(y->reading));
        if (!without.empty() && x->entry(e.state) == &e)
          out += fmt::format("  {} enters under the {} reading (round {}), not under {}\n", e.state,
                             to_string(x->reading), e.round, fmt::join(without, ", "));
      }
  }

  // What the claimed legal bases decide: the same evaluation with every claim accepted and rejected.
  if (!report.claim_variants.empty()) {
    out += "\n== what the claimed legal bases decide ==\n";
    for (size_t i = 0; i + 1 < report.claim_variants.size(); i += 2) {
      const Evaluation& acc = report.claim_variants[i];
      const Evaluation& rej = report.claim_variants[i + 1];
      out += fmt::format("  reading {} · policy {}:\n", to_string(acc.reading), to_string(acc.policy));
      auto rows = reading_table({&acc, &rej});
      for (const auto& row : rows) {
        const Finding* any = row[0] ? row[0] : row[1];
        out += fmt::format("    {} → {}: {} — claims accepted: {}; rejected: {}\n", any->holder, any->beneficiary,
                           cite(*any), state_of(row[0]), state_of(row[1]));
      }
      if (rows.empty()) out += "    (the claims decide nothing here)\n";
    }
  }
  return out;
}

}  // namespace casus

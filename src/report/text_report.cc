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
  std::string s = fmt::format("{} {} by {}", e.date.str(), to_string(e.kind), join_states(e.by));
  if (!e.target.empty()) s += " on " + e.target;
  if (e.kind == EventKind::armed_attack) {
    s += fmt::format(" at {} ({})", e.location, to_string(e.target_kind));
    if (e.limited) s += ", limited";
  }
  if (!e.to.empty()) s += " to " + join_states(e.to);
  return s;
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
  out += fmt::format("\n== reading: {} · policy: {} ==\n", to_string(ev.reading), to_string(ev.policy));

  // Obligations whose trigger is met (obliged, not obliged by a gate, conditional), war obligations
  // first. Holders whose finding is alike (same clause, beneficiary, event and result) share one trace.
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
      std::string what = f.outcome == Outcome::obliged && f.provision->kind == ProvisionKind::guarantee
                           ? "ENGAGED (a guarantee: no explicit duty to fight)"
                       : f.outcome == Outcome::obliged     ? "OBLIGED"
                         : f.outcome == Outcome::not_obliged ? "NOT OBLIGED"
                                                             : "CONDITIONAL";
      out += fmt::format("  {} → {}: {} — {}\n", join_states(g.holders), f.beneficiary, cite(f), what);
      if (g.holders.size() > 1) out += fmt::format("      (trace for {}; the other holders' are alike)\n", f.holder);
      if (!f.against.empty()) out += fmt::format("      against {}\n", join_states(f.against));
      if (f.provision->assistance) out += fmt::format("      assistance: {}\n", f.provision->assistance->text);
      if (f.event >= 0) out += fmt::format("      by event: {}\n", describe(ev.events[f.event].event));
      trace(out, f);
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

  // Provisions of the parties to the conflict that are not met, grouped by clause and reason.
  out += "\nNot triggered — provisions of the parties to the conflict, with the conditions that fail:\n";
  auto groups = group_by_holder(
      ev, [](const Finding& f) { return f.outcome == Outcome::not_triggered; },
      [](const Finding& f) { return std::make_tuple(f.provision, f.beneficiary, f.failed()); });
  for (const auto& g : groups) {
    const Finding& f = *g.first;
    std::string holders = g.holders.size() > 6 ? fmt::format("{} members", g.holders.size()) : join_states(g.holders);
    out += fmt::format("  {} → {}: {}\n", holders, f.beneficiary, cite(f));
    for (const auto& c : f.conditions)
      if (c.value == Truth::no) out += fmt::format("      fails {:<20} {}\n", c.name, c.detail);
  }
  if (groups.empty()) out += "  (none)\n";

  // Entry order and sides.
  out += "\nOrder of entry (round 0: belligerents of the scenario's own events):\n";
  int max_round = 0;
  for (const auto& e : ev.entries) max_round = std::max(max_round, e.round);
  const char* side_name[2] = {"A", "B"};
  for (int r = 0; r <= max_round; ++r) {
    std::vector<std::string> items;
    for (const auto& e : ev.entries) {
      if (e.round != r) continue;
      std::string why = e.finding >= 0 ? " via " + cite(ev.findings[e.finding]) : "";
      items.push_back(fmt::format("{} (side {}, {}{})", e.state, side_name[e.side], e.date.str(), why));
    }
    if (!items.empty()) out += fmt::format("  round {}: {}\n", r, fmt::join(items, "; "));
  }
  for (int s = 0; s < 2; ++s) {
    std::vector<std::string> names;
    for (const auto& e : ev.entries)
      if (e.side == s) names.push_back(fmt::format("{} ({})", e.state, corpus.state_name(e.state)));
    out += fmt::format("  side {}{}: {}\n", side_name[s], s == ev.initiator_side ? " (opened hostilities)" : "",
                       names.empty() ? "—" : fmt::format("{}", fmt::join(names, ", ")));
  }

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

  // Where the readings disagree (same policy, first two readings).
  for (size_t i = 0; i + 1 < report.evaluations.size(); ++i) {
    const Evaluation& a = report.evaluations[i];
    const Evaluation& b = report.evaluations[i + 1];
    if (a.policy != b.policy || a.reading == b.reading) continue;
    out += fmt::format("\n== where the readings disagree (policy {}): {} vs {} ==\n", to_string(a.policy),
                       to_string(a.reading), to_string(b.reading));
    auto diffs = reading_differences(a, b);
    for (const auto& d : diffs) {
      const Finding& f = d.a ? *d.a : *d.b;
      out += fmt::format("  {} → {}: {}\n", f.holder, f.beneficiary, cite(f));
      auto state = [](const Finding* x) {
        if (!x) return std::string("not evaluated");
        return fmt::format("{}{}", to_string(x->outcome), x->honoured ? ", honoured" : "");
      };
      out += fmt::format("      {}: {}; {}: {}\n", to_string(a.reading), state(d.a), to_string(b.reading), state(d.b));
      for (const Finding* x : {d.a, d.b}) {
        if (!x) continue;
        for (const auto& g : x->gates)
          if (g.kind == GateKind::un_charter_art_51)
            out += fmt::format("      {}: {}\n", to_string(x == d.a ? a.reading : b.reading), g.detail);
      }
    }
    if (diffs.empty()) out += "  (none: every finding is the same under both readings)\n";
    for (const auto& [x, y, rx] : {std::tuple{&a, &b, a.reading}, std::tuple{&b, &a, b.reading}})
      for (const auto& e : x->entries)
        if (!y->entry(e.state))
          out += fmt::format("  {} enters only under the {} reading (round {})\n", e.state, to_string(rx), e.round);
  }
  return out;
}

}  // namespace casus

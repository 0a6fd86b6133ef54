#include "casus/diff.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "report/wording.h"

namespace casus {

std::string_view to_string(ProvisionChange::Kind k) {
  switch (k) {
    case ProvisionChange::Kind::added: return "added";
    case ProvisionChange::Kind::dropped: return "dropped";
    case ProvisionChange::Kind::qualified: return "qualified";
    case ProvisionChange::Kind::loosened: return "loosened";
    case ProvisionChange::Kind::changed: return "changed";
    case ProvisionChange::Kind::same: return "same";
  }
  return "?";
}

namespace {

std::string describe_where(const WhereClause& w) {
  std::vector<std::string> parts;
  if (w.target != TargetKind::any) parts.push_back(std::string(to_string(w.target)));
  if (!w.region.empty()) parts.push_back("in " + w.region);
  if (w.metropolitan) parts.push_back("metropolitan");
  switch (w.administered_by) {
    case AdministeredBy::beneficiary: parts.push_back("administered by the attacked party"); break;
    case AdministeredBy::holder: parts.push_back("administered by the assisting party"); break;
    case AdministeredBy::member: parts.push_back("administered by a member"); break;
    case AdministeredBy::state: parts.push_back("administered by " + w.administering_state); break;
    case AdministeredBy::unconstrained: break;
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

// The trigger as a list of named conditions, so that two triggers can be compared condition by condition.
std::vector<std::pair<std::string, std::string>> conditions_of(const Trigger& t) {
  std::vector<std::pair<std::string, std::string>> c;
  c.emplace_back("event", std::string(to_string(t.event)));
  c.emplace_back("attacker", t.attacker == AttackerScope::named
                                 ? fmt::format("named: {}", fmt::join(t.attackers, ", "))
                                 : std::string(to_string(t.attacker)));
  if (!t.supported_by.empty()) c.emplace_back("supported-by", fmt::format("{}", fmt::join(t.supported_by, ", ")));
  if (t.min_attackers) c.emplace_back("min-attackers", std::to_string(t.min_attackers));
  if (t.min_great_powers) c.emplace_back("min-great-powers", std::to_string(t.min_great_powers));
  if (t.unprovoked) c.emplace_back("unprovoked", "required");
  if (t.state_of_war) c.emplace_back("state-of-war", "required");
  if (!t.mobilizers.empty()) c.emplace_back("mobilizers", fmt::format("{}", fmt::join(t.mobilizers, ", ")));
  if (!t.guaranteed.empty()) c.emplace_back("guaranteed", t.guaranteed);
  if (!t.where.empty()) {
    std::vector<std::string> alts;
    for (const auto& w : t.where) alts.push_back(describe_where(w));
    c.emplace_back("location", fmt::format("{}", fmt::join(alts, " | ")));
  }
  return c;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The words a translation uses for an encoded speed.
std::string_view speed_words(Speed s) {
  switch (s) {
    case Speed::immediately: return "immediately";
    case Speed::without_delay: return "without delay";
    case Speed::forthwith: return "forthwith";
    case Speed::at_once: return "at once";
    case Speed::unspecified: return "";
  }
  return "";
}

// Is a difference between a's and b's encoded word due to the translations? "only" when some other
// rendering of one side uses the other side's word; "possibly" when the compared texts are both
// translations; empty when at least one is the authentic text and no rendering bridges the gap.
std::string translation_note(const Provision& a, const Provision& b, std::string_view word_a, std::string_view word_b,
                             bool& only) {
  only = false;
  auto find_in = [](const Provision& p, std::string_view word) -> const Wording* {
    for (const auto& w : p.texts)
      if (!word.empty() && lower(w.text).find(word) != std::string::npos) return &w;
    return nullptr;
  };
  if (const Wording* w = find_in(b, word_a); w && w != &b.texts.front()) {
    only = true;
    return fmt::format("translation only: the {} of the later article also reads \"{}\"", describe(*w), word_a);
  }
  if (const Wording* w = find_in(a, word_b); w && w != &a.texts.front()) {
    only = true;
    return fmt::format("translation only: the {} of the earlier article also reads \"{}\"", describe(*w), word_b);
  }
  if (!a.texts.empty() && !b.texts.empty() && a.texts.front().standing == TextStanding::translation &&
      b.texts.front().standing == TextStanding::translation)
    return fmt::format("possibly the translations: {} against {}, neither an authentic text",
                       describe(a.texts.front()), describe(b.texts.front()));
  return "";
}

ProvisionChange compare(const Provision& a, const Provision& b) {
  ProvisionChange ch;
  ch.from = &a;
  ch.to = &b;
  int tighter = 0, looser = 0, other = 0, by_translation = 0;
  // Gates added or dropped.
  for (const auto& g : b.gates) {
    bool had = std::any_of(a.gates.begin(), a.gates.end(), [&](const Gate& x) { return x.kind == g.kind; });
    if (!had) {
      ch.details.push_back(fmt::format("+ gate {} ({}): \"{}\"", to_string(g.kind), to_string(gate_class(g.kind)), g.quote));
      if (gate_class(g.kind) != GateClass::procedural) ++tighter;
    }
  }
  for (const auto& g : a.gates) {
    bool kept = std::any_of(b.gates.begin(), b.gates.end(), [&](const Gate& x) { return x.kind == g.kind; });
    if (!kept) {
      ch.details.push_back(fmt::format("- gate {} ({}): \"{}\"", to_string(g.kind), to_string(gate_class(g.kind)), g.quote));
      if (gate_class(g.kind) != GateClass::procedural) ++looser;
    }
  }
  // Trigger conditions.
  if (a.trigger || b.trigger) {
    auto ca = a.trigger ? conditions_of(*a.trigger) : decltype(conditions_of(Trigger{})){};
    auto cb = b.trigger ? conditions_of(*b.trigger) : decltype(ca){};
    // The lambdas capture `name` by an init-capture: clang 14 cannot capture a structured binding.
    for (const auto& [name, value] : cb) {
      auto it = std::find_if(ca.begin(), ca.end(), [&name = name](const auto& x) { return x.first == name; });
      if (it == ca.end()) {
        ch.details.push_back(fmt::format("+ condition {}: {}", name, value));
        ++tighter;
      } else if (it->second != value) {
        ch.details.push_back(fmt::format("~ condition {}: {} → {}", name, it->second, value));
        ++other;
      } else {
        ch.details.push_back(fmt::format("= condition {}: {}", name, value));
      }
    }
    for (const auto& [name, value] : ca) {
      if (std::none_of(cb.begin(), cb.end(), [&name = name](const auto& x) { return x.first == name; })) {
        ch.details.push_back(fmt::format("- condition {}: {}", name, value));
        ++looser;
      }
    }
  }
  // Fields of cooperation named.
  for (const auto& x : b.areas)
    if (std::find(a.areas.begin(), a.areas.end(), x) == a.areas.end()) { ch.details.push_back("+ area " + x); ++other; }
  for (const auto& x : a.areas)
    if (std::find(b.areas.begin(), b.areas.end(), x) == b.areas.end()) { ch.details.push_back("- area " + x); ++other; }
  // Assistance.
  if (a.assistance && b.assistance) {
    const auto &x = *a.assistance, &y = *b.assistance;
    if (x.speed != y.speed) {
      bool only = false;
      std::string why = translation_note(a, b, speed_words(x.speed), speed_words(y.speed), only);
      ch.details.push_back(fmt::format("~ speed: {} → {}{}", to_string(x.speed), to_string(y.speed),
                                       why.empty() ? "" : " — " + why));
      ++other;
      if (only) ++by_translation;
    }
    if (x.means != y.means) { ch.details.push_back(fmt::format("~ means: {} → {}", to_string(x.means), to_string(y.means))); ++other; }
    if (x.military != y.military) { ch.details.push_back(fmt::format("~ military: {} → {}", to_string(x.military), to_string(y.military))); ++other; }
    if (x.other != y.other) { ch.details.push_back(fmt::format("~ other assistance: {} → {}", x.other, y.other)); ++other; }
  }
  ch.translation_only = other > 0 && by_translation == other && !tighter && !looser;
  if (tighter && !looser) ch.kind = ProvisionChange::Kind::qualified;
  else if (looser && !tighter) ch.kind = ProvisionChange::Kind::loosened;
  else if (tighter || looser || other) ch.kind = ProvisionChange::Kind::changed;
  else ch.kind = ProvisionChange::Kind::same;
  return ch;
}

// Two provisions of one kind are about the same thing when they name the same subject, or, naming
// none, their triggers fire on the same event and (cooperation areas) they share a field.
bool same_subject(const Provision& p, const Provision& q) {
  // A subject named on either side must be named alike on both; "other" clauses say nothing about
  // their subject through their kind, so they pair only by label or subject.
  if (!p.subject.empty() || !q.subject.empty()) return p.subject == q.subject;
  if (p.kind == ProvisionKind::other) return false;
  if (p.trigger.has_value() != q.trigger.has_value()) return false;
  if (p.trigger && p.trigger->event != q.trigger->event) return false;
  if (p.kind == ProvisionKind::cooperation_area &&
      std::none_of(p.areas.begin(), p.areas.end(), [&](const std::string& x) {
        return std::find(q.areas.begin(), q.areas.end(), x) != q.areas.end();
      }))
    return false;
  return true;
}

}  // namespace

std::vector<ProvisionChange> diff_treaties(const Treaty& a, const Treaty& b) {
  std::vector<ProvisionChange> out;
  std::vector<bool> used(b.provisions.size(), false);
  auto pair_of = [&](const Provision& p) -> int {
    int by_content = -1;
    for (size_t i = 0; i < b.provisions.size(); ++i) {
      const Provision& q = b.provisions[i];
      if (used[i] || q.kind != p.kind) continue;
      if (q.label == p.label || (!p.subject.empty() && q.subject == p.subject)) return static_cast<int>(i);
      if (by_content < 0 && same_subject(p, q)) by_content = static_cast<int>(i);
    }
    return by_content;
  };
  for (const auto& p : a.provisions) {
    if (p.kind == ProvisionKind::procedure) continue;  // machinery, not obligations
    int i = pair_of(p);
    if (i < 0) {
      out.push_back({ProvisionChange::Kind::dropped, &p, nullptr, {}});
      continue;
    }
    used[i] = true;
    out.push_back(compare(p, b.provisions[i]));
  }
  for (size_t i = 0; i < b.provisions.size(); ++i)
    if (!used[i] && b.provisions[i].kind != ProvisionKind::procedure)
      out.push_back({ProvisionChange::Kind::added, nullptr, &b.provisions[i], {}});
  return out;
}

namespace {
std::string name_of(const Provision& p) {
  return fmt::format("{}{} {} ({}) [{}]", p.article.rfind("Preamble", 0) == 0 ? "" : "Art. ", p.article, p.label,
                     to_string(p.kind), to_string(p.provenance.status));
}
}  // namespace

std::string render_diff_text(const Treaty& a, const Treaty& b, const std::vector<ProvisionChange>& changes) {
  std::string out = fmt::format("casus diff: {} ({}) → {} ({})\n", a.id, a.short_name, b.id, b.short_name);
  out += fmt::format("  in force: {} → {}{}\n", a.in_force.date.str(),
                     a.ended ? fmt::format("{} ({})", a.ended->date.str(), to_string(a.end_kind)) : "—",
                     fmt::format("; {} → {}", b.in_force.date.str(), b.ended ? b.ended->date.str() : "—"));
  for (const auto& c : changes) {
    switch (c.kind) {
      case ProvisionChange::Kind::added:
        out += fmt::format("\n+ ADDED    {}\n", name_of(*c.to));
        out += statement_words(c.to->texts, c.to->summary, "    ");
        break;
      case ProvisionChange::Kind::dropped:
        out += fmt::format("\n- DROPPED  {}\n", name_of(*c.from));
        out += statement_words(c.from->texts, c.from->summary, "    ");
        break;
      default:
        out += fmt::format("\n{} {} → {}{}\n", fmt::format("{:<10}", fmt::format("~ {}", to_string(c.kind))),
                           name_of(*c.from), name_of(*c.to),
                           c.translation_only ? " (the wording differs only between translations)" : "");
        out += fmt::format("    {}:\n{}", a.id, statement_words(c.from->texts, c.from->summary, "      "));
        out += fmt::format("    {}:\n{}", b.id, statement_words(c.to->texts, c.to->summary, "      "));
        for (const auto& d : c.details) out += "    " + d + "\n";
    }
  }
  return out;
}

nlohmann::json render_diff_json(const Treaty& a, const Treaty& b, const std::vector<ProvisionChange>& changes) {
  nlohmann::json cs = nlohmann::json::array();
  auto prov = [](const Provision* p) -> nlohmann::json {
    if (!p) return nullptr;
    return {{"article", p->article}, {"label", p->label}, {"kind", to_string(p->kind)}, {"subject", p->subject},
            {"status", to_string(p->provenance.status)}, {"wording", wording_json(*p)}};
  };
  for (const auto& c : changes)
    cs.push_back({{"change", to_string(c.kind)}, {"from", prov(c.from)}, {"to", prov(c.to)}, {"details", c.details},
                  {"translation_only", c.translation_only}});
  return {{"schema", 2}, {"from", a.id}, {"to", b.id}, {"changes", cs}};
}

}  // namespace casus

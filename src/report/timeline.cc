// A state's treaties over time (include/casus/timeline.h).
#include "casus/timeline.h"

#include <algorithm>

#include <fmt/format.h>

namespace casus {

std::vector<TimelineEvent> treaty_timeline(const Corpus& c, std::string_view state) {
  std::vector<std::pair<size_t, TimelineEvent>> rows;  // treaty index, event
  std::vector<size_t> treaty_indices;
  if (!state.empty()) treaty_indices = c.treaties_of(state);
  else
    for (size_t i = 0; i < c.treaties().size(); ++i) treaty_indices.push_back(i);
  for (size_t ti : treaty_indices) {
    const Treaty& t = c.treaties()[ti];
    rows.push_back({ti, {t.signed_.date, "signed", t.id, "", t.signed_.place, t.signed_.provenance.status}});
    rows.push_back({ti, {t.in_force.date, "in-force", t.id, "", "", t.in_force.provenance.status}});
    for (const auto& m : t.members) {
      if (!state.empty() && m.state != state) continue;
      if (m.from && !(*m.from == t.in_force.date))
        rows.push_back({ti, {*m.from, "joined", t.id, m.state, std::string(to_string(m.joined)), m.provenance.status}});
      if (m.to && m.left != LeaveKind::none)
        rows.push_back({ti, {*m.to, "left", t.id, m.state, std::string(to_string(m.left)), m.provenance.status}});
      else if (m.to && !(t.ended && *m.to == t.ended->date))
        rows.push_back({ti, {*m.to, "left", t.id, m.state, "", m.provenance.status}});
    }
    for (const auto& s : t.suspensions) {
      if (!state.empty() && s.holder != state && s.beneficiary.value_or("") != state) continue;
      std::string who = s.holder + " → " + s.beneficiary.value_or("all");
      rows.push_back({ti, {s.from, "suspended", t.id, s.holder, who, s.provenance.status}});
      if (s.to) rows.push_back({ti, {*s.to, "suspension-ends", t.id, s.holder, who, s.provenance.status}});
    }
    if (t.ended)
      rows.push_back({ti, {t.ended->date, "ended", t.id, "",
                           t.replaced_by.empty() ? std::string(to_string(t.end_kind)) : "replaced by " + t.replaced_by,
                           t.ended->provenance.status}});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.second.date.earliest != b.second.date.earliest) return a.second.date.earliest < b.second.date.earliest;
    return a.first < b.first;
  });
  std::vector<TimelineEvent> out;
  for (auto& [i, e] : rows) out.push_back(std::move(e));
  return out;
}

std::string render_timeline_text(const Corpus& c, const std::vector<TimelineEvent>& events, Language l) {
  const bool de = l == Language::de;
  auto kind = [&](const std::string& k) -> std::string {
    if (!de) return k;
    if (k == "signed") return "unterzeichnet";
    if (k == "in-force") return "in Kraft";
    if (k == "joined") return "beigetreten";
    if (k == "left") return "ausgeschieden";
    if (k == "suspended") return "ausgesetzt";
    if (k == "suspension-ends") return "Aussetzung endet";
    if (k == "ended") return "beendet";
    return k;
  };
  std::string out;
  for (const auto& e : events) {
    const Treaty* t = c.treaty(e.treaty);
    std::string what = e.state.empty() ? "" : c.display_name(e.state, de) + " ";
    out += fmt::format("{:<10}  {:<16} {:<26} {}{}[{}]\n", e.date.str(), kind(e.kind),
                       t ? treaty_short_name(*t, l) : e.treaty, what, e.detail.empty() ? "" : "(" + e.detail + ") ",
                       to_string(e.status));
  }
  if (events.empty()) out += de ? "(keine Verträge im Korpus)\n" : "(no treaties in the corpus)\n";
  return out;
}

nlohmann::json timeline_json(const Corpus& c, const std::vector<TimelineEvent>& events) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : events) {
    const Treaty* t = c.treaty(e.treaty);
    out.push_back({{"date", e.date.str()}, {"kind", e.kind}, {"treaty", e.treaty},
                   {"short_name", t ? t->short_name : e.treaty},
                   {"state", e.state.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.state)},
                   {"detail", e.detail}, {"status", to_string(e.status)}});
  }
  return out;
}

}  // namespace casus

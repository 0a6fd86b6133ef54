#include "casus/model.h"

namespace casus {

GateClass gate_class(GateKind kind) {
  switch (kind) {
    case GateKind::un_charter_art_51:
    case GateKind::request_of_attacked:
      return GateClass::legal_condition;
    case GateKind::unsc_reporting:
      return GateClass::procedural;
    default:
      return GateClass::discretion;
  }
}

Location territory_of(const State& s) {
  Location l;
  l.id = s.id;
  l.name_en = s.name_en;
  l.name_de = s.name_de;
  l.part_of = l.administered_by = s.id;
  l.is_state = true;
  l.provenance = s.provenance;
  l.defined_at = s.defined_at;
  return l;
}

Truth great_power_on(const State& s, Date d) {
  Truth any = Truth::no;
  for (const auto& g : s.great_power) {
    Truth begun = g.from.reached_by(d);
    Truth over = g.to ? g.to->reached_by(Date::from_days(d.days_since_epoch() - 1)) : Truth::no;
    any = any || (begun && !over);
  }
  return any;
}

namespace {
std::string_view language_name(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"en", "English"}, {"ru", "Russian"}, {"ko", "Korean"}, {"zh", "Chinese"}, {"fr", "French"},
      {"de", "German"}, {"ja", "Japanese"}, {"es", "Spanish"}, {"pt", "Portuguese"}, {"it", "Italian"},
      {"pl", "Polish"}, {"nl", "Dutch"}, {"kk", "Kazakh"}, {"hy", "Armenian"}};
  for (const auto& [c, n] : kNames)
    if (c == code) return n;
  return code;
}
}  // namespace

std::string describe(const Wording& w) {
  std::string lang(language_name(w.language));
  if (w.standing == TextStanding::authentic)
    return w.by.empty() ? "authentic " + lang + " text" : "authentic " + lang + " text (" + w.by + ")";
  return w.by.empty() ? lang + " translation" : w.by + " " + lang + " translation";
}

std::string SeriesCitation::str() const {
  // The series' own conventions: "TIAS 2493", "ATS 1952 No. 2", "34 UNTS 243", "UNTS No. 6045".
  if (series == "TIAS" && volume.empty() && page.empty()) return "TIAS " + number;
  if (series == "ATS") return "ATS " + volume + (number.empty() ? "" : " No. " + number);
  std::string s;
  if (!volume.empty()) s += volume + " ";
  s += series;
  if (!page.empty()) s += " " + page;
  if (!number.empty()) s += " No. " + number;
  return s;
}

const Provision* Treaty::provision(std::string_view label) const {
  for (const auto& p : provisions)
    if (p.label == label) return &p;
  return nullptr;
}

}  // namespace casus

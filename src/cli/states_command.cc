// casus states [QUERY] [--lang de] [--json]: the states a scenario or treaty may name, with their ISO,
// display and German names and their COW codes and state-system dates.
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "casus/corpus.h"
#include "cli/commands.h"

namespace casus::cli {
namespace {

std::string cow_of(const Corpus& c, const State& s) {
  if (!s.cow_code) return "";
  std::string out = fmt::format("COW {}{}", s.cow_code, s.cow_abbr.empty() ? "" : " " + s.cow_abbr);
  for (int extra : s.cow_also) out += fmt::format(" and {}", extra);
  // A code the registry gives to several states (RUS and SUN; DEU and GMY): COW's dates are the
  // code's, and the states divide them by date.
  std::string shared;
  for (const auto& o : c.states())
    if (o.id != s.id && o.cow_code == s.cow_code) shared += (shared.empty() ? "" : ", ") + o.id;
  if (!shared.empty()) out += " (code shared with " + shared + ")";
  for (size_t i = 0; i < s.cow_spells.size(); ++i)
    out += fmt::format("{}{}–{}", i ? ", " : ": ", s.cow_spells[i].from.str(), s.cow_spells[i].to.str());
  return out;
}

nlohmann::json to_json(const State& s) {
  nlohmann::json spells = nlohmann::json::array();
  for (const auto& sp : s.cow_spells) spells.push_back({{"from", sp.from.str()}, {"to", sp.to.str()}});
  nlohmann::json j = {{"id", s.id},
                      {"display_name", s.display_en},
                      {"display_name_de", s.display_de},
                      {"name", s.name_en},
                      {"name_de", s.name_de},
                      {"iso_list", s.iso == IsoList::iso3166_1 ? "3166-1" : s.iso == IsoList::iso3166_3 ? "3166-3" : "none"},
                      {"source", std::string(to_string(s.source))},
                      {"other_names", s.other_names},
                      {"cow_spells", spells}};
  j["cow_code"] = s.cow_code ? nlohmann::json(s.cow_code) : nlohmann::json();
  j["cow_abbr"] = s.cow_abbr.empty() ? nlohmann::json() : nlohmann::json(s.cow_abbr);
  return j;
}

}  // namespace

int states(const GlobalOptions& g, const StatesOptions& o) {
  if (o.lang != "en" && o.lang != "de") {
    std::cerr << fmt::format("casus states: --lang: expected en or de; found \"{}\"\n", o.lang);
    return 1;
  }
  auto c = load_corpus_or_report(g);
  if (!c) return 1;
  std::vector<const State*> shown;
  for (const auto& s : c->states())
    if (state_matches(s, o.query)) shown.push_back(&s);
  if (shown.empty()) {
    std::cerr << fmt::format("casus states: no state matches \"{}\"", o.query);
    auto near = nearest_states(c->states(), o.query, 5);
    for (size_t i = 0; i < near.size(); ++i)
      std::cerr << (i ? ", " : "; did you mean ") << fmt::format("{} ({})", near[i]->id, near[i]->name_en);
    std::cerr << (near.empty() ? "" : "?") << "\n";
    if (!c->cow_states_read())
      std::cerr << "casus states: the COW state list was not read (historical states need the data directory: "
                   "--data-dir DIR, $CASUS_DATA or ../shared/data)\n";
    return 1;
  }
  if (o.json) {
    nlohmann::json all = nlohmann::json::array();
    for (const auto* s : shown) all.push_back(to_json(*s));
    std::cout << all.dump(2) << "\n";
    return 0;
  }
  size_t curated = 0, iso = 0, cow = 0;
  for (const auto& s : c->states())
    (s.source == StateSource::curated ? curated : s.source == StateSource::iso ? iso : cow)++;
  std::cout << fmt::format("{} of {} states ({} from corpus/states.toml, {} more from ISO 3166-1, {} from the COW list{})\n",
                           shown.size(), c->states().size(), curated, iso, cow,
                           c->cow_states_read() ? "" : ", which was not read: no data directory");
  for (const auto* s : shown) {
    const std::string& shown_name = o.lang == "de" ? s->display_de : s->display_en;
    std::string names = s->name_en == shown_name ? "" : "ISO: " + s->name_en;
    if (s->name_de != shown_name && s->name_de != s->name_en) names += (names.empty() ? "" : "; ") + std::string("de: ") + s->name_de;
    else if (o.lang == "en" && s->display_de != shown_name) names += (names.empty() ? "" : "; ") + std::string("de: ") + s->display_de;
    if (o.lang == "de" && s->display_en != shown_name) names += (names.empty() ? "" : "; ") + std::string("en: ") + s->display_en;
    for (const auto& other : s->other_names) names += (names.empty() ? "" : "; ") + std::string("also: ") + other;
    std::cout << fmt::format("{:<8} {:<26} {}{}{}\n", s->id, shown_name, names, names.empty() || !s->cow_code ? "" : "  ",
                             cow_of(*c, *s));
  }
  return 0;
}

}  // namespace casus::cli

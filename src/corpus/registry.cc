#include "corpus/registry.h"

#include <fmt/format.h>

#include "corpus/iso_codes.h"

namespace casus {
namespace {

template <class T>
const T* find_in(const std::vector<T>& v, const std::map<std::string, size_t, std::less<>>& index,
                 std::string_view id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &v[it->second];
}

void read_states(const TomlReader& root, const IsoCodes& iso, Registry& reg) {
  root.allow_only({"states"});
  for (const auto& r : root.tables("states", Need::required)) {
    r.allow_only({"id", "iso", "cow", "cow_abbr", "name_en", "name_de", "status", "source", "note",
                  "great_power"});
    State s;
    s.defined_at = r.position();
    s.id = r.string("id", Need::required).value_or("");
    if (auto list = r.string("iso", Need::optional)) {
      if (*list == "3166-1") s.iso = IsoList::iso3166_1;
      else if (*list == "3166-3") s.iso = IsoList::iso3166_3;
      else if (*list == "none") s.iso = IsoList::none;
      else r.error("iso", "expected 3166-1, 3166-3 or none; found \"" + *list + "\"");
    }
    if (auto c = r.integer("cow", Need::optional)) s.cow_code = static_cast<int>(*c);
    s.cow_abbr = r.string("cow_abbr", Need::optional).value_or("");
    Provenance inherit{Verification::verified, "", ""};
    s.provenance = r.provenance(s.iso == IsoList::none ? nullptr : &inherit);
    if (s.iso == IsoList::none) {
      s.name_en = r.string("name_en", Need::required).value_or("");
      s.name_de = r.string("name_de", Need::optional).value_or(s.name_en);
    } else {
      if (r.has("name_en") || r.has("name_de"))
        r.error(r.has("name_en") ? "name_en" : "name_de",
                "expected no name: ISO lists this state, and its names come from iso-codes");
      const IsoName* n = s.iso == IsoList::iso3166_1 ? iso.country(s.id) : iso.former_country(s.id);
      if (!n && !s.id.empty()) {
        r.error("id", fmt::format("expected an ISO {} alpha-3 code; iso-codes has no \"{}\"",
                                  s.iso == IsoList::iso3166_1 ? "3166-1" : "3166-3", s.id));
      } else if (n) {
        s.name_en = n->en;
        s.name_de = n->de;
      }
    }
    for (const auto& g : r.tables("great_power", Need::optional)) {
      g.allow_only({"from", "to", "status", "source", "note"});
      auto from = g.date("from", Need::required);
      GreatPowerSpell spell{from.value_or(DateSpan{}), g.date("to", Need::optional), g.provenance()};
      if (from) s.great_power.push_back(std::move(spell));
    }
    if (!s.id.empty() && reg.state_index.count(s.id)) {
      r.error("id", fmt::format("expected a unique state id; \"{}\" is listed twice", s.id));
      continue;
    }
    reg.state_index.emplace(s.id, reg.states.size());
    reg.states.push_back(std::move(s));
  }
}

std::vector<RegionEntry> read_entries(const TomlReader& region, std::string_view key,
                                      const Registry& reg) {
  std::vector<RegionEntry> out;
  for (const auto& e : region.tables(key, Need::optional)) {
    e.allow_only({"location", "from", "to", "status", "source", "note"});
    RegionEntry entry;
    entry.location = e.string("location", Need::required).value_or("");
    if (!entry.location.empty() && !reg.location(entry.location))
      e.error("location", fmt::format("expected a state id or a location listed in [[locations]]; "
                                      "found \"{}\"", entry.location));
    entry.from = e.date("from", Need::optional);
    entry.to = e.date("to", Need::optional);
    entry.provenance = e.provenance();
    out.push_back(std::move(entry));
  }
  return out;
}

void read_locations(const TomlReader& root, const IsoCodes& iso, Registry& reg) {
  root.allow_only({"locations", "regions"});
  // Every state is a location: its own metropolitan territory, administered by itself.
  for (const auto& s : reg.states) reg.locations.push_back(territory_of(s));
  reg.build_indexes();
  for (const auto& r : root.tables("locations", Need::optional)) {
    r.allow_only({"id", "iso", "name_en", "name_de", "part_of", "administered_by", "status", "source",
                  "note"});
    Location l;
    l.defined_at = r.position();
    l.id = r.string("id", Need::required).value_or("");
    std::string list = r.string("iso", Need::optional).value_or("none");
    const IsoName* n = nullptr;
    if (list == "3166-1") n = iso.country(l.id);
    else if (list == "3166-2") n = iso.subdivision(l.id);
    else if (list != "none") r.error("iso", "expected 3166-1, 3166-2 or none; found \"" + list + "\"");
    if (list != "none" && !n && !l.id.empty())
      r.error("id", fmt::format("expected an ISO {} code; iso-codes has no \"{}\"", list, l.id));
    if (n) {
      l.name_en = n->en;
      l.name_de = n->de;
    } else {
      l.name_en = r.string("name_en", list == "none" ? Need::required : Need::optional).value_or(l.id);
      l.name_de = r.string("name_de", Need::optional).value_or(l.name_en);
    }
    l.part_of = r.string("part_of", Need::required).value_or("");
    reg.require_state(r, "part_of", l.part_of);
    l.administered_by = r.string("administered_by", Need::optional).value_or(l.part_of);
    reg.require_state(r, "administered_by", l.administered_by);
    l.provenance = r.provenance();
    if (!l.id.empty() && reg.location(l.id)) {
      r.error("id", fmt::format("expected a unique location id; \"{}\" is already a state or location", l.id));
      continue;
    }
    reg.location_index.emplace(l.id, reg.locations.size());
    reg.locations.push_back(std::move(l));
  }
  for (const auto& r : root.tables("regions", Need::optional)) {
    r.allow_only({"id", "name", "defined_by", "status", "source", "note", "members", "excluded",
                  "disputed"});
    Region g;
    g.defined_at = r.position();
    g.id = r.string("id", Need::required).value_or("");
    g.name = r.string("name", Need::required).value_or("");
    g.defined_by = r.string("defined_by", Need::optional).value_or("");
    g.provenance = r.provenance();
    g.members = read_entries(r, "members", reg);
    g.excluded = read_entries(r, "excluded", reg);
    g.disputed = read_entries(r, "disputed", reg);
    if (!g.id.empty() && reg.region(g.id)) {
      r.error("id", fmt::format("expected a unique region id; \"{}\" is listed twice", g.id));
      continue;
    }
    reg.region_index.emplace(g.id, reg.regions.size());
    reg.regions.push_back(std::move(g));
  }
}

}  // namespace

const State* Registry::state(std::string_view id) const { return find_in(states, state_index, id); }
const Location* Registry::location(std::string_view id) const {
  return find_in(locations, location_index, id);
}
const Region* Registry::region(std::string_view id) const { return find_in(regions, region_index, id); }

void Registry::require_state(const TomlReader& r, std::string_view field, std::string_view id) const {
  if (!id.empty() && !state(id))
    r.error(field, fmt::format("expected a state id from corpus/states.toml; found \"{}\"", id));
}

void Registry::require_region(const TomlReader& r, std::string_view field, std::string_view id) const {
  if (!id.empty() && !region(id))
    r.error(field, fmt::format("expected a region id from corpus/locations.toml; found \"{}\"", id));
}

void Registry::build_indexes() {
  state_index.clear();
  location_index.clear();
  region_index.clear();
  for (size_t i = 0; i < states.size(); ++i) state_index.emplace(states[i].id, i);
  for (size_t i = 0; i < locations.size(); ++i) location_index.emplace(locations[i].id, i);
  for (size_t i = 0; i < regions.size(); ++i) region_index.emplace(regions[i].id, i);
}

std::optional<Registry> load_registry(const std::string& states_file, const std::string& locations_file,
                                      Diagnostics& diag) {
  const IsoCodes* iso = IsoCodes::installed(diag);
  if (!iso) return std::nullopt;
  Diagnostics local;
  Registry reg;
  if (auto t = parse_toml_file(states_file, local)) read_states(TomlReader(*t, states_file, "", local), *iso, reg);
  if (local.ok()) {
    if (auto t = parse_toml_file(locations_file, local))
      read_locations(TomlReader(*t, locations_file, "", local), *iso, reg);
  }
  diag.append(local);
  if (!local.ok()) return std::nullopt;
  return reg;
}

}  // namespace casus

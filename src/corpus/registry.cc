#include "corpus/registry.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "corpus/cow_state_list.h"
#include "corpus/geometry.h"
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
    r.allow_only({"id", "iso", "cow", "cow_abbr", "cow_also", "name_en", "name_de", "display_en", "display_de",
                  "other_names", "status", "source", "note", "great_power"});
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
    if (auto c = r.integer("cow_also", Need::optional)) s.cow_also.push_back(static_cast<int>(*c));
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
        s.display_en = n->common_en;
        s.display_de = n->common_de;
      }
    }
    // The names a journalist prints: the file's, else iso-codes' common name, else the ISO name.
    if (auto d = r.string("display_en", Need::optional)) {
      s.display_en = *d;
      s.display_de = r.string("display_de", Need::required).value_or(*d);
    } else if (r.has("display_de")) {
      r.error("display_de", "expected display_de only together with display_en");
    }
    s.other_names = r.strings("other_names", Need::optional);
    if (s.display_en.empty()) s.display_en = s.name_en;
    if (s.display_de.empty()) s.display_de = s.name_de;
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


// Every ISO 3166-1 entry the curated file does not name is a state with its ISO names, unless
// locations.toml lists it as a place of another state (Guam, the Falklands): ISO 3166-1 lists
// dependent territories beside states and does not say which is which.
void add_iso_states(const IsoCodes& iso, const std::set<std::string, std::less<>>& places, Registry& reg) {
  for (const auto& [code, n] : iso.countries()) {
    if (reg.state(code) || places.count(code)) continue;
    State s;
    s.id = code;
    s.iso = IsoList::iso3166_1;
    s.source = StateSource::iso;
    s.name_en = n.en;
    s.name_de = n.de;
    s.display_en = n.common_en.empty() ? n.en : n.common_en;
    s.display_de = n.common_de.empty() ? n.de : n.common_de;
    s.provenance = {Verification::verified, "Debian iso-codes, /usr/share/iso-codes/json/iso_3166-1.json", ""};
    reg.state_index.emplace(s.id, reg.states.size());
    reg.states.push_back(std::move(s));
  }
}

// Letters and digits only, lower-cased: "St. Lucia" and "Saint Lucia" still differ, "Viet Nam" and
// "Vietnam" do not.
std::string name_key(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The COW codes: spells go to the curated states that carry the code (cow or cow_also); a code no
// curated state carries goes to the ISO state whose name (ISO, common or official) is COW's name, and
// otherwise becomes a state of its own, cow-NNN, named as COW names it.
void add_cow_states(const std::vector<CowStateRow>& rows, const IsoCodes& iso, const std::string& file, Registry& reg) {
  std::map<int, std::vector<const CowStateRow*>> by_code;
  for (const auto& r : rows) by_code[r.ccode].push_back(&r);
  std::map<int, std::vector<size_t>> holders;
  std::map<std::string, size_t> by_name;
  for (size_t i = 0; i < reg.states.size(); ++i) {
    const State& s = reg.states[i];
    if (s.cow_code) holders[s.cow_code].push_back(i);
    for (int c : s.cow_also) holders[c].push_back(i);
    if (s.source != StateSource::iso) continue;
    const IsoName* n = iso.country(s.id);
    for (const std::string* name : {&s.name_en, n ? &n->common_en : nullptr, n ? &n->official_en : nullptr})
      if (name && !name->empty()) by_name.emplace(name_key(*name), i);
  }
  const std::string source = fmt::format("COW State System Membership v2016, {}", file);
  for (const auto& [code, spells] : by_code) {
    std::vector<SystemSpell> dates;
    for (const auto* r : spells) dates.push_back({r->from, r->to});
    const CowStateRow& first = *spells.front();
    if (auto h = holders.find(code); h != holders.end()) {
      for (size_t i : h->second) {
        State& s = reg.states[i];
        s.cow_spells.insert(s.cow_spells.end(), dates.begin(), dates.end());
        std::sort(s.cow_spells.begin(), s.cow_spells.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
        if (s.cow_abbr.empty() && s.cow_code == code) s.cow_abbr = first.abbr;
      }
      continue;
    }
    if (auto m = by_name.find(name_key(first.name)); m != by_name.end() && !reg.states[m->second].cow_code) {
      State& s = reg.states[m->second];
      s.cow_code = code;
      s.cow_abbr = first.abbr;
      s.cow_spells = dates;
      s.provenance.note = fmt::format("COW code {} ({} '{}') by name, from {}", code, first.abbr, first.name, source);
      continue;
    }
    State s;
    s.id = fmt::format("cow-{}", code);
    s.iso = IsoList::none;
    s.source = StateSource::cow;
    s.cow_code = code;
    s.cow_abbr = first.abbr;
    s.cow_spells = dates;
    s.name_en = s.name_de = s.display_en = s.display_de = first.name;  // COW gives no German name
    s.provenance = {Verification::verified, source, "a state of the COW state system that ISO 3166-1 does not list"};
    s.defined_at = {file, first.line, 1};
    reg.state_index.emplace(s.id, reg.states.size());
    reg.states.push_back(std::move(s));
  }
  reg.cow_read = true;
}

// Ids of the [[locations]] that are ISO 3166-1 entries: places of a state, not states.
std::set<std::string, std::less<>> iso_places(const toml::table& locations) {
  std::set<std::string, std::less<>> out;
  if (const auto* arr = locations["locations"].as_array())
    for (const auto& node : *arr)
      if (const auto* t = node.as_table())
        if (t->get("iso") && t->get("iso")->value_or(std::string()) == "3166-1")
          if (auto id = t->get("id")) out.insert(id->value_or(std::string()));
  return out;
}

const std::set<std::string_view>& continents() {
  static const std::set<std::string_view> c = {"europe", "north-america", "south-america", "africa",
                                                "asia",   "oceania",       "antarctica"};
  return c;
}
const std::set<std::string_view>& waters() {
  static const std::set<std::string_view> w = {"north-atlantic", "south-atlantic", "pacific", "indian",
                                               "arctic",         "southern",       "mediterranean", "caribbean"};
  return w;
}

std::string listing(const std::set<std::string_view>& names) {
  std::string out;
  for (auto n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

std::optional<Geography> read_geography(const TomlReader& l) {
  auto g = l.table("geography", Need::optional);
  if (!g) return std::nullopt;
  g->allow_only({"lat", "lon", "precision", "point", "continent", "island", "waters", "status", "source", "note"});
  Geography geo;
  auto lat = g->number("lat", Need::optional), lon = g->number("lon", Need::optional);
  if (lat.has_value() != lon.has_value()) g->error(lat ? "lon" : "lat", "expected lat and lon together");
  if (lat && lon) {
    if (*lat < -90 || *lat > 90) g->error("lat", fmt::format("expected a latitude from -90 to 90; found {}", *lat));
    if (*lon < -180 || *lon > 180) g->error("lon", fmt::format("expected a longitude from -180 to 180; found {}", *lon));
    geo.point = GeoPoint{*lat, *lon};
    geo.precision = g->number("precision", Need::required).value_or(0);
    if (geo.precision < 0 || geo.precision > 30) g->error("precision", "expected a radius of uncertainty from 0 to 30 degrees");
    geo.point_kind = g->string("point", Need::required, "\"approximate centroid\" or \"cited point\"").value_or("");
    if (!geo.point_kind.empty() && geo.point_kind != "approximate centroid" && geo.point_kind != "cited point")
      g->error("point", fmt::format("expected \"approximate centroid\" or \"cited point\"; found \"{}\"", geo.point_kind));
  }
  geo.continent = g->string("continent", Need::optional).value_or("");
  if (!geo.continent.empty() && !continents().count(geo.continent))
    g->error("continent", fmt::format("expected one of {}; found \"{}\"", listing(continents()), geo.continent));
  geo.island = g->boolean("island", Need::optional).value_or(false);
  geo.waters = g->string("waters", Need::optional).value_or("");
  if (!geo.waters.empty() && !waters().count(geo.waters))
    g->error("waters", fmt::format("expected one of {}; found \"{}\"", listing(waters()), geo.waters));
  geo.provenance = g->provenance();
  return geo;
}

std::vector<GeoRule> read_rules(const TomlReader& region) {
  std::vector<GeoRule> out;
  for (const auto& r : region.tables("rules", Need::optional)) {
    r.allow_only({"kind", "label", "quote", "continents", "latitude", "parallel", "tolerance", "islands_only", "waters",
                  "points", "boundary", "window", "missing", "status", "source", "note"});
    GeoRule g;
    const std::string kind = r.string("kind", Need::required, "on-continent, north-of-parallel or within-boundary").value_or("");
    g.label = r.string("label", Need::required).value_or("");
    g.quote = r.string("quote", Need::required).value_or("");
    g.provenance = r.provenance();
    if (kind == "on-continent") {
      g.kind = GeoRuleKind::on_continent;
      g.continents = r.strings("continents", Need::required);
      for (const auto& c : g.continents)
        if (!continents().count(c)) r.error("continents", fmt::format("expected one of {}; found \"{}\"", listing(continents()), c));
    } else if (kind == "north-of-parallel") {
      g.kind = GeoRuleKind::north_of_parallel;
      g.latitude = r.number("latitude", Need::required).value_or(0);
      if (g.latitude < -90 || g.latitude > 90) r.error("latitude", "expected a latitude from -90 to 90");
      g.parallel = r.string("parallel", Need::required).value_or("");
      g.tolerance = r.number("tolerance", Need::optional).value_or(0);
      g.islands_only = r.boolean("islands_only", Need::optional).value_or(false);
      g.waters = r.strings("waters", Need::optional);
      for (const auto& w : g.waters)
        if (!waters().count(w)) r.error("waters", fmt::format("expected one of {}; found \"{}\"", listing(waters()), w));
    } else if (kind == "within-boundary") {
      g.kind = GeoRuleKind::within_boundary;
      for (const auto& p : r.tables("points", Need::required)) {
        p.allow_only({"lat", "lon", "note"});
        auto lat = p.number("lat", Need::required), lon = p.number("lon", Need::required);
        if (lat && lon) g.boundary.push_back({*lat, *lon});
      }
      const std::string b = r.string("boundary", Need::optional, "complete or western-limit").value_or("complete");
      if (b == "western-limit") {
        g.boundary_complete = false;
        g.window = r.number("window", Need::required).value_or(0);
        if (g.window <= 0 || g.window >= 360) r.error("window", "expected degrees of longitude between 0 and 360");
        g.missing = r.string("missing", Need::required).value_or("");
      } else if (b != "complete") {
        r.error("boundary", fmt::format("expected complete or western-limit; found \"{}\"", b));
      }
      if (std::string problem = boundary_problem(g); !problem.empty() && !g.boundary.empty()) r.error("points", problem);
    } else if (!kind.empty()) {
      r.error("kind", fmt::format("expected on-continent, north-of-parallel or within-boundary; found \"{}\"", kind));
    }
    out.push_back(std::move(g));
  }
  return out;
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
                  "note", "geography"});
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
    l.geography = read_geography(r);
    if (!l.id.empty() && reg.location(l.id)) {
      r.error("id", fmt::format("expected a unique location id; \"{}\" is already a state or location", l.id));
      continue;
    }
    reg.location_index.emplace(l.id, reg.locations.size());
    reg.locations.push_back(std::move(l));
  }
  for (const auto& r : root.tables("regions", Need::optional)) {
    r.allow_only({"id", "name", "defined_by", "status", "source", "note", "members", "excluded",
                  "disputed", "rules", "rules_only_add"});
    Region g;
    g.defined_at = r.position();
    g.id = r.string("id", Need::required).value_or("");
    g.name = r.string("name", Need::required).value_or("");
    g.defined_by = r.string("defined_by", Need::optional).value_or("");
    g.provenance = r.provenance();
    g.members = read_entries(r, "members", reg);
    g.excluded = read_entries(r, "excluded", reg);
    g.disputed = read_entries(r, "disputed", reg);
    g.rules = read_rules(r);
    g.rules_only_add = r.boolean("rules_only_add", Need::optional).value_or(false);
    if (g.rules_only_add && g.rules.empty()) r.error("rules_only_add", "expected [[regions.rules]] with rules_only_add");
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
    r.error(field, unknown_state_message(states, id, cow_read));
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
                                      const std::string& cow_states_file, Diagnostics& diag) {
  const IsoCodes* iso = IsoCodes::installed(diag);
  if (!iso) return std::nullopt;
  Diagnostics local;
  Registry reg;
  auto states = parse_toml_file(states_file, local);
  auto locations = parse_toml_file(locations_file, local);
  if (states) read_states(TomlReader(*states, states_file, "", local), *iso, reg);
  if (local.ok() && locations) add_iso_states(*iso, iso_places(*locations), reg);
  if (local.ok() && !cow_states_file.empty()) {
    if (auto rows = read_cow_state_list(cow_states_file, local)) add_cow_states(*rows, *iso, cow_states_file, reg);
  }
  if (local.ok() && locations) read_locations(TomlReader(*locations, locations_file, "", local), *iso, reg);
  diag.append(local);
  if (!local.ok()) return std::nullopt;
  return reg;
}

}  // namespace casus

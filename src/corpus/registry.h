// The state, place and region registry (corpus/states.toml, corpus/locations.toml), read before any
// treaty so that every state or region a treaty names can be checked where it is named.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/model.h"
#include "corpus/toml_reader.h"

namespace casus {

struct Registry {
  std::vector<State> states;        // curated first, then ISO 3166-1, then COW-only states
  bool cow_read = false;            // the COW state list was read
  std::vector<Location> locations;  // every state's own territory first, then the listed places
  std::vector<Region> regions;

  const State* state(std::string_view id) const;
  const Location* location(std::string_view id) const;
  const Region* region(std::string_view id) const;

  // Reports `field` of `r` unless `id` names a state in the registry.
  void require_state(const TomlReader& r, std::string_view field, std::string_view id) const;
  void require_region(const TomlReader& r, std::string_view field, std::string_view id) const;

  void build_indexes();
  std::map<std::string, size_t, std::less<>> state_index, location_index, region_index;
};

// Reads states.toml, adds every ISO 3166-1 entry it does not name (unless locations.toml lists the entry
// as a place belonging to a state), then the COW state list when `cow_states_file` is not empty, then
// locations.toml. Nullopt (with diagnostics) on any problem.
std::optional<Registry> load_registry(const std::string& states_file, const std::string& locations_file,
                                      const std::string& cow_states_file, Diagnostics& diag);

}  // namespace casus

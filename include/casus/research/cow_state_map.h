// From COW country codes to the state ids of the casus registry (corpus/states.toml).
//
// A COW code the registry gives to exactly one state maps to that state. A code the registry gives
// to several states (COW 365 is Russia, the USSR and the Russian Federation; COW 255 is Germany
// before 1945 and after 1990) is split by date with the succession rules listed in cow_state_map.cc;
// a shared code without a rule maps to the first registry entry and adds a warning. COW 260 (the
// German Federal Republic, 1955-1990) is the registry's DEU, as its note on DEU says. A code the
// registry lacks becomes a new state with id "cow-NNN" (cannot collide with ISO 3166 alpha-3 ids),
// iso = none, its name and abbreviation from COW's states2016.csv.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "casus/date.h"
#include "casus/model.h"
#include "casus/research/cow_states.h"

namespace casus::research {

// One piece of a spell, held by one registry state.
struct StatePiece {
  StateId state;
  DateSpan from;
  std::optional<DateSpan> to;  // last day; nullopt = open
  bool split_before = false;   // the piece starts at a succession date (another id before it)
  bool split_after = false;    // the piece ends at a succession date (another id after it)
};

class CowStateMap {
 public:
  // `registry`: the curated states; `cow`: states2016.csv (names and abbreviations of new states).
  CowStateMap(const std::vector<State>& registry, const std::vector<CowStateSpell>& cow);

  // The registry id(s) holding COW code `ccode` over [from, to] (to = last day, nullopt = open), in
  // date order. Creates the "cow-NNN" state on first use when the registry lacks the code.
  std::vector<StatePiece> pieces(int ccode, DateSpan from, const std::optional<DateSpan>& to);

  // The id for a code on one day (same rules).
  StateId id_on(int ccode, Date day);

  // States created for codes the registry lacks, in order of first use.
  const std::vector<State>& added() const { return added_; }
  // Shared codes without a succession rule (one line each).
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  struct Range {
    StateId state;
    std::optional<Date> from, to;  // inclusive; nullopt = unbounded
  };
  const std::vector<Range>& ranges(int ccode);

  std::map<int, std::vector<StateId>> registry_ids_;
  std::map<int, CowStateSpell> cow_;  // first spell of each code (name, abbreviation)
  std::map<int, std::vector<Range>> ranges_;
  std::vector<State> added_;
  std::vector<std::string> warnings_;
};

}  // namespace casus::research

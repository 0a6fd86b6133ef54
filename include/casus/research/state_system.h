// The state system by year: which states exist in a year, under the COW or the
// Gleditsch–Ward definition, and how a state's code maps to the COW code that
// ATOP and NMC use.
//
// COW: a state is in the system in year t when system2016.csv has (ccode, t).
// G–W: a state is in the system in year t when one of its iisystem.dat spells
// covers any day of t (start year <= t <= end year), as peacesciencer's
// create_dyadyears(system = "gw") expands spells into years.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "casus/research/cow_states.h"
#include "casus/research/gw_states.h"

namespace casus::research {

enum class SystemKind { kCow, kGleditschWard };

class StateSystem {
 public:
  static StateSystem from_cow(const std::vector<CowStateYear>& years);
  static StateSystem from_gw(const std::vector<GwStateSpell>& spells);

  SystemKind kind() const { return kind_; }
  int first_year() const { return first_; }
  int last_year() const { return last_; }
  // Sorted state codes (ccode or gwcode) in `year`; empty outside the range.
  std::span<const int> states(int year) const;

  // The COW code to use for ATOP and NMC lookups. COW system: the code itself.
  // G–W: the code itself, except where the two lists number the same state
  // differently (documented in docs/research.md): G–W 260 from 1991 -> 255
  // (united Germany), G–W 678 from 1990 -> 679 (united Yemen), G–W 340 -> 345
  // (Serbia).
  int cow_code(int code, int year) const;

 private:
  SystemKind kind_ = SystemKind::kCow;
  int first_ = 0, last_ = -1;
  std::vector<std::vector<int>> by_year_;
};

}  // namespace casus::research

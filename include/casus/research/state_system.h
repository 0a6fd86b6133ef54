// The state system by year: which states exist in a year, under the COW or the
// Gleditsch–Ward definition, which pairs of them were in the system on the
// same day, and how a state's code maps to the COW code that ATOP and NMC use.
//
// COW: a state is in the system in year t when system2016.csv has (ccode, t);
// the days come from its states2016.csv spells.
// G–W: a state is in the system in year t when one of its iisystem.dat spells
// covers any day of t (start year <= t <= end year), as peacesciencer's
// create_dyadyears(system = "gw") expands spells into years.
//
// A pair of states of the same year that never shared a day in the system
// (Suriname and the Republic of Vietnam in 1975; COW 260 and 255 in 1990) is a
// "false dyad": peacesciencer's create_dyadyears() removes such pairs
// (false_cow_dyads / false_gw_dyads, built from state-days), and so does
// casus (coexist()).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "casus/research/cow_states.h"
#include "casus/research/gw_states.h"

namespace casus::research {

enum class SystemKind { kCow, kGleditschWard };

class StateSystem {
 public:
  // Without spells every state-year counts as the whole year (no false dyads).
  static StateSystem from_cow(const std::vector<CowStateYear>& years);
  static StateSystem from_cow(const std::vector<CowStateYear>& years, const std::vector<CowStateSpell>& spells);
  static StateSystem from_gw(const std::vector<GwStateSpell>& spells);

  // peacesciencer's mry: the states in the system on the last day of the data
  // (31 December of last_year()) are taken to be alive through `year`, every
  // day. Returns the extended system; data_last_year() stays the data's.
  StateSystem extended_to(int year) const;

  SystemKind kind() const { return kind_; }
  int first_year() const { return first_; }
  int last_year() const { return last_; }
  // The last year of the membership data itself (before extended_to()).
  int data_last_year() const { return data_last_; }
  // Sorted state codes (ccode or gwcode) in `year`; empty outside the range.
  std::span<const int> states(int year) const;

  // True when states(year)[i] and states(year)[j] were both in the system on
  // some day of `year` (false for a "false dyad").
  bool coexist(int year, std::size_t i, std::size_t j) const;
  // True when some pair of states of `year` does not coexist.
  bool has_false_dyads(int year) const;

  // The COW code to use for ATOP and NMC lookups. COW system: the code itself.
  // G–W: the code itself, except where the two lists number the same state
  // differently (documented in docs/research.md): G–W 260 from 1991 -> 255
  // (united Germany), G–W 678 from 1990 -> 679 (united Yemen), G–W 340 -> 345
  // (Serbia).
  int cow_code(int code, int year) const;

  // G–W: true for a state of Gleditsch's microstates list.
  bool microstate(int code) const;
  bool has_microstates() const { return !microstates_.empty(); }

 private:
  // Days within a year as month * 32 + day, enough to order and to intersect.
  struct DaySpan {
    std::int16_t first, last;
  };
  static constexpr std::int16_t kFirstDay = 1 * 32 + 1, kLastDay = 12 * 32 + 31;
  void finish();

  SystemKind kind_ = SystemKind::kCow;
  int first_ = 0, last_ = -1, data_last_ = -1;
  std::vector<std::vector<int>> by_year_;
  // days_[year - first_][k] = the spans of states(year)[k] within that year.
  std::vector<std::vector<std::vector<DaySpan>>> days_;
  std::vector<char> has_false_;  // per year
  std::vector<int> microstates_;  // sorted codes
};

}  // namespace casus::research

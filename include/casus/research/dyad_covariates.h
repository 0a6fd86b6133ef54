// Covariates researchers merge next, from the data at hand, by the rules of
// peacesciencer's add_* functions (docs/research.md §3.4):
//   cowmaj1/2     COW major power (majors2016.csv) that year
//   milex1 ... cinc1, milex2 ... cinc2   NMC 6.0 for each side
//   cowmidonset, cowmidongoing           COW MID 5.0 (MIDB) for the dyad
//   cowinteronset, cowinterongoing       COW Inter-State War 4.0 for the dyad
// Conflict dyad-years: two states on opposite sides of the same dispute (war)
// on the same day; ongoing = some such day in the year; onset = the pair's
// first year in that dispute, or its first year after a gap of more than a
// year (MIDs), or the pair's first year in that war episode (wars). Several
// disputes in one dyad-year: onset if any has its onset (peacesciencer keeps
// onsets before continuations). Outside a dataset's years: NA.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "casus/research/cow_mid.h"
#include "casus/research/cow_states.h"
#include "casus/research/cow_war.h"
#include "casus/research/nmc.h"

namespace casus::research {

inline constexpr int kNmcColumnCount = 7;  // milex, milper, irst, pec, tpop, upop, cinc
inline constexpr int kWarFirstYear = 1816, kWarLastYear = 2007;  // COW Inter-State War 4.0

struct ConflictFlags {
  bool onset = false, ongoing = false;
};

// Directed conflict dyad-years (both orders stored), keyed by (year, a, b).
class ConflictIndex {
 public:
  static ConflictIndex from_mids(const std::vector<MidParticipant>& participants);
  static ConflictIndex from_wars(const std::vector<WarParticipant>& participants);
  bool covers(int year) const { return year >= first_ && year <= last_; }
  ConflictFlags at(int year, int a, int b) const;
  std::size_t size() const { return flags_.size(); }

 private:
  static std::uint64_t key(int year, int a, int b) {
    return (static_cast<std::uint64_t>(year) << 20) | (static_cast<std::uint64_t>(a) << 10) | static_cast<std::uint64_t>(b);
  }
  int first_ = 0, last_ = -1;
  std::unordered_map<std::uint64_t, ConflictFlags> flags_;
};

class MajorPowers {
 public:
  static MajorPowers build(const std::vector<CowMajorSpell>& spells);
  bool covers(int year) const { return year >= first_ && year <= last_; }
  bool major(int ccode, int year) const;

 private:
  int first_ = 0, last_ = -1;
  std::vector<std::pair<int, std::pair<int, int>>> spells_;  // ccode, (first year, last year)
};

class NmcIndex {
 public:
  static NmcIndex build(const std::vector<NmcStateYear>& rows);
  // milex, milper, irst, pec, tpop, upop, cinc of `ccode` in `year`; NaN = missing.
  std::array<double, kNmcColumnCount> values(int ccode, int year) const;

 private:
  std::unordered_map<std::uint32_t, std::array<double, kNmcColumnCount>> by_key_;
};

}  // namespace casus::research

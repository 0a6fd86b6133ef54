// Directed ATOP obligations by year, rebuilt from the member-level file.
//
// ATOP's own directed dyad-year file (atop5_1ddyr) is not in the data
// directory, so casus rebuilds it from atop5_1m.csv following the codebook,
// section 2.7: every ordered pair (A, B) of members of the same alliance phase
// in a year in which both are members (entry year <= year <= exit year, or
// 2018 while in effect), except pairs where one left before the other joined.
// A's obligation of kind K toward B is A's member-level K, with one exception:
// a member with OBVARY = 1 ("different obligations to different members") is
// taken to owe K only to partners that do not themselves undertake K, unless
// every member of the phase undertakes K — the guarantee pattern of the
// codebook's own example (Britain, France and Sweden, 1855: all consult;
// Britain and France defend Sweden, not each other). This rule is an
// approximation for those 17 alliances (54 member rows in v5.1); see
// docs/research.md.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "casus/research/atop.h"

namespace casus::research {

inline constexpr int kAtopFirstYear = 1815;  // coverage of ATOP 5.1 (codebook 1.3)
inline constexpr int kAtopLastYear = 2018;

// Bit k set = obligation AtopObligation(k).
using ObligationBits = std::uint8_t;
inline constexpr ObligationBits bit(AtopObligation o) { return static_cast<ObligationBits>(1u << static_cast<int>(o)); }

struct DirectedObligation {
  int state_a = 0;  // COW code of the state that owes
  int state_b = 0;  // COW code of the state owed
  ObligationBits bits = 0;  // OR over all alliances shared that year; 0 = allied, no obligation (SHAREOB)
};

class AtopDirectedIndex {
 public:
  AtopDirectedIndex() = default;
  // Builds the index; never fails (the member rows were validated on load).
  static AtopDirectedIndex build(const std::vector<AtopMember>& members);

  // The directed dyads allied in `year`, sorted by (state_a, state_b), one
  // entry per ordered pair. Empty outside kAtopFirstYear..kAtopLastYear.
  std::span<const DirectedObligation> year(int year) const;
  std::size_t total() const;

 private:
  std::vector<std::vector<DirectedObligation>> by_year_;  // index year - kAtopFirstYear
};

// ATOP valued tie (fpsim 2025): 3 = defense or offense,
// 2 = neutrality or consultation, 1 = non-aggression only, 0 = none.
inline int atop_tie_value(ObligationBits b) {
  if (b & (bit(AtopObligation::kDefense) | bit(AtopObligation::kOffense))) return 3;
  if (b & (bit(AtopObligation::kNeutral) | bit(AtopObligation::kConsultation))) return 2;
  if (b & bit(AtopObligation::kNonaggression)) return 1;
  return 0;
}

}  // namespace casus::research

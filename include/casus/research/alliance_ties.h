// Valued alliance ties between states, by year: the input of the similarity
// measures (each state's "portfolio" is its row of ties with every state).
//
// Two sources, one scale 0..3 each (fpsim 2025; Signorino's S.g and r-strat alliances1914.Rd):
//  * ATOP 5.1 (default): 3 = defense or offense, 2 = neutrality or consultation,
//    1 = non-aggression only, 0 = none (fpsim's ATOP scale). The tie of i with
//    k is non-directed: the strongest obligation in either direction.
//  * COW Formal Alliances 4.1 (user-supplied file): 3 = defense pact,
//    2 = neutrality or non-aggression, 1 = entente, 0 = none (the scale of
//    Haege's FPSIM and of peacesciencer's tau-b script).
// Self-ties are not stored: the portfolio builder sets x_i = 3 for i itself.
#pragma once

#include <span>
#include <vector>

#include "casus/research/atop_directed.h"
#include "casus/research/cow_alliance.h"

namespace casus::research {

enum class TieSource { kAtop, kCow };

struct ValuedTie {
  int a = 0;      // state code
  int b = 0;      // state code, b != a
  int value = 0;  // 1..3 (0 ties are not stored)
};

class TieIndex {
 public:
  TieIndex() = default;
  static TieIndex from_atop(const AtopDirectedIndex& atop);
  static TieIndex from_cow(const std::vector<CowAllianceMember>& members);

  TieSource source() const { return source_; }
  // Years for which the source has data; similarity is NA outside them.
  int first_year() const { return first_; }
  int last_year() const { return last_; }
  bool covers(int year) const { return year >= first_ && year <= last_; }

  // Ties in `year`, each unordered pair listed in both orders; empty outside coverage.
  std::span<const ValuedTie> year(int year) const;

 private:
  TieSource source_ = TieSource::kAtop;
  int first_ = 0, last_ = -1;
  std::vector<std::vector<ValuedTie>> by_year_;
};

}  // namespace casus::research

// The 4x4 contingency tables of many pairs of one year's portfolios, fast and
// bit-identical to the plain pass (TieTable::add for k = 0..n-1).
//
// Why: the plain pass does one counter increment and one weight addition per
// state and pair — about n^3/2 scattered additions a year, most of the
// dyad-year table's computing time. Portfolios are sparse (a state has few
// allies), so here:
//  * the cells other than (0, 0) come from the states where either side has a
//    tie (two short sorted lists; each such cell is fed by one list alone), so
//    each cell's weight is summed in ascending k, as in the plain pass;
//  * cell (0, 0) — the states where neither has a tie — gets its count from the
//    two lists (n minus their union) and its weight from a dense pass over k:
//    for a row's partners all at once, over the transposed ties (the loop over
//    partners vectorises with GCC -O3 and clang -O2), or, for partners spread
//    thinly over their range (--state, --dyad filters), four pairs at a time. Each
//    sum has its own accumulator, fed in ascending k (adding +0.0 for a
//    masked-out state leaves a non-negative sum unchanged), so it is the plain
//    pass's sum exactly.
// The weights in the tables are therefore the same doubles, not just close.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "casus/research/similarity.h"

namespace casus::research {

// A tie value that is missing (a false dyad's cell): the state is left out of
// the pair's table and the pair is not complete.
inline constexpr std::uint8_t kMissingTieValue = 0xFF;

class PortfolioMatrix {
 public:
  // `ties`: n x n row-major, each 0..3 or kMissingTieValue; `weights`: n values >= 0.
  PortfolioMatrix(std::span<const std::uint8_t> ties, std::span<const double> weights, std::size_t n);

  struct PairTable {
    TieTable table;
    bool complete = true;  // no state left out for a missing tie
  };
  // The tables of (i, j) for every j in `partners` (each != i), in that order.
  void tables(std::size_t i, std::span<const std::size_t> partners, std::vector<PairTable>& out) const;

 private:
  const std::uint8_t* row(std::size_t i) const { return ties_.data() + i * n_; }
  void sparse_cells(std::size_t i, std::size_t j, PairTable& t) const;

  std::span<const std::uint8_t> ties_;
  std::span<const double> weights_;
  std::size_t n_;
  bool any_weight_ = false;
  std::vector<std::vector<std::uint32_t>> nonzero_;  // per row: the k with a non-zero (or missing) tie, ascending
  std::vector<std::uint8_t> by_state_;  // ties transposed, [k * n + j] = row j's tie to k; only with weights
};

}  // namespace casus::research

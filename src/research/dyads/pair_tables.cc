#include "pair_tables.h"

#include <algorithm>

namespace casus::research {

PortfolioMatrix::PortfolioMatrix(std::span<const std::uint8_t> ties, std::span<const double> weights, std::size_t n)
    : ties_(ties), weights_(weights), n_(n), nonzero_(n) {
  for (double w : weights) any_weight_ = any_weight_ || w != 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t* x = row(i);
    for (std::size_t k = 0; k < n; ++k)
      if (x[k] != 0) nonzero_[i].push_back(static_cast<std::uint32_t>(k));
  }
  if (any_weight_) {
    by_state_.resize(n * n);
    for (std::size_t j = 0; j < n; ++j)
      for (std::size_t k = 0; k < n; ++k) by_state_[k * n + j] = ties[j * n + k];
  }
}

void PortfolioMatrix::sparse_cells(std::size_t i, std::size_t j, PairTable& t) const {
  // Each cell is fed by one list alone, so no merge is needed to keep its
  // states in ascending k: cells (a, 0) and (a, b), a, b > 0, by i's list;
  // cells (0, b) by j's list.
  const std::uint8_t* x = row(i);
  const std::uint8_t* y = row(j);
  for (const std::uint32_t k : nonzero_[i]) {
    if (x[k] == kMissingTieValue || y[k] == kMissingTieValue) {
      t.complete = false;
      continue;
    }
    t.table.add(x[k], y[k], weights_[k]);
  }
  std::size_t only_j = 0;  // the states in j's list and not in i's
  for (const std::uint32_t k : nonzero_[j]) {
    if (x[k] != 0) continue;  // counted above
    ++only_j;
    if (y[k] == kMissingTieValue) {
      t.complete = false;
      continue;
    }
    t.table.add(0, y[k], weights_[k]);
  }
  // Cell (0, 0) holds every other state: neither list has it.
  t.table.count[0][0] = static_cast<std::int64_t>(n_ - nonzero_[i].size() - only_j);
}

namespace {

// The weight of cell (0, 0) of L pairs (x, ys[l]) in one pass over k, summed in
// ascending k, each lane its own accumulator (so each sum is the plain pass's).
// Its count comes from the sparse lists (sparse_cells).
template <int L>
void zero_weights(const std::uint8_t* x, const std::uint8_t* const* ys, const double* w, std::size_t n,
                  double* weight) {
  double acc[L] = {};
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint8_t xk = x[k];
    const double wk = w[k];
    for (int l = 0; l < L; ++l) acc[l] += (xk | ys[l][k]) == 0 ? wk : 0.0;
  }
  for (int l = 0; l < L; ++l) weight[l] = acc[l];
}

// The same weights for many partners at once: for each k where x has no tie, in
// ascending k, every partner j in [lo, lo + m) gets w[k] if it has no tie to k
// either, +0.0 otherwise. Each acc[j] (zero on entry) is thus summed in the plain
// pass's order (adding +0.0 to a sum that started at +0.0 never changes it);
// the loop over j is contiguous, and GCC at -O3 (the Release build
// scripts/setup.sh makes) and clang at -O2 vectorise it, where zero_weights
// goes pair by pair.
void zero_weights_by_state(const std::uint8_t* x, const std::uint8_t* by_state, const double* w, std::size_t n,
                           std::size_t lo, std::size_t m, double* __restrict acc) {
  for (std::size_t k = 0; k < n; ++k) {
    if (x[k] != 0) continue;  // no partner's cell (0, 0) has k
    const std::uint8_t* __restrict t = by_state + k * n + lo;
    const double wk = w[k];
    for (std::size_t j = 0; j < m; ++j) acc[j] += t[j] == 0 ? wk : 0.0;
  }
}

// The all-at-once pass costs about the range of partners, the pair-by-pair one
// about their number (each over n states), and the first is several times
// cheaper per item: take it while partners fill at least an eighth of their range.
constexpr std::size_t kDenseFactor = 8;

}  // namespace

void PortfolioMatrix::tables(std::size_t i, std::span<const std::size_t> partners, std::vector<PairTable>& out) const {
  out.assign(partners.size(), PairTable{});
  // The weights of cell (0, 0), skipped when every weight is 0 (a year without
  // capabilities): adding +0.0 to +0.0 leaves +0.0, the plain pass's sum.
  if (any_weight_ && !partners.empty()) {
    const std::uint8_t* x = row(i);
    const auto [lo_it, hi_it] = std::minmax_element(partners.begin(), partners.end());
    const std::size_t lo = *lo_it, m = *hi_it - lo + 1;
    if (partners.size() * kDenseFactor >= m) {
      // Partners dense in their range (all pairs of a year, as without filters): all at once.
      std::vector<double> acc(m, 0.0);
      zero_weights_by_state(x, by_state_.data(), weights_.data(), n_, lo, m, acc.data());
      for (std::size_t p = 0; p < partners.size(); ++p) out[p].table.weight[0][0] = acc[partners[p] - lo];
    } else {
      // Partners spread thinly over their range (--state, --dyad filters): pair by pair, four at a time.
      constexpr int kLanes = 4;
      std::size_t s = 0;
      double weight[kLanes];
      for (; s + kLanes <= partners.size(); s += kLanes) {
        const std::uint8_t* ys[kLanes];
        for (int l = 0; l < kLanes; ++l) ys[l] = row(partners[s + l]);
        zero_weights<kLanes>(x, ys, weights_.data(), n_, weight);
        for (int l = 0; l < kLanes; ++l) out[s + l].table.weight[0][0] = weight[l];
      }
      for (; s < partners.size(); ++s) {
        const std::uint8_t* ys[1] = {row(partners[s])};
        zero_weights<1>(x, ys, weights_.data(), n_, weight);
        out[s].table.weight[0][0] = weight[0];
      }
    }
  }
  for (std::size_t p = 0; p < partners.size(); ++p) sparse_cells(i, partners[p], out[p]);
}

}  // namespace casus::research

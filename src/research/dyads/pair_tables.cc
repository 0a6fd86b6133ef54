#include "pair_tables.h"

namespace casus::research {

PortfolioMatrix::PortfolioMatrix(std::span<const std::uint8_t> ties, std::span<const double> weights, std::size_t n)
    : ties_(ties), weights_(weights), n_(n), nonzero_(n) {
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t* x = row(i);
    for (std::size_t k = 0; k < n; ++k)
      if (x[k] != 0) nonzero_[i].push_back(static_cast<std::uint32_t>(k));
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
  for (const std::uint32_t k : nonzero_[j]) {
    if (x[k] != 0) continue;  // counted above
    if (y[k] == kMissingTieValue) {
      t.complete = false;
      continue;
    }
    t.table.add(0, y[k], weights_[k]);
  }
}

namespace {

// Cell (0, 0) of L pairs (x, ys[l]) in one pass over k: count and weight sum in
// ascending k, each lane its own accumulator (so each sum is the plain pass's).
template <int L>
void zero_cells(const std::uint8_t* x, const std::uint8_t* const* ys, const double* w, std::size_t n,
                std::int64_t* count, double* weight) {
  double acc[L] = {};
  std::int64_t c[L] = {};
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint8_t xk = x[k];
    const double wk = w[k];
    for (int l = 0; l < L; ++l) {
      const bool zero = (xk | ys[l][k]) == 0;
      acc[l] += zero ? wk : 0.0;
      c[l] += zero;
    }
  }
  for (int l = 0; l < L; ++l) {
    count[l] = c[l];
    weight[l] = acc[l];
  }
}

}  // namespace

void PortfolioMatrix::tables(std::size_t i, std::span<const std::size_t> partners, std::vector<PairTable>& out) const {
  out.assign(partners.size(), PairTable{});
  constexpr int kLanes = 4;
  const std::uint8_t* x = row(i);
  std::size_t s = 0;
  std::int64_t count[kLanes];
  double weight[kLanes];
  for (; s + kLanes <= partners.size(); s += kLanes) {
    const std::uint8_t* ys[kLanes];
    for (int l = 0; l < kLanes; ++l) ys[l] = row(partners[s + l]);
    zero_cells<kLanes>(x, ys, weights_.data(), n_, count, weight);
    for (int l = 0; l < kLanes; ++l) {
      out[s + l].table.count[0][0] = count[l];
      out[s + l].table.weight[0][0] = weight[l];
    }
  }
  for (; s < partners.size(); ++s) {
    const std::uint8_t* ys[1] = {row(partners[s])};
    zero_cells<1>(x, ys, weights_.data(), n_, count, weight);
    out[s].table.count[0][0] = count[0];
    out[s].table.weight[0][0] = weight[0];
  }
  for (std::size_t p = 0; p < partners.size(); ++p) sparse_cells(i, partners[p], out[p]);
}

}  // namespace casus::research

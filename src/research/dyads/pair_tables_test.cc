// PortfolioMatrix must give the very tables of the plain pass (TieTable::add for
// k = 0..n-1, missing cells left out): same counts and the same weight doubles,
// bit for bit, since every similarity column and the CSV text follow from them.
#include "pair_tables.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>

namespace casus::research {
namespace {

PortfolioMatrix::PairTable plain_pass(const std::vector<std::uint8_t>& tie, const std::vector<double>& w, std::size_t n,
                                      std::size_t i, std::size_t j) {
  PortfolioMatrix::PairTable t;
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint8_t x = tie[i * n + k], y = tie[j * n + k];
    if (x == kMissingTieValue || y == kMissingTieValue) {
      t.complete = false;
      continue;
    }
    t.table.add(x, y, w[k]);
  }
  return t;
}

// Sparse portfolios as in the data (most ties 0, self-tie 3), some missing
// cells, weights of very different magnitudes (so that summation order shows).
TEST(PortfolioMatrix, TablesAreBitIdenticalToThePlainPass) {
  std::mt19937 rng(20261201);
  for (int trial = 0; trial < 40; ++trial) {
    const std::size_t n = 1 + rng() % 70;
    const double tie_share = (trial % 4) * 0.15;  // 0 (no ties at all) .. 0.45
    const bool with_missing = trial % 3 == 0;
    std::vector<std::uint8_t> tie(n * n, 0);
    std::vector<double> w(n);
    std::uniform_real_distribution<double> u(0, 1);
    for (std::size_t k = 0; k < n; ++k) w[k] = u(rng) * std::pow(10.0, -static_cast<double>(rng() % 8));
    if (trial % 5 == 0) w.assign(n, 0.0);  // unweighted years
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t k = 0; k < n; ++k) {
        if (i == k) tie[i * n + k] = 3;
        else if (with_missing && u(rng) < 0.05) tie[i * n + k] = kMissingTieValue;
        else if (u(rng) < tie_share) tie[i * n + k] = static_cast<std::uint8_t>(1 + rng() % 3);
      }
    const PortfolioMatrix m(tie, w, n);
    std::vector<PortfolioMatrix::PairTable> got;
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<std::size_t> partners;
      for (std::size_t j = 0; j < n; ++j)
        // Dense partners with gaps (all pairs of a year, a few filtered out) take
        // the transposed pass; sparse ones (--state filters) the pair-by-pair one.
        if (j != i && (trial % 2 == 0 ? rng() % 4 != 0 : rng() % 12 == 0)) partners.push_back(j);
      m.tables(i, partners, got);
      ASSERT_EQ(got.size(), partners.size());
      for (std::size_t p = 0; p < partners.size(); ++p) {
        const auto want = plain_pass(tie, w, n, i, partners[p]);
        SCOPED_TRACE(testing::Message() << "trial " << trial << " n " << n << " pair " << i << "," << partners[p]);
        EXPECT_EQ(got[p].complete, want.complete);
        EXPECT_EQ(got[p].table.count, want.table.count);
        EXPECT_EQ(std::memcmp(&got[p].table.weight, &want.table.weight, sizeof want.table.weight), 0);
      }
    }
  }
}

// Fixed cases on each side of the choice between the all-at-once pass and the
// pair-by-pair one, so that both stay covered whatever the random trials draw:
// every other state (dense), the first and last state only (sparse), one partner.
TEST(PortfolioMatrix, BothWeightPassesMatchThePlainPass) {
  const std::size_t n = 40;
  std::vector<std::uint8_t> tie(n * n, 0);
  std::vector<double> w(n);
  for (std::size_t k = 0; k < n; ++k) w[k] = 1.0 / static_cast<double>(3 + 7 * k);  // inexact sums
  for (std::size_t i = 0; i < n; ++i) {
    tie[i * n + i] = 3;
    tie[i * n + (i * 7 + 3) % n] = static_cast<std::uint8_t>(1 + i % 3);
    if (i % 5 == 0) tie[i * n + (i + 11) % n] = kMissingTieValue;
  }
  const PortfolioMatrix m(tie, w, n);
  const std::size_t i = 17;
  std::vector<std::size_t> dense, sparse = {0, n - 1}, single = {5};
  for (std::size_t j = 0; j < n; ++j)
    if (j != i) dense.push_back(j);
  std::vector<PortfolioMatrix::PairTable> got;
  for (const auto* partners : {&dense, &sparse, &single}) {
    m.tables(i, *partners, got);
    ASSERT_EQ(got.size(), partners->size());
    for (std::size_t p = 0; p < partners->size(); ++p) {
      const auto want = plain_pass(tie, w, n, i, (*partners)[p]);
      SCOPED_TRACE(testing::Message() << partners->size() << " partners, pair " << i << "," << (*partners)[p]);
      EXPECT_EQ(got[p].complete, want.complete);
      EXPECT_EQ(got[p].table.count, want.table.count);
      EXPECT_EQ(std::memcmp(&got[p].table.weight, &want.table.weight, sizeof want.table.weight), 0);
    }
  }
}

}  // namespace
}  // namespace casus::research

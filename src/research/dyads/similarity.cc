// Similarity measures. Sources:
//  - S: Signorino & Ritter 1999, ISQ 43(1):115-144; general form as in r-strat R/SScore.R.
//  - squared S, kappa, pi: Haege 2011, Political Analysis 19(3):287-305, formulas from his
//    replication files (msim-data11-simmeasures.do).
//  - tau-b: Kendall's tau-b on alliance portfolios (Bueno de Mesquita 1975, JCR), as fpsim::taub.
//  - nominal pi: Scott 1955 (exact agreement, pooled marginals), as fpsim::spi.
#include "casus/research/similarity.h"

#include "ps13_memo.h"

#include <cmath>
#include <cstdlib>
#include <map>

namespace casus::research {
namespace {

bool same_nonempty(std::span<const double> x, std::span<const double> y) { return !x.empty() && x.size() == y.size(); }

std::optional<double> one_minus_ratio(double num, double den) {
  if (den == 0.0 || !std::isfinite(den)) return std::nullopt;
  return 1.0 - num / den;
}

}  // namespace

std::optional<double> s_score(std::span<const double> x, std::span<const double> y, std::span<const double> w,
                              std::span<const double> delta) {
  if (!same_nonempty(x, y) || w.size() != x.size() || delta.size() != x.size()) return std::nullopt;
  double dist = 0, wsum = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (!(delta[k] > 0) || w[k] < 0) return std::nullopt;
    dist += w[k] * std::fabs(x[k] - y[k]) / delta[k];
    wsum += w[k];
  }
  if (wsum == 0) return std::nullopt;
  return 1.0 - 2.0 * dist / wsum;
}

std::optional<double> s_absolute(std::span<const double> x, std::span<const double> y, double delta) {
  if (!same_nonempty(x, y) || !(delta > 0)) return std::nullopt;
  double sad = 0;
  for (std::size_t k = 0; k < x.size(); ++k) sad += std::fabs(x[k] - y[k]);
  return 1.0 - 2.0 * sad / (static_cast<double>(x.size()) * delta);
}

std::optional<double> s_squared(std::span<const double> x, std::span<const double> y, double delta) {
  if (!same_nonempty(x, y) || !(delta > 0)) return std::nullopt;
  double ssd = 0;
  for (std::size_t k = 0; k < x.size(); ++k) ssd += (x[k] - y[k]) * (x[k] - y[k]);
  return 1.0 - 2.0 * ssd / (static_cast<double>(x.size()) * delta * delta);
}

namespace {
struct Sums {
  double n = 0, s1 = 0, s2 = 0, ss1 = 0, ss2 = 0, ssd = 0;
};
Sums sums(std::span<const double> x, std::span<const double> y) {
  Sums s;
  s.n = static_cast<double>(x.size());
  for (std::size_t k = 0; k < x.size(); ++k) {
    s.s1 += x[k];
    s.s2 += y[k];
    s.ss1 += x[k] * x[k];
    s.ss2 += y[k] * y[k];
    s.ssd += (x[k] - y[k]) * (x[k] - y[k]);
  }
  return s;
}
}  // namespace

std::optional<double> cohen_kappa(std::span<const double> x, std::span<const double> y) {
  if (!same_nonempty(x, y)) return std::nullopt;
  Sums s = sums(x, y);
  return one_minus_ratio(s.n * s.ssd, s.n * (s.ss1 + s.ss2) - 2.0 * s.s1 * s.s2);
}

std::optional<double> scott_pi(std::span<const double> x, std::span<const double> y) {
  if (!same_nonempty(x, y)) return std::nullopt;
  Sums s = sums(x, y);
  return one_minus_ratio(2.0 * s.n * s.ssd, 2.0 * s.n * (s.ss1 + s.ss2) - (s.s1 + s.s2) * (s.s1 + s.s2));
}

std::optional<double> scott_pi_nominal(std::span<const double> x, std::span<const double> y) {
  if (!same_nonempty(x, y)) return std::nullopt;
  const double n = static_cast<double>(x.size());
  std::map<double, double> pooled;
  double agree = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (x[k] == y[k]) agree += 1;
    pooled[x[k]] += 1;
    pooled[y[k]] += 1;
  }
  double pe = 0;
  for (const auto& [v, c] : pooled) pe += (c / (2 * n)) * (c / (2 * n));
  if (pe == 1.0) return std::nullopt;
  return (agree / n - pe) / (1.0 - pe);
}

std::optional<double> kendall_tau_b(std::span<const double> x, std::span<const double> y) {
  if (!same_nonempty(x, y)) return std::nullopt;
  double c = 0, d = 0, tx = 0, ty = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    for (std::size_t j = i + 1; j < x.size(); ++j) {
      double dx = x[i] - x[j], dy = y[i] - y[j];
      if (dx == 0 && dy == 0) continue;
      if (dx == 0) tx += 1;
      else if (dy == 0) ty += 1;
      else if ((dx > 0) == (dy > 0)) c += 1;
      else d += 1;
    }
  }
  double den = std::sqrt((c + d + tx) * (c + d + ty));
  if (den == 0) return std::nullopt;
  return (c - d) / den;
}

// ---- contingency-table layer ----

std::int64_t TieTable::n() const {
  std::int64_t total = 0;
  for (const auto& row : count)
    for (auto c : row) total += c;
  return total;
}

std::optional<double> tau_b_from_table(const TieTable& t) {
  // Concordant: pairs of states in cells (a,b), (a',b') with a<a', b<b';
  // discordant: a<a', b>b'; tied on x only: same row, different column;
  // tied on y only: same column, different row.
  double c = 0, d = 0, tx = 0, ty = 0;
  for (int a = 0; a < kTieLevels; ++a) {
    for (int b = 0; b < kTieLevels; ++b) {
      const double n_ab = static_cast<double>(t.count[a][b]);
      if (n_ab == 0) continue;
      for (int a2 = a + 1; a2 < kTieLevels; ++a2) {
        for (int b2 = 0; b2 < kTieLevels; ++b2) {
          const double m = n_ab * static_cast<double>(t.count[a2][b2]);
          if (b2 > b) c += m;
          else if (b2 < b) d += m;
          else ty += m;  // same y, different x
        }
      }
      for (int b2 = b + 1; b2 < kTieLevels; ++b2) tx += n_ab * static_cast<double>(t.count[a][b2]);
    }
  }
  const double den = std::sqrt((c + d + tx) * (c + d + ty));
  if (den == 0) return std::nullopt;
  return (c - d) / den;
}

FpsimValues fpsim_from_table(const TieTable& t, Weighting weighting) {
  FpsimValues v;
  const double n = static_cast<double>(t.n());
  if (n == 0) return v;
  // Valued component sums (Haege 2011): s1, s2, ss1, ss2, ssd, sad; weighted sadw, sum w.
  double s1 = 0, s2 = 0, ss1 = 0, ss2 = 0, ssd = 0, sad = 0, sadw = 0, wsum = 0;
  // Binary (tie >= 1) component sums.
  double b1 = 0, b2 = 0, bsd = 0, bsdw = 0;
  for (int a = 0; a < kTieLevels; ++a) {
    for (int b = 0; b < kTieLevels; ++b) {
      const double c = static_cast<double>(t.count[a][b]);
      const double w = t.weight[a][b];
      const double d = a - b;
      s1 += c * a;
      s2 += c * b;
      ss1 += c * a * a;
      ss2 += c * b * b;
      ssd += c * d * d;
      sad += c * std::fabs(d);
      sadw += w * std::fabs(d);
      wsum += w;
      const int ba = a >= 1, bb = b >= 1;
      b1 += c * ba;
      b2 += c * bb;
      bsd += c * (ba != bb);
      bsdw += w * (ba != bb);
    }
  }
  constexpr double kDelta = 3.0;  // max distance on the 0..3 scale
  v.taub = tau_b_from_table(t);
  v.srsvas = 1.0 - 2.0 * ssd / (n * kDelta * kDelta);
  v.srsvaa = 1.0 - 2.0 * sad / (n * kDelta);
  // kappa and pi multiplied through by n (resp. 2n): every term is then an
  // integer, exact in a double, so a zero denominator is detected exactly.
  v.kappava = one_minus_ratio(n * ssd, n * (ss1 + ss2) - 2.0 * s1 * s2);
  v.piva = one_minus_ratio(2.0 * n * ssd, 2.0 * n * (ss1 + ss2) - (s1 + s2) * (s1 + s2));
  // Binary: delta = 1, and x^2 = x, so ss = s.
  v.srsba = 1.0 - 2.0 * bsd / n;
  v.kappaba = one_minus_ratio(n * bsd, n * (b1 + b2) - 2.0 * b1 * b2);
  v.piba = one_minus_ratio(2.0 * n * bsd, 2.0 * n * (b1 + b2) - (b1 + b2) * (b1 + b2));
  if (weighting == Weighting::kWithWeights && wsum > 0) {
    v.srswvaa = 1.0 - 2.0 * sadw / (kDelta * wsum);
    v.srswba = 1.0 - 2.0 * bsdw / wsum;
  }
  return v;
}

namespace {

// Weighted kappa 1 - sum d2 o / sum d2 e on a table whose categories have the
// scores `score` (a category with score < 0 is absent): o = N / n,
// e = row * col / n^2. Multiplied through by n^2, every term is an integer.
std::optional<double> weighted_kappa(const std::array<std::array<std::int64_t, kTieLevels>, kTieLevels>& count,
                                     const std::array<int, kTieLevels>& score) {
  std::array<std::int64_t, kTieLevels> row{}, col{};
  std::int64_t n = 0;
  for (int a = 0; a < kTieLevels; ++a)
    for (int b = 0; b < kTieLevels; ++b) {
      row[a] += count[a][b];
      col[b] += count[a][b];
      n += count[a][b];
    }
  double observed = 0, expected = 0;
  for (int a = 0; a < kTieLevels; ++a) {
    for (int b = 0; b < kTieLevels; ++b) {
      if (score[a] < 0 || score[b] < 0) continue;
      const double d2 = static_cast<double>((score[a] - score[b]) * (score[a] - score[b]));
      observed += d2 * static_cast<double>(count[a][b]) * static_cast<double>(n);
      expected += d2 * static_cast<double>(row[a]) * static_cast<double>(col[b]);
    }
  }
  if (expected == 0) return std::nullopt;
  return 1.0 - observed / expected;
}

// Nominal Scott's pi: (po - pe) / (1 - pe) with pooled marginals; times 4n^2:
// (4 n A - sum m^2) / (4 n^2 - sum m^2), A = agreements, m = row + col counts.
std::optional<double> nominal_pi(const std::array<std::array<std::int64_t, kTieLevels>, kTieLevels>& count) {
  std::array<std::int64_t, kTieLevels> pooled{};
  std::int64_t n = 0, agree = 0;
  for (int a = 0; a < kTieLevels; ++a)
    for (int b = 0; b < kTieLevels; ++b) {
      pooled[a] += count[a][b];
      pooled[b] += count[a][b];
      n += count[a][b];
      if (a == b) agree += count[a][b];
    }
  double m2 = 0;
  for (auto m : pooled) m2 += static_cast<double>(m) * static_cast<double>(m);
  const double nn = static_cast<double>(n);
  const double den = 4 * nn * nn - m2;
  if (den == 0) return std::nullopt;
  return (4 * nn * static_cast<double>(agree) - m2) / den;
}

}  // namespace

Ps13Values ps13_from_table(const TieTable& t, Weighting weighting, bool complete) {
  Ps13Values v = internal::ps13_unweighted(t, complete);
  internal::ps13_add_weighted(t, weighting, v);
  return v;
}

namespace internal {

Ps13Values ps13_unweighted(const TieTable& t, bool complete) {
  Ps13Values v;
  const std::int64_t n = t.n();
  if (n == 0) return v;
  const double nd = static_cast<double>(n);
  double ssd = 0, sad = 0, bsd = 0;
  std::array<std::array<std::int64_t, kTieLevels>, kTieLevels> binary{};  // only [0..1][0..1] used
  for (int a = 0; a < kTieLevels; ++a) {
    for (int b = 0; b < kTieLevels; ++b) {
      const double c = static_cast<double>(t.count[a][b]);
      const int d = a - b;
      ssd += c * d * d;
      sad += c * std::abs(d);
      const int ba = a >= 1, bb = b >= 1;
      bsd += c * (ba != bb);
      binary[ba][bb] += t.count[a][b];
    }
  }
  v.sallyvus = 1.0 - 2.0 * ssd / (9.0 * nd);
  v.sallyvua = 1.0 - 2.0 * sad / (3.0 * nd);
  v.sallybus = 1.0 - 2.0 * bsd / nd;
  v.sallybua = 1.0 - 2.0 * bsd / nd;
  v.pallyv = nominal_pi(t.count);
  v.pallyb = nominal_pi(binary);
  // fpsim::cohenk with levels 0:3 (0:1): squared distances of the values over the range.
  v.kallyv = weighted_kappa(t.count, {0, 1, 2, 3});
  v.kallyb = weighted_kappa(binary, {0, 1, -1, -1});
  // psych::cohen.kappa: categories = the values observed in either vector, scored 1..L.
  std::array<int, kTieLevels> index{-1, -1, -1, -1};
  int levels = 0;
  for (int a = 0; a < kTieLevels; ++a) {
    std::int64_t seen = 0;
    for (int b = 0; b < kTieLevels; ++b) seen += t.count[a][b] + t.count[b][a];
    if (seen > 0) index[a] = levels++;
  }
  if (levels >= 2) v.kallyv_psych = weighted_kappa(t.count, index);
  if (complete) v.taub = tau_b_from_table(t);
  return v;
}

void ps13_add_weighted(const TieTable& t, Weighting weighting, Ps13Values& v) {
  if (weighting != Weighting::kWithWeights || t.n() == 0) return;
  double sadw = 0, wsum = 0, bsdw = 0;
  for (int a = 0; a < kTieLevels; ++a) {
    for (int b = 0; b < kTieLevels; ++b) {
      const double w = t.weight[a][b];
      const int d = a - b;
      sadw += w * std::abs(d);
      wsum += w;
      const int ba = a >= 1, bb = b >= 1;
      bsdw += w * (ba != bb);
    }
  }
  if (wsum > 0) {
    v.sallyvwa = 1.0 - 2.0 * sadw / (3.0 * wsum);
    v.sallybwa = 1.0 - 2.0 * bsdw / wsum;
  }
}

}  // namespace internal

}  // namespace casus::research

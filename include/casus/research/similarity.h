// Alliance-portfolio similarity measures.
//
// Formulas and their sources are in docs/research.md §4; each function names
// its source below.
// Every function returns nullopt when the measure is undefined (a zero
// denominator, empty input, mismatched lengths); it never returns NaN.
//
// Two layers:
//  * vector functions, for any real-valued portfolios (used by tests and as
//    the reference implementation), and
//  * TieTable, a 4x4 contingency table of tie values 0..3 (plus the same table
//    of weights) from which all the FPSIM columns follow in O(1). Building the
//    table for a dyad is one O(n) pass over the states; this is what makes the
//    full 1816-2018 table fast (Kendall's tau-b in O(16^2) instead of O(n^2)).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace casus::research {

// ---- vector layer --------------------------------------------------------

// Signorino & Ritter (1999) S, p = 1 (city-block), as in r-strat R/SScore.R:
//   S = 1 - 2 * sum_k w_k |x_k - y_k| / delta_k  /  sum_k w_k.
// `weights` and `delta` must have the size of x (delta_k > 0).
std::optional<double> s_score(std::span<const double> x, std::span<const double> y, std::span<const double> weights,
                              std::span<const double> delta);

// Unweighted absolute S with one maximum distance: 1 - 2 * sum|x-y| / (n * delta).
std::optional<double> s_absolute(std::span<const double> x, std::span<const double> y, double delta);

// "Squared" S of Haege (2011) / peacesciencer / fpsim: 1 - 2 * sum (x-y)^2 / (n * delta^2).
// (Not the p = 2 norm of r-strat.)
std::optional<double> s_squared(std::span<const double> x, std::span<const double> y, double delta);

// Cohen's kappa with squared distances, Haege (2011):
//   1 - ssd / (ss1 + ss2 - (2/n) s1 s2).
std::optional<double> cohen_kappa(std::span<const double> x, std::span<const double> y);

// Scott's pi with squared distances, Haege (2011):
//   1 - ssd / (ss1 + ss2 - (s1 + s2)^2 / (2n)).
std::optional<double> scott_pi(std::span<const double> x, std::span<const double> y);

// Scott's pi on exact agreement (nominal categories, pooled marginals), as
// fpsim::spi computes it: (Po - Pe) / (1 - Pe).
std::optional<double> scott_pi_nominal(std::span<const double> x, std::span<const double> y);

// Kendall's tau-b by the O(n^2) pair definition (Bueno de Mesquita 1975; fpsim::taub):
//   (C - D) / sqrt((C + D + Tx) (C + D + Ty)); pairs tied on both are ignored.
std::optional<double> kendall_tau_b(std::span<const double> x, std::span<const double> y);

// ---- contingency-table layer ---------------------------------------------

// Tie values 0..3 (COW valued or ATOP valued scale, see docs/research.md).
inline constexpr int kTieLevels = 4;

struct TieTable {
  // count[a][b] = number of states k with x_k = a and y_k = b.
  std::array<std::array<std::int64_t, kTieLevels>, kTieLevels> count{};
  // weight[a][b] = sum of w_k over those states (capability weights).
  std::array<std::array<double, kTieLevels>, kTieLevels> weight{};

  // Adds one state k with ties x_k, y_k (each 0..3) and weight w_k (>= 0).
  void add(int x, int y, double w = 0.0) {
    ++count[x][y];
    weight[x][y] += w;
  }
  std::int64_t n() const;
};

// The FPSIM alliance columns, named as in peacesciencer's FPSIM table
// (see docs/research.md). nullopt = NA.
struct FpsimValues {
  std::optional<double> taub;     // Kendall tau-b, valued ties
  std::optional<double> srsvas;   // unweighted S, squared distances, valued
  std::optional<double> srsvaa;   // unweighted S, absolute distances, valued
  std::optional<double> srswvaa;  // capability-weighted S, absolute distances, valued
  std::optional<double> kappava;  // Cohen's kappa, squared distances, valued
  std::optional<double> piva;     // Scott's pi, squared distances, valued
  std::optional<double> srsba;    // unweighted S, binary ties
  std::optional<double> srswba;   // capability-weighted S, binary ties
  std::optional<double> kappaba;  // Cohen's kappa, binary ties
  std::optional<double> piba;     // Scott's pi, binary ties
};

enum class Weighting { kWithWeights, kWithoutWeights };

// All FPSIM columns from one table. With Weighting::kWithoutWeights (or when
// the weights sum to 0) the weighted columns are NA.
FpsimValues fpsim_from_table(const TieTable& t, Weighting weighting);

// The alliance columns of peacesciencer 1.3's FPSIM table, by its names and as
// its build (fpsim, inst/scripts: s-unweighted, s-weighted, alliances-pkt)
// defines them; docs/research.md gives each formula. The table holds the
// complete cases of the pair: states k for which both x_k and y_k exist.
struct Ps13Values {
  std::optional<double> sallyvus;  // S, valued, unweighted, squared: 1 - 2 ssd / (9 n)
  std::optional<double> sallyvua;  // S, valued, unweighted, absolute: 1 - 2 sad / (3 n)
  std::optional<double> sallybus;  // S, binary, unweighted, squared (= absolute on 0/1)
  std::optional<double> sallybua;  // S, binary, unweighted, absolute
  std::optional<double> sallyvwa;  // S, valued, CINC-weighted, absolute: 1 - 2 sum w|d| / (3 sum w)
  std::optional<double> sallybwa;  // S, binary, CINC-weighted, absolute
  std::optional<double> pallyv;    // nominal Scott's pi, valued (levels 0..3)
  std::optional<double> pallyb;    // nominal Scott's pi, binary
  std::optional<double> kallyv;    // Cohen's kappa, squared weights on the 0..3 values (fpsim::cohenk, levels 0:3)
  std::optional<double> kallyb;    // Cohen's kappa, binary
  std::optional<double> taub;      // Kendall's tau-b, valued
  // psych::cohen.kappa's weighted kappa (squared weights on the *index* of the
  // categories observed in the pair), as fpsim's first build script used.
  std::optional<double> kallyv_psych;
};

// With Weighting::kWithoutWeights (or weights summing to 0) the weighted columns
// are NA. `complete` = no state was dropped from the pair for a missing tie;
// when false, taub is NA, as R's cor(method = "kendall") gives NA for a vector
// with a missing value.
Ps13Values ps13_from_table(const TieTable& t, Weighting weighting, bool complete);

// Kendall's tau-b from the table alone (O(kTieLevels^4)).
std::optional<double> tau_b_from_table(const TieTable& t);

}  // namespace casus::research

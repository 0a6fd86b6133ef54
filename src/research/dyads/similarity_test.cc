// Fixtures from the published sources: Signorino & Ritter 1999 (ISQ 43(1):115-144) Tables 5 and 6 as
// r-strat's inst/unitTests/runit.SScore.R encodes them, r-strat's test.SScore.ex1, and the 1914 vectors
// recomputed by hand (tau-b, Haege 2011's kappa and pi).
#include "casus/research/similarity.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace casus::research {
namespace {

using Pairs = std::vector<std::pair<double, double>>;

struct Vectors {
  std::vector<double> x, y;
};
Vectors split(const Pairs& p) {
  Vectors v;
  for (auto [a, b] : p) {
    v.x.push_back(a);
    v.y.push_back(b);
  }
  return v;
}
Pairs repeat(std::pair<double, double> p, int n) { return Pairs(n, p); }
Pairs concat(std::initializer_list<Pairs> parts) {
  Pairs out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

// S&R (1999) Table 5, as r-strat inst/unitTests/runit.SScore.R encodes it (delta = 3, unweighted).
struct Table5Case {
  const char* name;
  Pairs pairs;
  double expected;
};

TEST(SignorinoRitterTable5, AllEightCases) {
  const std::vector<Table5Case> cases = {
      {"a", {{0, 3}, {1, 2}, {2, 1}, {3, 0}}, -1.0 / 3},
      {"b", {{1, 3}, {2, 2}, {2, 2}, {3, 1}}, 1.0 / 3},
      {"c", {{2, 3}, {2, 3}, {3, 2}, {3, 2}}, 1.0 / 3},
      {"d", repeat({3, 3}, 4), 1.0},
      {"e", concat({repeat({0, 0}, 10), {{0, 3}, {3, 0}}}), 2.0 / 3},
      {"f", concat({{{0, 3}}, repeat({1, 1}, 10), {{3, 0}}}), 2.0 / 3},
      {"g", concat({{{0, 3}}, repeat({2, 2}, 10), {{3, 0}}}), 2.0 / 3},
      {"h", concat({{{0, 3}, {3, 0}}, repeat({3, 3}, 10)}), 2.0 / 3},
  };
  for (const auto& c : cases) {
    auto v = split(c.pairs);
    std::vector<double> w(v.x.size(), 1.0), delta(v.x.size(), 3.0);
    EXPECT_NEAR(s_absolute(v.x, v.y, 3.0).value(), c.expected, 1e-12) << "case " << c.name;
    EXPECT_NEAR(s_score(v.x, v.y, w, delta).value(), c.expected, 1e-12) << "case " << c.name;
  }
}

TEST(RStratSScore, Example1WeightedWithPerDimensionDelta) {
  std::vector<double> a = {3, 2, 3, 0, 3, 3, 1, 2};
  std::vector<double> b = {2, 3, 0, 3, 3, 3, 1, 3};
  std::vector<double> w = {.5, .4, .05, .05, .25, .25, .25, .25};
  std::vector<double> delta = {3, 3, 3, 3, 2, 2, 2, 2};
  EXPECT_NEAR(s_score(a, b, w, delta).value(), 0.475, 1e-12);
}

// Germany (x) and Russia (y), 1914, 20 European states (S&R 1999, Table 6; the partial vector
// printed in Miller's blog post "How to Calculate Tau-b Using Alliance Data in R", Nov 2021).
Vectors germany_russia_1914() {
  Pairs p = {{3, 0}, {0, 3}, {0, 1}, {0, 3}, {3, 0}, {3, 1}, {3, 0}};  // GMY RUS UKG FRN AUH ITA RUM
  auto rest = repeat({0, 0}, 13);
  p.insert(p.end(), rest.begin(), rest.end());
  return split(p);
}

std::vector<double> binary(const std::vector<double>& v) {
  std::vector<double> b;
  for (double x : v) b.push_back(x >= 1 ? 1.0 : 0.0);
  return b;
}

TEST(GermanyRussia1914, VectorMeasures) {
  auto v = germany_russia_1914();
  ASSERT_EQ(v.x.size(), 20u);
  EXPECT_NEAR(s_absolute(v.x, v.y, 3).value(), 0.40, 1e-12);
  EXPECT_NEAR(kendall_tau_b(v.x, v.y).value(), 2.0 / std::sqrt(68.0 * 64.0), 1e-12);  // C=13 D=11 Tx=44 Ty=40
  EXPECT_NEAR(kendall_tau_b(v.x, v.y).value(), 0.0303, 5e-5);
  EXPECT_NEAR(s_squared(v.x, v.y, 3).value(), 0.444, 5e-4);
  EXPECT_NEAR(cohen_kappa(v.x, v.y).value(), -0.0776, 5e-5);
  EXPECT_NEAR(scott_pi(v.x, v.y).value(), -0.0870, 5e-5);           // Haege squared-distance pi
  EXPECT_NEAR(scott_pi_nominal(v.x, v.y).value(), -0.0448, 5e-5);   // fpsim::spi nominal pi
  auto bx = binary(v.x), by = binary(v.y);
  EXPECT_NEAR(s_absolute(bx, by, 1).value(), 0.40, 1e-12);
  EXPECT_NEAR(cohen_kappa(bx, by).value(), 0.0625, 1e-12);
  EXPECT_NEAR(scott_pi(bx, by).value(), 0.0625, 1e-12);
  EXPECT_NEAR(scott_pi_nominal(bx, by).value(), 0.0625, 1e-12);      // nominal = squared on binary data
}

TEST(GermanyRussia1914, ContingencyTableGivesTheSameFpsimColumns) {
  auto v = germany_russia_1914();
  TieTable t;
  for (std::size_t k = 0; k < v.x.size(); ++k) t.add(static_cast<int>(v.x[k]), static_cast<int>(v.y[k]), 0.05);
  FpsimValues f = fpsim_from_table(t, Weighting::kWithWeights);
  EXPECT_NEAR(f.srsvaa.value(), 0.40, 1e-12);
  EXPECT_NEAR(f.taub.value(), 0.0303, 5e-5);
  EXPECT_NEAR(f.srsvas.value(), 0.444, 5e-4);
  EXPECT_NEAR(f.kappava.value(), -0.0776, 5e-5);
  EXPECT_NEAR(f.piva.value(), -0.0870, 5e-5);
  EXPECT_NEAR(f.srsba.value(), 0.40, 1e-12);
  EXPECT_NEAR(f.kappaba.value(), 0.0625, 1e-12);
  EXPECT_NEAR(f.piba.value(), 0.0625, 1e-12);
  // Equal weights: weighted S equals unweighted S.
  EXPECT_NEAR(f.srswvaa.value(), 0.40, 1e-12);
  EXPECT_NEAR(f.srswba.value(), 0.40, 1e-12);
  EXPECT_FALSE(fpsim_from_table(t, Weighting::kWithoutWeights).srswvaa.has_value());
}

// peacesciencer 1.3's columns on the same fixture (fpsim and peacesciencer 1.3 docs): fpsim's
// cohenk(levels = 0:3) equals Haege's kappa (-0.0776), spi() is nominal pi
// (-0.0448). psych's cohen.kappa scores the observed categories {0, 1, 3} as
// 1, 2, 3; by hand: observed sum d^2 = 3*4 (GMY, AUH, RUM) + 2*4 (RUS, FRN)
// + 1 (UKG) + 1 (ITA) = 22 over n = 20; expected sum d^2 r c = 16*2*1 + 16*2*4
// + 4*16*4 + 4*2*1 = 424 over n^2 = 400; kappa = 1 - 1.1/1.06 = -2/53.
TEST(GermanyRussia1914, Peacesciencer13Columns) {
  auto v = germany_russia_1914();
  TieTable t;
  for (std::size_t k = 0; k < v.x.size(); ++k) t.add(static_cast<int>(v.x[k]), static_cast<int>(v.y[k]), 0.05);
  Ps13Values p = ps13_from_table(t, Weighting::kWithWeights, true);
  EXPECT_NEAR(p.sallyvua.value(), 0.40, 1e-12);
  EXPECT_NEAR(p.sallyvus.value(), 0.444, 5e-4);
  EXPECT_NEAR(p.sallybua.value(), 0.40, 1e-12);
  EXPECT_NEAR(p.sallybus.value(), 0.40, 1e-12);
  EXPECT_NEAR(p.sallyvwa.value(), 0.40, 1e-12);  // equal weights
  EXPECT_NEAR(p.sallybwa.value(), 0.40, 1e-12);
  EXPECT_NEAR(p.pallyv.value(), -0.0448, 5e-5);
  EXPECT_NEAR(p.pallyb.value(), 0.0625, 1e-12);
  EXPECT_NEAR(p.kallyv.value(), -0.0776, 5e-5);
  EXPECT_NEAR(p.kallyb.value(), 0.0625, 1e-12);
  EXPECT_NEAR(p.taub.value(), 0.0303, 5e-5);
  EXPECT_NEAR(p.kallyv_psych.value(), -2.0 / 53.0, 1e-12);
  // A pair with a state dropped for a missing tie: tau-b is NA (R's cor()), the rest stay.
  Ps13Values q = ps13_from_table(t, Weighting::kWithoutWeights, false);
  EXPECT_FALSE(q.taub.has_value());
  EXPECT_FALSE(q.sallyvwa.has_value());
  EXPECT_TRUE(q.kallyv.has_value());
}

TEST(Undefined, ConstantPortfoliosGiveNaNotNumbers) {
  std::vector<double> x(5, 3.0);
  EXPECT_FALSE(kendall_tau_b(x, x).has_value());
  EXPECT_FALSE(cohen_kappa(x, x).has_value());
  EXPECT_FALSE(scott_pi(x, x).has_value());
  TieTable t;
  for (int k = 0; k < 5; ++k) t.add(3, 3, 0.1);
  auto f = fpsim_from_table(t, Weighting::kWithWeights);
  EXPECT_FALSE(f.taub.has_value());
  EXPECT_FALSE(f.kappava.has_value());
  EXPECT_FALSE(f.kappaba.has_value());
  EXPECT_NEAR(f.srsvaa.value(), 1.0, 1e-15);
  EXPECT_FALSE(s_absolute({}, {}, 3).has_value());
}

// The fast table path must agree with the vector reference on random portfolios,
// including capability weights.
TEST(TieTable, AgreesWithVectorReferenceOnRandomPortfolios) {
  std::mt19937 rng(20240501);
  std::uniform_int_distribution<int> tie(0, 3), size(2, 60), sparse(0, 9);
  std::uniform_real_distribution<double> weight(0.0, 0.2);
  for (int trial = 0; trial < 300; ++trial) {
    int n = size(rng);
    std::vector<double> x(n), y(n), w(n), d3(n, 3.0), d1(n, 1.0);
    TieTable t;
    for (int k = 0; k < n; ++k) {
      x[k] = sparse(rng) < 6 ? 0 : tie(rng);
      y[k] = sparse(rng) < 6 ? 0 : tie(rng);
      w[k] = weight(rng);
      t.add(static_cast<int>(x[k]), static_cast<int>(y[k]), w[k]);
    }
    auto f = fpsim_from_table(t, Weighting::kWithWeights);
    auto bx = binary(x), by = binary(y);
    auto same = [&](std::optional<double> a, std::optional<double> b, const char* what) {
      ASSERT_EQ(a.has_value(), b.has_value()) << what << " trial " << trial;
      if (a) {
        EXPECT_NEAR(*a, *b, 1e-9) << what << " trial " << trial;
      }
    };
    same(f.taub, kendall_tau_b(x, y), "taub");
    same(f.srsvas, s_squared(x, y, 3), "srsvas");
    same(f.srsvaa, s_absolute(x, y, 3), "srsvaa");
    same(f.srswvaa, s_score(x, y, w, d3), "srswvaa");
    same(f.kappava, cohen_kappa(x, y), "kappava");
    same(f.piva, scott_pi(x, y), "piva");
    same(f.srsba, s_absolute(bx, by, 1), "srsba");
    same(f.srswba, s_score(bx, by, w, d1), "srswba");
    same(f.kappaba, cohen_kappa(bx, by), "kappaba");
    same(f.piba, scott_pi(bx, by), "piba");
  }
}

}  // namespace
}  // namespace casus::research

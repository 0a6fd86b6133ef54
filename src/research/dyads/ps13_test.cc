// peacesciencer 1.3 FPSIM columns against an independent, naive computation
// from the published definitions (fpsim's build scripts and its srs(), spi(),
// cohenk(); psych's cohen.kappa(); R's cor(method = "kendall")), on years with
// an asymmetric alliance (1832: France defends Belgium, not the reverse), the
// OBVARY approximation (1856: the Britain-France-Sweden guarantee), false
// dyads (1975: Suriname and the Republic of Vietnam; 1990: the two Germanys)
// and 1914. Nothing here uses the contingency-table code under test: states,
// days, ties and weights are re-derived from the loaded records, and every
// measure is a loop over the two portfolio vectors.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "casus/research/atop.h"
#include "casus/research/atop_directed.h"
#include "casus/research/capabilities.h"
#include "casus/research/cow_states.h"
#include "casus/research/dyad_years.h"
#include "casus/research/nmc.h"
#include "test_data.h"

namespace casus::research {
namespace {

using testing::data_path;

struct Data {
  std::vector<CowStateYear> years;
  std::vector<CowStateSpell> spells;
  std::vector<NmcStateYear> nmc;
  StateSystem system;
  AtopDirectedIndex atop;
  TieIndex ties;
  CapabilityIndex capabilities;
};

const Data* data() {
  static std::optional<Data> d = []() -> std::optional<Data> {
    auto m = load_atop_members(data_path("atop-5.1/atop5_1m.csv"));
    auto y = load_cow_system(data_path("cow-states-2016/system2016.csv"));
    auto s = load_cow_states(data_path("cow-states-2016/states2016.csv"));
    auto n = load_nmc(data_path("cow-nmc-6.0/NMC-60-abridged.csv"));
    if (!m || !y || !s || !n) return std::nullopt;
    Data out;
    out.years = y.value();
    out.spells = s.value();
    out.nmc = n.value();
    out.system = StateSystem::from_cow(out.years, out.spells);
    out.atop = AtopDirectedIndex::build(m.value());
    out.ties = TieIndex::from_atop(out.atop);
    out.capabilities = CapabilityIndex::build(out.nmc);
    return out;
  }();
  return d ? &*d : nullptr;
}

#define REQUIRE_DATA()                                                \
  CASUS_REQUIRE_DATA(data_path("atop-5.1/atop5_1m.csv"));             \
  CASUS_REQUIRE_DATA(data_path("cow-states-2016/system2016.csv"));    \
  CASUS_REQUIRE_DATA(data_path("cow-states-2016/states2016.csv"));    \
  CASUS_REQUIRE_DATA(data_path("cow-nmc-6.0/NMC-60-abridged.csv"));   \
  ASSERT_NE(data(), nullptr) << "datasets present but failed to load"

// ---- the reference: plain loops over vectors ----

using Vec = std::vector<double>;
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

double s_abs(const Vec& x, const Vec& y, double range) {  // fpsim::srs(distances = "absolute", range)
  double num = 0;
  for (std::size_t k = 0; k < x.size(); ++k) num += std::fabs(x[k] - y[k]);
  return 1 - 2 * num / (x.size() * range);
}
double s_sq(const Vec& x, const Vec& y, double range) {  // fpsim::srs(distances = "squared", range)
  double num = 0;
  for (std::size_t k = 0; k < x.size(); ++k) num += (x[k] - y[k]) * (x[k] - y[k]);
  return 1 - 2 * num / (x.size() * range * range);
}
double s_weighted(const Vec& x, const Vec& y, const Vec& w, double range) {  // srs(weights = cinc)
  double num = 0, den = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (std::isnan(w[k])) continue;  // complete.cases(x1, x2, weights)
    num += std::fabs(x[k] - y[k]) * w[k];
    den += w[k];
  }
  return den == 0 ? kNan : 1 - 2 * num / (den * range);
}
double scott_pi(const Vec& x, const Vec& y, const std::vector<int>& levels) {  // fpsim::spi
  const double n = static_cast<double>(x.size());
  double agree = 0;
  for (std::size_t k = 0; k < x.size(); ++k) agree += x[k] == y[k];
  double pe = 0;
  for (int l : levels) {
    double m = 0;
    for (std::size_t k = 0; k < x.size(); ++k) m += (x[k] == l) + (y[k] == l);
    pe += (m / (2 * n)) * (m / (2 * n));
  }
  return pe == 1 ? kNan : (agree / n - pe) / (1 - pe);
}
double kappa_levels(const Vec& x, const Vec& y, const std::vector<int>& levels) {  // fpsim::cohenk(w_exp = 2)
  const double n = static_cast<double>(x.size());
  const double rng = levels.back() - levels.front();
  double wo = 0, we = 0;
  for (int a : levels)
    for (int b : levels) {
      double o = 0, ra = 0, cb = 0;
      for (std::size_t k = 0; k < x.size(); ++k) {
        o += (x[k] == a && y[k] == b);
        ra += x[k] == a;
        cb += y[k] == b;
      }
      const double w = std::pow(std::fabs(a - b) / rng, 2);
      wo += w * o / n;
      we += w * (ra / n) * (cb / n);
    }
  return we == 0 ? kNan : 1 - wo / we;
}
double kappa_psych(const Vec& x, const Vec& y) {  // psych::cohen.kappa, weighted, default weights
  std::set<double> labels(x.begin(), x.end());
  labels.insert(y.begin(), y.end());
  const std::vector<double> lab(labels.begin(), labels.end());
  const std::size_t len = lab.size();
  if (len < 2) return kNan;
  const double n = static_cast<double>(x.size());
  double wpo = 0, wpc = 0;
  for (std::size_t i = 0; i < len; ++i)
    for (std::size_t j = 0; j < len; ++j) {
      double o = 0, r = 0, c = 0;
      for (std::size_t k = 0; k < x.size(); ++k) {
        o += (x[k] == lab[i] && y[k] == lab[j]);
        r += x[k] == lab[i];
        c += y[k] == lab[j];
      }
      const double d = static_cast<double>(i) - static_cast<double>(j);
      const double w = 1 - d * d / static_cast<double>((len - 1) * (len - 1));  // agreement weights
      wpo += w * o / n;
      wpc += w * (r / n) * (c / n);
    }
  return (wpo - wpc) / (1 - wpc);
}
double kendall(const Vec& x, const Vec& y) {  // cor(method = "kendall"): tau-b
  double c = 0, d = 0, tx = 0, ty = 0;
  for (std::size_t i = 0; i < x.size(); ++i)
    for (std::size_t j = i + 1; j < x.size(); ++j) {
      const double dx = x[i] - x[j], dy = y[i] - y[j];
      if (dx == 0 && dy == 0) continue;
      if (dx == 0) tx += 1;
      else if (dy == 0) ty += 1;
      else if ((dx > 0) == (dy > 0)) c += 1;
      else d += 1;
    }
  const double den = std::sqrt((c + d + tx) * (c + d + ty));
  return den == 0 ? kNan : (c - d) / den;
}

// fpsim's ordatop from the directed obligation record (case_when order kept).
int ordatop(ObligationBits b) {
  const bool def = b & bit(AtopObligation::kDefense), off = b & bit(AtopObligation::kOffense);
  const bool neu = b & bit(AtopObligation::kNeutral), con = b & bit(AtopObligation::kConsultation);
  const bool non = b & bit(AtopObligation::kNonaggression);
  if (def || off) return 3;
  if (neu || con) return 2;
  if (non) return 1;
  return 0;
}

struct Portfolios {
  std::vector<int> states;
  std::map<std::pair<int, int>, double> tie;  // absent = NA (a false dyad)
  std::map<int, double> cinc;                 // absent = NA
};

long day_number(const PartialDate& d) { return d.year * 10000L + *d.month * 100 + *d.day; }

// States of the year from system2016, days from states2016, ties from the directed ATOP record.
Portfolios portfolios(int year) {
  Portfolios p;
  for (const auto& y : data()->years)
    if (y.year == year) p.states.push_back(y.ccode);
  std::sort(p.states.begin(), p.states.end());
  auto shared_day = [&](int a, int b) {
    for (const auto& sa : data()->spells) {
      if (sa.ccode != a) continue;
      for (const auto& sb : data()->spells) {
        if (sb.ccode != b) continue;
        const long lo = std::max({day_number(sa.start), day_number(sb.start), year * 10000L + 101});
        const long hi = std::min({day_number(sa.end), day_number(sb.end), year * 10000L + 1231});
        if (lo <= hi) return true;
      }
    }
    return false;
  };
  std::map<std::pair<int, int>, ObligationBits> owes;
  for (const auto& d : data()->atop.year(year)) owes[{d.state_a, d.state_b}] |= d.bits;
  for (int a : p.states)
    for (int b : p.states) {
      if (a == b) p.tie[{a, b}] = 3;  // self-tie
      else if (shared_day(a, b)) p.tie[{a, b}] = owes.count({a, b}) ? ordatop(owes[{a, b}]) : 0;
    }
  for (const auto& r : data()->nmc)
    if (r.year == year && r.cinc) p.cinc[r.ccode] = *r.cinc;
  return p;
}

struct Expected {
  double v[kPs13ColumnCount + 1];
};

Expected reference(const Portfolios& p, int i, int j) {
  Vec x, y, w, bx, by;
  bool complete = true;
  for (int k : p.states) {
    auto xi = p.tie.find({i, k}), yj = p.tie.find({j, k});
    if (xi == p.tie.end() || yj == p.tie.end()) {  // complete.cases(x1, x2)
      complete = false;
      continue;
    }
    x.push_back(xi->second);
    y.push_back(yj->second);
    bx.push_back(xi->second >= 1);
    by.push_back(yj->second >= 1);
    w.push_back(p.cinc.count(k) ? p.cinc.at(k) : kNan);
  }
  return {{s_sq(x, y, 3), s_abs(x, y, 3), s_sq(bx, by, 1), s_abs(bx, by, 1), s_weighted(x, y, w, 3),
           s_weighted(bx, by, w, 1), scott_pi(x, y, {0, 1, 2, 3}), scott_pi(bx, by, {0, 1}),
           kappa_levels(x, y, {0, 1, 2, 3}), kappa_levels(bx, by, {0, 1}), complete ? kendall(x, y) : kNan,
           kappa_psych(x, y)}};
}

void expect_year_matches(int year, const std::set<int>& focus, int min_checked) {
  DyadOptions o;
  o.from_year = o.to_year = year;
  o.names = SimilarityNames::kAll;
  DyadInputs in{&data()->system, &data()->atop, &data()->ties, &data()->capabilities};
  const auto rows = compute_dyad_year(in, o, year);
  const auto p = portfolios(year);
  const auto names = similarity_column_names(SimilarityNames::kAll);
  int checked = 0;
  for (const auto& r : rows) {
    if (!focus.empty() && !focus.count(r.code1) && !focus.count(r.code2)) continue;
    const Expected e = reference(p, r.code1, r.code2);
    for (int c = 0; c <= kPs13ColumnCount; ++c) {
      if (std::isnan(e.v[c])) {
        EXPECT_TRUE(std::isnan(r.similarity[c])) << year << " " << r.code1 << "-" << r.code2 << " " << names[c];
      } else {
        EXPECT_NEAR(r.similarity[c], e.v[c], 1e-12) << year << " " << r.code1 << "-" << r.code2 << " " << names[c];
      }
    }
    ++checked;
  }
  EXPECT_GE(checked, min_checked) << year;
}

TEST(Ps13, AsymmetricAlliance1832) {
  REQUIRE_DATA();
  const auto p = portfolios(1832);
  ASSERT_EQ(p.tie.at({220, 211}), 3);  // France defends Belgium ...
  ASSERT_EQ(p.tie.at({211, 220}), 0);  // ... Belgium owes France nothing: the portfolios differ by direction
  expect_year_matches(1832, {}, 100);
}

TEST(Ps13, ObvaryApproximation1856) {
  REQUIRE_DATA();
  const auto p = portfolios(1856);
  EXPECT_EQ(p.tie.at({200, 380}), 3);  // Britain defends Sweden
  EXPECT_EQ(p.tie.at({380, 200}), 2);  // Sweden only consults
  expect_year_matches(1856, {}, 200);
}

TEST(Ps13, FalseDyads1975And1990) {
  REQUIRE_DATA();
  DyadOptions o;
  o.from_year = o.to_year = 1975;
  DyadInputs in{&data()->system, &data()->atop, &data()->ties, &data()->capabilities};
  for (const auto& r : compute_dyad_year(in, o, 1975)) {
    EXPECT_FALSE((r.code1 == 115 && r.code2 == 817) || (r.code1 == 817 && r.code2 == 115));
    // R's cor() is NA for a portfolio with a missing cell (Suriname-RVN), so is taub.
    if (r.code1 == 115 || r.code1 == 817) {
      EXPECT_TRUE(std::isnan(r.similarity[10]));
    }
  }
  for (const auto& r : compute_dyad_year(in, o, 1990))
    EXPECT_FALSE((r.code1 == 255 && r.code2 == 260) || (r.code1 == 260 && r.code2 == 255));
  expect_year_matches(1975, {2, 115, 817}, 300);
  expect_year_matches(1990, {2, 255, 260}, 300);
}

TEST(Ps13, Year1914AllPairs) {
  REQUIRE_DATA();
  expect_year_matches(1914, {}, 1000);
}

}  // namespace
}  // namespace casus::research

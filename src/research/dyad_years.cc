// One year of directed dyad-years: system membership x ATOP obligations x
// portfolio similarity. Per year, portfolios are an n x n matrix of small
// integers (ties 0..3, self-tie 3); each unordered pair costs one O(n) pass
// that fills a 4x4 contingency table (TieTable), from which every similarity
// column follows in O(1) (tau-b included). Similarity is symmetric, so it is
// computed once per unordered pair.
#include "casus/research/dyad_years.h"

#include <limits>

#include "casus/research/similarity.h"

namespace casus::research {

const std::array<const char*, kAtopColumnCount> kAtopColumnNames = {"atop_defense", "atop_offense", "atop_neutral",
                                                                    "atop_nonagg", "atop_consul"};
const std::array<const char*, kSimilarityColumnCount> kSimilarityColumnNames = {
    "taub", "srsvas", "srsvaa", "srswvaa", "kappava", "piva", "srsba", "srswba", "kappaba", "piba"};

namespace {

constexpr int kMaxCode = 1000;  // COW and G–W codes are below 1000
constexpr double kNa = std::numeric_limits<double>::quiet_NaN();

using SimilarityArray = std::array<double, kSimilarityColumnCount>;

SimilarityArray to_array(const FpsimValues& f) {
  auto g = [](const std::optional<double>& v) { return v ? *v : kNa; };
  return {g(f.taub), g(f.srsvas), g(f.srsvaa), g(f.srswvaa), g(f.kappava),
          g(f.piva), g(f.srsba),  g(f.srswba), g(f.kappaba), g(f.piba)};
}

}  // namespace

std::vector<DyadYearRow> compute_dyad_year(const DyadInputs& in, const DyadOptions& opt, int year) {
  std::vector<DyadYearRow> rows;
  const auto states = in.system->states(year);
  const std::size_t n = states.size();
  if (n < 2) return rows;

  // COW code of each state (for ATOP and NMC) and the reverse lookup.
  std::vector<int> cow(n);
  std::array<int, kMaxCode> index_of_cow;
  index_of_cow.fill(-1);
  for (std::size_t i = 0; i < n; ++i) {
    cow[i] = in.system->cow_code(states[i], year);
    if (cow[i] >= 0 && cow[i] < kMaxCode) index_of_cow[cow[i]] = static_cast<int>(i);
  }
  auto lookup = [&](int code) { return code >= 0 && code < kMaxCode ? index_of_cow[code] : -1; };

  // Directed ATOP obligation bits, n x n.
  const bool atop_known = opt.atop_columns && in.atop && year >= kAtopFirstYear && year <= kAtopLastYear;
  std::vector<ObligationBits> bits;
  if (atop_known) {
    bits.assign(n * n, 0);
    for (const auto& d : in.atop->year(year)) {
      int a = lookup(d.state_a), b = lookup(d.state_b);
      if (a >= 0 && b >= 0) bits[a * n + b] |= d.bits;
    }
  }

  // Similarity for every unordered pair, stored in both orders.
  const bool similarity_known = opt.similarity_columns && in.ties && in.ties->covers(year);
  std::vector<SimilarityArray> sim;
  if (similarity_known) {
    std::vector<std::uint8_t> tie(n * n, 0);
    for (std::size_t i = 0; i < n; ++i) tie[i * n + i] = 3;  // self-tie: maximal commitment (measures.md 3.1)
    for (const auto& t : in.ties->year(year)) {
      int a = lookup(t.a), b = lookup(t.b);
      if (a >= 0 && b >= 0 && a != b) tie[a * n + b] = static_cast<std::uint8_t>(t.value);
    }
    const bool weighted = in.capabilities && in.capabilities->covers(year);
    std::vector<double> w(n, 0.0);
    if (weighted) {
      for (std::size_t k = 0; k < n; ++k) w[k] = in.capabilities->cinc(cow[k], year).value_or(0.0);
    }
    const Weighting weighting = weighted ? Weighting::kWithWeights : Weighting::kWithoutWeights;
    sim.assign(n * n, SimilarityArray{});
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint8_t* x = &tie[i * n];
      for (std::size_t j = i + 1; j < n; ++j) {
        const std::uint8_t* y = &tie[j * n];
        TieTable table;
        for (std::size_t k = 0; k < n; ++k) table.add(x[k], y[k], w[k]);
        sim[i * n + j] = sim[j * n + i] = to_array(fpsim_from_table(table, weighting));
      }
    }
  }

  auto make_row = [&](std::size_t i, std::size_t j) {
    DyadYearRow r;
    r.code1 = states[i];
    r.code2 = states[j];
    r.year = year;
    for (int k = 0; k < kAtopColumnCount; ++k) {
      if (!atop_known) {
        r.atop[k] = -1;
        continue;
      }
      ObligationBits b = bits[i * n + j];
      if (opt.ndir == NonDirected::kMax) b |= bits[j * n + i];
      r.atop[k] = static_cast<std::int8_t>((b >> k) & 1u);
    }
    if (similarity_known) r.similarity = sim[i * n + j];
    else r.similarity.fill(kNa);
    return r;
  };

  rows.reserve(opt.ndir == NonDirected::kDirected ? n * (n - 1) : n * (n - 1) / 2);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      if (opt.ndir != NonDirected::kDirected && j < i) continue;
      rows.push_back(make_row(i, j));
    }
  }
  return rows;
}

}  // namespace casus::research

// One year of directed dyad-years: system membership x ATOP obligations x
// portfolio similarity. Per year, portfolios are an n x n matrix of small
// integers (ties 0..3, self-tie 3); each unordered pair gets a 4x4 contingency
// table (TieTable, filled by PortfolioMatrix: pair_tables.h), from which every
// similarity column follows in O(1) (tau-b included). Similarity is symmetric, so it is
// computed once per unordered pair.
#include "casus/research/dyad_years.h"

#include <algorithm>
#include <limits>

#include "casus/research/similarity.h"
#include "pair_tables.h"
#include "ps13_memo.h"

namespace casus::research {

const std::array<const char*, kAtopColumnCount> kAtopColumnNames = {"atop_defense", "atop_offense", "atop_neutral",
                                                                    "atop_nonagg", "atop_consul"};
const std::array<const char*, kSimilarityColumnCount> kSimilarityColumnNames = {
    "taub", "srsvas", "srsvaa", "srswvaa", "kappava", "piva", "srsba", "srswba", "kappaba", "piba"};
const std::array<const char*, kPs13ColumnCount> kPs13ColumnNames = {
    "sallyvus", "sallyvua", "sallybus", "sallybua", "sallyvwa", "sallybwa",
    "pallyv",   "pallyb",   "kallyv",   "kallyb",   "taub"};

std::vector<std::string> similarity_column_names(SimilarityNames names) {
  std::vector<std::string> out;
  if (names != SimilarityNames::kHaege) {
    out.insert(out.end(), kPs13ColumnNames.begin(), kPs13ColumnNames.end());
  }
  if (names == SimilarityNames::kAll) {
    out.push_back("kallyv_psych");
    // Häge's tau-b is computed on other ties than peacesciencer 1.3's: keep both, distinctly named.
    for (const char* n : kSimilarityColumnNames) out.push_back(std::string(n) == "taub" ? "taub_haege" : n);
  }
  if (names == SimilarityNames::kHaege) out.insert(out.end(), kSimilarityColumnNames.begin(), kSimilarityColumnNames.end());
  return out;
}

bool DyadOptions::keeps(int a, int b) const {
  if (states.empty() && dyads.empty()) return true;
  for (int s : states)
    if (s == a || s == b) return true;
  for (auto [x, y] : dyads)
    if ((x == a && y == b) || (x == b && y == a)) return true;
  return false;
}

namespace {

// Whether the pair (i, j) of the year's states gives a row: the one rule for
// compute_dyad_year and dyad_year_row_count.
bool row_kept(const StateSystem& system, const DyadOptions& opt, int year, bool false_dyads,
              std::span<const int> states, std::size_t i, std::size_t j) {
  if (i == j) return false;
  if (opt.ndir != NonDirected::kDirected && j < i) return false;
  if (!opt.keep_false_dyads && false_dyads && !system.coexist(year, i, j)) return false;
  return opt.keeps(states[i], states[j]);
}

constexpr int kMaxCode = 1000;  // COW and G–W codes are below 1000
constexpr double kNa = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint8_t kMissingTie = kMissingTieValue;  // a false dyad: no tie, dropped from the pair's complete cases

double g(const std::optional<double>& v) { return v ? *v : kNa; }

void put_haege(const FpsimValues& f, double* out) {
  const double v[kSimilarityColumnCount] = {g(f.taub), g(f.srsvas), g(f.srsvaa), g(f.srswvaa), g(f.kappava),
                                            g(f.piva), g(f.srsba),  g(f.srswba), g(f.kappaba), g(f.piba)};
  std::copy(std::begin(v), std::end(v), out);
}

void put_ps13(const Ps13Values& p, double* out, bool with_psych) {
  const double v[kPs13ColumnCount] = {g(p.sallyvus), g(p.sallyvua), g(p.sallybus), g(p.sallybua),
                                      g(p.sallyvwa), g(p.sallybwa), g(p.pallyv),   g(p.pallyb),
                                      g(p.kallyv),   g(p.kallyb),   g(p.taub)};
  std::copy(std::begin(v), std::end(v), out);
  if (with_psych) out[kPs13ColumnCount] = g(p.kallyv_psych);
}

}  // namespace

std::vector<DyadYearRow> compute_dyad_year(const DyadInputs& in, const DyadOptions& opt, int year) {
  std::vector<DyadYearRow> rows;
  const auto states = in.system->states(year);
  const std::size_t n = states.size();
  if (n < 2) return rows;
  const bool false_dyads = in.system->has_false_dyads(year);
  auto coexist = [&](std::size_t i, std::size_t j) { return !false_dyads || in.system->coexist(year, i, j); };

  // COW code of each state (for ATOP and NMC) and the reverse lookup.
  std::vector<int> cow(n);
  std::array<int, kMaxCode> index_of_cow;
  index_of_cow.fill(-1);
  for (std::size_t i = 0; i < n; ++i) {
    cow[i] = in.system->cow_code(states[i], year);
    if (cow[i] >= 0 && cow[i] < kMaxCode) index_of_cow[cow[i]] = static_cast<int>(i);
  }
  auto lookup = [&](int code) { return code >= 0 && code < kMaxCode ? index_of_cow[code] : -1; };

  const bool want_ps13 = opt.names != SimilarityNames::kHaege;
  const bool want_haege = opt.names != SimilarityNames::kPs13;
  const int haege_offset = opt.names == SimilarityNames::kAll ? kPs13ColumnCount + 1 : 0;

  // Directed ATOP obligation bits, n x n (for the ATOP columns and peacesciencer 1.3's ties).
  const bool atop_year = in.atop && year >= kAtopFirstYear && year <= kAtopLastYear;
  const bool atop_known = opt.atop_columns && atop_year;
  std::vector<ObligationBits> bits;
  if (atop_year && (opt.atop_columns || (opt.similarity_columns && want_ps13))) {
    bits.assign(n * n, 0);
    for (const auto& d : in.atop->year(year)) {
      int a = lookup(d.state_a), b = lookup(d.state_b);
      if (a >= 0 && b >= 0) bits[a * n + b] |= d.bits;
    }
  }

  // Similarity for every unordered pair (i < j), the columns in use only:
  // `width` values from sim[(i * n + j) * width].
  // peacesciencer 1.3's ties are the directed ATOP bits above; Häge's are `in.ties`
  // (non-directed), which a ps13-only caller need not build. Each set is known
  // from its own input (with kAll, one may be NA while the other is not).
  const bool ps13_known = opt.similarity_columns && want_ps13 && atop_year;
  const bool haege_known = opt.similarity_columns && want_haege && in.ties && in.ties->covers(year);
  const bool similarity_known = ps13_known || haege_known;
  const std::size_t width = similarity_column_names(opt.names).size();
  std::vector<double> sim;
  auto sim_of = [&](std::size_t i, std::size_t j) { return sim.data() + (std::min(i, j) * n + std::max(i, j)) * width; };
  if (similarity_known) {
    const bool weighted = in.capabilities && in.capabilities->covers(year);
    std::vector<double> w(n, 0.0);
    if (weighted) {
      for (std::size_t k = 0; k < n; ++k) w[k] = in.capabilities->cinc(cow[k], year).value_or(0.0);
    }
    const Weighting weighting = weighted ? Weighting::kWithWeights : Weighting::kWithoutWeights;
    sim.assign(n * n * width, kNa);

    std::vector<std::size_t> partners;  // the j > i of kept pairs
    std::vector<PortfolioMatrix::PairTable> tables;
    auto kept_partners = [&](std::size_t i) {
      partners.clear();
      for (std::size_t j = i + 1; j < n; ++j)
        if (opt.keeps(states[i], states[j])) partners.push_back(j);  // no row asks for other pairs
    };
    if (haege_known) {
      // Häge's FPSIM v2: non-directed ties (the stronger direction), every state of the year.
      std::vector<std::uint8_t> tie(n * n, 0);
      for (std::size_t i = 0; i < n; ++i) tie[i * n + i] = 3;  // self-tie: maximal commitment (peacesciencer's tau-b script; fpsim srs() docs)
      for (const auto& t : in.ties->year(year)) {
        int a = lookup(t.a), b = lookup(t.b);
        if (a >= 0 && b >= 0 && a != b) tie[a * n + b] = static_cast<std::uint8_t>(t.value);
      }
      const PortfolioMatrix portfolios(tie, w, n);
      for (std::size_t i = 0; i < n; ++i) {
        kept_partners(i);
        portfolios.tables(i, partners, tables);
        for (std::size_t p = 0; p < partners.size(); ++p) {
          const std::size_t j = partners[p];
          put_haege(fpsim_from_table(tables[p].table, weighting), sim_of(i, j) + haege_offset);
        }
      }
    }
    if (ps13_known) {
      // peacesciencer 1.3 (fpsim's build): x_k = i's own (directed) ATOP obligation toward k
      // on the 0..3 scale, self-tie 3; a false dyad's cell is missing and drops that state
      // from the pair's complete cases.
      std::vector<std::uint8_t> tie(n * n, 0);
      for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < n; ++k) {
          if (i == k) tie[i * n + k] = 3;
          else if (!coexist(i, k)) tie[i * n + k] = kMissingTie;
          else tie[i * n + k] = static_cast<std::uint8_t>(atop_tie_value(bits[i * n + k]));  // filled: ps13_known implies atop_year
        }
      }
      const PortfolioMatrix portfolios(tie, w, n);
      internal::Ps13Memo memo;  // pairs share tables of counts: ps13_memo.h
      for (std::size_t i = 0; i < n; ++i) {
        kept_partners(i);
        portfolios.tables(i, partners, tables);
        for (std::size_t p = 0; p < partners.size(); ++p) {
          const std::size_t j = partners[p];
          put_ps13(memo.values(tables[p].table, weighting, tables[p].complete), sim_of(i, j),
                   opt.names == SimilarityNames::kAll);
        }
      }
    }
  }

  // Fills a row already in place in `rows` (built there, not copied in: a row is
  // some 320 bytes, and the copy was a quarter of this function's own time in a
  // profile).
  auto fill_row = [&](DyadYearRow& r, std::size_t i, std::size_t j) {
    r.code1 = states[i];
    r.code2 = states[j];
    r.year = year;
    r.microstate1 = in.system->microstate(states[i]);
    r.microstate2 = in.system->microstate(states[j]);
    for (int k = 0; k < kAtopColumnCount; ++k) {
      if (!atop_known) {
        r.atop[k] = -1;
        continue;
      }
      ObligationBits b = bits[i * n + j];
      if (opt.ndir == NonDirected::kMax) b |= bits[j * n + i];
      r.atop[k] = static_cast<std::int8_t>((b >> k) & 1u);
    }
    r.similarity.fill(kNa);
    if (similarity_known) std::copy_n(sim_of(i, j), width, r.similarity.begin());
    if (in.majors && in.majors->covers(year)) {
      r.cowmaj1 = in.majors->major(cow[i], year);
      r.cowmaj2 = in.majors->major(cow[j], year);
    }
    if (in.nmc) {
      const auto a = in.nmc->values(cow[i], year), b = in.nmc->values(cow[j], year);
      std::copy(a.begin(), a.end(), r.nmc.begin());
      std::copy(b.begin(), b.end(), r.nmc.begin() + kNmcColumnCount);
    }
    auto conflict = [&](const ConflictIndex* ix, std::int8_t& onset, std::int8_t& ongoing) {
      if (!ix || !ix->covers(year)) return;
      ConflictFlags f = ix->at(year, cow[i], cow[j]);
      onset = f.onset;
      ongoing = f.ongoing;
    };
    conflict(in.mids, r.midonset, r.midongoing);
    conflict(in.wars, r.waronset, r.warongoing);
  };

  rows.reserve(opt.ndir == NonDirected::kDirected ? n * (n - 1) : n * (n - 1) / 2);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (row_kept(*in.system, opt, year, false_dyads, states, i, j)) fill_row(rows.emplace_back(), i, j);
  return rows;
}

std::size_t dyad_year_row_count(const StateSystem& system, const DyadOptions& opt, int year) {
  const auto states = system.states(year);
  const std::size_t n = states.size();
  if (n < 2) return 0;
  const bool false_dyads = system.has_false_dyads(year);
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) count += row_kept(system, opt, year, false_dyads, states, i, j);
  return count;
}

}  // namespace casus::research

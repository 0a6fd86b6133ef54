// Google Benchmark: the dyad-year table on the shared data.
//   BM_ComputeAllYears  — similarity + ATOP for 1816-2016, no output
//   BM_EncodeCsvAllYears — the same plus CSV encoding in memory (no I/O)
//   BM_TauBPairLoopYear / BM_TauBTableYear — tau-b for every dyad of one year,
//     O(n^2) pair loop per dyad vs the 4x4 contingency table (the design choice)
//   BM_TablesPlainPassYear / BM_TablesPortfolioMatrixYear — the 4x4 tables of
//     every pair of one year: one add per state and pair vs the sparse cells +
//     the (0, 0) weights over the transposed ties of pair_tables.h (same
//     doubles, tested there); the PortfolioMatrix (and its transpose) is built
//     inside the timed loop
//   BM_SqliteDyadTable / BM_SqliteFloor — the full table written by the SQLite
//     sink (computing included, as `casus dyads --sqlite`), and SQLite's own
//     cost for a table of that shape: as many rows of synthetic values, same
//     columns, same pragmas, the same 8-row prepared insert, the same index.
//     Their ratio says how much of the SQLite output's time is casus's.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <random>

#include "casus/research/atop.h"
#include "casus/research/cow_states.h"
#include "casus/research/dyad_runner.h"
#include "casus/research/dyad_sink.h"
#include "casus/research/dyad_years.h"
#include "casus/research/nmc.h"
#include "casus/research/similarity.h"
#include "../dyads/pair_tables.h"

namespace casus::research {
namespace {

struct World {
  StateSystem system;
  AtopDirectedIndex atop;
  TieIndex ties;
  CapabilityIndex capabilities;
};

const World& world() {
  static World w = [] {
    const std::string d = CASUS_DATA_DIR;
    World out;
    auto members = load_atop_members(d + "/atop-5.1/atop5_1m.csv");
    auto sys = load_cow_system(d + "/cow-states-2016/system2016.csv");
    auto spells = load_cow_states(d + "/cow-states-2016/states2016.csv");
    auto nmc = load_nmc(d + "/cow-nmc-6.0/NMC-60-abridged.csv");
    if (!members || !sys || !nmc || !spells) {
      std::fprintf(stderr, "research data not found under %s\n", d.c_str());
      std::exit(1);
    }
    out.system = StateSystem::from_cow(sys.value(), spells.value());
    out.atop = AtopDirectedIndex::build(members.value());
    out.ties = TieIndex::from_atop(out.atop);
    out.capabilities = CapabilityIndex::build(nmc.value());
    return out;
  }();
  return w;
}

DyadInputs inputs() { return {&world().system, &world().atop, &world().ties, &world().capabilities}; }

void BM_ComputeAllYears(benchmark::State& state) {
  DyadOptions o;
  o.from_year = world().system.first_year();
  o.to_year = world().system.last_year();
  long long rows = 0;
  for (auto _ : state) {
    rows = 0;
    for (int y = o.from_year; y <= o.to_year; ++y) rows += compute_dyad_year(inputs(), o, y).size();
    benchmark::DoNotOptimize(rows);
  }
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_ComputeAllYears)->Unit(benchmark::kMillisecond);

void BM_EncodeCsvAllYears(benchmark::State& state) {
  DyadOptions o;
  o.from_year = world().system.first_year();
  o.to_year = world().system.last_year();
  auto sink = make_csv_sink(stdout, "bench", DyadLayout{}, CsvFormat{});
  std::size_t bytes = 0;
  for (auto _ : state) {
    bytes = 0;
    for (int y = o.from_year; y <= o.to_year; ++y) bytes += sink->encode(compute_dyad_year(inputs(), o, y)).size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_EncodeCsvAllYears)->Unit(benchmark::kMillisecond);

// Portfolios of one year as double vectors.
std::vector<std::vector<double>> portfolios(int year) {
  auto states = world().system.states(year);
  std::map<std::pair<int, int>, int> tie;
  for (const auto& t : world().ties.year(year)) tie[{t.a, t.b}] = t.value;
  std::vector<std::vector<double>> p;
  for (int i : states) {
    std::vector<double> v;
    for (int k : states) v.push_back(i == k ? 3 : (tie.count({i, k}) ? tie[{i, k}] : 0));
    p.push_back(v);
  }
  return p;
}

void BM_TauBPairLoopYear(benchmark::State& state) {
  auto p = portfolios(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    double s = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
      for (std::size_t j = i + 1; j < p.size(); ++j) s += kendall_tau_b(p[i], p[j]).value_or(0);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_TauBPairLoopYear)->Arg(1914)->Arg(2016)->Unit(benchmark::kMillisecond);

void BM_TauBTableYear(benchmark::State& state) {
  auto p = portfolios(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    double s = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
      for (std::size_t j = i + 1; j < p.size(); ++j) {
        TieTable t;
        for (std::size_t k = 0; k < p.size(); ++k) t.add(static_cast<int>(p[i][k]), static_cast<int>(p[j][k]));
        s += tau_b_from_table(t).value_or(0);
      }
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_TauBTableYear)->Arg(1914)->Arg(2016)->Unit(benchmark::kMillisecond);

// One year's peacesciencer 1.3 portfolio matrix (directed ATOP ties 0..3, self-tie 3) and CINC weights.
struct YearMatrix {
  std::size_t n = 0;
  std::vector<std::uint8_t> tie;
  std::vector<double> w;
};
YearMatrix year_matrix(int year) {
  YearMatrix m;
  const auto states = world().system.states(year);
  m.n = states.size();
  std::map<int, std::size_t> index;
  for (std::size_t i = 0; i < m.n; ++i) index[states[i]] = i;
  m.tie.assign(m.n * m.n, 0);
  for (std::size_t i = 0; i < m.n; ++i) m.tie[i * m.n + i] = 3;
  for (const auto& d : world().atop.year(year)) {
    auto a = index.find(d.state_a), b = index.find(d.state_b);
    if (a != index.end() && b != index.end() && a->second != b->second)
      m.tie[a->second * m.n + b->second] = static_cast<std::uint8_t>(atop_tie_value(d.bits));
  }
  for (int s : states) m.w.push_back(world().capabilities.cinc(s, year).value_or(0.0));
  return m;
}

void BM_TablesPlainPassYear(benchmark::State& state) {
  const auto m = year_matrix(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    double s = 0;
    for (std::size_t i = 0; i < m.n; ++i)
      for (std::size_t j = i + 1; j < m.n; ++j) {
        TieTable t;
        for (std::size_t k = 0; k < m.n; ++k) t.add(m.tie[i * m.n + k], m.tie[j * m.n + k], m.w[k]);
        s += t.weight[0][0];
      }
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_TablesPlainPassYear)->Arg(1914)->Arg(2016)->Unit(benchmark::kMillisecond);

void BM_TablesPortfolioMatrixYear(benchmark::State& state) {
  const auto m = year_matrix(static_cast<int>(state.range(0)));
  std::vector<PortfolioMatrix::PairTable> tables;
  std::vector<std::size_t> partners;
  for (auto _ : state) {
    const PortfolioMatrix pm(m.tie, m.w, m.n);
    double s = 0;
    for (std::size_t i = 0; i < m.n; ++i) {
      partners.clear();
      for (std::size_t j = i + 1; j < m.n; ++j) partners.push_back(j);
      pm.tables(i, partners, tables);
      for (const auto& t : tables) s += t.table.weight[0][0];
    }
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_TablesPortfolioMatrixYear)->Arg(1914)->Arg(2016)->Unit(benchmark::kMillisecond);

std::string scratch_db(const char* name) {
  return (std::filesystem::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()) + ".sqlite"))
      .string();
}

void BM_SqliteDyadTable(benchmark::State& state) {
  DyadOptions o;
  o.from_year = world().system.first_year();
  o.to_year = world().system.last_year();
  const std::string path = scratch_db("casus-bench-sink");
  long long rows = 0;
  for (auto _ : state) {
    std::filesystem::remove(path);
    auto sink = make_sqlite_sink(path, "dy", DyadLayout{});
    RunOptions run;
    run.threads = 2;
    auto summary = run_dyad_years(inputs(), o, *sink, run);
    if (!summary) {
      state.SkipWithError(summary.error().message().c_str());
      break;
    }
    rows = summary.value().rows;
  }
  std::filesystem::remove(path);
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_SqliteDyadTable)->Unit(benchmark::kMillisecond)->UseRealTime();

// The default table's shape (dyad_sink.h): ccode1, ccode2, year, five ATOP
// flags (INTEGER), eleven similarity values (REAL); keys in the sink's order
// (year, then ccode1, ccode2).
void BM_SqliteFloor(benchmark::State& state) {
  constexpr long long kRows = 1912288;  // the full COW table 1816-2016 (1,912,290 rows), to a multiple of 8
  const std::string path = scratch_db("casus-bench-floor");
  std::mt19937_64 rng(1);
  std::uniform_real_distribution<double> u(-1, 1);
  std::vector<double> reals(4096);
  for (auto& r : reals) r = u(rng);
  auto exec = [](sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
  for (auto _ : state) {
    std::filesystem::remove(path);
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    bool ok = exec(db, "PRAGMA page_size=65536") && exec(db, "PRAGMA journal_mode=OFF") &&
              exec(db, "PRAGMA synchronous=OFF") && exec(db, "PRAGMA locking_mode=EXCLUSIVE") &&
              exec(db, "PRAGMA cache_size=-262144") && exec(db, "PRAGMA temp_store=MEMORY") && exec(db, "BEGIN");
    constexpr int kColumns = 19, kBatch = 8;  // kBatch as SqliteBulkTable's; kRows is a multiple of it
    static_assert(kRows % kBatch == 0);
    std::string create = "CREATE TABLE dy (ccode1 INTEGER, ccode2 INTEGER, year INTEGER";
    for (int c = 0; c < 5; ++c) create += ", a" + std::to_string(c) + " INTEGER";
    for (int c = 0; c < 11; ++c) create += ", s" + std::to_string(c) + " REAL";
    std::string insert = "INSERT INTO dy VALUES ";
    for (int r = 0; r < kBatch; ++r) {
      insert += r ? ",(" : "(";
      for (int c = 0; c < kColumns; ++c) insert += c ? ",?" : "?";
      insert += ")";
    }
    ok = ok && exec(db, (create + ")").c_str());
    sqlite3_stmt* st = nullptr;
    ok = ok && sqlite3_prepare_v2(db, insert.c_str(), -1, &st, nullptr) == SQLITE_OK;
    long long n = 0;
    std::size_t next_real = 0;
    for (int year = 1816; ok && n < kRows; ++year)
      for (int a = 2; ok && a < 2 + 98 && n < kRows; ++a)
        for (int b = 2; ok && b < 2 + 98 && n < kRows; ++b) {
          if (a == b) continue;
          const int p = static_cast<int>(n % kBatch) * kColumns;
          sqlite3_bind_int(st, p + 1, a * 10);
          sqlite3_bind_int(st, p + 2, b * 10);
          sqlite3_bind_int(st, p + 3, year);
          for (int c = 0; c < 5; ++c) sqlite3_bind_int(st, p + 4 + c, (a + b + c) % 7 == 0);
          for (int c = 0; c < 11; ++c) sqlite3_bind_double(st, p + 9 + c, reals[next_real++ & 4095]);
          if (++n % kBatch == 0) {
            ok = sqlite3_step(st) == SQLITE_DONE;
            sqlite3_reset(st);
          }
        }
    sqlite3_finalize(st);
    ok = ok && exec(db, "CREATE INDEX dy_key ON dy (ccode1, ccode2, year)") && exec(db, "COMMIT");
    sqlite3_close(db);
    if (!ok) {
      state.SkipWithError("SQLite failed");
      break;
    }
    state.counters["rows"] = static_cast<double>(n);
  }
  std::filesystem::remove(path);
}
BENCHMARK(BM_SqliteFloor)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace casus::research

BENCHMARK_MAIN();

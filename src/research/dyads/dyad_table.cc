#include "casus/research/dyad_table.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <future>
#include <thread>

#include <fmt/format.h>

#include "casus/research/atop.h"
#include "casus/research/capabilities.h"
#include "casus/research/cow_states.h"
#include "casus/research/data_dir.h"
#include "casus/research/dyad_runner.h"
#include "casus/research/dyad_sink.h"
#include "casus/research/gw_states.h"
#include "casus/research/nmc.h"

namespace casus::research {
namespace {

// A sink that writes each year's rows straight into their place in the typed
// columns, on the worker thread that computed them. The columns are sized
// before the run from each year's exact row count (dyad_year_row_count), so a
// year's place is known before its rows exist, and the thread that keeps years
// in order has nothing left to copy. (Copying every year's block into the
// columns there was the serial part of `casus.dyads()`.)
class ColumnSink final : public DyadSink {
 public:
  struct YearSlot {
    std::size_t offset = 0, rows = 0;
  };
  // `first_year` and `slots`: where each year's rows go (slot y - first_year);
  // the columns of `t` are already sized for all of them (sized_columns below).
  ColumnSink(DyadTable& t, DyadLayout layout, int first_year, std::vector<YearSlot> slots)
      : t_(t), layout_(layout), first_year_(first_year), slots_(std::move(slots)) {}
  Status begin() override { return {}; }

  // Returns "" when the rows went into their place, else a description of the
  // mismatch, which consume() turns into an error.
  std::string encode(const std::vector<DyadYearRow>& rows) const override {
    if (rows.empty()) return {};
    const int year = rows.front().year;
    const std::size_t y = static_cast<std::size_t>(year - first_year_);
    if (year < first_year_ || y >= slots_.size() || slots_[y].rows != rows.size())
      return fmt::format("year {}: {} rows computed, {} expected", year, rows.size(),
                         y < slots_.size() ? slots_[y].rows : 0);
    std::vector<char*> at;  // where the next value of each column goes
    for (auto& c : t_.columns)
      at.push_back(c.integer ? reinterpret_cast<char*>(c.ints.data() + slots_[y].offset)
                             : reinterpret_cast<char*>(c.reals.data() + slots_[y].offset));
    const int sim = layout_.similarity_count();
    for (const auto& r : rows) {
      std::size_t k = 0;
      auto put = [&](auto v) {
        std::memcpy(at[k], &v, sizeof v);
        at[k++] += sizeof v;
      };
      auto i = [&](int v) { put(static_cast<std::int32_t>(v)); };
      auto f = [&](std::int8_t v) { put(static_cast<std::int32_t>(v < 0 ? kIntNa : v)); };
      auto d = [&](double v) { put(v); };
      i(r.code1);
      i(r.code2);
      i(r.year);
      if (layout_.microstates) {
        i(r.microstate1);
        i(r.microstate2);
      }
      if (layout_.atop)
        for (auto a : r.atop) f(a);
      for (int c = 0; c < sim; ++c) d(r.similarity[c]);
      if (layout_.majors) {
        f(r.cowmaj1);
        f(r.cowmaj2);
      }
      if (layout_.nmc)
        for (double v : r.nmc) d(v);
      if (layout_.mids) {
        f(r.midonset);
        f(r.midongoing);
      }
      if (layout_.wars) {
        f(r.waronset);
        f(r.warongoing);
      }
    }
    return {};
  }

  Status consume(const std::vector<DyadYearRow>&, std::string mismatch) override {
    if (!mismatch.empty()) return Error{ErrorKind::kInvalidArgument, "dyads", "internal error: " + mismatch};
    return {};
  }
  Status finish() override { return {}; }

 private:
  DyadTable& t_;
  DyadLayout layout_;
  int first_year_;
  std::vector<YearSlot> slots_;
};

bool is_similarity(const DyadLayout& layout, const std::string& name) {
  for (const auto& s : similarity_column_names(layout.names))
    if (s == name) return layout.similarity;
  return false;
}

bool is_nmc(const std::string& name) {
  for (const char* p : {"milex", "milper", "irst", "pec", "tpop", "upop", "cinc"})
    if (name.rfind(p, 0) == 0) return true;
  return false;
}

// The table's columns, each sized for `rows` (zero-filled: this is where their
// memory is first touched). Unless the caller asked for one thread, half the
// columns are filled on a thread of their own: first-touching the full table's
// 200-odd MB took longer than reading the datasets (about 150 against 60 ms),
// and filling on two threads brought the call's median from 0.399 to 0.374 s
// (20 runs each, alternated).
DyadTable sized_columns(const DyadLayout& layout, std::size_t rows, bool two_threads) {
  DyadTable t;
  for (const auto& name : layout.column_names()) {
    DyadColumn c;
    c.name = name;
    c.integer = !(is_similarity(layout, name) || is_nmc(name));
    t.columns.push_back(std::move(c));
  }
  auto fill = [&t, rows](std::size_t first) {  // columns first, first + 2, ...
    for (std::size_t k = first; k < t.columns.size(); k += 2) {
      auto& c = t.columns[k];
      if (c.integer) c.ints.resize(rows);
      else c.reals.resize(rows);
    }
  };
  if (two_threads) {
    auto odd = std::async(std::launch::async, fill, 1);
    fill(0);
    odd.get();  // (if fill(0) throws, odd's destructor still waits for its thread)
  } else {
    fill(0);
    fill(1);
  }
  t.rows = rows;
  return t;
}

bool wants(const std::vector<std::string>& add, const char* what) {
  return std::find(add.begin(), add.end(), what) != add.end() || std::find(add.begin(), add.end(), "all") != add.end();
}

}  // namespace

Result<DyadTable> dyad_table(const DyadTableRequest& q) {
  if (q.system != "cow" && q.system != "gw") return invalid_argument("system", "expected \"cow\" or \"gw\"");
  for (const auto& a : q.add) {
    if (a != "majors" && a != "nmc" && a != "mids" && a != "wars" && a != "all")
      return invalid_argument("add", fmt::format("\"{}\": expected majors, nmc, mids, wars or all", a));
  }
  auto dir = resolve_data_dir(q.data_dir);
  if (!dir) return dir.error();
  const DatasetPaths paths = DatasetPaths::in(dir.value());

  StateSystem system;
  bool microstates = false;
  if (q.system == "gw") {
    auto spells = load_gw_states(paths.gw_states);
    if (!spells) return spells.error();
    if (std::filesystem::exists(paths.gw_microstates)) {
      auto micro = load_gw_microstates(paths.gw_microstates);
      if (!micro) return micro.error();
      spells.value().insert(spells.value().end(), micro.value().begin(), micro.value().end());
      microstates = true;
    }
    system = StateSystem::from_gw(spells.value());
  } else {
    auto years = load_cow_system(paths.cow_system);
    if (!years) return years.error();
    auto spells = load_cow_states(paths.cow_states);
    if (!spells) return spells.error();
    system = StateSystem::from_cow(years.value(), spells.value());
  }
  if (q.mry) {
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    system = system.extended_to(std::max(system.last_year(), static_cast<int>(today.year()) - 1));
  }

  DyadOptions opt;
  opt.atop_columns = q.atop;
  opt.similarity_columns = q.similarity;
  opt.names = q.names;
  opt.ndir = q.ndir;
  opt.states = q.states;
  opt.dyads = q.dyads;
  opt.from_year = system.first_year();
  opt.to_year = system.last_year();
  if (!q.years.empty()) {
    opt.years = q.years;
    std::sort(opt.years.begin(), opt.years.end());
    opt.years.erase(std::unique(opt.years.begin(), opt.years.end()), opt.years.end());
    for (int y : opt.years) {
      if (y < system.first_year() || y > system.last_year()) {
        return invalid_argument("years", fmt::format("{} is outside the {} system's years {}..{}{}", y, q.system,
                                                     system.first_year(), system.last_year(),
                                                     q.mry ? "" : " (mry = True carries the last states on)"));
      }
    }
    opt.from_year = opt.years.front();
    opt.to_year = opt.years.back();
  }

  DyadLayout layout{system.kind(), opt.atop_columns, opt.similarity_columns, opt.names, microstates};
  layout.majors = wants(q.add, "majors");
  layout.nmc = wants(q.add, "nmc");
  layout.mids = wants(q.add, "mids");
  layout.wars = wants(q.add, "wars");
  // Each year's place in the columns, from its exact row count; the columns are
  // sized (their 200-odd MB first touched) on threads of their own while the
  // datasets are read here.
  std::vector<int> years = opt.years;
  if (years.empty())
    for (int y = opt.from_year; y <= opt.to_year; ++y) years.push_back(y);
  std::vector<ColumnSink::YearSlot> slots(years.empty() ? 0 : static_cast<std::size_t>(years.back() - years.front() + 1));
  std::size_t total_rows = 0;
  for (int y : years) {
    auto& slot = slots[static_cast<std::size_t>(y - years.front())];
    slot.offset = total_rows;
    slot.rows = dyad_year_row_count(system, opt, y);
    total_rows += slot.rows;
  }
  auto sizing = std::async(std::launch::async,
                           [&layout, total_rows, &q] { return sized_columns(layout, total_rows, q.threads != 1); });

  AtopDirectedIndex atop;
  TieIndex ties;
  CapabilityIndex capabilities;
  const bool need_atop = opt.atop_columns || opt.similarity_columns;
  const bool need_nmc = opt.similarity_columns || wants(q.add, "nmc");
  // NMC is read on a second thread while ATOP is read and indexed here: the
  // two are independent, and reading them is most of a short run's time.
  std::future<Result<std::vector<NmcStateYear>>> nmc_read;
  if (need_nmc) nmc_read = std::async(std::launch::async, [&paths] { return load_nmc(paths.nmc); });
  Status atop_read;
  if (need_atop) {
    auto m = load_atop_members(paths.atop_members);
    if (m) {
      atop = AtopDirectedIndex::build(m.value());
      // Häge's columns only: peacesciencer 1.3's come from `atop` itself, and
      // indexing the non-directed ties was a fifth of a one-year call's time.
      if (opt.similarity_columns && opt.names != SimilarityNames::kPs13) ties = TieIndex::from_atop(atop);
    } else {
      atop_read = m.error();
    }
  }
  std::optional<std::vector<NmcStateYear>> nmc_rows;
  if (need_nmc) {
    auto n = nmc_read.get();  // joined before any return, so the thread never outlives `paths`
    if (atop_read && !n) return n.error();
    if (n) nmc_rows = std::move(n).value();
  }
  if (!atop_read) return atop_read.error();  // ATOP's error first, as when the two were read in turn
  NmcIndex nmc_index;
  if (opt.similarity_columns) capabilities = CapabilityIndex::build(*nmc_rows);
  MajorPowers majors;
  ConflictIndex mids, wars;
  DyadInputs in{&system, need_atop ? &atop : nullptr, opt.similarity_columns ? &ties : nullptr,
                opt.similarity_columns ? &capabilities : nullptr};
  if (layout.majors) {
    auto m = load_cow_majors(paths.cow_majors);
    if (!m) return m.error();
    majors = MajorPowers::build(m.value());
    in.majors = &majors;
  }
  if (layout.nmc) {
    nmc_index = NmcIndex::build(*nmc_rows);
    in.nmc = &nmc_index;
  }
  if (layout.mids) {
    auto m = load_cow_mid_participants(paths.cow_mids);
    if (!m) return m.error();
    mids = ConflictIndex::from_mids(m.value());
    in.mids = &mids;
  }
  if (layout.wars) {
    auto w = load_cow_interstate_wars(paths.cow_wars);
    if (!w) return w.error();
    wars = ConflictIndex::from_wars(w.value());
    in.wars = &wars;
  }
  DyadTable table = sizing.get();
  ColumnSink sink(table, layout, years.empty() ? 0 : years.front(), std::move(slots));
  RunOptions run;
  run.threads = q.threads ? q.threads : std::max(1u, std::thread::hardware_concurrency());
  auto summary = run_dyad_years(in, opt, sink, run);
  if (!summary) return summary.error();
  return table;
}

}  // namespace casus::research

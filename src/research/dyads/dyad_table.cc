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

// A sink that appends each year's rows to typed columns. The transposition (rows -> columns) is done
// in encode(), on the worker threads, into a block per year: for each column in order, its values for
// the year's rows as raw int32 or double. consume(), on the one thread that keeps years in order, only
// appends each column's part of the block. (Pushing every value into its column there made that thread
// the serial part of `casus.dyads()`.)
class ColumnSink final : public DyadSink {
 public:
  // `most_rows`: an upper bound of the rows to come. Each column reserves it at
  // once, so that appending never moves a column (growing them geometrically
  // copied the table about once more, and touched twice its memory); pages
  // reserved and never written are never mapped in.
  ColumnSink(DyadTable& t, DyadLayout layout, std::size_t most_rows) : t_(t), layout_(layout) {
    for (const auto& name : layout.column_names()) {
      DyadColumn c;
      c.name = name;
      c.integer = !(is_similarity(name) || is_nmc(name));
      if (c.integer) c.ints.reserve(most_rows);
      else c.reals.reserve(most_rows);
      t_.columns.push_back(std::move(c));
    }
  }
  Status begin() override { return {}; }

  std::string encode(const std::vector<DyadYearRow>& rows) const override {
    const std::size_t n = rows.size();
    std::vector<char*> at(t_.columns.size());  // where the next value of each column goes
    std::size_t bytes = 0;
    for (const auto& c : t_.columns) bytes += n * (c.integer ? sizeof(std::int32_t) : sizeof(double));
    std::string block(bytes, '\0');
    char* p = block.data();
    for (std::size_t k = 0; k < t_.columns.size(); ++k) {
      at[k] = p;
      p += n * (t_.columns[k].integer ? sizeof(std::int32_t) : sizeof(double));
    }
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
    return block;
  }

  Status consume(const std::vector<DyadYearRow>& rows, std::string block) override {
    const std::size_t n = rows.size();
    const char* p = block.data();
    // Grow geometrically: reserving exactly size + rows each year would move
    // every column's earlier years again for each new year (quadratic copying).
    auto append = [&](auto& v) {
      const std::size_t old = v.size();
      if (old + n > v.capacity()) v.reserve(std::max(old + n, 2 * v.capacity()));
      v.resize(old + n);
      std::memcpy(v.data() + old, p, n * sizeof v[0]);
      p += n * sizeof v[0];
    };
    for (auto& c : t_.columns) {
      if (c.integer) append(c.ints);
      else append(c.reals);
    }
    t_.rows += n;
    return {};
  }
  Status finish() override { return {}; }

 private:
  bool is_similarity(const std::string& name) const {
    for (const auto& s : similarity_column_names(layout_.names))
      if (s == name) return layout_.similarity;
    return false;
  }
  static bool is_nmc(const std::string& name) {
    for (const char* p : {"milex", "milper", "irst", "pec", "tpop", "upop", "cinc"})
      if (name.rfind(p, 0) == 0) return true;
    return false;
  }
  DyadTable& t_;
  DyadLayout layout_;
};

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
      if (opt.similarity_columns) ties = TieIndex::from_atop(atop);
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
  DyadLayout layout{system.kind(), opt.atop_columns, opt.similarity_columns, opt.names, microstates};
  MajorPowers majors;
  ConflictIndex mids, wars;
  DyadInputs in{&system, need_atop ? &atop : nullptr, opt.similarity_columns ? &ties : nullptr,
                opt.similarity_columns ? &capabilities : nullptr};
  if ((layout.majors = wants(q.add, "majors"))) {
    auto m = load_cow_majors(paths.cow_majors);
    if (!m) return m.error();
    majors = MajorPowers::build(m.value());
    in.majors = &majors;
  }
  if ((layout.nmc = wants(q.add, "nmc"))) {
    nmc_index = NmcIndex::build(*nmc_rows);
    in.nmc = &nmc_index;
  }
  if ((layout.mids = wants(q.add, "mids"))) {
    auto m = load_cow_mid_participants(paths.cow_mids);
    if (!m) return m.error();
    mids = ConflictIndex::from_mids(m.value());
    in.mids = &mids;
  }
  if ((layout.wars = wants(q.add, "wars"))) {
    auto w = load_cow_interstate_wars(paths.cow_wars);
    if (!w) return w.error();
    wars = ConflictIndex::from_wars(w.value());
    in.wars = &wars;
  }
  // At most n (n - 1) directed dyads a year.
  std::size_t most_rows = 0;
  auto add_year = [&](int y) {
    const std::size_t n = system.states(y).size();
    most_rows += n * (n > 0 ? n - 1 : 0);
  };
  if (!opt.years.empty()) std::for_each(opt.years.begin(), opt.years.end(), add_year);
  else
    for (int y = opt.from_year; y <= opt.to_year; ++y) add_year(y);
  DyadTable table;
  ColumnSink sink(table, layout, most_rows);
  RunOptions run;
  run.threads = q.threads ? q.threads : std::max(1u, std::thread::hardware_concurrency());
  auto summary = run_dyad_years(in, opt, sink, run);
  if (!summary) return summary.error();
  return table;
}

}  // namespace casus::research

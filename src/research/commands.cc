// `casus dyads` and `casus datasets`: option parsing, loading, and error reporting.
// All failures end here: one message on stderr and CLI::RuntimeError(exit code).
#include "casus/research/commands.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "casus/research/alliance_ties.h"
#include "casus/research/atop.h"
#include "casus/research/capabilities.h"
#include "casus/research/codebook.h"
#include "casus/research/cow_alliance.h"
#include "casus/research/cow_states.h"
#include "casus/research/cow_war.h"
#include "casus/research/crosscheck.h"
#include "casus/research/cow_mid.h"
#include "casus/research/data_dir.h"
#include "casus/research/dyad_covariates.h"
#include "casus/research/dyad_runner.h"
#include "casus/research/gw_states.h"
#include "casus/research/nmc.h"
#include "casus/research/state_system.h"
#include "casus/research/state_years.h"
#include "output_file.h"
#include "progress_bar.h"
#include "sqlite_table.h"

namespace casus::research {
namespace {

constexpr int kExitData = 1;     // unreadable or malformed data, write failure
constexpr int kExitRequest = 2;  // impossible request

[[noreturn]] void fail(const std::string& command, const Error& e) {
  std::fprintf(stderr, "casus %s: %s\n", command.c_str(), e.message().c_str());
  throw CLI::RuntimeError(e.kind == ErrorKind::kInvalidArgument ? kExitRequest : kExitData);
}

template <class T>
T take(const std::string& command, Result<T> r) {
  if (!r) fail(command, r.error());
  return std::move(r).value();
}

struct DyadsArgs {
  std::optional<std::string> data_dir;
  std::string system = "cow";
  std::optional<int> from, to;
  std::vector<int> years;
  std::string ndir = "directed";
  std::string ties = "atop";
  std::optional<std::string> cow_alliances;
  std::string columns = "all";
  std::optional<std::string> out, sqlite, table;
  int digits = -1;
  std::string na = "NA";
  unsigned threads = 0;
  std::string names = "ps13";
  bool mry = false;
  std::vector<std::string> add;  // covariates: majors, nmc, mids, wars
  std::vector<int> states;
  std::vector<std::string> dyads;  // "A-B"
  std::string command_line;        // as parsed, for the codebook
};

// The options as CLI11 parsed them ("casus dyads --years [1914] ..."), for the codebook.
std::string command_line_of(const std::string& name, const CLI::App& sub) {
  std::string out = "casus " + name;
  std::string config = sub.config_to_str(false, false);
  std::size_t pos = 0;
  while (pos < config.size()) {
    std::size_t end = config.find('\n', pos);
    if (end == std::string::npos) end = config.size();
    std::string line = config.substr(pos, end - pos);
    pos = end + 1;
    const auto eq = line.find('=');
    if (line.empty() || line[0] == '#' || line[0] == '[' || eq == std::string::npos) continue;
    out += " --" + line.substr(0, eq) + " " + line.substr(eq + 1);
  }
  return out;
}

std::vector<std::string> dataset_keys_for(const DyadsArgs& a, bool need_atop, bool similarity, const DyadLayout& l) {
  std::vector<std::string> keys = {a.system == "gw" ? "gw" : "cow-states"};
  if (need_atop) keys.push_back("atop");
  if (similarity || l.nmc) keys.push_back("nmc");
  if (l.majors) keys.push_back("cow-majors");
  if (l.mids) keys.push_back("mid");
  if (l.wars) keys.push_back("war");
  if (similarity && a.ties == "cow" && !a.cow_alliances) keys.push_back("cow-alliances");
  return keys;
}

// The last complete calendar year, as peacesciencer's mry (the system clock's year - 1).
int last_complete_year() {
  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return static_cast<int>(today.year()) - 1;
}

std::string lower_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// casus writes CSV (--out) and SQLite (--sqlite) only; a file named for
// another format would be a CSV in disguise, so it is refused.
void check_extension(const std::string& cmd, const std::string& option, const std::string& path,
                     std::initializer_list<const char*> allowed) {
  const std::string ext = lower_extension(path);
  if (ext.empty()) return;
  for (const char* a : allowed)
    if (ext == a) return;
  std::string list;
  for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  fail(cmd, invalid_argument(option, fmt::format("casus cannot write \"{}\" files ({}): {} writes {} (or a name without "
                                                 "extension); for SQLite use --sqlite FILE --table NAME",
                                                 ext, path, option, list)));
}

// The state system (with --mry applied) and the checked year selection, shared by
// `casus dyads` and `casus stateyears`.
struct Selection {
  StateSystem system;
  bool microstates = false;
  int from_year = 0, to_year = 0;
  std::vector<int> years;  // sorted, unique; empty = from..to
  std::vector<int> all_years() const {
    if (!years.empty()) return years;
    std::vector<int> v;
    for (int y = from_year; y <= to_year; ++y) v.push_back(y);
    return v;
  }
};

Selection select_years(const std::string& cmd, const std::string& system_name, bool mry, std::optional<int> from,
                       std::optional<int> to, const std::vector<int>& years, const DatasetPaths& paths) {
  Selection sel;
  StateSystem& system = sel.system;
  if (system_name == "gw") {
    auto spells = take(cmd, load_gw_states(paths.gw_states));
    if (std::filesystem::exists(paths.gw_microstates)) {
      auto micro = take(cmd, load_gw_microstates(paths.gw_microstates));
      spells.insert(spells.end(), micro.begin(), micro.end());
      sel.microstates = true;
    } else {
      std::fprintf(stderr,
                   "casus %s: warning: %s not found: the G-W system is written without microstates and without "
                   "microstate columns (peacesciencer >= 1.2 includes them)\n",
                   cmd.c_str(), paths.gw_microstates.c_str());
    }
    system = StateSystem::from_gw(spells);
  } else {
    auto state_years = take(cmd, load_cow_system(paths.cow_system));  // first: the file that defines the years
    system = StateSystem::from_cow(state_years, take(cmd, load_cow_states(paths.cow_states)));
  }
  const int data_last = system.last_year();
  if (mry) system = system.extended_to(std::max(data_last, last_complete_year()));
  const std::string range = fmt::format("{}..{}", system.first_year(), system.last_year());
  const std::string what = mry ? fmt::format("the {} system with --mry ({}; states alive on 31 Dec {} carried on)",
                                             system_name, range, data_last)
                               : fmt::format("the {} system's data ({})", system_name, range);
  const std::string hint = mry ? std::string() : fmt::format("; --mry carries the states alive on 31 Dec {} on to {}",
                                                             data_last, std::max(data_last, last_complete_year()));
  auto check_year = [&](const char* option, int y) {
    if (y < system.first_year() || y > system.last_year()) {
      fail(cmd, invalid_argument(option, fmt::format("{} is outside {}{}", y, what, hint)));
    }
  };
  sel.from_year = from.value_or(system.first_year());
  sel.to_year = to.value_or(system.last_year());
  if (!years.empty()) {
    if (from || to) fail(cmd, invalid_argument("--years", "give either --years or --from/--to"));
    sel.years = years;
    std::sort(sel.years.begin(), sel.years.end());
    sel.years.erase(std::unique(sel.years.begin(), sel.years.end()), sel.years.end());
    for (int y : sel.years) check_year("--years", y);
    sel.from_year = sel.years.front();
    sel.to_year = sel.years.back();
  }
  if (from) check_year("--from", *from);
  if (to) check_year("--to", *to);
  if (sel.from_year > sel.to_year) {
    fail(cmd, invalid_argument("--from/--to", fmt::format("empty year range {}..{}", sel.from_year, sel.to_year)));
  }
  return sel;
}

// FILE.csv -> FILE.csv.codebook.json, written the same careful way as the data.
void write_sidecar(const std::string& cmd, const std::string& out, const nlohmann::json& codebook) {
  const std::string path = out + ".codebook.json";
  auto f = take(cmd, internal::OutputFile::create(path));
  const std::string text = codebook.dump(2) + "\n";
  std::fwrite(text.data(), 1, text.size(), f.stream());
  if (auto s = f.commit(); !s) fail(cmd, s.error());
}

// The codebook as the two SQLite tables NAME_codebook and NAME_meta hold it.
SqliteCodebook sqlite_codebook(const nlohmann::json& codebook) {
  SqliteCodebook sb;
  for (const auto& c : codebook["columns"])
    sb.columns.push_back({c["name"].get<std::string>(), c["type"].get<std::string>(), c["definition"].get<std::string>()});
  for (const char* k : {"casus_version", "command_line", "created_utc", "data_dir", "definitions"})
    sb.meta.emplace_back(k, codebook[k].get<std::string>());
  sb.meta.emplace_back("datasets", codebook["datasets"].dump());
  sb.meta.emplace_back("method_citations", codebook["method_citations"].dump());
  return sb;
}

// --sqlite FILE and --table NAME go together, and exclude --out.
void check_sqlite_options(const std::string& cmd, const std::optional<std::string>& sqlite,
                          const std::optional<std::string>& table, const std::optional<std::string>& out) {
  if (sqlite.has_value() != table.has_value()) {
    fail(cmd, invalid_argument("--sqlite/--table", "--sqlite FILE and --table NAME go together"));
  }
  if (sqlite && out) fail(cmd, invalid_argument("--out", "choose one output: --out FILE or --sqlite FILE"));
}

void run_dyads(const DyadsArgs& a) {
  const std::string cmd = "dyads";
  DyadOptions opt;
  // Impossible requests first (exit 2), before any data is read.
  opt.similarity_columns = a.columns == "all" || a.columns == "similarity";
  if (a.out) check_extension(cmd, "--out", *a.out, {".csv"});
  if (a.sqlite) check_extension(cmd, "--sqlite", *a.sqlite, {".sqlite", ".sqlite3", ".db"});
  opt.names = a.names == "haege" ? SimilarityNames::kHaege : a.names == "all" ? SimilarityNames::kAll : SimilarityNames::kPs13;
  if (opt.similarity_columns && a.ties == "cow" && opt.names != SimilarityNames::kHaege) {
    fail(cmd, invalid_argument("--names", "peacesciencer 1.3's columns are defined on directed ATOP ties; with --ties cow "
                                          "use --names haege"));
  }

  opt.atop_columns = a.columns == "all" || a.columns == "atop";
  opt.similarity_columns = a.columns == "all" || a.columns == "similarity";
  opt.ndir = a.ndir == "max" ? NonDirected::kMax : a.ndir == "lower" ? NonDirected::kLowerFirst : NonDirected::kDirected;
  check_sqlite_options(cmd, a.sqlite, a.table, a.out);
  opt.states = a.states;
  for (const auto& d : a.dyads) {
    int x = 0, y = 0;
    char dash = 0, rest = 0;
    if (std::sscanf(d.c_str(), "%d%c%d%c", &x, &dash, &y, &rest) != 3 || dash != '-' || x == y) {
      fail(cmd, invalid_argument("--dyad", fmt::format("\"{}\": expected two different state codes as A-B, e.g. 2-200", d)));
    }
    opt.dyads.emplace_back(x, y);
  }

  const std::string dir = take(cmd, resolve_data_dir(a.data_dir));
  const DatasetPaths paths = DatasetPaths::in(dir);

  Selection sel = select_years(cmd, a.system, a.mry, a.from, a.to, a.years, paths);
  const StateSystem& system = sel.system;
  const bool microstates = sel.microstates;
  opt.from_year = sel.from_year;
  opt.to_year = sel.to_year;
  opt.years = sel.years;

  AtopDirectedIndex atop;
  TieIndex ties;
  CapabilityIndex capabilities;
  const bool need_atop = opt.atop_columns || (opt.similarity_columns && a.ties == "atop");
  if (need_atop) atop = AtopDirectedIndex::build(take(cmd, load_atop_members(paths.atop_members)));
  if (opt.similarity_columns) {
    if (a.ties == "cow") {
      std::string file = a.cow_alliances.value_or(paths.cow_alliance_members);
      if (!std::filesystem::exists(file)) {
        fail(cmd, invalid_argument("--cow-alliances",
                                   fmt::format("no COW alliances 4.1 member file at \"{}\"; casus never downloads it "
                                               "(its maintainer asks that software not do so): supply your own copy",
                                               file)));
      }
      ties = TieIndex::from_cow(take(cmd, load_cow_alliance_members(file)));
    } else if (opt.names != SimilarityNames::kPs13) {
      ties = TieIndex::from_atop(atop);  // Häge's columns; peacesciencer 1.3's come from `atop`
    }
    capabilities = CapabilityIndex::build(take(cmd, load_nmc(paths.nmc)));
  }

  DyadLayout layout{system.kind(), opt.atop_columns, opt.similarity_columns, opt.names, microstates};
  auto wants = [&](const char* what) {
    return std::find(a.add.begin(), a.add.end(), what) != a.add.end() ||
           std::find(a.add.begin(), a.add.end(), "all") != a.add.end();
  };
  MajorPowers majors;
  NmcIndex nmc_index;
  ConflictIndex mids, wars;
  if ((layout.majors = wants("majors"))) majors = MajorPowers::build(take(cmd, load_cow_majors(paths.cow_majors)));
  if ((layout.nmc = wants("nmc"))) nmc_index = NmcIndex::build(take(cmd, load_nmc(paths.nmc)));
  if ((layout.mids = wants("mids"))) mids = ConflictIndex::from_mids(take(cmd, load_cow_mid_participants(paths.cow_mids)));
  if ((layout.wars = wants("wars"))) wars = ConflictIndex::from_wars(take(cmd, load_cow_interstate_wars(paths.cow_wars)));
  // The codebook beside the data (a sidecar file or two tables in SQLite); stdout has none.
  CodebookInput book;
  book.columns = layout.column_names();
  book.dataset_keys = dataset_keys_for(a, need_atop, opt.similarity_columns, layout);
  book.data_dir = dir;
  book.command_line = a.command_line;
  std::optional<nlohmann::json> codebook;
  if (a.sqlite || a.out) codebook = take(cmd, make_codebook(book));

  std::unique_ptr<DyadSink> sink;
  std::optional<internal::OutputFile> out_file;
  if (a.sqlite) {
    sink = make_sqlite_sink(*a.sqlite, *a.table, layout, sqlite_codebook(*codebook));
  } else {
    std::FILE* file = stdout;
    std::string out_name = "stdout";
    if (a.out) {
      out_file.emplace(take(cmd, internal::OutputFile::create(*a.out)));
      file = out_file->stream();
      out_name = *a.out;
    }
    sink = make_csv_sink(file, out_name, layout, CsvFormat{a.digits, a.na});
  }

  DyadInputs inputs{&system, need_atop ? &atop : nullptr, opt.similarity_columns ? &ties : nullptr,
                    opt.similarity_columns ? &capabilities : nullptr};
  if (layout.majors) inputs.majors = &majors;
  if (layout.nmc) inputs.nmc = &nmc_index;
  if (layout.mids) inputs.mids = &mids;
  if (layout.wars) inputs.wars = &wars;
  internal::ProgressBar bar("casus dyads");
  RunOptions run;
  run.threads = a.threads ? a.threads : std::max(1u, std::thread::hardware_concurrency());
  run.progress = [&bar](int done, int total) { bar.update(done, total); };
  auto summary = run_dyad_years(inputs, opt, *sink, run);
  sink.reset();
  if (!summary) fail(cmd, summary.error());  // out_file's destructor removes the unfinished file
  if (out_file) {
    if (auto s = out_file->commit(); !s) fail(cmd, s.error());
    (*codebook)["rows"] = summary.value().rows;
    write_sidecar(cmd, *a.out, *codebook);
  }
}

struct StateYearsArgs {
  std::optional<std::string> data_dir;
  std::string system = "cow";
  std::optional<int> from, to;
  std::vector<int> years;
  bool mry = false;
  std::vector<std::string> add;
  std::optional<std::string> out, sqlite, table;
  std::string na = "NA";
  std::string command_line;  // as parsed, for the codebook
};

// State-years into an SQLite table (index on code and year, codebook tables), one transaction.
void write_state_years_sqlite(const std::string& cmd, const StateYearsArgs& a, const StateYearInputs& in,
                              const std::vector<StateYearRow>& rows, const nlohmann::json& codebook) {
  const auto names = state_year_columns(in);
  std::vector<internal::SqliteColumn> columns;
  for (const auto& n : names) columns.push_back({n, column_doc(n).type == "real"});
  internal::SqliteBulkTable table(*a.sqlite, *a.table);
  if (auto s = table.begin(columns); !s) fail(cmd, s.error());
  for (const auto& r : rows) {
    int c = 1;
    table.bind_int(c++, r.code);
    table.bind_int(c++, r.year);
    if (in.system->has_microstates()) table.bind_int(c++, r.microstate);
    if (in.majors) {
      if (r.cowmaj < 0) table.bind_null(c++);
      else table.bind_int(c++, r.cowmaj);
    }
    if (in.nmc)
      for (double v : r.nmc) {
        if (std::isnan(v)) table.bind_null(c++);
        else table.bind_double(c++, v);
      }
    if (auto s = table.insert_row(); !s) fail(cmd, s.error());
  }
  if (auto s = table.finish({names[0], names[1]}, sqlite_codebook(codebook)); !s) fail(cmd, s.error());
}

void run_stateyears(const StateYearsArgs& a) {
  const std::string cmd = "stateyears";
  if (a.out) check_extension(cmd, "--out", *a.out, {".csv"});
  if (a.sqlite) check_extension(cmd, "--sqlite", *a.sqlite, {".sqlite", ".sqlite3", ".db"});
  check_sqlite_options(cmd, a.sqlite, a.table, a.out);
  const std::string dir = take(cmd, resolve_data_dir(a.data_dir));
  const DatasetPaths paths = DatasetPaths::in(dir);
  Selection sel = select_years(cmd, a.system, a.mry, a.from, a.to, a.years, paths);
  auto wants = [&](const char* what) {
    return std::find(a.add.begin(), a.add.end(), what) != a.add.end() ||
           std::find(a.add.begin(), a.add.end(), "all") != a.add.end();
  };
  MajorPowers majors;
  NmcIndex nmc_index;
  StateYearInputs in{&sel.system, nullptr, nullptr};
  if (wants("majors")) {
    majors = MajorPowers::build(take(cmd, load_cow_majors(paths.cow_majors)));
    in.majors = &majors;
  }
  if (wants("nmc")) {
    nmc_index = NmcIndex::build(take(cmd, load_nmc(paths.nmc)));
    in.nmc = &nmc_index;
  }
  // The same codebook as `casus dyads` writes: a sidecar beside --out, two tables beside --sqlite.
  const auto rows = compute_state_years(in, sel.all_years());
  std::optional<nlohmann::json> codebook;
  if (a.out || a.sqlite) {
    CodebookInput book;
    book.columns = state_year_columns(in);
    book.dataset_keys = {a.system == "gw" ? "gw" : "cow-states"};
    if (in.majors) book.dataset_keys.push_back("cow-majors");
    if (in.nmc) book.dataset_keys.push_back("nmc");
    book.data_dir = dir;
    book.command_line = a.command_line;
    book.rows = static_cast<long long>(rows.size());
    codebook = take(cmd, make_codebook(book));
  }
  if (a.sqlite) {
    write_state_years_sqlite(cmd, a, in, rows, *codebook);
    return;
  }
  std::string text;
  for (const auto& c : state_year_columns(in)) text += (text.empty() ? "" : ",") + c;
  text += '\n';
  text += encode_state_years(in, rows, a.na);
  if (a.out) {
    auto f = take(cmd, internal::OutputFile::create(*a.out));
    std::fwrite(text.data(), 1, text.size(), f.stream());
    if (auto s = f.commit(); !s) fail(cmd, s.error());
    write_sidecar(cmd, *a.out, *codebook);
  } else if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    fail(cmd, io_error("stdout", "write failed"));
  }
}

void run_datasets(const std::optional<std::string>& data_dir) {
  const std::string cmd = "datasets";
  const std::string dir = take(cmd, resolve_data_dir(data_dir));
  const DatasetPaths p = DatasetPaths::in(dir);
  auto line = [](const std::string& what, const std::string& path, std::size_t n) {
    std::printf("%-34s %8zu  %s\n", what.c_str(), n, path.c_str());
  };
  line("ATOP 5.1 alliances", p.atop_alliances, take(cmd, load_atop_alliances(p.atop_alliances)).size());
  auto members = take(cmd, load_atop_members(p.atop_members));
  line("ATOP 5.1 member-phases", p.atop_members, members.size());
  line("  rebuilt directed dyad-years", p.atop_members, AtopDirectedIndex::build(members).total());
  line("COW states 2016 spells", p.cow_states, take(cmd, load_cow_states(p.cow_states)).size());
  line("COW system 2016 state-years", p.cow_system, take(cmd, load_cow_system(p.cow_system)).size());
  line("COW major-power spells", p.cow_majors, take(cmd, load_cow_majors(p.cow_majors)).size());
  line("Gleditsch-Ward spells", p.gw_states, take(cmd, load_gw_states(p.gw_states)).size());
  line("NMC 6.0 state-years", p.nmc, take(cmd, load_nmc(p.nmc)).size());
  line("COW Inter-State War 4.0 rows", p.cow_wars, take(cmd, load_cow_interstate_wars(p.cow_wars)).size());
  line("COW MID 5.0 participant rows", p.cow_mids, take(cmd, load_cow_mid_participants(p.cow_mids)).size());
  if (std::filesystem::exists(p.cow_alliance_members)) {
    line("COW alliances 4.1 member rows", p.cow_alliance_members,
         take(cmd, load_cow_alliance_members(p.cow_alliance_members)).size());
  } else {
    std::printf("%-34s %8s  %s (not supplied; casus never downloads it)\n", "COW alliances 4.1 member rows", "-",
                p.cow_alliance_members.c_str());
  }
}

}  // namespace

// `casus crosscheck`: exit 0 whatever the number of disagreements, 1 on any input it cannot use.
struct CrosscheckArgs {
  std::optional<std::string> data_dir;
  bool json = false;
};

int run_crosscheck(const CLI::App& app, const CrosscheckArgs& a) {
  auto say = [](const std::string& what) { std::fprintf(stderr, "casus crosscheck: %s\n", what.c_str()); };
  std::string root = "corpus";
  if (const char* env = std::getenv("CASUS_CORPUS"); env && *env) root = env;
  if (const CLI::Option* o = app.get_option_no_throw("--corpus"); o && o->count() > 0) root = o->as<std::string>();
  Diagnostics diag;
  auto files = corpus_files_in(root, diag);
  std::optional<Corpus> corpus;
  if (diag.ok()) corpus = load_corpus(files, diag);
  if (!corpus) {
    std::fputs(diag.str().c_str(), stderr);
    say(fmt::format("the corpus was not loaded ({} problem{})", diag.items().size(), diag.items().size() == 1 ? "" : "s"));
    return 1;
  }
  auto dir = resolve_data_dir(a.data_dir);
  if (!dir) return say(dir.error().message()), 1;
  auto data = load_atop_data(DatasetPaths::in(dir.value()));
  if (!data) return say(data.error().message()), 1;
  auto report = crosscheck(*corpus, data.value());
  if (!report) return say(report.error().message()), 1;
  if (a.json) std::printf("%s\n", render_crosscheck_json(report.value()).dump(2).c_str());
  else std::fputs(render_crosscheck_text(report.value()).c_str(), stdout);
  return 0;
}

void register_commands(CLI::App& app) {
  auto args = std::make_shared<DyadsArgs>();
  CLI::App* dyads = app.add_subcommand(
      "dyads", "Directed dyad-years with ATOP obligation and alliance-similarity columns (CSV or SQLite)");
  dyads->add_option("--data-dir", args->data_dir, "Research data directory (default: $CASUS_DATA)");
  dyads->add_option("--system", args->system, "State system: cow (COW 2016) or gw (Gleditsch-Ward)")
      ->check(CLI::IsMember({"cow", "gw"}));
  dyads->add_option("--from", args->from, "First year (default: first year of the system)");
  dyads->add_option("--to", args->to, "Last year (default: last year of the system)");
  dyads->add_option("--years", args->years, "Only these years, e.g. 1816,1914,2016 (instead of --from/--to)")
      ->delimiter(',');
  dyads->add_option("--ndir", args->ndir,
                    "directed (both directions), max (code1 < code2, ATOP max of both directions), "
                    "lower (code1 < code2, ATOP code1 -> code2 only)")
      ->check(CLI::IsMember({"directed", "max", "lower"}));
  dyads->add_option("--ties", args->ties, "Alliance ties for similarity: atop (ATOP 5.1) or cow (COW 4.1, user-supplied)")
      ->check(CLI::IsMember({"atop", "cow"}));
  dyads->add_option("--cow-alliances", args->cow_alliances,
                    "Your copy of alliance_v4.1_by_member.csv (default: in the data directory)");
  dyads->add_option("--columns", args->columns, "all, atop, or similarity")
      ->check(CLI::IsMember({"all", "atop", "similarity"}));
  dyads->add_option("--out", args->out, "Write CSV to FILE instead of stdout");
  dyads->add_option("--sqlite", args->sqlite, "Write an SQLite table into FILE (with --table)");
  dyads->add_option("--table", args->table, "SQLite table name (must not exist yet)");
  dyads->add_option("--digits", args->digits, "Fixed decimals for similarity in CSV (default: shortest exact)")
      ->check(CLI::Range(-1, 17));
  dyads->add_option("--na", args->na, "Text for missing values in CSV (default NA)");
  dyads->add_option("--threads", args->threads, "Worker threads (default: number of cores)");
  dyads->add_option("--names", args->names,
                    "Similarity columns: ps13 (peacesciencer 1.3 FPSIM names and definitions, default), haege (Haege's "
                    "FPSIM v2 names and definitions), all (both, plus kallyv_psych)")
      ->check(CLI::IsMember({"ps13", "haege", "all"}));
  dyads->add_option("--add", args->add,
                    "Covariate columns, comma-separated: majors (cowmaj1/2), nmc (NMC 6.0 for each side), mids (COW MID "
                    "5.0 onset/ongoing), wars (COW inter-state war onset/ongoing), or all")
      ->delimiter(',')
      ->check(CLI::IsMember({"majors", "nmc", "mids", "wars", "all"}));
  dyads->add_option("--state", args->states, "Only rows with one of these states, e.g. 2,200")->delimiter(',');
  dyads->add_option("--dyad", args->dyads, "Only these pairs (both directions), e.g. 2-200,255-365")->delimiter(',');
  dyads->add_flag("--mry", args->mry,
                  "Carry the states alive on the data's last day on to the last complete year (peacesciencer's mry; "
                  "ATOP columns 0 through 2018 and NA after)");
  dyads->callback([args, dyads] {
    args->command_line = command_line_of("dyads", *dyads);
    run_dyads(*args);
  });

  auto sy = std::make_shared<StateYearsArgs>();
  CLI::App* stateyears = app.add_subcommand(
      "stateyears", "State-years (peacesciencer's create_stateyears()) with the same system, years and covariates");
  stateyears->add_option("--data-dir", sy->data_dir, "Research data directory (default: $CASUS_DATA)");
  stateyears->add_option("--system", sy->system, "State system: cow (COW 2016) or gw (Gleditsch-Ward)")
      ->check(CLI::IsMember({"cow", "gw"}));
  stateyears->add_option("--from", sy->from, "First year (default: first year of the system)");
  stateyears->add_option("--to", sy->to, "Last year (default: last year of the system)");
  stateyears->add_option("--years", sy->years, "Only these years (instead of --from/--to)")->delimiter(',');
  stateyears->add_flag("--mry", sy->mry, "Carry the states alive on the data's last day on to the last complete year");
  stateyears->add_option("--add", sy->add, "Covariate columns: majors (cowmaj), nmc (NMC 6.0), or all")
      ->delimiter(',')
      ->check(CLI::IsMember({"majors", "nmc", "all"}));
  stateyears->add_option("--out", sy->out, "Write CSV to FILE instead of stdout (and its codebook to FILE.codebook.json)");
  stateyears->add_option("--sqlite", sy->sqlite, "Write an SQLite table into FILE (with --table), codebook tables beside it");
  stateyears->add_option("--table", sy->table, "SQLite table name (must not exist yet)");
  stateyears->add_option("--na", sy->na, "Text for missing values (default NA)");
  stateyears->callback([sy, stateyears] {
    sy->command_line = command_line_of("stateyears", *stateyears);
    run_stateyears(*sy);
  });

  CLI::App* cite = app.add_subcommand("cite", "Print the citations of every dataset casus reads and of the measures");
  cite->callback([] {
    std::printf("Datasets (cite those your table uses; its codebook lists them):\n");
    for (const auto& d : dataset_citations()) std::printf("\n%s\n  %s\n", d.name.c_str(), d.citation.c_str());
    std::printf("\nMeasures and conventions:\n");
    for (const auto& m : method_citations()) std::printf("\n  %s\n", m.c_str());
    std::printf("\nSoftware: %s.\n", casus_version().c_str());
  });

  auto data_dir = std::make_shared<std::optional<std::string>>();
  CLI::App* datasets = app.add_subcommand("datasets", "Load every research dataset and print what was read");
  datasets->add_option("--data-dir", *data_dir, "Research data directory (default: $CASUS_DATA)");
  datasets->callback([data_dir] { run_datasets(*data_dir); });

  auto cc = std::make_shared<CrosscheckArgs>();
  CLI::App* crosscheck_cmd = app.add_subcommand(
      "crosscheck", "Compare every curated treaty that has an atop_id with ATOP 5.1's coding; list each disagreement");
  crosscheck_cmd->add_option("--data-dir", cc->data_dir, "Research data directory (default: $CASUS_DATA)");
  crosscheck_cmd->add_flag("--json", cc->json, "JSON output");
  crosscheck_cmd->callback([&app, cc] { throw CLI::RuntimeError(run_crosscheck(app, *cc)); });
}

}  // namespace casus::research

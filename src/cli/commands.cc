#include "cli/commands.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "casus/corpus.h"
#include "casus/diff.h"
#include "casus/expectations.h"
#include "casus/report.h"
#include "casus/scenario.h"
#ifdef CASUS_HAVE_RESEARCH
#include "casus/research/atop_corpus.h"
#endif

namespace fs = std::filesystem;

namespace casus::cli {

std::string corpus_root(const GlobalOptions& g) {
  if (!g.corpus.empty()) return g.corpus;
  if (const char* env = std::getenv("CASUS_CORPUS"); env && *env) return env;
  // An installed casus (cmake --install) finds the corpus beside it, in share/casus/corpus.
  std::error_code ec;
  if (!fs::is_directory("corpus", ec)) {
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    fs::path installed = exe.parent_path().parent_path() / "share/casus/corpus";
    if (!ec && fs::is_directory(installed, ec)) return installed.string();
  }
  return "corpus";
}

// Loads the corpus or prints every problem; nullopt means "exit 1".
std::optional<Corpus> load_corpus_or_report(const GlobalOptions& g) {
  Diagnostics diag;
  auto files = corpus_files_in(corpus_root(g), diag);
  std::optional<Corpus> c;
  if (diag.ok()) c = load_corpus(files, diag);
  if (!c) {
    std::cerr << diag.str() << fmt::format("casus: the corpus was not loaded ({} problem{})\n",
                                           diag.items().size(), diag.items().size() == 1 ? "" : "s");
  }
  return c;
}

namespace {

std::optional<Corpus> load(const GlobalOptions& g) { return load_corpus_or_report(g); }

std::optional<Date> parse_date_arg(const std::string& s, const char* what) {
  auto d = Date::parse(s);
  if (!d) std::cerr << fmt::format("casus: {}: expected a date YYYY-MM-DD; found \"{}\"\n", what, s);
  return d;
}

}  // namespace

int check(const GlobalOptions& g, const std::vector<std::string>& paths) {
  Diagnostics diag;
  CorpusFiles files = corpus_files_in(corpus_root(g), diag);
  if (!paths.empty()) {
    // Directories are corpus roots; files are treaty files checked against the corpus registry.
    std::vector<std::string> treaties;
    for (const auto& p : paths) {
      if (fs::is_directory(p)) {
        Diagnostics d2;
        files = corpus_files_in(p, d2);
        diag = d2;
        treaties.insert(treaties.end(), files.treaties.begin(), files.treaties.end());
      } else if (fs::is_regular_file(p)) {
        treaties.push_back(p);
      } else {
        diag.add({p, 0, 0}, "", "no such file or directory");
      }
    }
    files.treaties = treaties;
  }
  std::optional<Corpus> c;
  if (diag.ok()) c = load_corpus(files, diag);
  if (!c) {
    std::cerr << diag.str() << fmt::format("casus check: {} problem{}; nothing loaded\n", diag.items().size(),
                                           diag.items().size() == 1 ? "" : "s");
    return 1;
  }
  size_t provisions = 0;
  for (const auto& t : c->treaties()) provisions += t.provisions.size();
  std::cout << fmt::format("casus check: ok — {} treaties, {} provisions, {} states, {} locations, {} regions\n",
                           c->treaties().size(), provisions, c->states().size(), c->locations().size(),
                           c->regions().size());
  return 0;
}

int treaties(const GlobalOptions& g, const TreatiesOptions& o) {
  auto c = load(g);
  if (!c) return 1;
  std::optional<Date> at;
  if (!o.at.empty() && !(at = parse_date_arg(o.at, "--at"))) return 1;
  if (!o.state.empty() && !c->state(o.state)) {
    std::cerr << fmt::format("casus: --state: expected a state id from corpus/states.toml; found \"{}\"\n", o.state);
    return 1;
  }
  nlohmann::json list = nlohmann::json::array();
  for (const auto& t : c->treaties()) {
    if (at && in_force_on(t, *at) == Truth::no) continue;
    if (!o.state.empty()) {
      bool member = false;
      for (const auto& m : t.members) member |= m.state == o.state;
      if (!member || (at && member_on(t, o.state, *at) == Truth::no)) continue;
    }
    std::vector<StateId> members;
    for (const auto& m : t.members)
      if ((!at || member_on(t, m.state, *at) != Truth::no) &&
          std::find(members.begin(), members.end(), m.state) == members.end())
        members.push_back(m.state);
    std::string in_force = at ? std::string(to_string(in_force_on(t, *at))) : "";
    if (o.json) {
      list.push_back({{"id", t.id}, {"name", t.name}, {"short_name", t.short_name}, {"signed", t.signed_.date.str()},
                      {"in_force", t.in_force.date.str()},
                      {"ended", t.ended ? nlohmann::json(t.ended->date.str()) : nlohmann::json(nullptr)},
                      {"members", members}});
    } else {
      std::cout << fmt::format("{:<12} {:<26} {} – {}  {}\n", t.id, t.short_name, t.in_force.date.str(),
                               t.ended ? t.ended->date.str() : "", fmt::join(members, " "));
    }
  }
  if (o.json) std::cout << list.dump(2) << "\n";
  return 0;
}

int show(const GlobalOptions& g, const std::string& id, bool json) {
  auto c = load(g);
  if (!c) return 1;
  const Treaty* t = c->treaty(id);
  if (!t) {
    std::vector<std::string> ids;
    for (const auto& x : c->treaties()) ids.push_back(x.id);
    std::cerr << fmt::format("casus show: no treaty \"{}\"; the corpus has: {}\n", id, fmt::join(ids, ", "));
    return 1;
  }
  if (json) {
    nlohmann::json provs = nlohmann::json::array();
    for (const auto& p : t->provisions) {
      nlohmann::json gates = nlohmann::json::array();
      for (const auto& gt : p.gates) gates.push_back({{"kind", to_string(gt.kind)}, {"quote", gt.quote}});
      provs.push_back({{"article", p.article}, {"label", p.label}, {"kind", to_string(p.kind)}, {"title", p.title},
                       {"quote", p.quote}, {"status", to_string(p.provenance.status)}, {"source", p.provenance.source},
                       {"gates", gates}});
    }
    nlohmann::json members = nlohmann::json::array();
    for (const auto& m : t->members)
      members.push_back({{"state", m.state}, {"from", m.from ? nlohmann::json(m.from->str()) : nlohmann::json(nullptr)},
                         {"to", m.to ? nlohmann::json(m.to->str()) : nlohmann::json(nullptr)},
                         {"joined", to_string(m.joined)}, {"status", to_string(m.provenance.status)}});
    std::cout << nlohmann::json{{"id", t->id}, {"name", t->name}, {"signed", t->signed_.date.str()},
                                {"in_force", t->in_force.date.str()},
                                {"ended", t->ended ? nlohmann::json(t->ended->date.str()) : nlohmann::json(nullptr)},
                                {"members", members}, {"provisions", provs}}.dump(2)
              << "\n";
    return 0;
  }
  std::cout << fmt::format("{} — {}\n", t->id, t->name);
  std::cout << fmt::format("  signed    {} {} [{}] {}\n", t->signed_.date.str(), t->signed_.place,
                           to_string(t->signed_.provenance.status), t->signed_.provenance.source);
  std::cout << fmt::format("  in force  {} [{}] {}\n", t->in_force.date.str(), to_string(t->in_force.provenance.status),
                           t->in_force.provenance.source);
  if (t->ended)
    std::cout << fmt::format("  ended     {} ({}) [{}] {}\n", t->ended->date.str(), to_string(t->end_kind),
                             to_string(t->ended->provenance.status), t->ended->provenance.source);
  if (!t->duration_text.empty()) std::cout << fmt::format("  duration  {}\n", t->duration_text);
  std::cout << "  members:\n";
  for (const auto& m : t->members)
    std::cout << fmt::format("    {:<4} {:<40} {} – {} ({}) [{}]\n", m.state, c->state_name(m.state),
                             m.from ? m.from->str() : t->in_force.date.str(), m.to ? m.to->str() : "",
                             to_string(m.joined), to_string(m.provenance.status));
  for (const auto& s : t->suspensions)
    std::cout << fmt::format("  suspension: {} → {} from {} [{}]\n", s.holder, s.beneficiary.value_or("all"),
                             s.from.str(), to_string(s.provenance.status));
  for (const auto& p : t->provisions) {
    std::cout << fmt::format("\n  Art. {} — {} ({}) [{}]\n", p.article, p.title, to_string(p.kind),
                             to_string(p.provenance.status));
    if (!p.quote.empty()) std::cout << fmt::format("    \"{}\"\n", p.quote);
    std::cout << fmt::format("    source: {}\n", p.quote_source.empty() ? p.provenance.source : p.quote_source);
    if (p.trigger) {
      std::cout << fmt::format("    trigger: {} by {}{}{}{}\n", to_string(p.trigger->event), to_string(p.trigger->attacker),
                               p.trigger->attackers.empty() ? "" : fmt::format(" ({})", fmt::join(p.trigger->attackers, ", ")),
                               p.trigger->state_of_war ? "; state of war" : "",
                               p.trigger->unprovoked ? "; without provocation" : "");
      for (const auto& w : p.trigger->where)
        std::cout << fmt::format("      where: target {}{}{}\n", to_string(w.target),
                                 w.region.empty() ? "" : ", region " + w.region,
                                 w.administered_by == AdministeredBy::unconstrained ? "" : ", administered by required");
    }
    for (const auto& gt : p.gates)
      std::cout << fmt::format("    gate {} ({}): \"{}\"\n", to_string(gt.kind), to_string(gate_class(gt.kind)), gt.quote);
    if (!p.provenance.note.empty()) std::cout << fmt::format("    note: {}\n", p.provenance.note);
  }
  for (const auto& u : t->understandings)
    std::cout << fmt::format("\n  {} {} (modifies {}) [{}]: {}\n", u.kind, u.label, u.modifies,
                             to_string(u.provenance.status), u.summary);
  return 0;
}

// The curated corpus extended with ATOP 5.1 (`run --atop`); nullopt means "exit 1".
static std::optional<Corpus> with_atop(const Corpus& curated, const RunOptions& o) {
#ifdef CASUS_HAVE_RESEARCH
  auto dir = research::resolve_data_dir(o.data_dir);
  if (!dir) return std::cerr << "casus run: " << dir.error().message() << "\n", std::nullopt;
  auto data = research::load_atop_data(research::DatasetPaths::in(dir.value()));
  if (!data) return std::cerr << "casus run: " << data.error().message() << "\n", std::nullopt;
  std::vector<std::string> warnings;
  auto c = research::corpus_with_atop(curated, data.value(), nullptr, &warnings);
  if (!c) return std::cerr << "casus run: " << c.error().message() << "\n", std::nullopt;
  for (const auto& w : warnings) std::cerr << "casus run: warning: " << w << "\n";
  return std::move(c).value();
#else
  (void)curated, (void)o;
  std::cerr << "casus run: --atop: this build has no research-data support\n";
  return std::nullopt;
#endif
}

int run(const GlobalOptions& g, const RunOptions& o) {
  auto c = load(g);
  if (!c) return 1;
  if (o.atop && !(c = with_atop(*c, o))) return 1;
  int rc = 0;
  nlohmann::json all = nlohmann::json::array();
  for (const auto& file : o.scenarios) {
    Diagnostics diag;
    auto sc = load_scenario(file == "-" ? "/dev/stdin" : file, *c, diag);  // "-": standard input
    if (!sc) {
      std::cerr << diag.str() << fmt::format("casus run: {}: scenario not evaluated\n", file);
      rc = 1;
      continue;
    }
    if (o.reading == "both") sc->readings = {Reading::literal, Reading::self_defence};
    else if (!o.reading.empty()) sc->readings = {*parse_reading(o.reading)};
    if (o.policy == "both") sc->policies = {HonouringPolicy::all, HonouringPolicy::automatic_only};
    else if (!o.policy.empty()) sc->policies = {*parse_policy(o.policy)};
    ScenarioReport report = evaluate_all(*c, *sc);
    if (o.json) all.push_back(render_json(*c, report));
    else std::cout << render_text(*c, report) << (o.scenarios.size() > 1 ? "\n" : "");
    if (o.check_expectations) {
      auto fails = check_expectations(report);
      for (const auto& f : fails) std::cerr << f << "\n";
      if (!fails.empty() && rc == 0) rc = 2;
    }
  }
  if (o.json) std::cout << (all.size() == 1 ? all[0] : all).dump(2) << "\n";
  return rc;
}

int diff(const GlobalOptions& g, const std::string& a, const std::string& b, bool json) {
  auto c = load(g);
  if (!c) return 1;
  const Treaty* ta = c->treaty(a);
  const Treaty* tb = c->treaty(b);
  for (const auto& [id, t] : {std::pair{a, ta}, std::pair{b, tb}})
    if (!t) {
      std::cerr << fmt::format("casus diff: no treaty \"{}\" in the corpus\n", id);
      return 1;
    }
  auto changes = diff_treaties(*ta, *tb);
  if (json) std::cout << render_diff_json(*ta, *tb, changes).dump(2) << "\n";
  else std::cout << render_diff_text(*ta, *tb, changes);
  return 0;
}

}  // namespace casus::cli

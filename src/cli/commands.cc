#include "cli/commands.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "casus/corpus.h"
#include "casus/diff.h"
#include "casus/expectations.h"
#include "casus/consistency.h"
#include "casus/report.h"
#include "casus/graph.h"
#include "casus/scenario.h"
#include "casus/summary.h"
#include "report/wording.h"
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

namespace {

// The COW state list: from --data-dir, else $CASUS_DATA (as the research commands), else from
// ../shared/data when that exists. A directory asked for by name must hold the list.
std::string cow_states_file(const GlobalOptions& g, Diagnostics& diag) {
  std::string dir, where;
  if (g.data_dir && !g.data_dir->empty()) dir = *g.data_dir, where = "--data-dir";
  else if (const char* env = std::getenv("CASUS_DATA"); env && *env) dir = env, where = "CASUS_DATA";
  else if (fs::is_regular_file(cow_states_in("../shared/data"))) return cow_states_in("../shared/data");
  else return "";
  const std::string file = cow_states_in(dir);
  if (!fs::is_regular_file(file))
    diag.add({file, 0, 0}, where, fmt::format("no COW state list in the data directory \"{}\" (expected cow-states-2016/states2016.csv)", dir));
  return file;
}

}  // namespace

// Loads the corpus or prints every problem; nullopt means "exit 1".
std::optional<Corpus> load_corpus_or_report(const GlobalOptions& g) {
  Diagnostics diag;
  auto files = corpus_files_in(corpus_root(g), diag);
  files.cow_states = cow_states_file(g, diag);
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

namespace {

std::string problems(size_t n) { return fmt::format("{} problem{}", n, n == 1 ? "" : "s"); }

// Checks one corpus (or treaty files with one corpus); prints the outcome under `label`. `given`:
// how many of files.treaties were named on the command line (0: a whole corpus was checked).
bool check_one(const std::string& label, CorpusFiles files, Diagnostics diag, size_t given = 0) {
  std::optional<Corpus> c;
  if (diag.ok()) c = load_corpus(files, diag);
  if (!c) {
    std::cerr << diag.str() << fmt::format("casus check: {}{}; nothing loaded\n", label, problems(diag.items().size()));
    return false;
  }
  size_t provisions = 0;
  for (const auto& t : c->treaties()) provisions += t.provisions.size();
  const std::string what = given == 0 ? "" : fmt::format("{} treaty file{} checked with the corpus: ", given, given == 1 ? "" : "s");
  std::cout << fmt::format("casus check: {}ok — {}{} treaties, {} provisions, {} states, {} locations, {} regions\n",
                           label, what, c->treaties().size(), provisions, c->states().size(), c->locations().size(),
                           c->regions().size());
  return true;
}

// The treaty files to load when `given` files are checked: those, and every treaty of the corpus that
// is not one of them (same file, or same file name: an edited copy stands in for the corpus's file).
// A treaty file refers to other treaties (replaces, ...) and the corpus's declared interpretations
// (declared.toml) refer to treaties by id; checked alone, a correct file would fail on those.
std::vector<std::string> with_corpus_treaties(const std::vector<std::string>& given, const std::vector<std::string>& corpus) {
  std::vector<std::string> out = given;
  for (const auto& c : corpus) {
    bool replaced = false;
    for (const auto& g : given) {
      std::error_code ec;
      replaced |= fs::path(g).filename() == fs::path(c).filename() || fs::equivalent(g, c, ec);
    }
    if (!replaced) out.push_back(c);
  }
  return out;
}

}  // namespace

int check(const GlobalOptions& g, const std::vector<std::string>& paths) {
  // A directory is a corpus root and is checked as a corpus of its own; files are treaty files checked
  // together with the corpus (--corpus): its registry, its law files and its other treaties, which the
  // files' references need. Every argument's problems are printed, and
  // any problem anywhere makes the exit code 1.
  std::vector<std::string> dirs, treaty_files;
  Diagnostics bad_args;
  for (const auto& p : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (fs::is_directory(st)) dirs.push_back(p);
    else if (fs::exists(st)) treaty_files.push_back(p);  // what it is and whether it reads: said when read
    else bad_args.add({p, 0, 0}, "", ec && ec != std::errc::no_such_file_or_directory ? "cannot read: " + ec.message()
                                                                                     : "no such file or directory");
  }
  bool ok = bad_args.ok();
  if (!ok) std::cerr << bad_args.str();
  const bool several = dirs.size() + (treaty_files.empty() ? 0 : 1) > 1;
  if (paths.empty() || !treaty_files.empty()) {
    Diagnostics diag;
    CorpusFiles files = corpus_files_in(corpus_root(g), diag);
    files.cow_states = cow_states_file(g, diag);
    if (!treaty_files.empty()) files.treaties = with_corpus_treaties(treaty_files, files.treaties);
    ok &= check_one(several ? "treaty files: " : "", files, diag, treaty_files.size());
  }
  for (const auto& d : dirs) {
    Diagnostics diag;
    CorpusFiles files = corpus_files_in(d, diag);
    files.cow_states = cow_states_file(g, diag);
    ok &= check_one(several || !bad_args.ok() ? d + ": " : "", files, diag);
  }
  if (!bad_args.ok())
    std::cerr << fmt::format("casus check: {} with the paths given\n", problems(bad_args.items().size()));
  return ok ? 0 : 1;
}

int treaties(const GlobalOptions& g, const TreatiesOptions& o) {
  if (o.timeline) return treaties_timeline(g, o);
  auto c = load(g);
  if (!c) return 1;
  std::optional<Date> at;
  if (!o.at.empty() && !(at = parse_date_arg(o.at, "--at"))) return 1;
  if (!o.state.empty() && !c->state(o.state)) {
    std::cerr << fmt::format("casus: --state: {}\n", c->unknown_state(o.state));
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

namespace {

// Article order for `show`: the preamble first, then by the article's leading number (arabic or roman),
// then everything else (protocols, annexes, "?") in file order.
int article_rank(const std::string& a) {
  if (a.rfind("Preamble", 0) == 0 || a.rfind("preamble", 0) == 0) return 0;
  size_t i = 0;
  int n = 0;
  while (i < a.size() && std::isdigit(static_cast<unsigned char>(a[i]))) n = n * 10 + (a[i++] - '0');
  if (i > 0) return n * 10;
  auto roman = [](char c) {
    switch (c) {
      case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50; default: return 0;
    }
  };
  int total = 0, prev = 0;
  for (i = 0; i < a.size() && roman(a[i]); ++i) {
    int v = roman(a[i]);
    total += v > prev && prev ? v - 2 * prev : v;
    prev = v;
  }
  if (i > 0 && (i == a.size() || !std::isalpha(static_cast<unsigned char>(a[i])))) return total * 10;
  return 1'000'000;
}

std::string trigger_line(const Trigger& t) {
  return fmt::format("{} by {}{}{}{}", to_string(t.event), to_string(t.attacker),
                     t.attackers.empty() ? "" : fmt::format(" ({})", fmt::join(t.attackers, ", ")),
                     t.state_of_war ? "; state of war" : "", t.unprovoked ? "; without provocation" : "");
}

std::string where_line(const WhereClause& w) {
  return fmt::format("target {}{}{}", to_string(w.target), w.region.empty() ? "" : ", region " + w.region,
                     w.administered_by == AdministeredBy::unconstrained ? "" : ", administered by required");
}

nlohmann::json show_json(const Corpus& c, const Treaty& t) {
  using nlohmann::json;
  auto dated = [](const DatedFact& f) {
    return json{{"date", f.date.str()}, {"place", f.place}, {"provenance", provenance_json(f.provenance)}};
  };
  json provs = json::array();
  for (const auto& p : t.provisions) {
    json gates = json::array();
    for (const auto& gt : p.gates)
      gates.push_back({{"kind", to_string(gt.kind)}, {"class", to_string(gate_class(gt.kind))}, {"quote", gt.quote}});
    json j = {{"article", p.article}, {"label", p.label}, {"kind", to_string(p.kind)}, {"title", p.title},
              {"subject", p.subject}, {"wording", wording_json(p)}, {"gates", gates}};
    if (p.trigger) {
      json where = json::array();
      for (const auto& w : p.trigger->where) where.push_back(where_line(w));
      j["trigger"] = {{"summary", trigger_line(*p.trigger)}, {"where", where}};
    }
    provs.push_back(j);
  }
  json members = json::array();
  for (const auto& m : t.members)
    members.push_back({{"state", m.state}, {"name", c.display_name(m.state)}, {"iso_name", c.state_name(m.state)},
                       {"from", m.from ? json(m.from->str()) : json(nullptr)},
                       {"to", m.to ? json(m.to->str()) : json(nullptr)}, {"joined", to_string(m.joined)},
                       {"status", to_string(m.provenance.status)}, {"provenance", provenance_json(m.provenance)}});
  json suspensions = json::array();
  for (const auto& sp : t.suspensions)
    suspensions.push_back({{"holder", sp.holder}, {"beneficiary", sp.beneficiary ? json(*sp.beneficiary) : json(nullptr)},
                           {"from", sp.from.str()}, {"to", sp.to ? json(sp.to->str()) : json(nullptr)},
                           {"provenance", provenance_json(sp.provenance)}});
  json statements = json::array();
  for (const auto& st : t.statements)
    statements.push_back({{"date", st.date.str()}, {"by", st.by}, {"speaker", st.speaker}, {"kind", st.kind},
                          {"about", st.about}, {"summary", st.summary}, {"texts", texts_json(st.texts)},
                          {"provenance", provenance_json(st.provenance)}});
  json declared = json::array();
  for (const auto& d : c.law().declared)
    if (d.treaty == t.id) declared.push_back(declared_json(d));
  json understandings = json::array();
  for (const auto& u : t.understandings)
    understandings.push_back({{"label", u.label}, {"kind", u.kind}, {"modifies", u.modifies}, {"by", u.by},
                              {"date", u.date ? json(u.date->str()) : json(nullptr)}, {"summary", u.summary},
                              {"texts", texts_json(u.texts)}, {"provenance", provenance_json(u.provenance)}});
  json unencoded = json::array();
  for (const auto& ua : t.unencoded)
    unencoded.push_back({{"article", ua.article}, {"reason", ua.reason}, {"summary", ua.summary}});
  json out = {{"id", t.id}, {"name", t.name}, {"short_name", t.short_name},
              {"signed", t.signed_.date.str()}, {"in_force", t.in_force.date.str()},
              {"ended", t.ended ? json(t.ended->date.str()) : json(nullptr)},
              {"signed_fact", dated(t.signed_)}, {"in_force_fact", dated(t.in_force)},
              {"ended_fact", t.ended ? dated(*t.ended) : json(nullptr)},
              {"end_kind", t.ended ? json(to_string(t.end_kind)) : json(nullptr)},
              {"duration", t.duration_text.empty() ? json(nullptr)
                                                   : json{{"text", t.duration_text},
                                                          {"provenance", t.duration_provenance
                                                                             ? provenance_json(*t.duration_provenance)
                                                                             : json(nullptr)}}},
              {"citations", citations_json(t)}, {"members", members}, {"suspensions", suspensions},
              {"provisions", provs}, {"unencoded", unencoded}, {"understandings", understandings},
              {"statements", statements}, {"declared", declared}};
  return out;
}

}  // namespace

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
    std::cout << show_json(*c, *t).dump(2) << "\n";
    return 0;
  }
  std::cout << fmt::format("{} — {}\n", t->id, t->name);
  std::cout << fmt::format("  signed    {} {} {}\n", t->signed_.date.str(), t->signed_.place,
                           source_line(t->signed_.provenance));
  std::cout << fmt::format("  in force  {} {}\n", t->in_force.date.str(), source_line(t->in_force.provenance));
  if (t->ended)
    std::cout << fmt::format("  ended     {} ({}) {}\n", t->ended->date.str(), to_string(t->end_kind),
                             source_line(t->ended->provenance));
  if (!t->duration_text.empty())
    std::cout << fmt::format("  duration  {}{}\n", t->duration_text,
                             t->duration_provenance ? " " + source_line(*t->duration_provenance) : "");
  for (const auto& ct : t->citations)
    std::cout << fmt::format("  treaty series  {} {}\n", ct.str(), source_line(ct.provenance));
  std::cout << "  members:\n";
  for (const auto& m : t->members)
    std::cout << fmt::format("    {:<4} {:<40} {} – {} ({}) [{}]\n", m.state, c->display_name(m.state),
                             m.from ? m.from->str() : t->in_force.date.str(), m.to ? m.to->str() : "",
                             to_string(m.joined), to_string(m.provenance.status));
  for (const auto& s : t->suspensions)
    std::cout << fmt::format("  suspension: {} → {} from {}{} {}\n", s.holder, s.beneficiary.value_or("all"),
                             s.from.str(), s.to ? " to " + s.to->str() : "", source_line(s.provenance));

  // Encoded provisions and unencoded articles together, in the treaty's order.
  struct Item {
    int rank;
    size_t order;
    const Provision* p;
    const UnencodedArticle* u;
  };
  std::vector<Item> items;
  for (const auto& p : t->provisions) items.push_back({article_rank(p.article), items.size(), &p, nullptr});
  for (const auto& u : t->unencoded) items.push_back({article_rank(u.article), items.size(), nullptr, &u});
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.rank < b.rank; });
  std::set<std::string> articles;
  for (const auto& it : items) {
    if (it.u) {
      articles.insert(it.u->article);
      std::cout << fmt::format("\n  {}{} — not encoded\n", it.u->article.rfind("Preamble", 0) == 0 ? "" : "Art. ",
                               it.u->article);
      std::cout << fmt::format("    why: {}\n", it.u->reason);
      if (!it.u->summary.empty()) std::cout << fmt::format("    summary (ours): {}\n", it.u->summary);
      continue;
    }
    const Provision& p = *it.p;
    articles.insert(p.article);
    std::cout << fmt::format("\n  {}{} — {} ({}) [{}]\n", p.article.rfind("Preamble", 0) == 0 ? "" : "Art. ", p.article,
                             p.title, to_string(p.kind), to_string(p.provenance.status));
    std::cout << wording_lines(p, "    ");
    if (p.trigger) {
      std::cout << fmt::format("    trigger: {}\n", trigger_line(*p.trigger));
      for (const auto& w : p.trigger->where) std::cout << fmt::format("      where: {}\n", where_line(w));
    }
    for (const auto& gt : p.gates)
      std::cout << fmt::format("    gate {} ({}){}\n", to_string(gt.kind), to_string(gate_class(gt.kind)),
                               gt.quote.empty() ? "" : fmt::format(": \"{}\"", gt.quote));
    if (!p.provenance.note.empty()) std::cout << fmt::format("    note: {}\n", p.provenance.note);
  }
  if (!t->unencoded.empty()) {
    // Numbered articles only ("4", "IV"): not the preamble, protocols, or a paragraph whose number is open.
    auto numbered = [](const std::string& a) {
      return !a.empty() && std::all_of(a.begin(), a.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) || std::string_view("IVXLC").find(ch) != std::string_view::npos;
      });
    };
    int encoded = 0, open = 0;
    for (const auto& a : articles)
      if (numbered(a)) ++(t->unencoded.end() != std::find_if(t->unencoded.begin(), t->unencoded.end(),
                                                               [&](const UnencodedArticle& u) { return u.article == a; })
                              ? open
                              : encoded);
    std::cout << fmt::format("\n  {} numbered articles: {} encoded, {} not encoded\n", encoded + open, encoded, open);
  }
  for (const auto& u : t->understandings) {
    std::cout << fmt::format("\n  {} {} (modifies {}){} {}\n", u.kind, u.label, u.modifies,
                             u.date ? " " + u.date->str() : "", source_line(u.provenance));
    std::cout << statement_words(u.texts, u.summary, "    ");
  }
  for (const auto& st : t->statements) {
    std::cout << fmt::format("\n  statement {} {} by {}{}{} {}\n", st.date.str(), st.kind, st.by.empty() ? st.speaker : st.by,
                             st.by.empty() || st.speaker.empty() ? "" : " (" + st.speaker + ")",
                             st.about.empty() ? "" : " on " + st.about, source_line(st.provenance));
    std::cout << statement_words(st.texts, st.summary, "    ");
    if (!st.provenance.note.empty()) std::cout << fmt::format("    note: {}\n", st.provenance.note);
  }
  // The parties' recorded readings of this treaty live once, in corpus/declared.toml (the declared
  // reading applies them); show lists them here so the treaty's page is complete.
  for (const auto& d : c->law().declared) {
    if (d.treaty != t->id) continue;
    std::cout << fmt::format("\n  declared {} {} by {}{} ({}, condition {}; corpus/declared.toml {}) {}\n", d.date.str(),
                             d.kind, d.by, d.about.empty() ? "" : " on " + d.about,
                             d.official ? "official" : "non-official", to_string(d.condition), d.id,
                             source_line(d.provenance));
    if (!d.quote.empty()) std::cout << fmt::format("    the source's words: \"{}\"\n", d.quote);
    if (!d.summary.empty()) std::cout << fmt::format("    summary (ours): {}\n", d.summary);
    if (!d.provenance.note.empty()) std::cout << fmt::format("    note: {}\n", d.provenance.note);
  }
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
    else if (o.reading == "all") sc->readings = {std::begin(kAllReadings), std::end(kAllReadings)};
    else if (!o.reading.empty()) sc->readings = {*parse_reading(o.reading)};
    if (o.policy == "both") sc->policies = {HonouringPolicy::all, HonouringPolicy::automatic_only};
    else if (!o.policy.empty()) sc->policies = {*parse_policy(o.policy)};
    EvaluationOptions base;
    base.evidence = parse_evidence(o.evidence).value_or(EvidenceLevel::any);
    base.claims = o.claims == "accepted"   ? ClaimAssumption::accepted
                  : o.claims == "rejected" ? ClaimAssumption::rejected
                                           : ClaimAssumption::undecided;
    base.assume_discretionary_response = o.assume_discretion;
    ScenarioReport report = evaluate_all(*c, *sc, base);
    const Language lang = parse_language(o.lang).value_or(Language::en);
    if (!o.graph.empty()) std::cout << render_graph(*c, report, *parse_graph_format(o.graph), lang);
    else if (o.json) all.push_back(render_json(*c, report, lang));
    else {
      // The answer first, in sentences; the full trace, unchanged, only when asked for.
      std::cout << render_summary_text(summarize(*c, report, lang));
      if (o.trace) std::cout << "\n" << render_text(*c, report);
      if (o.scenarios.size() > 1) std::cout << "\n";
    }
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

int consistency(const GlobalOptions& g, const std::string& id, const std::string& at, bool json) {
  auto c = load(g);
  if (!c) return 1;
  const Treaty* t = c->treaty(id);
  if (!t) {
    std::cerr << fmt::format("casus consistency: no treaty \"{}\" in the corpus\n", id);
    return 1;
  }
  auto d = Date::parse(at);
  if (!d) {
    std::cerr << fmt::format("casus consistency: --at: expected a date YYYY-MM-DD; found \"{}\"\n", at);
    return 2;
  }
  auto tensions = casus::consistency(*c, *t, *d);
  if (json) std::cout << render_consistency_json(*c, *t, *d, tensions).dump(2) << "\n";
  else std::cout << render_consistency_text(*c, *t, *d, tensions);
  return 0;
}

}  // namespace casus::cli

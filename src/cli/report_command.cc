// casus report SCENARIO --html FILE: one self-contained HTML file. The cascade graph is drawn by
// Graphviz's `dot -Tsvg` (Debian package graphviz); without it the file says so, and so does stderr.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "casus/graph.h"
#include "casus/html_report.h"
#include "casus/scenario.h"
#include "cli/commands.h"

namespace fs = std::filesystem;

namespace casus::cli {
namespace {

// The `dot` program on PATH, or empty.
std::string find_dot() {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    const fs::path p = fs::path(dir) / "dot";
    if (access(p.c_str(), X_OK) == 0) return p.string();
  }
  return "";
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Renders the graph with dot; on failure `problem` says why.
HtmlGraph svg_of(const std::string& dot_source) {
  HtmlGraph g;
  const std::string dot = find_dot();
  if (dot.empty()) {
    g.problem = "Graphviz's dot program was not found on PATH (Debian package graphviz; scripts/deps.sh installs it)";
    return g;
  }
  const fs::path dir = fs::temp_directory_path();
  const std::string stem = fmt::format("casus-report-{}", getpid());
  const fs::path in = dir / (stem + ".dot"), out = dir / (stem + ".svg"), err = dir / (stem + ".err");
  std::ofstream(in, std::ios::binary) << dot_source;
  const std::string cmd = fmt::format("'{}' -Tsvg '{}' -o '{}' 2>'{}'", dot, in.string(), out.string(), err.string());
  const int rc = std::system(cmd.c_str());
  if (rc != 0) g.problem = fmt::format("dot -Tsvg failed (status {}): {}", rc, slurp(err));
  else g.svg = slurp(out);
  std::error_code ec;
  fs::remove(in, ec), fs::remove(out, ec), fs::remove(err, ec);
  return g;
}

}  // namespace

int report(const GlobalOptions& g, const ReportOptions& o) {
  auto c = load_corpus_or_report(g);
  if (!c) return 1;
  Diagnostics diag;
  auto sc = load_scenario(o.scenario, *c, diag);
  if (!sc) {
    std::cerr << diag.str() << fmt::format("casus report: {}: scenario not evaluated\n", o.scenario);
    return 1;
  }
  if (o.reading == "both") sc->readings = {Reading::literal, Reading::self_defence};
  else if (o.reading == "all") sc->readings = {std::begin(kAllReadings), std::end(kAllReadings)};
  else if (!o.reading.empty()) sc->readings = {*parse_reading(o.reading)};
  if (o.policy == "both") sc->policies = {HonouringPolicy::all, HonouringPolicy::automatic_only};
  else if (!o.policy.empty()) sc->policies = {*parse_policy(o.policy)};
  const Language lang = parse_language(o.lang).value_or(Language::en);
  const ScenarioReport rep = evaluate_all(*c, *sc);

  const HtmlGraph graph = svg_of(render_graph(*c, rep, GraphFormat::dot, lang));
  if (!graph.problem.empty()) std::cerr << "casus report: no cascade picture: " << graph.problem << "\n";
  const std::string html = render_html(*c, rep, lang, graph);

  // Written next to the target and renamed over it: a reader never sees half a file.
  const fs::path target(o.html);
  const fs::path tmp = target.parent_path() / fmt::format(".{}.tmp-{}", target.filename().string(), getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << html;
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      std::cerr << fmt::format("casus report: {}: cannot write the file\n", tmp.string());
      return 1;
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    std::cerr << fmt::format("casus report: {}: cannot write the file: {}\n", target.string(), ec.message());
    return 1;
  }
  std::cerr << fmt::format("casus report: wrote {}\n", target.string());
  return 0;
}

}  // namespace casus::cli

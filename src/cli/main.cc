// casus command-line client. All options are declared in one block per subcommand; the work is done
// by the engine library, and only this file turns results and diagnostics into output and exit codes.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "casus/corpus.h"
#include "casus/diff.h"
#include "casus/report.h"
#include "casus/scenario.h"
#include "cli/commands.h"
#include "cli/serve_command.h"
#include "cli/version.h"
#ifdef CASUS_HAVE_RESEARCH
#include "casus/research/commands.h"
#endif

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  CLI::App app{"casus — military-alliance treaties as code: casus foederis, cascades, conflicts"};
  app.require_subcommand(1);
  casus::cli::GlobalOptions global;
  // The version names the corpus it would load: --corpus is looked up in argv, as it may follow.
  app.set_version_flag("--version", [&] {
    casus::cli::GlobalOptions g;
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "--corpus" && i + 1 < argc) g.corpus = argv[i + 1];
      else if (a.rfind("--corpus=", 0) == 0) g.corpus = a.substr(9);
    }
    return casus::cli::version_line(casus::cli::corpus_root(g));
  });
  app.add_option("--corpus", global.corpus,
                 "Corpus directory (states.toml, locations.toml, treaties/); default $CASUS_CORPUS or ./corpus");

  app.add_option("--data-dir", global.data_dir,
                 "Research data directory, for the COW state list (default: $CASUS_DATA, else ../shared/data if present)");

  // casus states
  casus::cli::StatesOptions sopt;
  auto* states = app.add_subcommand("states", "List the states a scenario or treaty may name (ISO 3166-1, COW, curated)");
  states->add_option("query", sopt.query, "Part of an id, a name (English or German), a COW abbreviation or code");
  states->add_option("--lang", sopt.lang, "Language of the display name: en (default) or de");
  states->add_option("--data-dir", global.data_dir, "Research data directory, for the COW state list");
  states->add_flag("--json", sopt.json, "JSON output");
  states->callback([&] { throw CLI::RuntimeError(casus::cli::states(global, sopt)); });

  // casus check
  std::vector<std::string> check_paths;
  auto* check = app.add_subcommand("check", "Validate corpus files; every problem as file:line:column: field: expected");
  check->add_option("paths", check_paths, "Corpus directories or treaty files (default: the corpus)");
  check->callback([&] { throw CLI::RuntimeError(casus::cli::check(global, check_paths)); });

  // casus treaties
  casus::cli::TreatiesOptions topt;
  auto* treaties = app.add_subcommand("treaties", "List treaties, optionally those in force on a date or binding a state");
  treaties->add_option("--at", topt.at, "Only treaties in force on this date (YYYY-MM-DD)");
  treaties->add_option("--state", topt.state, "Only treaties this state is a member of (on --at, if given)");
  treaties->add_flag("--json", topt.json, "JSON output");
  treaties->add_flag("--timeline", topt.timeline, "The treaties and memberships over time (of --state, else all)");
  treaties->add_option("--lang", topt.lang, "Language of --timeline: en (default) or de")->check(CLI::IsMember({"en", "de"}));
  treaties->callback([&] { throw CLI::RuntimeError(casus::cli::treaties(global, topt)); });

  // casus show
  std::string show_id;
  bool show_json = false;
  auto* show = app.add_subcommand("show", "Show a treaty: dates, members, and every provision with its encoding");
  show->add_option("treaty", show_id, "Treaty id (e.g. ru-kp-2024)")->required();
  show->add_flag("--json", show_json, "JSON output");
  show->callback([&] { throw CLI::RuntimeError(casus::cli::show(global, show_id, show_json)); });

  // casus sources
  std::string sources_id;
  bool sources_json = false;
  auto* sources = app.add_subcommand("sources", "Count provisions by the authority class and status of their sources");
  sources->add_option("treaty", sources_id, "Only this treaty (default: every treaty and the whole corpus)");
  sources->add_flag("--json", sources_json, "JSON output");
  sources->callback([&] { throw CLI::RuntimeError(casus::cli::sources(global, sources_id, sources_json)); });

  // casus run
  casus::cli::RunOptions ropt;
  auto* run = app.add_subcommand("run", "Evaluate scenario files: casus foederis, gates, cascade, conflicts, traces");
  run->add_option("scenarios", ropt.scenarios, "Scenario files (TOML); - reads one from standard input")->required();
  run->add_option("--reading", ropt.reading,
                  "literal, self-defence, charter, declared, both (literal and self-defence) or all "
                  "(default: the scenario's, else all)")
      ->check(CLI::IsMember({"literal", "self-defence", "charter", "declared", "both", "all"}));
  run->add_option("--evidence", ropt.evidence,
                  "any, partly (treat [U] facts as unknown) or verified (treat [U] and [P] facts as unknown)")
      ->check(CLI::IsMember({"any", "partly", "verified"}));
  run->add_option("--claims", ropt.claims, "undecided, accepted or rejected: how claimed legal bases are taken")
      ->check(CLI::IsMember({"undecided", "accepted", "rejected"}));
  run->add_flag("--assume-discretion", ropt.assume_discretion,
                "Under policy all, assume a response the text leaves to the holder (\"act to meet the common "
                "danger\") is made and is war");
  run->add_option("--policy", ropt.policy, "all, automatic-only or both (default: the scenario's, else all)")
      ->check(CLI::IsMember({"all", "automatic-only", "both"}));
  run->add_flag("--json", ropt.json, "JSON output (documented in docs/json-output.md)");
  run->add_flag("--check-expectations", ropt.check_expectations,
                "Also check the scenario's [expect] tables; exit 2 if one fails");
  run->add_flag("--atop", ropt.atop,
                "Also evaluate over every ATOP 5.1 alliance (coded by ATOP, not from texts; curated files win)");
  run->add_option("--data-dir", ropt.data_dir, "Research data directory for --atop (default: $CASUS_DATA)");
  run->add_flag("--trace", ropt.trace, "After the summary, the full trace: every finding, condition, gate and source");
  run->add_option("--lang", ropt.lang, "Language of the summary: en (default) or de")->check(CLI::IsMember({"en", "de"}));
  run->add_option("--graph", ropt.graph, "Print the cascade as a graph instead: dot (Graphviz) or mermaid")
      ->check(CLI::IsMember({"dot", "mermaid"}));
  run->callback([&] {
    if (ropt.data_dir && !global.data_dir) global.data_dir = ropt.data_dir;  // one data directory for both
    throw CLI::RuntimeError(casus::cli::run(global, ropt));
  });

  // casus report
  casus::cli::ReportOptions pop;
  auto* rep = app.add_subcommand("report", "Write one self-contained HTML file: summary, cascade graph, timeline, trace");
  rep->add_option("scenario", pop.scenario, "Scenario file (TOML)")->required();
  rep->add_option("--html", pop.html, "The HTML file to write (atomically)")->required();
  rep->add_option("--lang", pop.lang, "en (default) or de")->check(CLI::IsMember({"en", "de"}));
  rep->add_option("--reading", pop.reading, "As for run (default: the scenario's)")
      ->check(CLI::IsMember({"literal", "self-defence", "charter", "declared", "both", "all"}));
  rep->add_option("--policy", pop.policy, "As for run (default: the scenario's)")
      ->check(CLI::IsMember({"all", "automatic-only", "both"}));
  rep->callback([&] { throw CLI::RuntimeError(casus::cli::report(global, pop)); });

  // casus diff
  std::string diff_a, diff_b;
  bool diff_json = false;
  auto* diff = app.add_subcommand("diff", "Compare two treaties provision by provision: added, dropped, qualified");
  diff->add_option("treaty_a", diff_a, "The earlier treaty")->required();
  diff->add_option("treaty_b", diff_b, "The later treaty")->required();
  diff->add_flag("--json", diff_json, "JSON output");
  diff->callback([&] { throw CLI::RuntimeError(casus::cli::diff(global, diff_a, diff_b, diff_json)); });

  // casus consistency
  std::string cons_treaty, cons_at;
  bool cons_json = false;
  auto* cons = app.add_subcommand(
      "consistency", "Tensions between a treaty's provisions and binding UN Security Council measures on a date");
  cons->add_option("treaty", cons_treaty, "Treaty id (e.g. ru-kp-2024)")->required();
  cons->add_option("--at", cons_at, "Date (YYYY-MM-DD); default: today's measures are not assumed, so required")
      ->required();
  cons->add_flag("--json", cons_json, "JSON output");
  cons->callback([&] { throw CLI::RuntimeError(casus::cli::consistency(global, cons_treaty, cons_at, cons_json)); });

  // casus serve
  casus::cli::ServeCliOptions serve_opt;
  auto* serve = app.add_subcommand("serve", "Serve the JSON API (/api/openapi.json) and the page on 127.0.0.1");
  serve->add_option("--port", serve_opt.port, "TCP port (default 8080; 0 picks a free one and prints it)")
      ->check(CLI::Range(0, 65535));
  serve->add_option("--host", serve_opt.host, "Address to bind (default 127.0.0.1: this machine only)");
  serve->add_option("--data-dir", serve_opt.data_dir,
                    "Data directory, as casus --data-dir (its COW state list); saved scenarios are kept next to the "
                    "data, in DIR/scenarios.sqlite, unless --store");
  serve->add_option("--store", serve_opt.store,
                    "SQLite file of saved scenarios (default DATA_DIR/scenarios.sqlite with --data-dir, else "
                    "${XDG_DATA_HOME:-~/.local/share}/casus/scenarios.sqlite)");
  serve->add_option("--assets", serve_opt.assets, "Folder of the built page (default: the installed or built web/)");
  serve->add_option("--max-body", serve_opt.max_body, "Largest request body in bytes (default 262144)")
      ->check(CLI::Range(size_t{1024}, size_t{16} << 20));
  serve->callback([&] {
    if (!serve_opt.data_dir.empty() && !global.data_dir) global.data_dir = serve_opt.data_dir;  // one data directory
    throw CLI::RuntimeError(casus::cli::serve(global, serve_opt));
  });

  // casus help [COMMAND]
  std::string help_for;
  auto* help = app.add_subcommand("help", "Show the help of casus or of one command");
  help->add_option("command", help_for, "A command (run, serve, ...)");
  help->callback([&] {
    if (help_for.empty()) {
      std::cout << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
      throw CLI::RuntimeError(0);
    }
    for (auto* sub : app.get_subcommands({}))
      if (sub->get_name() == help_for) {
        std::cout << sub->help();
        throw CLI::RuntimeError(0);
      }
    std::cerr << fmt::format("casus help: no command \"{}\"; casus help lists them\n", help_for);
    throw CLI::RuntimeError(2);
  });

#ifdef CASUS_HAVE_RESEARCH
  // casus replay
  casus::cli::ReplayOptions popt;
  auto* replay = app.add_subcommand("replay", "Compare a scenario's evaluation with the COW Inter-State War record");
  replay->add_option("scenario", popt.scenario, "Scenario file (TOML)")->required();
  replay->add_option("--war", popt.war, "COW Inter-State War number (e.g. 106 for World War I)")->required();
  replay->add_option("--reading", popt.reading, "literal, self-defence, charter or declared (default literal)")
      ->check(CLI::IsMember({"literal", "self-defence", "charter", "declared"}));
  replay->add_option("--policy", popt.policy, "all or automatic-only (default all)")
      ->check(CLI::IsMember({"all", "automatic-only"}));
  replay->add_option("--data-dir", popt.data_dir, "Directory of the research datasets (default $CASUS_DATA)");
  replay->add_flag("--json", popt.json, "JSON output");
  replay->callback([&] {
    if (!popt.data_dir.empty() && !global.data_dir) global.data_dir = popt.data_dir;
    throw CLI::RuntimeError(casus::cli::replay(global, popt));
  });

  casus::research::register_commands(app);
#endif

  // Exit codes (README): a command's own code; 0 for --help and --version; 2 for every usage error,
  // whatever CLI11's internal code (105 conversion, 106 validation, 109 extras, ...).
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();
  } catch (const CLI::ParseError& e) {
    bool known = false;
    for (const auto* sub : app.get_subcommands({})) known |= argc > 1 && sub->get_name() == argv[1];
    if (argc > 1 && argv[1][0] != '-' && !known) {  // CLI11 would only say that one is required
      std::cerr << fmt::format("casus: no command \"{}\"; casus help lists them\n", argv[1]);
      return 2;
    }
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return 0;
}

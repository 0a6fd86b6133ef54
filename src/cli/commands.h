// The CLI's subcommands, each returning the process exit code: 0 success, 1 a problem in the input
// (diagnostics printed on stderr), 2 a failed expectation.
#pragma once

#include <optional>
#include <optional>
#include <string>
#include <vector>

#include "casus/corpus.h"

namespace casus::cli {

struct GlobalOptions {
  std::string corpus;  // empty: $CASUS_CORPUS, else ./corpus
  // The research data directory, for the COW state list: empty: $CASUS_DATA, else ../shared/data
  // when it exists, else none (historical COW states are then unknown ids).
  std::optional<std::string> data_dir;
};

struct StatesOptions {
  std::string query;
  std::string lang = "en";
  bool json = false;
};

struct TreatiesOptions {
  std::string at, state;
  bool json = false;
  bool timeline = false;  // dated facts of the treaties over time (of --state, else of every treaty)
  std::string lang = "en";
};

struct RunOptions {
  std::vector<std::string> scenarios;
  std::string reading, policy;
  std::string evidence = "any";           // any | partly | verified
  std::string claims = "undecided";       // undecided | accepted | rejected
  bool assume_discretion = false;         // responses left to the holder assumed made (policy all)
  bool json = false;
  bool check_expectations = false;
  bool atop = false;                     // also every ATOP 5.1 alliance (curated files win by atop_id)
  std::optional<std::string> data_dir;   // for --atop; default $CASUS_DATA
  bool trace = false;                    // the full trace (render_text) after the summary
  std::string lang = "en";               // language of the summary: en | de
  std::string graph;                     // dot | mermaid: print the cascade graph instead
};

struct ReportOptions {
  std::string scenario, html;
  std::string lang = "en";
  std::string reading, policy;  // as for run; default the scenario's
};

struct ReplayOptions {
  std::string scenario;
  int war = 0;
  std::string reading = "literal", policy = "all";
  std::string data_dir;  // empty: $CASUS_DATA
  bool json = false;
};

// The corpus directory: --corpus, else $CASUS_CORPUS, else ./corpus.
std::string corpus_root(const GlobalOptions& g);

// Loads the corpus named by the global options, or prints every problem and returns nullopt.
std::optional<Corpus> load_corpus_or_report(const GlobalOptions& g);

int check(const GlobalOptions& g, const std::vector<std::string>& paths);
int treaties(const GlobalOptions& g, const TreatiesOptions& o);
int show(const GlobalOptions& g, const std::string& id, bool json);
int sources(const GlobalOptions& g, const std::string& id, bool json);  // provisions by source authority
int run(const GlobalOptions& g, const RunOptions& o);
int diff(const GlobalOptions& g, const std::string& a, const std::string& b, bool json);
int consistency(const GlobalOptions& g, const std::string& treaty, const std::string& at, bool json);
int states(const GlobalOptions& g, const StatesOptions& o);
int replay(const GlobalOptions& g, const ReplayOptions& o);  // only with the research library
int treaties_timeline(const GlobalOptions& g, const TreatiesOptions& o);  // treaties --timeline
int report(const GlobalOptions& g, const ReportOptions& o);             // report SCENARIO --html FILE

}  // namespace casus::cli

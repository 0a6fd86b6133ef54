// Reports on evaluations: a text report for the terminal and a JSON document for programs.
// The JSON layout is documented in docs/json-output.md and versioned by its "schema" field.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/evaluation.h"
#include "casus/language.h"

namespace casus {

// One scenario evaluated under several (reading, policy) combinations, in the order given.
struct ScenarioReport {
  const Scenario* scenario = nullptr;
  std::vector<Evaluation> evaluations;
  // When a use of force rests on a claimed basis: for each reading (first policy), the evaluation with
  // every claim accepted, then with every claim rejected.
  std::vector<Evaluation> claim_variants;
};

// Builds the report from the scenario's readings x policies, each with the other options of `base`.
ScenarioReport evaluate_all(const Corpus& corpus, const Scenario& scenario, const EvaluationOptions& base = {});

std::string render_text(const Corpus& corpus, const ScenarioReport& report);
// The JSON report (docs/json-output.md) as compact text, written directly: what the server sends and
// the Python package parses. With a "summary" field: summary_json (include/casus/summary.h) in the
// language given.
std::string render_json_text(const Corpus& corpus, const ScenarioReport& report,
                             Language summary_language = Language::en);
// The same document as a tree, for callers that read or combine it (the CLI, tests).
nlohmann::json render_json(const Corpus& corpus, const ScenarioReport& report, Language summary_language = Language::en);

// Findings whose outcome differs between evaluations (of one scenario, e.g. under each reading): one
// row per (provision, holder, beneficiary) with, per evaluation, its strongest finding (nullptr: none).
// A provision that fires under none of them is no difference and is left out.
std::vector<std::vector<const Finding*>> reading_table(const std::vector<const Evaluation*>& evaluations);

// 3: the corpus's words (clauses, citations, understandings, statements, declared interpretations)
// are written once, in top-level arrays, and findings name them by index; 2 repeated them per finding.
constexpr int kJsonSchemaVersion = 3;

}  // namespace casus

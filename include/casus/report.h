// Reports on evaluations: a text report for the terminal and a JSON document for programs.
// The JSON layout is documented in docs/json-output.md and versioned by its "schema" field.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/evaluation.h"

namespace casus {

// One scenario evaluated under several (reading, policy) combinations, in the order given.
struct ScenarioReport {
  const Scenario* scenario = nullptr;
  std::vector<Evaluation> evaluations;
};

// Builds the report from the scenario's readings x policies.
ScenarioReport evaluate_all(const Corpus& corpus, const Scenario& scenario);

std::string render_text(const Corpus& corpus, const ScenarioReport& report);
nlohmann::json render_json(const Corpus& corpus, const ScenarioReport& report);

// Findings whose outcome differs between two evaluations with the same policy, as text lines.
struct ReadingDifference {
  const Finding* a = nullptr;  // in the first evaluation (nullptr: not there)
  const Finding* b = nullptr;
};
std::vector<ReadingDifference> reading_differences(const Evaluation& a, const Evaluation& b);

constexpr int kJsonSchemaVersion = 2;

}  // namespace casus

// The server's one dependence on the scenario format, the loader and the evaluation.
//
// A scenario reaches the server as TOML text (an upload, a saved file) or as JSON fields (the page's
// builder). JSON fields are turned into TOML text, so that both go through the one scenario loader
// and get its located diagnostics, and so that a saved scenario is always a TOML file a user can
// download and run with `casus run`. The evaluation's result is the JSON report of `casus run
// --json` (docs/json-output.md), passed through unchanged: nothing here reads an evaluation field.
// When the scenario format or the report changes, this file (and web/src/evaluation.js) is where
// the server and the page follow.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/corpus.h"
#include "casus/report.h"
#include "server/api_error.h"

namespace casus::server {

template <class T>
struct Result {
  std::optional<T> value;
  ApiError error;
  static Result ok(T v) { return {std::move(v), {}}; }
  static Result fail(ApiError e) { return {std::nullopt, std::move(e)}; }
  explicit operator bool() const { return value.has_value(); }
};

// A scenario as it came in.
struct ScenarioSource {
  std::string toml;        // the text the loader reads
  bool from_json = false;  // generated from JSON fields: diagnostics name fields, not lines
  std::vector<std::string> readings, policies;  // overrides of the scenario's [options]; empty: keep
};

// Reads a request body: Content-Type application/toml (or text/plain) is TOML text; application/json
// is {"scenario": {fields}} or {"toml": "text"}, optionally with "readings" and "policies" arrays.
Result<ScenarioSource> scenario_from_body(const std::string& content_type, const std::string& body);

// JSON fields -> TOML text. Strings of the form YYYY-MM-DD become TOML dates; null means absent.
Result<std::string> toml_from_fields(const nlohmann::json& fields);
// TOML text -> JSON fields (dates as YYYY-MM-DD strings); nullopt when the text is not TOML.
std::optional<nlohmann::json> fields_from_toml(const std::string& toml);

// A scenario the loader accepted against the corpus.
struct CheckedScenario {
  std::string toml;      // with the overrides applied
  std::string title;
  nlohmann::json fields; // the same scenario as JSON fields
};
Result<CheckedScenario> check_scenario(const Corpus& corpus, const ScenarioSource& source);

// Evaluates under the scenario's readings and policies and hands the report to `render` (the summary,
// the graph); errors of the body or the loader are answered as by evaluate_scenario.
Result<nlohmann::json> evaluate_with(const Corpus& corpus, const ScenarioSource& source,
                                     const std::function<nlohmann::json(const ScenarioReport&)>& render);
// Evaluates under the scenario's readings and policies: the JSON report of `casus run --json`, as the
// compact text the server sends (written directly, render_json_text: no tree is built).
Result<std::string> evaluate_scenario(const Corpus& corpus, const ScenarioSource& source);

}  // namespace casus::server

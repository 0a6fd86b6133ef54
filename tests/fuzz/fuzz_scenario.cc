// libFuzzer targets: one scenario file against the repository's corpus. fuzz_scenario loads it;
// fuzz_scenario_report (built with CASUS_FUZZ_EVALUATE) also evaluates what loads, under every reading
// and policy it asks for, and renders the report as text and as JSON. Two targets because a report
// costs about a second under the sanitizers (one armed attack gives some 5 MB of JSON): the loader
// alone runs a thousand times faster and so is fuzzed far deeper.
// Only the engine's public API (load corpus, load scenario, evaluate, render), so that the target
// survives changes inside the engine.
#include "casus/corpus.h"
#include "casus/expectations.h"
#include "casus/report.h"
#include "casus/scenario.h"
#include "fuzz_support.h"

// The one-time load before the first input, so that it is not counted against the first input's
// -timeout (on a loaded machine it took longer than the whole limit: a false "timeout" finding).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)casus::fuzz::repository_corpus();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const casus::Corpus& c = casus::fuzz::repository_corpus();
  const std::string& file = casus::fuzz::write_input(data, size);
  casus::Diagnostics diag;
  auto sc = casus::load_scenario(file, c, diag);
  casus::fuzz::require_value_xor_located(sc.has_value(), diag, file);
#ifdef CASUS_FUZZ_EVALUATE
  if (!sc) return 0;
  casus::ScenarioReport report = casus::evaluate_all(c, *sc);
  const std::string text = casus::render_text(c, report);
  // The writer throws on a string that is not UTF-8 (a finding); parsing the text back proves it JSON.
  const std::string json = casus::render_json_text(c, report);
  (void)nlohmann::json::parse(json);
  if (text.empty() || json.empty()) casus::fuzz::fail("an empty report for a scenario that loaded");
  (void)casus::check_expectations(report);
#endif
  return 0;
}

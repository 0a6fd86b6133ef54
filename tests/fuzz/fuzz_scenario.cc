// libFuzzer target: one scenario file against the repository's corpus, and, when it loads, its
// evaluation under every reading and policy it asks for, rendered as text and as JSON.
// Only the engine's public API (load corpus, load scenario, evaluate, render), so that the target
// survives changes inside the engine.
#include "casus/corpus.h"
#include "casus/expectations.h"
#include "casus/report.h"
#include "casus/scenario.h"
#include "fuzz_support.h"

namespace {

const casus::Corpus& corpus() {
  static const casus::Corpus c = [] {
    casus::Diagnostics diag;
    auto files = casus::corpus_files_in(CASUS_SOURCE_DIR "/corpus", diag);
    std::optional<casus::Corpus> loaded;
    if (diag.ok()) loaded = casus::load_corpus(files, diag);
    if (!loaded) casus::fuzz::fail("the repository's corpus does not load:\n" + diag.str());
    return std::move(*loaded);
  }();
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const casus::Corpus& c = corpus();
  const std::string& file = casus::fuzz::write_input(data, size);
  casus::Diagnostics diag;
  auto sc = casus::load_scenario(file, c, diag);
  casus::fuzz::require_value_xor_located(sc.has_value(), diag, file);
  if (!sc) return 0;
  casus::ScenarioReport report = casus::evaluate_all(c, *sc);
  const std::string text = casus::render_text(c, report);
  const std::string json = casus::render_json(c, report).dump(2);
  if (text.empty() || json.empty()) casus::fuzz::fail("an empty report for a scenario that loaded");
  (void)casus::check_expectations(report);
  return 0;
}

// Once they exist (another branch builds them), the JSON API's request parser and the saved-scenario
// store get targets of their own here (fuzz_api_request.cc, fuzz_scenario_store.cc), with the same
// contract through casus::fuzz::require_value_xor_located, and a line in FUZZ_TARGETS (CMakeLists.txt).

// What one POST /api/evaluate costs, piece by piece, for the Korea 2025 seed scenario under its eight
// reading x policy combinations: the evaluation itself, and the JSON report the server sends, written
// directly as text (render_json_text). For comparison, the tree of the same document (render_json:
// the text parsed back, as the CLI and the tests read it) and dumping that tree, which is how the
// server wrote the report until schema 3. Run:
//   build-rel/serve_request_bench --benchmark_min_time=1
// The server's own work around these (parsing the body, the loader, the socket) is not measured here.
#include <benchmark/benchmark.h>

#include "casus/evaluation.h"
#include "casus/report.h"

using namespace casus;

namespace {

struct Fixture {
  Corpus corpus;
  Scenario scenario;
};

const Fixture& fixture() {
  static Fixture* f = [] {
    Diagnostics diag;
    auto files = corpus_files_in(std::string(CASUS_SOURCE_DIR) + "/corpus", diag);
    auto c = load_corpus(files, diag);
    if (!c) std::abort();
    auto sc = load_scenario(std::string(CASUS_SOURCE_DIR) + "/examples/korea-2025-attack-on-dprk.toml", *c, diag);
    if (!sc) std::abort();
    return new Fixture{std::move(*c), std::move(*sc)};
  }();
  return *f;
}

void BM_EvaluateAll(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(evaluate_all(f.corpus, f.scenario));
}
BENCHMARK(BM_EvaluateAll)->Unit(benchmark::kMillisecond);

void BM_RenderJsonText(benchmark::State& state) {
  const auto& f = fixture();
  ScenarioReport r = evaluate_all(f.corpus, f.scenario);
  size_t bytes = 0;
  for (auto _ : state) {
    std::string s = render_json_text(f.corpus, r);
    bytes = s.size();
    benchmark::DoNotOptimize(s);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_RenderJsonText)->Unit(benchmark::kMillisecond);

void BM_RenderJson(benchmark::State& state) {
  const auto& f = fixture();
  ScenarioReport r = evaluate_all(f.corpus, f.scenario);
  for (auto _ : state) benchmark::DoNotOptimize(render_json(f.corpus, r));
}
BENCHMARK(BM_RenderJson)->Unit(benchmark::kMillisecond);

void BM_Dump(benchmark::State& state) {
  const auto& f = fixture();
  ScenarioReport r = evaluate_all(f.corpus, f.scenario);
  nlohmann::json j = render_json(f.corpus, r);
  size_t bytes = 0;
  for (auto _ : state) {
    std::string s = j.dump();
    bytes = s.size();
    benchmark::DoNotOptimize(s);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_Dump)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

// Scenario evaluation over the whole corpus: one full cascade (every provision of every treaty checked
// against every event, to the fixpoint, with traces) per iteration. Run:
//   build/evaluate_bench --benchmark_min_time=1
#include <filesystem>
#include <map>

#include <benchmark/benchmark.h>

#include "casus/evaluation.h"
#include "casus/report.h"

using namespace casus;

namespace {

const Corpus& corpus() {
  static Corpus* c = [] {
    Diagnostics diag;
    auto files = corpus_files_in(std::string(CASUS_SOURCE_DIR) + "/corpus", diag);
    auto loaded = load_corpus(files, diag);
    if (!loaded) {
      fprintf(stderr, "%s", diag.str().c_str());
      std::abort();
    }
    return new Corpus(std::move(*loaded));
  }();
  return *c;
}

const Scenario& scenario(const char* name) {
  static std::map<std::string, Scenario> cache;
  auto it = cache.find(name);
  if (it == cache.end()) {
    Diagnostics diag;
    auto sc = load_scenario(std::string(CASUS_SOURCE_DIR) + "/examples/" + name + ".toml", corpus(), diag);
    if (!sc) {
      fprintf(stderr, "%s", diag.str().c_str());
      std::abort();
    }
    it = cache.emplace(name, std::move(*sc)).first;
  }
  return it->second;
}

void BM_Evaluate(benchmark::State& state, const char* name, Reading reading, HonouringPolicy policy) {
  const Scenario& sc = scenario(name);
  size_t findings = 0;
  for (auto _ : state) {
    Evaluation ev = evaluate(corpus(), sc, reading, policy);
    findings = ev.findings.size();
    benchmark::DoNotOptimize(ev);
  }
  state.counters["findings"] = static_cast<double>(findings);
  state.SetItemsProcessed(state.iterations());
}

void BM_LoadCorpus(benchmark::State& state) {
  for (auto _ : state) {
    Diagnostics diag;
    auto files = corpus_files_in(std::string(CASUS_SOURCE_DIR) + "/corpus", diag);
    auto c = load_corpus(files, diag);
    benchmark::DoNotOptimize(c);
  }
}

void BM_FullTextReport(benchmark::State& state) {
  const Scenario& sc = scenario("korea-2025-attack-on-dprk");
  for (auto _ : state) {
    auto text = render_text(corpus(), evaluate_all(corpus(), sc));
    benchmark::DoNotOptimize(text);
  }
}

BENCHMARK_CAPTURE(BM_Evaluate, attack_on_dprk_literal_all, "korea-2025-attack-on-dprk", Reading::literal, HonouringPolicy::all);
BENCHMARK_CAPTURE(BM_Evaluate, attack_on_dprk_literal_automatic, "korea-2025-attack-on-dprk", Reading::literal, HonouringPolicy::automatic_only);
BENCHMARK_CAPTURE(BM_Evaluate, dprk_attacks_rok_selfdefence_all, "korea-2025-dprk-attacks-rok", Reading::self_defence, HonouringPolicy::all);
BENCHMARK_CAPTURE(BM_Evaluate, korea_1995_literal_all, "korea-1995", Reading::literal, HonouringPolicy::all);
BENCHMARK_CAPTURE(BM_Evaluate, attack_on_dprk_charter_all, "korea-2025-attack-on-dprk", Reading::charter, HonouringPolicy::all);
BENCHMARK_CAPTURE(BM_Evaluate, dprk_attacks_rok_declared_all, "korea-2025-dprk-attacks-rok", Reading::declared, HonouringPolicy::all);
BENCHMARK_CAPTURE(BM_Evaluate, july_1914_literal_all, "july-1914", Reading::literal, HonouringPolicy::all);
BENCHMARK(BM_LoadCorpus);
BENCHMARK(BM_FullTextReport);

}  // namespace

BENCHMARK_MAIN();

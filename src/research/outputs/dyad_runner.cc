#include "casus/research/dyad_runner.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace casus::research {

Result<RunSummary> run_dyad_years(const DyadInputs& inputs, const DyadOptions& options, DyadSink& sink,
                                  const RunOptions& run) {
  RunSummary summary;
  std::vector<int> years;
  if (!options.years.empty()) {
    for (int y : options.years)
      if (y >= inputs.system->first_year() && y <= inputs.system->last_year()) years.push_back(y);
  } else {
    for (int y = std::max(options.from_year, inputs.system->first_year());
         y <= std::min(options.to_year, inputs.system->last_year()); ++y)
      years.push_back(y);
  }
  if (auto s = sink.begin(); !s) return s.error();
  const int total = static_cast<int>(years.size());

  struct Slot {
    std::vector<DyadYearRow> rows;
    std::string encoded;
    bool ready = false;
  };
  std::vector<Slot> slots(total);
  std::mutex mu;
  std::condition_variable cv;
  int next_to_claim = 0;      // guarded by mu
  int next_to_consume = 0;    // guarded by mu
  bool stop = false;          // guarded by mu
  const unsigned threads = std::max(1u, run.threads);
  const int window = static_cast<int>(threads) * 2;

  auto worker = [&] {
    for (;;) {
      int i;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return stop || next_to_claim >= total || next_to_claim < next_to_consume + window; });
        if (stop || next_to_claim >= total) return;
        i = next_to_claim++;
      }
      auto rows = compute_dyad_year(inputs, options, years[i]);
      auto encoded = sink.encode(rows);
      {
        std::lock_guard lock(mu);
        slots[i].rows = std::move(rows);
        slots[i].encoded = std::move(encoded);
        slots[i].ready = true;
      }
      cv.notify_all();
    }
  };

  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);

  std::optional<Error> failure;
  for (int i = 0; i < total; ++i) {
    Slot slot;
    {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return slots[i].ready; });
      slot = std::move(slots[i]);
      slots[i] = Slot{};
    }
    auto s = sink.consume(slot.rows, std::move(slot.encoded));
    summary.rows += static_cast<long long>(slot.rows.size());
    {
      std::lock_guard lock(mu);
      next_to_consume = i + 1;
      if (!s) stop = true;
    }
    cv.notify_all();
    if (!s) {
      failure = s.error();
      break;
    }
    summary.years = i + 1;
    if (run.progress) run.progress(i + 1, total);
  }
  for (auto& t : pool) t.join();
  if (failure) return *failure;
  if (auto s = sink.finish(); !s) return s.error();
  return summary;
}

}  // namespace casus::research

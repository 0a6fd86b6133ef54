// Runs compute_dyad_year() over a year range (or DyadOptions::years) and feeds a DyadSink in year order.
//
// Years are computed (and CSV-encoded) on `threads` worker threads, at most a
// few years ahead of the writer, so memory stays bounded; the sink sees the
// years strictly in order. Returns the first error of the sink; on error no
// further years are consumed.
#pragma once

#include <functional>

#include "casus/research/dyad_sink.h"
#include "casus/research/dyad_years.h"

namespace casus::research {

struct RunOptions {
  unsigned threads = 1;  // >= 1
  // Called from the writing thread after each year: (years done, years total).
  std::function<void(int, int)> progress;
};

struct RunSummary {
  long long rows = 0;
  int years = 0;
};

Result<RunSummary> run_dyad_years(const DyadInputs& inputs, const DyadOptions& options, DyadSink& sink,
                                  const RunOptions& run);

}  // namespace casus::research

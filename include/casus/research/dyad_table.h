// The dyad-year table in memory, column by column: what the Python and R
// packages hand to pandas and R without going through text. Same rows, columns
// and definitions as `casus dyads` (docs/research.md §3).
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "casus/research/dyad_years.h"
#include "casus/research/result.h"

namespace casus::research {

struct DyadTableRequest {
  std::optional<std::string> data_dir;  // default: $CASUS_DATA
  std::string system = "cow";           // "cow" or "gw"
  std::vector<int> years;               // empty: every year of the system
  bool mry = false;
  SimilarityNames names = SimilarityNames::kPs13;
  NonDirected ndir = NonDirected::kDirected;
  bool atop = true, similarity = true;
  std::vector<std::string> add;  // "majors", "nmc", "mids", "wars", "all"
  std::vector<int> states;
  std::vector<std::pair<int, int>> dyads;
  unsigned threads = 0;  // 0: every core
};

inline constexpr std::int32_t kIntNa = std::numeric_limits<std::int32_t>::min();

struct DyadColumn {
  std::string name;
  bool integer = true;
  std::vector<std::int32_t> ints;  // integer columns; kIntNa = NA
  std::vector<double> reals;       // real columns; NaN = NA
};

struct DyadTable {
  std::vector<DyadColumn> columns;
  std::size_t rows = 0;
};

// Errors as `casus dyads` reports them (kInvalidArgument for an impossible request).
Result<DyadTable> dyad_table(const DyadTableRequest& request);

}  // namespace casus::research

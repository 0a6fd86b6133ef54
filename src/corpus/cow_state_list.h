// The COW State System Membership list (states2016.csv) as the registry reads it: one row per spell.
// The file lives in the research data directory (../shared/data/cow-states-2016/, never in the
// repository); corpus.h says how a caller finds it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casus/date.h"
#include "casus/diagnostics.h"

namespace casus {

struct CowStateRow {
  int ccode = 0;
  std::string abbr, name;
  Date from, to;  // both inclusive
  int line = 0;   // in the file, for messages
};

// Reads the file; nullopt (and diagnostics naming file, line and column) when it is not such a list.
std::optional<std::vector<CowStateRow>> read_cow_state_list(const std::string& file, Diagnostics& diag);

}  // namespace casus

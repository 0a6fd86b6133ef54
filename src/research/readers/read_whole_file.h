// Reads a dataset file whole, or says why not. Only regular files are read: a
// directory, a FIFO or a device is refused before it is opened (a FIFO would
// block), and a read error is reported as such, never as an empty file.
//
// The robust branch adds a common reader to src/core with the same contract;
// once it is on main, this function can forward to it (one call site:
// CsvTable::read_file).
#pragma once

#include <string>

#include "casus/research/result.h"

namespace casus::research::internal {

Result<std::string> read_whole_file(const std::string& path);

}  // namespace casus::research::internal

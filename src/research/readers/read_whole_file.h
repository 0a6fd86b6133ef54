// Reads a dataset file whole, or says why not, through the engine's one file-reading path
// (casus::read_regular_file, include/casus/read_file.h): only a regular file is read; a directory,
// FIFO, socket or device is refused without being read (a FIFO never blocks), and an open or read
// error is reported as that error with the system's reason, never as an empty file. The research
// readers thus give the same message for the same bad input as the treaty and scenario loaders
// (tests/bad/input-files.txt).
#pragma once

#include <string>

#include "casus/research/result.h"

namespace casus::research::internal {

// The error is an I/O error located at `path`, e.g. "cannot read: a directory; expected a regular file".
Result<std::string> read_whole_file(const std::string& path);

}  // namespace casus::research::internal

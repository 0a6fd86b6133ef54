// Reading a whole input file (treaty, scenario, dataset) the one way every loader does it.
//
// Only a regular file is read (a symbolic link to one is followed): a directory, FIFO, socket or
// device is refused without being read, so that a FIFO never blocks and a directory is never mistaken
// for an empty file. An error while opening or reading is reported as that error, with the system's
// reason; it never turns into "empty file".
#pragma once

#include <optional>
#include <string>

#include "casus/diagnostics.h"

namespace casus {

struct FileRead {
  std::optional<std::string> bytes;  // the whole file, when it was read
  std::string error;                 // why not, e.g. "cannot read: is a directory; expected a regular file"
};

// Reads `path` completely, or says why it could not.
FileRead read_regular_file(const std::string& path);

// The same, with a failure added to `diag` as a file-level diagnostic ("path: cannot read: ...").
std::optional<std::string> read_input_file(const std::string& path, Diagnostics& diag);

}  // namespace casus

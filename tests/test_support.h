// Helpers shared by the data-driven tests: the corpus loaded once, and files listed from a folder.
#pragma once

#include <string>
#include <vector>

#include "casus/corpus.h"

namespace casus::test {

// The repository's corpus, loaded once; the test aborts with the diagnostics if it does not load.
const Corpus& corpus();
// Files in `dir` (relative to the source tree) with extension `ext`, sorted; full paths.
std::vector<std::string> files_in(const std::string& dir, const std::string& ext);
std::string read_file(const std::string& path);
// The first line of the file that starts with `# expect: `, without that prefix.
std::string expected_message(const std::string& path);
// gtest-friendly name for a file: its stem with '-' replaced by '_'.
std::string test_name(const std::string& path);

}  // namespace casus::test

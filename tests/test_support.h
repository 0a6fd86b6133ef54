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

// What a command printed on standard output, and its exit code (-1: it did not exit normally).
struct Run {
  int code = -1;
  std::string out;
};
// Runs `command` with /bin/sh and collects its standard output.
Run run_shell(const std::string& command);
// Runs the casus binary under test in `dir` (default: the source tree): `cd DIR && PREFIX 'casus' ARGS
// REDIRECT`. The prefix goes before the binary (`timeout 20`, `env -u CASUS_DATA`); the default
// redirect joins standard error to standard output.
struct CasusCall {
  std::string prefix;
  std::string redirect = "2>&1";
  std::string dir = CASUS_SOURCE_DIR;
};
Run run_casus(const std::string& args, const CasusCall& how = {});

}  // namespace casus::test

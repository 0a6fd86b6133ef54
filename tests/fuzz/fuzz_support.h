// What every casus fuzz target shares: the input as a file (the loaders read files, through the one
// file-reading path), and the contract each target asserts on what a loader hands back:
// a value or at least one located diagnostic, never both, never neither.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "casus/corpus.h"
#include "casus/diagnostics.h"

namespace casus::fuzz {

// Writes the input to this process's scratch file (in memory) and returns its path.
const std::string& write_input(const uint8_t* data, size_t size);

// The repository's corpus (corpus/), loaded once per process; a finding when it does not load.
const Corpus& repository_corpus();

// Aborts (a finding) with `why` on stderr.
[[noreturn]] void fail(const std::string& why);

// The contract for the engine's loaders: exactly one of "a value" and "diagnostics", and every
// diagnostic names `file` and a line (a fuzz input is a readable regular file, so no problem with it
// concerns the file as a whole).
void require_value_xor_located(bool has_value, const Diagnostics& diag, const std::string& file);

}  // namespace casus::fuzz

// `casus --version`: the release, the git commit it was built from, and a fingerprint of the corpus
// the command would load, so that a result can be tied to the exact treaty files behind it.
#pragma once

#include <string>

namespace casus::cli {

// FNV-1a (64 bit) over every corpus file's path (relative to the root) and bytes, in sorted order;
// "unreadable" when the corpus root has no corpus.
std::string corpus_fingerprint(const std::string& corpus_root);

// "casus 0.1.0 (commit abc1234, corpus fnv1a64:0123456789abcdef)"
std::string version_line(const std::string& corpus_root);

}  // namespace casus::cli

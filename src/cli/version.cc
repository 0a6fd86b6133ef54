#include "cli/version.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "casus/corpus.h"
#include "casus_version.h"  // generated at build time: CASUS_VERSION, CASUS_GIT_COMMIT

namespace casus::cli {

std::string corpus_fingerprint(const std::string& root) {
  Diagnostics diag;
  CorpusFiles files = corpus_files_in(root, diag);
  if (!diag.ok()) return "unreadable";
  std::vector<std::string> all = files.treaties;
  all.push_back(files.states);
  all.push_back(files.locations);
  std::sort(all.begin(), all.end());
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](const char* p, size_t n) {
    for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 1099511628211ull;
  };
  for (const auto& f : all) {
    std::string rel = f.rfind(root, 0) == 0 ? f.substr(root.size()) : f;
    mix(rel.data(), rel.size() + 1);  // with its NUL, so that path and content cannot run together
    std::ifstream in(f, std::ios::binary);
    if (!in) return "unreadable";
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    mix(bytes.data(), bytes.size());
  }
  return fmt::format("fnv1a64:{:016x}", h);
}

std::string version_line(const std::string& root) {
  return fmt::format("casus {} (commit {}, corpus {} at {})", CASUS_VERSION, CASUS_GIT_COMMIT,
                     corpus_fingerprint(root), root);
}

}  // namespace casus::cli

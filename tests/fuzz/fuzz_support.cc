#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>

#include <sys/mman.h>
#include <unistd.h>

namespace casus::fuzz {

const std::string& write_input(const uint8_t* data, size_t size) {
  // An in-memory file (memfd), named by its /proc path: the loaders open it as the regular file it is,
  // and no disk is touched (a file in /tmp made every execution wait for the disk).
  static const int fd = ::memfd_create("casus-fuzz-input", MFD_CLOEXEC);
  static const std::string path = "/proc/self/fd/" + std::to_string(fd);
  if (fd < 0) fail("memfd_create failed");
  if (::ftruncate(fd, 0) != 0) fail("ftruncate failed");
  size_t done = 0;
  while (done < size) {
    ssize_t n = ::pwrite(fd, data + done, size - done, static_cast<off_t>(done));
    if (n <= 0) fail("cannot write the input file " + path);
    done += static_cast<size_t>(n);
  }
  return path;
}

const Corpus& repository_corpus() {
  static const Corpus c = [] {
    Diagnostics diag;
    auto files = corpus_files_in(CASUS_SOURCE_DIR "/corpus", diag);
    std::optional<Corpus> loaded;
    if (diag.ok()) loaded = load_corpus(files, diag);
    if (!loaded) fail("the repository's corpus does not load:\n" + diag.str());
    return std::move(*loaded);
  }();
  return c;
}

void fail(const std::string& why) {
  std::fprintf(stderr, "casus fuzz: contract broken: %s\n", why.c_str());
  std::abort();
}

void require_value_xor_located(bool has_value, const Diagnostics& diag, const std::string& file) {
  if (has_value && !diag.ok()) fail("a value AND diagnostics:\n" + diag.str());
  if (!has_value && diag.ok()) fail("neither a value nor a diagnostic");
  for (const auto& d : diag.items()) {
    if (d.where.file != file) fail("a diagnostic naming another file: " + d.str());
    if (d.where.line < 1) fail("a diagnostic without a line: " + d.str());
    if (d.message.empty()) fail("a diagnostic without a message: " + d.str());
  }
}

}  // namespace casus::fuzz

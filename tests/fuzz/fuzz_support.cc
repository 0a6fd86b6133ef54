#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace casus::fuzz {

const std::string& write_input(const uint8_t* data, size_t size) {
  // One scratch file per process (libFuzzer's -jobs/-workers run several), removed at exit.
  static const std::string path = [] {
    auto p = std::filesystem::temp_directory_path() / ("casus-fuzz-" + std::to_string(::getpid()) + ".input");
    static std::string keep = p.string();
    std::atexit([] { std::remove(keep.c_str()); });
    return p.string();
  }();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  out.close();
  if (!out) fail("cannot write the scratch file " + path);
  return path;
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

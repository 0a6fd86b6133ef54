// Internal test helper: the shared research data directory, or a GTEST_SKIP
// naming the missing path.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace casus::research::testing {

// CASUS_DATA_DIR from CMake; the environment variable CASUS_TEST_DATA_DIR
// overrides it (e.g. to check that every data test skips when data is absent).
inline std::string data_dir() {
  const char* env = std::getenv("CASUS_TEST_DATA_DIR");
  return env && *env ? env : CASUS_DATA_DIR;
}
inline std::string data_path(const std::string& relative) { return data_dir() + "/" + relative; }

}  // namespace casus::research::testing

// Skips the current test, by name, when `path` does not exist.
#define CASUS_REQUIRE_DATA(path)                                                   \
  do {                                                                             \
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "research data absent: " << (path); \
  } while (0)

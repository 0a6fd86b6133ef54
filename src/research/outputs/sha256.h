// SHA-256 (FIPS 180-4) of a file, for the dataset checksums in the codebook.
#pragma once

#include <string>

#include "casus/research/result.h"

namespace casus::research::internal {

// Lower-case hex digest of the bytes of `path`.
Result<std::string> sha256_file(const std::string& path);
// Of a string (tests: the FIPS 180-4 examples).
std::string sha256_hex(const std::string& bytes);

}  // namespace casus::research::internal

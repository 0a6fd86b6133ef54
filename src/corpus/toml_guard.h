// A scan of TOML text before toml++ 3.3.0 parses it, for two of its defects (issue 8):
//
// - Depth: toml++ recurses once per part of a dotted key or table header ([a.a.a...]), and its
//   nesting limit (256) covers only arrays and inline tables, so a key of some 40,000 parts overflows
//   the stack. The scan bounds the nesting toml++ will build: header parts + key parts + open arrays
//   and inline tables (with the parts of the keys that hold them), at most kMaxTomlNesting.
// - Undefined behaviour: toml++ asks "is this whitespace?" of the character after a value, a key or a
//   line-ending backslash, and for most non-ASCII characters that question reaches TOML_UNREACHABLE
//   ("a = 1é"). Outside strings and comments TOML allows only ASCII, so a non-ASCII character there is
//   reported here, located; inside a multi-line basic string, a non-ASCII character right after a
//   line-ending backslash (legal TOML) is rewritten as the equivalent \uXXXX escape, so the string's
//   value and every line number stay the same.
//
// The scan tracks strings and comments exactly as TOML 1.0 defines them; on text it cannot follow
// (an unterminated string) it stops guarding there and leaves the error to toml++.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "casus/diagnostics.h"

namespace casus {

inline constexpr int kMaxTomlNesting = 128;

// The text toml++ may safely parse (`text` itself, or with the rewrites above), or nullopt after adding
// a located diagnostic to `diag`.
std::optional<std::string> guard_toml_text(std::string_view text, const std::string& file, Diagnostics& diag);

}  // namespace casus

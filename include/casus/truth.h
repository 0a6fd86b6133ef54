// Three-valued truth (Kleene logic) for treaty conditions.
//
// Many conditions cannot be decided from what is known: a date given only by its year, a region whose
// extent is disputed, an ATOP coding that says a condition exists without saying what it is. The engine
// then says "unknown" and names the condition; it never guesses.
#pragma once

#include <string_view>

namespace casus {

enum class Truth : unsigned char { no = 0, unknown = 1, yes = 2 };

constexpr Truth operator&&(Truth a, Truth b) { return a < b ? a : b; }
constexpr Truth operator||(Truth a, Truth b) { return a < b ? b : a; }
constexpr Truth operator!(Truth a) {
  return a == Truth::yes ? Truth::no : a == Truth::no ? Truth::yes : Truth::unknown;
}
constexpr Truth truth_of(bool b) { return b ? Truth::yes : Truth::no; }
std::string_view to_string(Truth t);

}  // namespace casus

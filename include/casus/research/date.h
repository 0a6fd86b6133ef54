// casus::research::PartialDate — a calendar date whose month or day may be unknown,
// as the ATOP and COW files record them.
#pragma once

#include <optional>

namespace casus::research {

struct PartialDate {
  int year = 0;
  std::optional<int> month;  // 1..12, nullopt when the source leaves it unknown
  std::optional<int> day;    // 1..31, nullopt when the source leaves it unknown

  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// True when `a` is known to fall strictly before `b`: compares year, then
// month, then day, and answers false as soon as an unknown part would decide.
inline bool known_before(const PartialDate& a, const PartialDate& b) {
  if (a.year != b.year) return a.year < b.year;
  if (!a.month || !b.month) return false;
  if (*a.month != *b.month) return *a.month < *b.month;
  if (!a.day || !b.day) return false;
  return *a.day < *b.day;
}

}  // namespace casus::research

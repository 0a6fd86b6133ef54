// Calendar dates, and dates known only to a year or a month.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "casus/truth.h"

namespace casus {

// A day in the proleptic Gregorian calendar. Cheap to copy and compare.
class Date {
 public:
  constexpr Date() = default;
  // Nullopt when y-m-d is not a real day (2023-02-29, month 13, ...).
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Parses "YYYY-MM-DD" exactly; nullopt otherwise.
  static std::optional<Date> parse(std::string_view text);
  static constexpr Date from_days(int32_t days) { Date d; d.days_ = days; return d; }

  int year() const;
  int month() const;
  int day() const;
  int32_t days_since_epoch() const { return days_; }  // 1970-01-01 = 0
  std::string str() const;                            // "YYYY-MM-DD"

  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  int32_t days_ = 0;
};

// A date that may be known only to its year ("1986") or month ("1986-08"): kept as the range of
// days it covers. Comparisons with a day inside that range answer Truth::unknown.
struct DateSpan {
  Date earliest;
  Date latest;

  static DateSpan exactly(Date d) { return {d, d}; }
  // Accepts "YYYY", "YYYY-MM" and "YYYY-MM-DD".
  static std::optional<DateSpan> parse(std::string_view text);

  bool exact() const { return earliest == latest; }
  // "YYYY-MM-DD", or "YYYY" / "YYYY-MM" for a partial date.
  std::string str() const;

  // Has this date been reached on day d (is the span's day <= d)?
  Truth reached_by(Date d) const;
  // Is this date strictly after day d?
  Truth after(Date d) const { return !reached_by(d); }

  friend bool operator==(const DateSpan&, const DateSpan&) = default;
};

}  // namespace casus

#include "casus/date.h"

#include <charconv>

#include <fmt/format.h>

namespace casus {
namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar. This is the well-known
// era-based conversion (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", public domain
// formulae), written out here.
constexpr int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

struct Ymd { int y; unsigned m, d; };

constexpr Ymd civil_from_days(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

constexpr bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Parses exactly `width` decimal digits.
std::optional<int> digits(std::string_view s, size_t width) {
  if (s.size() != width) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return from_days(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = digits(text.substr(0, 4), 4), m = digits(text.substr(5, 2), 2), d = digits(text.substr(8, 2), 2);
  if (!y || !m || !d) return std::nullopt;
  return from_ymd(*y, *m, *d);
}

int Date::year() const { return civil_from_days(days_).y; }
int Date::month() const { return static_cast<int>(civil_from_days(days_).m); }
int Date::day() const { return static_cast<int>(civil_from_days(days_).d); }

std::string Date::str() const {
  const Ymd c = civil_from_days(days_);
  return fmt::format("{:04d}-{:02d}-{:02d}", c.y, c.m, c.d);
}

std::optional<DateSpan> DateSpan::parse(std::string_view text) {
  if (text.size() == 10) {
    auto d = Date::parse(text);
    if (!d) return std::nullopt;
    return exactly(*d);
  }
  if (text.size() == 4) {
    auto y = digits(text, 4);
    if (!y || *y < 1) return std::nullopt;
    return DateSpan{*Date::from_ymd(*y, 1, 1), *Date::from_ymd(*y, 12, 31)};
  }
  if (text.size() == 7 && text[4] == '-') {
    auto y = digits(text.substr(0, 4), 4), m = digits(text.substr(5, 2), 2);
    if (!y || !m || *y < 1 || *m < 1 || *m > 12) return std::nullopt;
    return DateSpan{*Date::from_ymd(*y, *m, 1), *Date::from_ymd(*y, *m, days_in_month(*y, *m))};
  }
  return std::nullopt;
}

std::string DateSpan::str() const {
  if (exact()) return earliest.str();
  if (earliest.month() == 1 && earliest.day() == 1 && latest.month() == 12 && latest.day() == 31 &&
      earliest.year() == latest.year())
    return fmt::format("{:04d}", earliest.year());
  if (earliest.year() == latest.year() && earliest.month() == latest.month())
    return fmt::format("{:04d}-{:02d}", earliest.year(), earliest.month());
  return earliest.str() + ".." + latest.str();
}

Truth DateSpan::reached_by(Date d) const {
  if (latest <= d) return Truth::yes;
  if (earliest > d) return Truth::no;
  return Truth::unknown;
}

}  // namespace casus

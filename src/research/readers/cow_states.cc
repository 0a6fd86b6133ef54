#include "casus/research/cow_states.h"

#include <fmt/format.h>

#include "casus/research/csv_table.h"
#include "column_map.h"

namespace casus::research {
namespace {

PartialDate full_date(CsvRow& r, std::size_t y, std::size_t m, std::size_t d) {
  PartialDate date{r.integer(y), r.integer(m), r.integer(d)};
  if (*date.month < 1 || *date.month > 12) r.fail(m, "expected a month 1..12");
  if (*date.day < 1 || *date.day > 31) r.fail(d, "expected a day 1..31");
  return date;
}

// A header without rows is a damaged or truncated download, not an empty state system.
Error empty_dataset(const std::string& path, const char* what) {
  return malformed(path, fmt::format("empty or invalid dataset file: a header but no {} (expected one row per line)", what));
}

}  // namespace

Result<std::vector<CowStateSpell>> load_cow_states(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(
      t, {"stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"});
  if (!cols) return cols.error();
  const auto& c = cols.value();
  std::vector<CowStateSpell> out;
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    CowStateSpell s;
    s.abbreviation = r.text(c["stateabb"]);
    s.ccode = r.integer(c["ccode"]);
    s.name = r.text(c["statenme"]);
    s.start = full_date(r, c["styear"], c["stmonth"], c["stday"]);
    s.end = full_date(r, c["endyear"], c["endmonth"], c["endday"]);
    if (known_before(s.end, s.start)) r.fail(c["endyear"], "expected the end on or after the start");
    if (!r.status().ok()) return r.status().error();
    out.push_back(std::move(s));
  }
  if (out.empty()) return empty_dataset(path, "membership spells");
  return out;
}

Result<std::vector<CowStateYear>> load_cow_system(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(t, {"stateabb", "ccode", "year"});
  if (!cols) return cols.error();
  const auto& c = cols.value();
  std::vector<CowStateYear> out;
  out.reserve(t.row_count());
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    CowStateYear s{r.text(c["stateabb"]), r.integer(c["ccode"]), r.integer(c["year"])};
    if (!r.status().ok()) return r.status().error();
    out.push_back(std::move(s));
  }
  if (out.empty()) return empty_dataset(path, "state-years");
  return out;
}

Result<std::vector<CowMajorSpell>> load_cow_majors(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(
      t, {"stateabb", "ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"});
  if (!cols) return cols.error();
  const auto& c = cols.value();
  std::vector<CowMajorSpell> out;
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    CowMajorSpell s;
    s.abbreviation = r.text(c["stateabb"]);
    s.ccode = r.integer(c["ccode"]);
    s.start = full_date(r, c["styear"], c["stmonth"], c["stday"]);
    s.end = full_date(r, c["endyear"], c["endmonth"], c["endday"]);
    if (!r.status().ok()) return r.status().error();
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace casus::research

#include "corpus/cow_state_list.h"

#include <charconv>
#include <fstream>
#include <map>

#include <fmt/format.h>

namespace casus {
namespace {

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == ',') out.emplace_back();
    else if (c != '\r') out.back() += c;
  }
  return out;
}

std::optional<int> whole(const std::string& s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<std::vector<CowStateRow>> read_cow_state_list(const std::string& file, Diagnostics& diag) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    diag.add({file, 0, 0}, "", "cannot read the COW state list (expected cow-states-2016/states2016.csv in the data directory)");
    return std::nullopt;
  }
  std::string line;
  if (!std::getline(in, line)) {
    diag.add({file, 1, 1}, "", "expected a header line");
    return std::nullopt;
  }
  const auto header = split(line);
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < header.size(); ++i) col.emplace(header[i], i);
  const char* needed[] = {"stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"};
  for (const char* n : needed)
    if (!col.count(n)) {
      diag.add({file, 1, 1}, n, fmt::format("expected a column \"{}\" (the header of COW's states2016.csv)", n));
      return std::nullopt;
    }
  std::vector<CowStateRow> rows;
  bool ok = true;
  for (int lineno = 2; std::getline(in, line); ++lineno) {
    if (line.empty() || line == "\r") continue;
    if (line.find('"') != std::string::npos) {
      diag.add({file, lineno, 1}, "", "expected unquoted fields (states2016.csv has no quotes)");
      ok = false;
      continue;
    }
    const auto f = split(line);
    if (f.size() != header.size()) {
      diag.add({file, lineno, 1}, "", fmt::format("expected {} fields; found {}", header.size(), f.size()));
      ok = false;
      continue;
    }
    auto num = [&](const char* name) {
      auto v = whole(f[col[name]]);
      if (!v) {
        diag.add({file, lineno, static_cast<int>(col[name]) + 1}, name,
                 fmt::format("expected a whole number; found \"{}\"", f[col[name]]));
        ok = false;
      }
      return v.value_or(0);
    };
    CowStateRow r;
    r.line = lineno;
    r.abbr = f[col["stateabb"]];
    r.name = f[col["statenme"]];
    r.ccode = num("ccode");
    const int sy = num("styear"), sm = num("stmonth"), sd = num("stday");
    const int ey = num("endyear"), em = num("endmonth"), ed = num("endday");
    auto from = Date::from_ymd(sy, sm, sd), to = Date::from_ymd(ey, em, ed);
    if (!from || !to) {
      diag.add({file, lineno, 1}, from ? "endyear" : "styear", "expected a valid date (year, month, day)");
      ok = false;
      continue;
    }
    if (*to < *from) {
      diag.add({file, lineno, 1}, "endyear", "expected the end on or after the start");
      ok = false;
      continue;
    }
    r.from = *from;
    r.to = *to;
    rows.push_back(std::move(r));
  }
  if (!ok) return std::nullopt;
  if (rows.empty()) {
    diag.add({file, 1, 1}, "", "expected at least one state");
    return std::nullopt;
  }
  return rows;
}

}  // namespace casus

#include "casus/research/state_years.h"

#include <charconv>
#include <cmath>

namespace casus::research {

std::vector<StateYearRow> compute_state_years(const StateYearInputs& in, const std::vector<int>& years) {
  std::vector<StateYearRow> rows;
  for (int y : years) {
    for (int code : in.system->states(y)) {
      StateYearRow r;
      r.code = code;
      r.year = y;
      r.microstate = in.system->microstate(code);
      const int cow = in.system->cow_code(code, y);
      if (in.majors && in.majors->covers(y)) r.cowmaj = in.majors->major(cow, y);
      if (in.nmc) r.nmc = in.nmc->values(cow, y);
      rows.push_back(r);
    }
  }
  return rows;
}

std::vector<std::string> state_year_columns(const StateYearInputs& in) {
  std::vector<std::string> c = {in.system->kind() == SystemKind::kCow ? "ccode" : "gwcode", "year"};
  if (in.system->has_microstates()) c.push_back("microstate");
  if (in.majors) c.push_back("cowmaj");
  if (in.nmc)
    for (const char* v : {"milex", "milper", "irst", "pec", "tpop", "upop", "cinc"}) c.push_back(v);
  return c;
}

std::string encode_state_years(const StateYearInputs& in, const std::vector<StateYearRow>& rows, const std::string& na) {
  std::string s;
  char buf[64];
  auto num = [&](double v) {
    s += ',';
    if (std::isnan(v)) {
      s += na;
      return;
    }
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    s.append(buf, r.ptr);
  };
  for (const auto& r : rows) {
    s += std::to_string(r.code);
    s += ',';
    s += std::to_string(r.year);
    if (in.system->has_microstates()) s += r.microstate ? ",1" : ",0";
    if (in.majors) {
      s += ',';
      s += r.cowmaj < 0 ? na : std::string(1, static_cast<char>('0' + r.cowmaj));
    }
    if (in.nmc)
      for (double v : r.nmc) num(v);
    s += '\n';
  }
  return s;
}

}  // namespace casus::research

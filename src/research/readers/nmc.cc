#include "casus/research/nmc.h"

#include "casus/research/csv_table.h"
#include "column_map.h"

namespace casus::research {

Result<std::vector<NmcStateYear>> load_nmc(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(
      t, {"stateabb", "ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc"});
  if (!cols) return cols.error();
  const auto& c = cols.value();
  std::vector<NmcStateYear> out;
  out.reserve(t.row_count());
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    NmcStateYear s;
    s.abbreviation = r.text(c["stateabb"]);
    s.ccode = r.integer(c["ccode"]);
    s.year = r.integer(c["year"]);
    s.milex = r.real_or_code(c["milex"], {-9});
    s.milper = r.real_or_code(c["milper"], {-9});
    s.irst = r.real_or_code(c["irst"], {-9});
    s.pec = r.real_or_code(c["pec"], {-9});
    s.tpop = r.real_or_code(c["tpop"], {-9});
    s.upop = r.real_or_code(c["upop"], {-9});
    s.cinc = r.real_or_code(c["cinc"], {-9});
    if (s.cinc && (*s.cinc < 0 || *s.cinc > 1)) r.fail(c["cinc"], "expected a share between 0 and 1 (or -9)");
    if (!r.status().ok()) return r.status().error();
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace casus::research

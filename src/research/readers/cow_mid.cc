#include "casus/research/cow_mid.h"

#include <fmt/format.h>

#include "casus/research/csv_table.h"
#include "column_map.h"

namespace casus::research {

Result<std::vector<MidParticipant>> load_cow_mid_participants(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(
      t, {"dispnum", "ccode", "stday", "stmon", "styear", "endday", "endmon", "endyear", "sidea"});
  if (!cols) return cols.error();
  const auto& c = cols.value();
  std::vector<MidParticipant> out;
  out.reserve(t.row_count());
  auto part = [](CsvRow& r, std::size_t col, int lo, int hi) -> std::optional<int> {
    auto v = r.integer_or_code(col, {-9});
    if (v && (*v < lo || *v > hi)) r.fail(col, fmt::format("expected {}..{} or -9", lo, hi));
    return v;
  };
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    MidParticipant p;
    p.dispute = r.integer(c["dispnum"]);
    p.ccode = r.integer(c["ccode"]);
    p.start = PartialDate{r.integer(c["styear"]), part(r, c["stmon"], 1, 12), part(r, c["stday"], 1, 31)};
    p.end = PartialDate{r.integer(c["endyear"]), part(r, c["endmon"], 1, 12), part(r, c["endday"], 1, 31)};
    p.side_a = r.dummy(c["sidea"]);
    if (r.status().ok() && known_before(p.end, p.start)) r.fail(c["endyear"], "expected the end on or after the start");
    if (!r.status().ok()) return r.status().error();
    out.push_back(p);
  }
  if (out.empty()) return malformed(path, "empty or invalid dataset file: no participant rows");
  return out;
}

}  // namespace casus::research

#include "casus/research/gw_states.h"

#include <charconv>

#include "casus/research/csv_table.h"

namespace casus::research {
namespace {

// "dd:mm:yyyy" -> date; records a located error otherwise.
PartialDate parse_gw_date(CsvRow& r, std::string_view s, std::size_t col) {
  int parts[3] = {0, 0, 0};
  std::size_t pos = 0;
  for (int k = 0; k < 3; ++k) {
    std::size_t end = k < 2 ? s.find(':', pos) : s.size();
    if (end == std::string_view::npos) end = s.size();
    auto piece = s.substr(pos, end - pos);
    auto [p, ec] = std::from_chars(piece.data(), piece.data() + piece.size(), parts[k]);
    if (ec != std::errc() || p != piece.data() + piece.size() || piece.empty() || (k < 2 && end == s.size())) {
      r.fail(col, "expected a date dd:mm:yyyy, found \"" + std::string(s) + "\"");
      return {};
    }
    pos = end + 1;
  }
  if (parts[1] < 1 || parts[1] > 12 || parts[0] < 1 || parts[0] > 31) {
    r.fail(col, "expected a date dd:mm:yyyy with a valid day and month, found \"" + std::string(s) + "\"");
  }
  return PartialDate{parts[2], parts[1], parts[0]};
}

}  // namespace

Result<std::vector<GwStateSpell>> load_gw_states(const std::string& path) {
  CsvOptions opt;
  opt.delimiter = '\t';
  opt.header = CsvHeader::kNone;
  opt.names = {"gwcode", "abbrev", "name", "start", "end"};
  auto table = CsvTable::read_file(path, opt);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  std::vector<GwStateSpell> out;
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    GwStateSpell s;
    s.gwcode = r.integer(0);
    s.abbreviation = r.text(1);
    s.name = r.text(2);
    s.start = parse_gw_date(r, t.cell(i, 3), 3);
    s.end = parse_gw_date(r, t.cell(i, 4), 4);
    if (r.status().ok() && known_before(s.end, s.start)) r.fail(4, "expected the end on or after the start");
    if (!r.status().ok()) return r.status().error();
    out.push_back(std::move(s));
  }
  if (out.empty()) return malformed(path, "empty or invalid dataset file: no membership spells (expected one tab-separated row per spell)");
  return out;
}

Result<std::vector<GwStateSpell>> load_gw_microstates(const std::string& path) {
  auto spells = load_gw_states(path);
  if (!spells) return spells.error();
  for (auto& s : spells.value()) s.microstate = true;
  return spells;
}

}  // namespace casus::research

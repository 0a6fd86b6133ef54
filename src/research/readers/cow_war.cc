#include "casus/research/cow_war.h"

#include <charconv>

#include <fmt/format.h>

#include "casus/research/csv_table.h"
#include "column_map.h"

namespace casus::research {
namespace {

// A date with COW missing codes (-7 ongoing, -8 not applicable, -9 unknown) in
// any part. Returns nullopt when the year is missing.
std::optional<PartialDate> war_date(CsvRow& r, std::size_t y, std::size_t m, std::size_t d) {
  auto year = r.integer_or_code(y, {-7, -8, -9});
  auto month = r.integer_or_code(m, {-7, -8, -9});
  auto day = r.integer_or_code(d, {-7, -8, -9});
  if (!year) return std::nullopt;
  if (month && (*month < 1 || *month > 12)) r.fail(m, fmt::format("expected a month 1..12 or -8/-9, found {}", *month));
  if (day && (*day < 1 || *day > 31)) r.fail(d, fmt::format("expected a day 1..31 or -8/-9, found {}", *day));
  return PartialDate{*year, month, day};
}

// A list of war numbers ("503", "404, 410") or -8/-9 (none).
std::vector<int> war_list(CsvRow& r, const CsvTable& t, std::size_t row, std::size_t col) {
  std::vector<int> out;
  std::string_view s = t.cell(row, col);
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t end = s.find(',', pos);
    if (end == std::string_view::npos) end = s.size();
    std::string_view piece = s.substr(pos, end - pos);
    while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
    int v = 0;
    auto [p, ec] = std::from_chars(piece.data(), piece.data() + piece.size(), v);
    if (piece.empty() || ec != std::errc() || p != piece.data() + piece.size()) {
      r.fail(col, fmt::format("expected a war number, a comma-separated list of them, or -8/-9, found \"{}\"", s));
      return {};
    }
    if (v != -8 && v != -9) out.push_back(v);
    pos = end + 1;
  }
  return out;
}

}  // namespace

Result<std::vector<WarParticipant>> load_cow_interstate_wars(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(
      t, {"WarNum", "WarName", "WarType", "ccode", "StateName", "Side", "StartMonth1", "StartDay1", "StartYear1",
          "EndMonth1", "EndDay1", "EndYear1", "StartMonth2", "StartDay2", "StartYear2", "EndMonth2", "EndDay2",
          "EndYear2", "TransFrom", "WhereFought", "Initiator", "Outcome", "TransTo", "BatDeath"});
  if (!cols) return cols.error();
  const auto& c = cols.value();
  std::vector<WarParticipant> out;
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    WarParticipant w;
    w.war_number = r.integer(c["WarNum"]);
    w.war_name = r.text(c["WarName"]);
    w.war_type = r.integer(c["WarType"]);
    w.ccode = r.integer(c["ccode"]);
    w.state_name = r.text(c["StateName"]);
    w.side = r.integer(c["Side"]);
    if (w.side != 1 && w.side != 2) r.fail(c["Side"], fmt::format("expected 1 or 2, found {}", w.side));
    auto s1 = war_date(r, c["StartYear1"], c["StartMonth1"], c["StartDay1"]);
    if (!s1) r.fail(c["StartYear1"], "expected a known start year for the first spell");
    else w.start1 = *s1;
    w.end1 = war_date(r, c["EndYear1"], c["EndMonth1"], c["EndDay1"]);
    w.start2 = war_date(r, c["StartYear2"], c["StartMonth2"], c["StartDay2"]);
    w.end2 = war_date(r, c["EndYear2"], c["EndMonth2"], c["EndDay2"]);
    w.trans_from = war_list(r, t, i, c["TransFrom"]);
    w.where_fought = r.integer_or_code(c["WhereFought"], {-8, -9});
    int initiator = r.integer(c["Initiator"]);
    if (initiator != 1 && initiator != 2) r.fail(c["Initiator"], fmt::format("expected 1 or 2, found {}", initiator));
    w.initiator = initiator == 1;
    w.outcome = r.integer_or_code(c["Outcome"], {-8, -9});
    if (w.outcome && (*w.outcome < 1 || *w.outcome > 8)) r.fail(c["Outcome"], "expected an outcome code 1..8 or -8/-9");
    w.trans_to = war_list(r, t, i, c["TransTo"]);
    auto deaths = r.integer_or_code(c["BatDeath"], {-8, -9});
    if (deaths) w.battle_deaths = *deaths;
    if (!r.status().ok()) return r.status().error();
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace casus::research

#include "casus/research/cow_alliance.h"

#include "casus/research/csv_table.h"
#include "column_map.h"

namespace casus::research {
namespace {

// Start dates: year required, month/day may be blank.
PartialDate start_date(CsvRow& r, std::size_t y, std::size_t m, std::size_t d) {
  return PartialDate{r.integer(y), r.integer_or_blank(m), r.integer_or_blank(d)};
}

// End dates: all blank = open-ended.
std::optional<PartialDate> end_date(CsvRow& r, std::size_t y, std::size_t m, std::size_t d) {
  auto year = r.integer_or_blank(y);
  auto month = r.integer_or_blank(m);
  auto day = r.integer_or_blank(d);
  if (!year) {
    if (month || day) r.fail(y, "expected a year when a month or day is given");
    return std::nullopt;
  }
  return PartialDate{*year, month, day};
}

}  // namespace

Result<std::vector<CowAllianceMember>> load_cow_alliance_members(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(
      t, {"version4id", "ccode", "state_name", "all_st_day", "all_st_month", "all_st_year", "all_end_day",
          "all_end_month", "all_end_year", "ss_type", "mem_st_day", "mem_st_month", "mem_st_year", "mem_end_day",
          "mem_end_month", "mem_end_year", "left_censor", "right_censor", "defense", "neutrality", "nonaggression",
          "entente"});
  if (!cols) return cols.error();
  const auto& c = cols.value();
  std::vector<CowAllianceMember> out;
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    CowAllianceMember m;
    m.alliance_id = r.integer(c["version4id"]);
    m.ccode = r.integer(c["ccode"]);
    m.state_name = r.text(c["state_name"]);
    m.alliance_start = start_date(r, c["all_st_year"], c["all_st_month"], c["all_st_day"]);
    m.alliance_end = end_date(r, c["all_end_year"], c["all_end_month"], c["all_end_day"]);
    m.ss_type = r.text(c["ss_type"]);
    m.member_start = start_date(r, c["mem_st_year"], c["mem_st_month"], c["mem_st_day"]);
    m.member_end = end_date(r, c["mem_end_year"], c["mem_end_month"], c["mem_end_day"]);
    m.left_censor = r.dummy_or_blank(c["left_censor"]);
    m.right_censor = r.dummy_or_blank(c["right_censor"]);
    m.defense = r.dummy_or_blank(c["defense"]);
    m.neutrality = r.dummy_or_blank(c["neutrality"]);
    m.nonaggression = r.dummy_or_blank(c["nonaggression"]);
    m.entente = r.dummy_or_blank(c["entente"]);
    if (m.member_end && known_before(*m.member_end, m.member_start)) {
      r.fail(c["mem_end_year"], "expected the membership end on or after its start");
    }
    if (!r.status().ok()) return r.status().error();
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace casus::research

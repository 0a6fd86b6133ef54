// ATOP 5.1 readers. Column meanings: ATOP codebook v5.1, sections 2.32-2.33 and 2.42-2.46.
#include "casus/research/atop.h"

#include <fmt/format.h>

#include "casus/research/csv_table.h"
#include "column_map.h"

namespace casus::research {
namespace {

// A date from year/month/day columns where month and day may be blank
// (codebook 2.32: "If an exact day ... cannot be identified, DAY... is coded missing").
PartialDate read_date(CsvRow& r, std::size_t y, std::size_t m, std::size_t d) {
  PartialDate date;
  date.year = r.integer(y);
  date.month = r.integer_or_blank(m);
  date.day = r.integer_or_blank(d);
  if (date.month && (*date.month < 1 || *date.month > 12)) r.fail(m, fmt::format("expected a month 1..12, found {}", *date.month));
  if (date.day && (*date.day < 1 || *date.day > 31)) r.fail(d, fmt::format("expected a day 1..31, found {}", *date.day));
  return date;
}

// An exit/end date: year 0 means "still in effect on 2018-12-31" (codebook 2.32, INEFFECT).
std::optional<PartialDate> read_end(CsvRow& r, std::size_t y, std::size_t m, std::size_t d) {
  auto year = r.integer(y);
  if (year == 0) return std::nullopt;
  return read_date(r, y, m, d);
}

}  // namespace

Result<std::vector<AtopMember>> load_atop_members(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(
      t, {"atopid", "member", "cowsys", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "ineffect", "bilat",
          "phase", "maxphase", "defense", "offense", "neutral", "nonagg", "consul", "conditio", "defcon", "offcon",
          "neucon", "concon", "defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr", "offcoadv",
          "offcoloc", "offcocon", "offconum", "offcodem", "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem",
          "neuconpr", "neucoatt", "concoadv", "concoloc", "concocon", "concoreq", "olimob", "asymm", "obvary"});
  if (!cols) return cols.error();
  const auto& c = cols.value();

  std::vector<AtopMember> out;
  out.reserve(t.row_count());
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    AtopMember m;
    m.line = t.line(i);
    m.atopid = r.integer(c["atopid"]);
    m.member = r.integer(c["member"]);
    m.cowsys = r.dummy(c["cowsys"]);
    m.entry = read_date(r, c["yrent"], c["moent"], c["dayent"]);
    m.exit = read_end(r, c["yrexit"], c["moexit"], c["dayexit"]);
    bool ineffect = r.dummy(c["ineffect"]);
    if (ineffect != !m.exit.has_value()) {
      r.fail(c["ineffect"], "expected INEFFECT = 1 exactly when YREXIT = 0 (codebook 2.32)");
    }
    m.bilateral = r.dummy(c["bilat"]);
    m.phase = r.integer(c["phase"]);
    m.maxphase = r.integer(c["maxphase"]);
    m.obligations[0] = r.dummy(c["defense"]);
    m.obligations[1] = r.dummy(c["offense"]);
    m.obligations[2] = r.dummy(c["neutral"]);
    m.obligations[3] = r.dummy(c["nonagg"]);
    m.obligations[4] = r.dummy(c["consul"]);
    m.conditional = r.dummy(c["conditio"]);
    m.defcon = r.dummy(c["defcon"]);
    m.offcon = r.dummy(c["offcon"]);
    m.neucon = r.dummy(c["neucon"]);
    m.concon = r.dummy(c["concon"]);
    auto& k = m.conditions;
    k.defcoadv = r.dummy(c["defcoadv"]);
    k.defcoloc = r.dummy(c["defcoloc"]);
    k.defcocon = r.dummy(c["defcocon"]);
    k.defconum = r.dummy(c["defconum"]);
    k.defcodem = r.dummy(c["defcodem"]);
    k.defconpr = r.dummy(c["defconpr"]);
    k.offcoadv = r.dummy(c["offcoadv"]);
    k.offcoloc = r.dummy(c["offcoloc"]);
    k.offcocon = r.dummy(c["offcocon"]);
    k.offconum = r.dummy(c["offconum"]);
    k.offcodem = r.dummy(c["offcodem"]);
    k.neucoadv = r.dummy(c["neucoadv"]);
    k.neucoloc = r.dummy(c["neucoloc"]);
    k.neucocon = r.dummy(c["neucocon"]);
    k.neuconum = r.dummy(c["neuconum"]);
    k.neucodem = r.dummy(c["neucodem"]);
    k.neuconpr = r.dummy(c["neuconpr"]);
    k.neucoatt = r.dummy(c["neucoatt"]);
    k.concoadv = r.dummy(c["concoadv"]);
    k.concoloc = r.dummy(c["concoloc"]);
    k.concocon = r.dummy(c["concocon"]);
    k.concoreq = r.dummy(c["concoreq"]);
    k.olimob = r.dummy(c["olimob"]);
    m.asymmetric = r.dummy(c["asymm"]);
    m.obvary = r.dummy(c["obvary"]);
    if (m.exit && known_before(*m.exit, m.entry)) {
      r.fail(c["yrexit"], "expected an exit date on or after the entry date");
    }
    if (!r.status().ok()) return r.status().error();
    out.push_back(m);
  }
  return out;
}

Result<std::vector<AtopAlliance>> load_atop_alliances(const std::string& path) {
  auto table = CsvTable::read_file(path);
  if (!table) return table.error();
  const CsvTable& t = table.value();
  auto cols = internal::ColumnMap::build(
      t, {"atopid", "cowid", "cow4id", "begyr", "begmo", "begday", "endyr", "endmo", "endday", "ineffect", "bilat",
          "maxphase", "defense", "offense", "neutral", "nonagg", "consul", "active", "conditio", "asymm"});
  if (!cols) return cols.error();
  const auto& c = cols.value();
  std::vector<std::size_t> member_cols;
  for (int k = 1;; ++k) {
    auto col = t.column(fmt::format("mem{}", k));
    if (!col) break;
    member_cols.push_back(col.value());
  }
  if (member_cols.empty()) return malformed(path + ":1", "missing columns mem1, mem2, ... in the header");

  std::vector<AtopAlliance> out;
  out.reserve(t.row_count());
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    CsvRow r(t, i);
    AtopAlliance a;
    a.line = t.line(i);
    a.atopid = r.integer(c["atopid"]);
    a.cowid = r.integer_or_blank(c["cowid"]);
    a.cow4id = r.integer_or_blank(c["cow4id"]);
    a.begin = read_date(r, c["begyr"], c["begmo"], c["begday"]);
    a.end = read_end(r, c["endyr"], c["endmo"], c["endday"]);
    bool ineffect = r.dummy(c["ineffect"]);
    if (ineffect != !a.end.has_value()) r.fail(c["ineffect"], "expected INEFFECT = 1 exactly when ENDYR = 0");
    a.bilateral = r.dummy(c["bilat"]);
    a.maxphase = r.integer(c["maxphase"]);
    a.obligations[0] = r.dummy(c["defense"]);
    a.obligations[1] = r.dummy(c["offense"]);
    a.obligations[2] = r.dummy(c["neutral"]);
    a.obligations[3] = r.dummy(c["nonagg"]);
    a.obligations[4] = r.dummy(c["consul"]);
    a.active = r.dummy(c["active"]);
    a.conditional = r.dummy(c["conditio"]);
    a.asymmetric = r.dummy(c["asymm"]);
    bool gap = false;
    for (std::size_t mc : member_cols) {
      auto code = r.integer_or_blank(mc);
      if (!code) {
        gap = true;
      } else if (gap) {
        r.fail(mc, "expected members to be listed without gaps (a blank MEMk before this one)");
      } else {
        a.members.push_back(*code);
      }
    }
    if (!r.status().ok()) return r.status().error();
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace casus::research

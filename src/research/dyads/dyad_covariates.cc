#include "casus/research/dyad_covariates.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace casus::research {
namespace {

// Days since 1970-01-01 (proleptic Gregorian), to intersect participation spells.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
int days_in_month(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : d[m - 1];
}
// An unknown start day is the 1st, an unknown end day the month's last (peacesciencer's
// cow_mid_dirdisps); an unknown month widens to the year.
long first_day(const PartialDate& p) { return days_from_civil(p.year, p.month.value_or(1), p.day.value_or(1)); }
long last_day(const PartialDate& p) {
  const int m = p.month.value_or(12);
  return days_from_civil(p.year, m, p.day.value_or(days_in_month(p.year, m)));
}
int year_of(long days) {  // inverse of days_from_civil, year only
  int y = static_cast<int>(1970 + days / 366);
  while (days_from_civil(y + 1, 1, 1) <= days) ++y;
  while (days_from_civil(y, 1, 1) > days) --y;
  return y;
}

struct Spell {
  int conflict, episode, ccode, side;
  long from, to;
};

// (conflict, episode, a, b) -> the years in which a and b were on opposite sides on some same day.
std::map<std::tuple<int, int, int, int>, std::set<int>> pair_years(const std::vector<Spell>& spells) {
  std::map<std::pair<int, int>, std::vector<const Spell*>> by;
  for (const auto& s : spells) by[{s.conflict, s.episode}].push_back(&s);
  std::map<std::tuple<int, int, int, int>, std::set<int>> out;
  for (const auto& [ce, rows] : by) {
    for (const Spell* a : rows)
      for (const Spell* b : rows) {
        if (a->ccode == b->ccode || a->side == b->side) continue;
        const long lo = std::max(a->from, b->from), hi = std::min(a->to, b->to);
        if (lo > hi) continue;
        auto& years = out[{ce.first, ce.second, a->ccode, b->ccode}];
        for (int y = year_of(lo); y <= year_of(hi); ++y) years.insert(y);
      }
  }
  return out;
}

// peacesciencer's hand corrections of MID onsets (data-raw/cow_mid_dirdisps.R): a
// participant re-entering a dispute in these years starts a new onset there.
struct OnsetFix {
  int dispute, ccode;
  std::initializer_list<int> years;
};
const OnsetFix kMidOnsetFixes[] = {
    {4095, 350, {1999, 2000}}, {4137, 343, {1999}}, {4182, 652, {1994, 1995, 1996}}, {4273, 690, {2002}},
    {4676, 385, {2012}},       {4676, 390, {2011}}, {4678, 200, {2014}},             {4678, 366, {2014}},
    {4678, 385, {2014}},       {4680, 732, {2014}}, {4691, 2, {2013, 2014}},
};

bool fixed_onset(int dispute, int a, int b, int year) {
  for (const auto& f : kMidOnsetFixes) {
    if (f.dispute != dispute || (f.ccode != a && f.ccode != b)) continue;
    for (int y : f.years)
      if (y == year) return true;
  }
  return false;
}

}  // namespace

ConflictIndex ConflictIndex::from_mids(const std::vector<MidParticipant>& participants) {
  std::vector<Spell> spells;
  for (const auto& p : participants)
    spells.push_back({p.dispute, 0, p.ccode, p.side_a ? 1 : 0, first_day(p.start), last_day(p.end)});
  ConflictIndex ix;
  ix.first_ = kMidFirstYear;
  ix.last_ = kMidLastYear;
  for (const auto& [k, years] : pair_years(spells)) {
    const auto [dispute, episode, a, b] = k;
    int previous = -1;
    for (int y : years) {
      auto& f = ix.flags_[key(y, a, b)];
      f.ongoing = true;
      if (previous < 0 || y - previous > 1 || fixed_onset(dispute, a, b, y)) f.onset = true;
      previous = y;
    }
  }
  return ix;
}

ConflictIndex ConflictIndex::from_wars(const std::vector<WarParticipant>& participants) {
  // Episode 0: StartX1..EndX1; episode 1: the resumed combat StartX2..EndX2 (each its own onset).
  const PartialDate end_of_data{kWarLastYear, 12, 31};  // -7: ongoing at the end of 2007
  std::vector<Spell> spells;
  for (const auto& p : participants) {
    spells.push_back({p.war_number, 0, p.ccode, p.side, first_day(p.start1), last_day(p.end1.value_or(end_of_data))});
    if (p.start2)
      spells.push_back({p.war_number, 1, p.ccode, p.side, first_day(*p.start2), last_day(p.end2.value_or(end_of_data))});
  }
  ConflictIndex ix;
  ix.first_ = kWarFirstYear;
  ix.last_ = kWarLastYear;
  for (const auto& [k, years] : pair_years(spells)) {
    const auto [war, episode, a, b] = k;
    bool first = true;
    for (int y : years) {
      auto& f = ix.flags_[key(y, a, b)];
      f.ongoing = true;
      if (first) f.onset = true;
      first = false;
    }
  }
  return ix;
}

ConflictFlags ConflictIndex::at(int year, int a, int b) const {
  if (a < 0 || a >= 1024 || b < 0 || b >= 1024) return {};
  auto it = flags_.find(key(year, a, b));
  return it == flags_.end() ? ConflictFlags{} : it->second;
}

MajorPowers MajorPowers::build(const std::vector<CowMajorSpell>& spells) {
  MajorPowers m;
  m.first_ = 1816;
  m.last_ = 1816;
  for (const auto& s : spells) {
    m.spells_.push_back({s.ccode, {s.start.year, s.end.year}});
    m.last_ = std::max(m.last_, s.end.year);
  }
  return m;
}

bool MajorPowers::major(int ccode, int year) const {
  for (const auto& [c, span] : spells_)
    if (c == ccode && year >= span.first && year <= span.second) return true;
  return false;
}

NmcIndex NmcIndex::build(const std::vector<NmcStateYear>& rows) {
  NmcIndex ix;
  constexpr double kNa = std::numeric_limits<double>::quiet_NaN();
  for (const auto& r : rows) {
    auto g = [&](const std::optional<double>& v) { return v ? *v : kNa; };
    ix.by_key_[static_cast<std::uint32_t>(r.year) * 1024u + static_cast<std::uint32_t>(r.ccode)] = {
        g(r.milex), g(r.milper), g(r.irst), g(r.pec), g(r.tpop), g(r.upop), g(r.cinc)};
  }
  return ix;
}

std::array<double, kNmcColumnCount> NmcIndex::values(int ccode, int year) const {
  std::array<double, kNmcColumnCount> na;
  na.fill(std::numeric_limits<double>::quiet_NaN());
  if (ccode < 0 || ccode >= 1024 || year < 0) return na;
  auto it = by_key_.find(static_cast<std::uint32_t>(year) * 1024u + static_cast<std::uint32_t>(ccode));
  return it == by_key_.end() ? na : it->second;
}

}  // namespace casus::research

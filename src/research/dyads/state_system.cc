#include "casus/research/state_system.h"

#include <algorithm>
#include <climits>
#include <map>
#include <utility>

namespace casus::research {
namespace {

std::int16_t ordinal(const PartialDate& d, bool start) {
  // Unknown parts widen the span (an unknown day never makes a false dyad).
  const int m = d.month ? *d.month : (start ? 1 : 12);
  const int day = d.day ? *d.day : (start ? 1 : 31);
  return static_cast<std::int16_t>(m * 32 + day);
}

}  // namespace

void StateSystem::finish() {
  has_false_.assign(by_year_.size(), 0);
  for (std::size_t y = 0; y < by_year_.size(); ++y) {
    const std::size_t n = by_year_[y].size();
    for (std::size_t i = 0; i < n && !has_false_[y]; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        if (!coexist(first_ + static_cast<int>(y), i, j)) {
          has_false_[y] = 1;
          break;
        }
  }
}

StateSystem StateSystem::from_cow(const std::vector<CowStateYear>& years) { return from_cow(years, {}); }

StateSystem StateSystem::from_cow(const std::vector<CowStateYear>& years, const std::vector<CowStateSpell>& spells) {
  StateSystem s;
  s.kind_ = SystemKind::kCow;
  if (years.empty()) return s;
  s.first_ = INT_MAX;
  s.last_ = INT_MIN;
  for (const auto& y : years) {
    s.first_ = std::min(s.first_, y.year);
    s.last_ = std::max(s.last_, y.year);
  }
  s.data_last_ = s.last_;
  s.by_year_.resize(s.last_ - s.first_ + 1);
  for (const auto& y : years) s.by_year_[y.year - s.first_].push_back(y.ccode);
  std::map<int, std::vector<const CowStateSpell*>> spells_of;
  for (const auto& sp : spells) spells_of[sp.ccode].push_back(&sp);
  s.days_.resize(s.by_year_.size());
  for (std::size_t yi = 0; yi < s.by_year_.size(); ++yi) {
    auto& v = s.by_year_[yi];
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    const int year = s.first_ + static_cast<int>(yi);
    for (int code : v) {
      std::vector<DaySpan> spans;
      if (auto it = spells_of.find(code); it != spells_of.end()) {
        for (const auto* sp : it->second) {
          if (sp->start.year > year || sp->end.year < year) continue;
          spans.push_back({sp->start.year == year ? ordinal(sp->start, true) : kFirstDay,
                           sp->end.year == year ? ordinal(sp->end, false) : kLastDay});
        }
      }
      // A state-year without a spell covering it: the whole year (never a false dyad).
      if (spans.empty()) spans.push_back({kFirstDay, kLastDay});
      s.days_[yi].push_back(std::move(spans));
    }
  }
  s.finish();
  return s;
}

StateSystem StateSystem::from_gw(const std::vector<GwStateSpell>& spells) {
  StateSystem s;
  s.kind_ = SystemKind::kGleditschWard;
  if (spells.empty()) return s;
  s.first_ = INT_MAX;
  s.last_ = INT_MIN;
  for (const auto& sp : spells) {
    s.first_ = std::min(s.first_, sp.start.year);
    s.last_ = std::max(s.last_, sp.end.year);
  }
  s.data_last_ = s.last_;
  const std::size_t years = static_cast<std::size_t>(s.last_ - s.first_ + 1);
  std::vector<std::map<int, std::vector<DaySpan>>> by(years);
  for (const auto& sp : spells) {
    for (int y = sp.start.year; y <= sp.end.year; ++y) {
      by[y - s.first_][sp.gwcode].push_back({y == sp.start.year ? ordinal(sp.start, true) : kFirstDay,
                                             y == sp.end.year ? ordinal(sp.end, false) : kLastDay});
    }
  }
  for (const auto& sp : spells)
    if (sp.microstate) s.microstates_.push_back(sp.gwcode);
  std::sort(s.microstates_.begin(), s.microstates_.end());
  s.microstates_.erase(std::unique(s.microstates_.begin(), s.microstates_.end()), s.microstates_.end());
  s.by_year_.resize(years);
  s.days_.resize(years);
  for (std::size_t yi = 0; yi < years; ++yi) {
    for (auto& [code, spans] : by[yi]) {
      s.by_year_[yi].push_back(code);
      s.days_[yi].push_back(std::move(spans));
    }
  }
  s.finish();
  return s;
}

StateSystem StateSystem::extended_to(int year) const {
  StateSystem s = *this;
  if (by_year_.empty() || year <= last_) return s;
  const std::size_t last = by_year_.size() - 1;
  std::vector<int> alive;
  for (std::size_t k = 0; k < by_year_[last].size(); ++k) {
    const auto& spans = days_[last][k];
    if (std::any_of(spans.begin(), spans.end(), [](const DaySpan& d) { return d.last == kLastDay; }))
      alive.push_back(by_year_[last][k]);
  }
  for (int y = last_ + 1; y <= year; ++y) {
    s.by_year_.push_back(alive);
    s.days_.emplace_back(alive.size(), std::vector<DaySpan>{{kFirstDay, kLastDay}});
    s.has_false_.push_back(0);
  }
  s.last_ = year;
  return s;
}

std::span<const int> StateSystem::states(int year) const {
  if (year < first_ || year > last_) return {};
  return by_year_[year - first_];
}

bool StateSystem::coexist(int year, std::size_t i, std::size_t j) const {
  if (year < first_ || year > last_) return false;
  const auto& d = days_[year - first_];
  if (i >= d.size() || j >= d.size()) return false;
  for (const auto& a : d[i])
    for (const auto& b : d[j])
      if (a.first <= b.last && b.first <= a.last) return true;
  return false;
}

bool StateSystem::has_false_dyads(int year) const {
  if (year < first_ || year > last_) return false;
  return has_false_[year - first_] != 0;
}

bool StateSystem::microstate(int code) const {
  return std::binary_search(microstates_.begin(), microstates_.end(), code);
}

int StateSystem::cow_code(int code, int year) const {
  if (kind_ == SystemKind::kCow) return code;
  // G–W and COW differ on these successor states (G–W keeps the earlier code).
  if (code == 260 && year >= 1991) return 255;  // German Federal Republic -> Germany (COW 255 from 1990-10-03)
  if (code == 678 && year >= 1990) return 679;  // Yemen Arab Republic -> Yemen (COW 679 from 1990-05-22)
  if (code == 340) return 345;                  // Serbia: COW codes it 345 throughout
  return code;
}

}  // namespace casus::research

#include "casus/research/state_system.h"

#include <algorithm>
#include <climits>

namespace casus::research {
namespace {

void sort_unique(std::vector<int>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

StateSystem StateSystem::from_cow(const std::vector<CowStateYear>& years) {
  StateSystem s;
  s.kind_ = SystemKind::kCow;
  if (years.empty()) return s;
  s.first_ = INT_MAX;
  s.last_ = INT_MIN;
  for (const auto& y : years) {
    s.first_ = std::min(s.first_, y.year);
    s.last_ = std::max(s.last_, y.year);
  }
  s.by_year_.resize(s.last_ - s.first_ + 1);
  for (const auto& y : years) s.by_year_[y.year - s.first_].push_back(y.ccode);
  for (auto& v : s.by_year_) sort_unique(v);
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
  s.by_year_.resize(s.last_ - s.first_ + 1);
  for (const auto& sp : spells) {
    for (int y = sp.start.year; y <= sp.end.year; ++y) s.by_year_[y - s.first_].push_back(sp.gwcode);
  }
  for (auto& v : s.by_year_) sort_unique(v);
  return s;
}

std::span<const int> StateSystem::states(int year) const {
  if (year < first_ || year > last_) return {};
  return by_year_[year - first_];
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

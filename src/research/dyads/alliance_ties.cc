#include "casus/research/alliance_ties.h"

#include <algorithm>
#include <map>
#include <utility>

namespace casus::research {
namespace {

// Keeps, for each ordered pair, the maximum value; drops zeros.
std::vector<ValuedTie> max_per_pair(std::vector<ValuedTie> v) {
  std::sort(v.begin(), v.end(), [](const ValuedTie& x, const ValuedTie& y) {
    return std::tie(x.a, x.b, y.value) < std::tie(y.a, y.b, x.value);  // value descending within a pair
  });
  std::vector<ValuedTie> out;
  for (const auto& t : v) {
    if (t.value <= 0) continue;
    if (!out.empty() && out.back().a == t.a && out.back().b == t.b) continue;
    out.push_back(t);
  }
  return out;
}

}  // namespace

TieIndex TieIndex::from_atop(const AtopDirectedIndex& atop) {
  TieIndex t;
  t.source_ = TieSource::kAtop;
  t.first_ = kAtopFirstYear;
  t.last_ = kAtopLastYear;
  t.by_year_.resize(t.last_ - t.first_ + 1);
  for (int y = t.first_; y <= t.last_; ++y) {
    std::vector<ValuedTie> v;
    for (const auto& d : atop.year(y)) {
      int value = atop_tie_value(d.bits);
      // Non-directed: list both orders; max_per_pair keeps the stronger direction.
      v.push_back({d.state_a, d.state_b, value});
      v.push_back({d.state_b, d.state_a, value});
    }
    t.by_year_[y - t.first_] = max_per_pair(std::move(v));
  }
  return t;
}

TieIndex TieIndex::from_cow(const std::vector<CowAllianceMember>& members) {
  TieIndex t;
  t.source_ = TieSource::kCow;
  t.first_ = kCowAllianceFirstYear;
  t.last_ = kCowAllianceLastYear;
  t.by_year_.resize(t.last_ - t.first_ + 1);
  // COW valued scale (peacesciencer data-raw/scratchpad/tau-b.R; Signorino's S.g):
  // defense 3; neutrality or non-aggression 2; entente 1.
  auto value_of = [](const CowAllianceMember& m) {
    if (m.defense.value_or(false)) return 3;
    if (m.neutrality.value_or(false) || m.nonaggression.value_or(false)) return 2;
    if (m.entente.value_or(false)) return 1;
    return 0;
  };
  std::map<int, std::vector<const CowAllianceMember*>> alliances;
  for (const auto& m : members) alliances[m.alliance_id].push_back(&m);
  std::vector<std::vector<ValuedTie>> raw(t.by_year_.size());
  for (const auto& [id, rows] : alliances) {
    for (const auto* a : rows) {
      for (const auto* b : rows) {
        if (a == b || a->ccode == b->ccode) continue;
        if ((a->member_end && known_before(*a->member_end, b->member_start)) ||
            (b->member_end && known_before(*b->member_end, a->member_start)))
          continue;
        // The alliance's type is the same for all members in COW; take the stronger coding of the two rows.
        int value = std::max(value_of(*a), value_of(*b));
        int from = std::max({a->member_start.year, b->member_start.year, t.first_});
        int to = std::min({a->member_end ? a->member_end->year : t.last_, b->member_end ? b->member_end->year : t.last_,
                           t.last_});
        for (int y = from; y <= to; ++y) raw[y - t.first_].push_back({a->ccode, b->ccode, value});
      }
    }
  }
  for (std::size_t i = 0; i < raw.size(); ++i) t.by_year_[i] = max_per_pair(std::move(raw[i]));
  return t;
}

std::span<const ValuedTie> TieIndex::year(int year) const {
  if (!covers(year)) return {};
  return by_year_[year - first_];
}

}  // namespace casus::research

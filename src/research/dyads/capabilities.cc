#include "casus/research/capabilities.h"

#include <algorithm>
#include <climits>

namespace casus::research {

CapabilityIndex CapabilityIndex::build(const std::vector<NmcStateYear>& nmc) {
  CapabilityIndex c;
  int first = INT_MAX, last = INT_MIN;
  for (const auto& r : nmc) {
    if (!r.cinc) continue;
    first = std::min(first, r.year);
    last = std::max(last, r.year);
  }
  if (first > last) return c;
  c.first_ = first;
  c.last_ = last;
  c.values_.assign(static_cast<std::size_t>(last - first + 1) * kMaxCode, -1.0);
  for (const auto& r : nmc) {
    if (!r.cinc || r.ccode < 0 || r.ccode >= kMaxCode) continue;
    c.values_[static_cast<std::size_t>(r.year - first) * kMaxCode + r.ccode] = *r.cinc;
  }
  return c;
}

std::optional<double> CapabilityIndex::cinc(int ccode, int year) const {
  if (!covers(year) || ccode < 0 || ccode >= kMaxCode) return std::nullopt;
  double v = values_[static_cast<std::size_t>(year - first_) * kMaxCode + ccode];
  if (v < 0) return std::nullopt;
  return v;
}

}  // namespace casus::research

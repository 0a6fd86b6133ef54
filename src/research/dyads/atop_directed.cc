// Rebuilds ATOP directed dyad-years from member rows (codebook v5.1, section 2.7).
#include "casus/research/atop_directed.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <utility>

namespace casus::research {

AtopDirectedIndex AtopDirectedIndex::build(const std::vector<AtopMember>& members) {
  AtopDirectedIndex index;
  index.by_year_.resize(kAtopLastYear - kAtopFirstYear + 1);

  // Group member rows by (alliance, phase): obligations pair only within a phase.
  std::map<std::pair<int, int>, std::vector<const AtopMember*>> phases;
  for (const auto& m : members) phases[{m.atopid, m.phase}].push_back(&m);

  auto last_year = [](const AtopMember& m) { return m.exit ? m.exit->year : kAtopLastYear; };

  for (const auto& [key, rows] : phases) {
    // Obligations every member of the phase undertakes are owed to every partner.
    std::array<bool, kAtopObligationCount> shared_by_all;
    shared_by_all.fill(true);
    for (const AtopMember* m : rows)
      for (int k = 0; k < kAtopObligationCount; ++k) shared_by_all[k] = shared_by_all[k] && m->obligations[k];
    for (const AtopMember* a : rows) {
      for (const AtopMember* b : rows) {
        if (a == b || a->member == b->member) continue;
        // Never members simultaneously: one left before the other joined.
        if ((a->exit && known_before(*a->exit, b->entry)) || (b->exit && known_before(*b->exit, a->entry))) continue;
        ObligationBits bits = 0;
        for (int k = 0; k < kAtopObligationCount; ++k) {
          if (!a->obligations[k]) continue;
          if (a->obvary && !shared_by_all[k] && b->obligations[k]) continue;  // guarantee pattern, see header
          bits |= static_cast<ObligationBits>(1u << k);
        }
        const int from = std::max({a->entry.year, b->entry.year, kAtopFirstYear});
        const int to = std::min({last_year(*a), last_year(*b), kAtopLastYear});
        for (int y = from; y <= to; ++y) {
          index.by_year_[y - kAtopFirstYear].push_back({a->member, b->member, bits});
        }
      }
    }
  }
  // One entry per ordered pair and year: OR the bits of all shared alliances.
  // The pair is compared as one 64-bit key, the same order as (state_a, state_b):
  // this sort is the largest part of reading ATOP for a short run.
  auto key = [](const DirectedObligation& d) {
    auto biased = [](int c) { return static_cast<std::uint64_t>(static_cast<std::uint32_t>(c) ^ 0x80000000u); };
    return biased(d.state_a) << 32 | biased(d.state_b);
  };
  for (auto& v : index.by_year_) {
    std::sort(v.begin(), v.end(), [&key](const DirectedObligation& x, const DirectedObligation& y) { return key(x) < key(y); });
    std::size_t kept = 0;  // merged in place: v[0, kept) holds one entry per pair
    for (std::size_t r = 0; r < v.size(); ++r) {
      if (kept > 0 && key(v[kept - 1]) == key(v[r])) {
        v[kept - 1].bits |= v[r].bits;
      } else {
        v[kept++] = v[r];
      }
    }
    v.resize(kept);
  }
  return index;
}

std::span<const DirectedObligation> AtopDirectedIndex::year(int year) const {
  if (year < kAtopFirstYear || year > kAtopLastYear || by_year_.empty()) return {};
  return by_year_[year - kAtopFirstYear];
}

std::size_t AtopDirectedIndex::total() const {
  std::size_t n = 0;
  for (const auto& v : by_year_) n += v.size();
  return n;
}

}  // namespace casus::research

#include "ps13_memo.h"

#include <limits>

namespace casus::research::internal {

Ps13Memo::Ps13Memo() : slots_(1024, -1) {}

std::uint64_t Ps13Memo::hash(const Key& k) {
  std::uint64_t h = k.complete;
  for (std::uint32_t c : k.count) h = (h ^ c) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

void Ps13Memo::grow() {
  slots_.assign(slots_.size() * 2, -1);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t e = 0; e < entries_.size(); ++e) {
    std::size_t s = hash(entries_[e].key) & mask;
    while (slots_[s] >= 0) s = (s + 1) & mask;
    slots_[s] = static_cast<std::int32_t>(e);
  }
}

Ps13Values Ps13Memo::values(const TieTable& t, Weighting weighting, bool complete) {
  Key key;
  bool fits = true;
  for (int a = 0; a < kTieLevels; ++a)
    for (int b = 0; b < kTieLevels; ++b) {
      const std::int64_t c = t.count[a][b];
      fits = fits && c >= 0 && c <= std::numeric_limits<std::uint32_t>::max();
      key.count[a * kTieLevels + b] = static_cast<std::uint32_t>(c);
    }
  key.complete = complete;
  Ps13Values v;
  if (!fits) {  // no year has 2^32 states; computed, not cached, all the same
    v = ps13_unweighted(t, complete);
  } else {
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = hash(key) & mask;
    while (slots_[s] >= 0 && !(entries_[static_cast<std::size_t>(slots_[s])].key == key)) s = (s + 1) & mask;
    if (slots_[s] >= 0) {
      v = entries_[static_cast<std::size_t>(slots_[s])].unweighted;
    } else {
      v = ps13_unweighted(t, complete);
      slots_[s] = static_cast<std::int32_t>(entries_.size());
      entries_.push_back({key, v});
      if (2 * entries_.size() > slots_.size()) grow();
    }
  }
  ps13_add_weighted(t, weighting, v);
  return v;
}

}  // namespace casus::research::internal

// peacesciencer 1.3's similarity columns of many pairs, each distinct table
// computed once.
//
// Why: of the eleven ps13 columns, nine (and kallyv_psych) depend on the pair's
// 4x4 table of counts alone; only sallyvwa and sallybwa read the CINC weights.
// Within a year most unordered pairs share their table of counts with other
// pairs (states without alliances, members of the same blocs), so the kappas,
// pis and tau-b — a third of the dyad table's computing time — need computing
// once per distinct table. The values are those ps13_from_table gives, to the
// bit: the same functions of the same counts (ps13_memo_test checks it).
#pragma once

#include <cstdint>
#include <vector>

#include "casus/research/similarity.h"

namespace casus::research::internal {

// ps13_from_table(t, w, complete) == ps13_unweighted(t, complete) followed by
// ps13_add_weighted(t, w, ·), to the bit.
Ps13Values ps13_unweighted(const TieTable& t, bool complete);
void ps13_add_weighted(const TieTable& t, Weighting weighting, Ps13Values& v);

// Not thread-safe: one per thread (compute_dyad_year keeps one per call).
class Ps13Memo {
 public:
  Ps13Memo();
  // ps13_from_table(t, weighting, complete).
  Ps13Values values(const TieTable& t, Weighting weighting, bool complete);
  std::size_t distinct() const { return entries_.size(); }

 private:
  struct Key {
    std::uint32_t count[kTieLevels * kTieLevels];
    std::uint32_t complete;
    bool operator==(const Key&) const = default;
  };
  struct Entry {
    Key key;
    Ps13Values unweighted;
  };
  static std::uint64_t hash(const Key& k);
  void grow();

  std::vector<Entry> entries_;
  std::vector<std::int32_t> slots_;  // index into entries_, -1 = empty; size a power of two
};

}  // namespace casus::research::internal

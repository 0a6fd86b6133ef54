// AtopDirectedIndex::build on member rows made here (no dataset needed): one
// entry per ordered pair and year, the bits of every shared alliance OR'ed,
// sorted by (state_a, state_b) as the header promises.
#include "casus/research/atop_directed.h"

#include <gtest/gtest.h>

#include <tuple>
#include <vector>

namespace casus::research {
namespace {

AtopMember member(int atopid, int state, int from, std::optional<int> to, std::initializer_list<AtopObligation> owes) {
  AtopMember m;
  m.atopid = atopid;
  m.member = state;
  m.entry = PartialDate{from, 1, 1};
  if (to) m.exit = PartialDate{*to, 12, 31};
  for (AtopObligation o : owes) m.obligations[static_cast<int>(o)] = true;
  return m;
}

std::vector<std::tuple<int, int, ObligationBits>> entries(const AtopDirectedIndex& ix, int year) {
  std::vector<std::tuple<int, int, ObligationBits>> out;
  for (const auto& d : ix.year(year)) out.emplace_back(d.state_a, d.state_b, d.bits);
  return out;
}

TEST(AtopDirectedIndex, SharedAlliancesMergeIntoOneSortedEntryPerOrderedPair) {
  using O = AtopObligation;
  // Listed out of order on purpose (the index sorts). Alliance 2 adds
  // consultation between 200 and 220 from 1905; 365 joins alliance 1 for 1903-1904.
  const std::vector<AtopMember> rows = {
      member(2, 220, 1905, std::nullopt, {O::kConsultation}), member(1, 220, 1900, std::nullopt, {O::kDefense}),
      member(1, 365, 1903, 1904, {O::kNeutral}),              member(2, 200, 1905, std::nullopt, {O::kConsultation}),
      member(1, 200, 1900, std::nullopt, {O::kDefense}),
  };
  const AtopDirectedIndex ix = AtopDirectedIndex::build(rows);
  const ObligationBits def = bit(O::kDefense), neu = bit(O::kNeutral), con = bit(O::kConsultation);
  using E = std::vector<std::tuple<int, int, ObligationBits>>;
  EXPECT_EQ(entries(ix, 1899), E{});
  EXPECT_EQ(entries(ix, 1900), (E{{200, 220, def}, {220, 200, def}}));
  EXPECT_EQ(entries(ix, 1903), (E{{200, 220, def}, {200, 365, def}, {220, 200, def}, {220, 365, def},
                                  {365, 200, neu}, {365, 220, neu}}));
  EXPECT_EQ(entries(ix, 1905), (E{{200, 220, def | con}, {220, 200, def | con}}));
  EXPECT_EQ(entries(ix, kAtopLastYear), (E{{200, 220, def | con}, {220, 200, def | con}}));
  EXPECT_EQ(entries(ix, kAtopLastYear + 1), E{});
  // Six directed pairs in 1903-1904, two from 1900 to 1902 and from 1905 to the end.
  EXPECT_EQ(ix.total(), static_cast<std::size_t>(2 * (kAtopLastYear - 1900 + 1) + 2 * 4));
}

}  // namespace
}  // namespace casus::research

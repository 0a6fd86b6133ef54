// Ps13Memo must give what ps13_from_table gives, to the bit, whether a table
// is met for the first time or again (with other weights), and must not mix
// up tables that differ in one count or only in `complete`.
#include "ps13_memo.h"

#include <gtest/gtest.h>

#include <cstring>
#include <optional>
#include <random>

namespace casus::research::internal {
namespace {

// Same engagement and the same bits (NaN cannot occur: nullopt is NA).
void expect_same(const std::optional<double>& got, const std::optional<double>& want, const char* column) {
  SCOPED_TRACE(column);
  ASSERT_EQ(got.has_value(), want.has_value());
  if (want) {
    EXPECT_EQ(std::memcmp(&*got, &*want, sizeof(double)), 0) << *got << " vs " << *want;
  }
}

void expect_same(const Ps13Values& got, const Ps13Values& want) {
  expect_same(got.sallyvus, want.sallyvus, "sallyvus");
  expect_same(got.sallyvua, want.sallyvua, "sallyvua");
  expect_same(got.sallybus, want.sallybus, "sallybus");
  expect_same(got.sallybua, want.sallybua, "sallybua");
  expect_same(got.sallyvwa, want.sallyvwa, "sallyvwa");
  expect_same(got.sallybwa, want.sallybwa, "sallybwa");
  expect_same(got.pallyv, want.pallyv, "pallyv");
  expect_same(got.pallyb, want.pallyb, "pallyb");
  expect_same(got.kallyv, want.kallyv, "kallyv");
  expect_same(got.kallyb, want.kallyb, "kallyb");
  expect_same(got.taub, want.taub, "taub");
  expect_same(got.kallyv_psych, want.kallyv_psych, "kallyv_psych");
}

TEST(Ps13Memo, GivesWhatPs13FromTableGivesForNewAndRepeatedTables) {
  std::mt19937 rng(20261202);
  std::uniform_real_distribution<double> u(0, 1);
  Ps13Memo memo;
  // Few distinct count tables (so that most calls hit the memo, and the table
  // grows past its first size), each met with fresh weights.
  std::vector<TieTable> shapes;
  for (int s = 0; s < 3000; ++s) {
    TieTable t;
    const int cells = static_cast<int>(rng() % 6);
    t.count[0][0] = rng() % 200;
    for (int c = 0; c < cells; ++c) t.count[rng() % kTieLevels][rng() % kTieLevels] += 1 + rng() % 5;
    shapes.push_back(t);
  }
  shapes.push_back(TieTable{});  // n = 0: every column NA
  for (int call = 0; call < 30000; ++call) {
    TieTable t = shapes[rng() % shapes.size()];
    for (auto& row : t.weight)
      for (auto& w : row) w = u(rng) < 0.3 ? 0.0 : u(rng) * 1e-3;
    const bool complete = rng() % 3 != 0;
    const Weighting weighting = rng() % 4 ? Weighting::kWithWeights : Weighting::kWithoutWeights;
    SCOPED_TRACE(testing::Message() << "call " << call);
    expect_same(memo.values(t, weighting, complete), ps13_from_table(t, weighting, complete));
    if (HasFatalFailure()) return;
  }
  EXPECT_LE(memo.distinct(), 2 * shapes.size());  // (shape, complete) pairs: the memo did reuse
  EXPECT_GT(memo.distinct(), shapes.size() / 2);
}

TEST(Ps13Memo, TablesThatDifferInOneCountOrInCompletenessAreKeptApart) {
  Ps13Memo memo;
  TieTable a;
  a.count[0][0] = 10;
  a.count[3][0] = 1;
  a.count[0][3] = 1;
  TieTable b = a;
  b.count[1][1] = 1;
  expect_same(memo.values(a, Weighting::kWithoutWeights, true), ps13_from_table(a, Weighting::kWithoutWeights, true));
  expect_same(memo.values(b, Weighting::kWithoutWeights, true), ps13_from_table(b, Weighting::kWithoutWeights, true));
  const Ps13Values incomplete = memo.values(a, Weighting::kWithoutWeights, false);
  EXPECT_FALSE(incomplete.taub.has_value());  // tau-b is NA for a pair with a missing cell
  expect_same(incomplete, ps13_from_table(a, Weighting::kWithoutWeights, false));
  EXPECT_EQ(memo.distinct(), 3u);
}

}  // namespace
}  // namespace casus::research::internal

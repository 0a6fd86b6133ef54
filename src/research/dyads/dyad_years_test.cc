// Directed dyad-years on the shared data (skipped by name when absent).
#include "casus/research/dyad_years.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>

#include "casus/research/atop.h"
#include "casus/research/cow_states.h"
#include "casus/research/nmc.h"
#include "casus/research/similarity.h"
#include "test_data.h"

namespace casus::research {
namespace {

using testing::data_path;

struct World {
  StateSystem system;
  AtopDirectedIndex atop;
  TieIndex ties;
  CapabilityIndex capabilities;
  DyadInputs inputs() const { return {&system, &atop, &ties, &capabilities}; }
};

const World* world() {
  static std::optional<World> w = []() -> std::optional<World> {
    auto members = load_atop_members(data_path("atop-5.1/atop5_1m.csv"));
    auto sys = load_cow_system(data_path("cow-states-2016/system2016.csv"));
    auto spells = load_cow_states(data_path("cow-states-2016/states2016.csv"));
    auto nmc = load_nmc(data_path("cow-nmc-6.0/NMC-60-abridged.csv"));
    if (!members || !sys || !nmc || !spells) return std::nullopt;
    World out;
    out.system = StateSystem::from_cow(sys.value(), spells.value());
    out.atop = AtopDirectedIndex::build(members.value());
    out.ties = TieIndex::from_atop(out.atop);
    out.capabilities = CapabilityIndex::build(nmc.value());
    return out;
  }();
  return w ? &*w : nullptr;
}

#define REQUIRE_WORLD()                                          \
  CASUS_REQUIRE_DATA(data_path("atop-5.1/atop5_1m.csv"));        \
  CASUS_REQUIRE_DATA(data_path("cow-states-2016/system2016.csv")); \
  CASUS_REQUIRE_DATA(data_path("cow-states-2016/states2016.csv")); \
  CASUS_REQUIRE_DATA(data_path("cow-nmc-6.0/NMC-60-abridged.csv")); \
  ASSERT_NE(world(), nullptr) << "datasets present but failed to load"

const DyadYearRow* find(const std::vector<DyadYearRow>& rows, int a, int b) {
  for (const auto& r : rows)
    if (r.code1 == a && r.code2 == b) return &r;
  return nullptr;
}

DyadOptions options(int year, NonDirected ndir = NonDirected::kDirected,
                    SimilarityNames names = SimilarityNames::kHaege) {
  DyadOptions o;
  o.names = names;
  o.from_year = o.to_year = year;
  o.ndir = ndir;
  return o;
}

// peacesciencer's add_atop_alliance() documentation: France (220) pledged to
// defend Belgium (211) in 1832, Belgium made no pledge to France.
TEST(DyadYears, Belgium1832IsDirectedAndNdirRulesFollowPeacesciencer) {
  REQUIRE_WORLD();
  auto directed = compute_dyad_year(world()->inputs(), options(1832), 1832);
  const auto* fr_be = find(directed, 220, 211);
  const auto* be_fr = find(directed, 211, 220);
  ASSERT_TRUE(fr_be && be_fr);
  EXPECT_EQ(fr_be->atop[0], 1);
  EXPECT_EQ(be_fr->atop[0], 0);
  auto max_rows = compute_dyad_year(world()->inputs(), options(1832, NonDirected::kMax), 1832);
  auto lower_rows = compute_dyad_year(world()->inputs(), options(1832, NonDirected::kLowerFirst), 1832);
  ASSERT_TRUE(find(max_rows, 211, 220) && find(lower_rows, 211, 220));
  EXPECT_EQ(find(max_rows, 220, 211), nullptr);
  EXPECT_EQ(find(max_rows, 211, 220)->atop[0], 1);    // either direction
  EXPECT_EQ(find(lower_rows, 211, 220)->atop[0], 0);  // 211 -> 220 only
}

// ATOP codebook 2.7: Britain, France, Sweden (1855): all consult; Britain and
// France defend Sweden; no defense between Britain and France.
TEST(DyadYears, CodebookExample1855GuaranteePattern) {
  REQUIRE_WORLD();
  auto rows = compute_dyad_year(world()->inputs(), options(1856), 1856);
  const auto* uk_sw = find(rows, 200, 380);
  const auto* uk_fr = find(rows, 200, 220);
  const auto* sw_uk = find(rows, 380, 200);
  ASSERT_TRUE(uk_sw && uk_fr && sw_uk);
  EXPECT_EQ(uk_sw->atop[0], 1);
  EXPECT_EQ(uk_sw->atop[4], 1);
  EXPECT_EQ(sw_uk->atop[0], 0);
  EXPECT_EQ(sw_uk->atop[4], 1);
}

TEST(DyadYears, RowCountsFollowTheSystem) {
  REQUIRE_WORLD();
  for (int year : {1816, 1914, 2016}) {
    ASSERT_FALSE(world()->system.has_false_dyads(year)) << year;
    const auto n = world()->system.states(year).size();
    EXPECT_EQ(compute_dyad_year(world()->inputs(), options(year), year).size(), n * (n - 1)) << year;
    EXPECT_EQ(compute_dyad_year(world()->inputs(), options(year, NonDirected::kMax), year).size(), n * (n - 1) / 2);
  }
}

// The fast per-year path must equal the vector reference on independently
// assembled portfolios, and be symmetric in the dyad.
TEST(DyadYears, SimilarityMatchesReferenceOnPortfolios1914) {
  REQUIRE_WORLD();
  const int year = 1914;
  auto rows = compute_dyad_year(world()->inputs(), options(year), year);
  const auto states = world()->system.states(year);
  std::map<std::pair<int, int>, double> tie;
  for (const auto& t : world()->ties.year(year)) tie[{t.a, t.b}] = t.value;
  auto portfolio = [&](int i) {
    std::vector<double> v;
    for (int k : states) v.push_back(k == i ? 3.0 : (tie.count({i, k}) ? tie[{i, k}] : 0.0));
    return v;
  };
  std::vector<double> w;
  for (int k : states) w.push_back(world()->capabilities.cinc(k, year).value_or(0.0));
  std::vector<double> d3(states.size(), 3.0);
  int checked = 0;
  for (const auto& r : rows) {
    if (r.code1 != 255 && r.code1 != 2) continue;  // Germany and the USA against everyone
    auto x = portfolio(r.code1), y = portfolio(r.code2);
    EXPECT_NEAR(r.similarity[0], kendall_tau_b(x, y).value(), 1e-12);
    EXPECT_NEAR(r.similarity[2], s_absolute(x, y, 3).value(), 1e-12);
    EXPECT_NEAR(r.similarity[3], s_score(x, y, w, d3).value(), 1e-12);
    EXPECT_NEAR(r.similarity[4], cohen_kappa(x, y).value(), 1e-12);
    const auto* back = find(rows, r.code2, r.code1);
    ASSERT_NE(back, nullptr);
    for (int c = 0; c < kSimilarityColumnCount; ++c) {
      if (is_na(r.similarity[c])) EXPECT_TRUE(is_na(back->similarity[c]));
      else EXPECT_EQ(r.similarity[c], back->similarity[c]);
    }
    ++checked;
  }
  EXPECT_GT(checked, 50);
}

TEST(DyadYears, OutsideCoverageIsNa) {
  REQUIRE_WORLD();
  // NMC 6.0 covers 1816-2016 and COW system years too; a system without
  // capabilities gives NA weighted columns but defined unweighted ones.
  DyadInputs no_weights = world()->inputs();
  no_weights.capabilities = nullptr;
  auto rows = compute_dyad_year(no_weights, options(1914), 1914);
  ASSERT_FALSE(rows.empty());
  EXPECT_TRUE(is_na(rows[0].similarity[3]));
  EXPECT_TRUE(is_na(rows[0].similarity[7]));
  EXPECT_FALSE(is_na(rows[0].similarity[2]));
  // Without ties, all similarity columns are NA and ATOP columns still known.
  DyadInputs no_ties = world()->inputs();
  no_ties.ties = nullptr;
  rows = compute_dyad_year(no_ties, options(1914), 1914);
  for (double v : rows[0].similarity) EXPECT_TRUE(is_na(v));
  EXPECT_GE(rows[0].atop[0], 0);
}

// peacesciencer 1.3's columns come from ATOP's directed obligations, not from the
// non-directed TieIndex, so a ps13-only caller may leave `ties` out (the CLI and
// casus.dyads() do: building it was a fifth of a one-year call); Häge's columns,
// and so --names all, still need it.
TEST(DyadYears, Ps13ColumnsNeedNoNonDirectedTies) {
  REQUIRE_WORLD();
  DyadInputs no_ties = world()->inputs();
  no_ties.ties = nullptr;
  for (int year : {1914, 1990}) {
    auto with = compute_dyad_year(world()->inputs(), options(year, NonDirected::kDirected, SimilarityNames::kPs13), year);
    auto without = compute_dyad_year(no_ties, options(year, NonDirected::kDirected, SimilarityNames::kPs13), year);
    ASSERT_EQ(with.size(), without.size());
    ASSERT_FALSE(with.empty());
    std::size_t defined = 0;
    for (std::size_t r = 0; r < with.size(); ++r) {
      for (std::size_t c = 0; c < with[r].similarity.size(); ++c) {
        const double a = with[r].similarity[c], b = without[r].similarity[c];
        if (is_na(a)) {
          EXPECT_TRUE(is_na(b));
        } else {
          EXPECT_EQ(a, b) << year << " row " << r << " column " << c;
          ++defined;
        }
      }
    }
    EXPECT_GT(defined, with.size()) << year;  // the columns are computed, not all NA
  }
  // Without ATOP, peacesciencer 1.3's columns are NA even with the ties.
  DyadInputs no_atop = world()->inputs();
  no_atop.atop = nullptr;
  DyadOptions o = options(1914, NonDirected::kDirected, SimilarityNames::kPs13);
  o.atop_columns = false;
  auto rows = compute_dyad_year(no_atop, o, 1914);
  ASSERT_FALSE(rows.empty());
  for (double v : rows[0].similarity) EXPECT_TRUE(is_na(v));
  // --names all: each set from its own input. Without the ties, peacesciencer
  // 1.3's part (the first columns) is as with them and Häge's part is NA;
  // without ATOP, the reverse.
  const DyadOptions all = options(1914, NonDirected::kDirected, SimilarityNames::kAll);
  // With kAll, peacesciencer 1.3's columns (kallyv_psych included) come first, then Häge's.
  const auto all_names = similarity_column_names(SimilarityNames::kAll);
  const auto haege_names = similarity_column_names(SimilarityNames::kHaege);
  const std::size_t all_width = all_names.size();
  const std::size_t ps13_width = all_width - haege_names.size();
  ASSERT_GT(ps13_width, 0u);
  ASSERT_EQ(all_names[ps13_width - 1], "kallyv_psych");  // the last of peacesciencer 1.3's
  auto full = compute_dyad_year(world()->inputs(), all, 1914);
  auto ps13_only = compute_dyad_year(no_ties, all, 1914);
  DyadOptions all_no_atop = all;
  all_no_atop.atop_columns = false;
  auto haege_only = compute_dyad_year(no_atop, all_no_atop, 1914);
  ASSERT_EQ(full.size(), ps13_only.size());
  ASSERT_EQ(full.size(), haege_only.size());
  std::size_t ps13_defined = 0, haege_defined = 0;
  for (std::size_t r = 0; r < full.size(); ++r) {
    for (std::size_t c = 0; c < all_width; ++c) {
      const double want = full[r].similarity[c];
      const bool ps13_column = c < ps13_width;
      const double kept = ps13_column ? ps13_only[r].similarity[c] : haege_only[r].similarity[c];
      const double dropped = ps13_column ? haege_only[r].similarity[c] : ps13_only[r].similarity[c];
      EXPECT_TRUE(is_na(dropped)) << "row " << r << " column " << c;
      if (is_na(want)) {
        EXPECT_TRUE(is_na(kept));
      } else {
        EXPECT_EQ(want, kept) << "row " << r << " column " << c;
        ++(ps13_column ? ps13_defined : haege_defined);
      }
    }
  }
  EXPECT_GT(ps13_defined, 0u);
  EXPECT_GT(haege_defined, 0u);
}

}  // namespace
}  // namespace casus::research

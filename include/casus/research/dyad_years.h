// Directed dyad-years with ATOP obligation columns and alliance-similarity
// columns, computed one year at a time.
//
// Columns (docs/research.md defines each):
//   ccode1, ccode2 (or gwcode1, gwcode2 for the G–W system), year,
//   atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul
//     — 1 if ccode1 has that obligation toward ccode2 that year (ATOP 5.1,
//       directed, as peacesciencer's add_atop_alliance()), 0 if not, NA
//       outside ATOP's coverage 1815-2018;
//   similarity columns, by one of two sets of names and definitions
//   (SimilarityNames): peacesciencer 1.3's FPSIM (sallyvus ... taub, the
//   default) or Häge's FPSIM v2 (taub, srsvas ... piba); NA where undefined or
//   outside the tie source's coverage (the weighted columns also NA where NMC
//   has no CINC for the year).
//
// Pairs of states that were never in the system on the same day ("false
// dyads", StateSystem::coexist) get no row, as in peacesciencer's
// create_dyadyears().
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "casus/research/alliance_ties.h"
#include "casus/research/atop_directed.h"
#include "casus/research/capabilities.h"
#include "casus/research/dyad_covariates.h"
#include "casus/research/state_system.h"

namespace casus::research {

// How directed dyads become non-directed rows (only ccode1 < ccode2 kept).
enum class NonDirected {
  kDirected,   // keep both directions (default)
  kMax,        // ATOP columns = max over both directions (peacesciencer ndir = TRUE)
  kLowerFirst  // ATOP columns = the ccode1 -> ccode2 direction only (ndir = FALSE)
};

// Which similarity columns, under which names and definitions (docs/research.md §3.1):
enum class SimilarityNames {
  kPs13,   // peacesciencer 1.3 FPSIM: directed own-obligation ATOP ties, nominal pi (default)
  kHaege,  // Häge's FPSIM v2 names and definitions: stronger direction, squared-distance pi
  kAll     // both sets, plus kallyv_psych
};

inline constexpr int kAtopColumnCount = 5;
inline constexpr int kSimilarityColumnCount = 10;  // Häge's set
inline constexpr int kPs13ColumnCount = 11;
inline constexpr int kMaxSimilarityColumns = kPs13ColumnCount + 1 + kSimilarityColumnCount;
extern const std::array<const char*, kAtopColumnCount> kAtopColumnNames;
extern const std::array<const char*, kSimilarityColumnCount> kSimilarityColumnNames;  // Häge's names
extern const std::array<const char*, kPs13ColumnCount> kPs13ColumnNames;
// The similarity columns written for `names`, in order.
std::vector<std::string> similarity_column_names(SimilarityNames names);

struct DyadYearRow {
  int code1 = 0, code2 = 0, year = 0;
  std::int8_t microstate1 = 0, microstate2 = 0;  // G–W with the microstates list
  std::array<std::int8_t, kAtopColumnCount> atop{};       // 0/1, or -1 = NA
  // The first similarity_column_names(names).size() entries are used; NaN = NA.
  std::array<double, kMaxSimilarityColumns> similarity{};
  // Covariates (dyad_covariates.h), filled when their input is given; -1 / NaN = NA.
  std::int8_t cowmaj1 = -1, cowmaj2 = -1;
  std::int8_t midonset = -1, midongoing = -1, waronset = -1, warongoing = -1;
  std::array<double, 2 * kNmcColumnCount> nmc{};  // side 1's seven values, then side 2's
};

struct DyadOptions {
  int from_year = 0, to_year = 0;  // inclusive; clipped to the system's years
  std::vector<int> years;          // if non-empty: exactly these years (sorted), instead of from..to
  NonDirected ndir = NonDirected::kDirected;
  bool atop_columns = true;
  bool similarity_columns = true;
  SimilarityNames names = SimilarityNames::kPs13;
  // Keep pairs that never shared a day in the system (peacesciencer drops them).
  bool keep_false_dyads = false;
  // Row filters (codes of the chosen system); empty = no filter. A row is kept when
  // one of its two states is in `states`, or its pair (either order) is in `dyads`;
  // with both filters, a row passing either is kept.
  std::vector<int> states;
  std::vector<std::pair<int, int>> dyads;
  bool keeps(int a, int b) const;
};

// Inputs are borrowed, not owned; they must outlive the calls. `atop` is
// required when atop_columns is set or peacesciencer 1.3's similarity columns
// are asked for (their ties are ATOP's directed obligations); `ties` (the
// non-directed ties of Häge's columns) when Häge's are asked for. Without its
// input a set of columns is NA, the other set (with kAll) still computed.
// `capabilities` may be null (weighted columns are then NA).
struct DyadInputs {
  const StateSystem* system = nullptr;
  const AtopDirectedIndex* atop = nullptr;
  const TieIndex* ties = nullptr;
  const CapabilityIndex* capabilities = nullptr;
  // Optional covariates; null = not requested.
  const MajorPowers* majors = nullptr;
  const NmcIndex* nmc = nullptr;
  const ConflictIndex* mids = nullptr;
  const ConflictIndex* wars = nullptr;
};

// All rows of one year, ordered by (code1, code2). Thread-safe for distinct
// or equal years (reads inputs only).
std::vector<DyadYearRow> compute_dyad_year(const DyadInputs& inputs, const DyadOptions& options, int year);

// How many rows compute_dyad_year gives for `year` (the same choice of pairs),
// without computing them: lets a caller place each year's rows before they exist.
std::size_t dyad_year_row_count(const StateSystem& system, const DyadOptions& options, int year);

inline bool is_na(double v) { return std::isnan(v); }

}  // namespace casus::research

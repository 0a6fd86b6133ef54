// State-years with the conventions of `casus dyads` (peacesciencer's
// create_stateyears()): one row per state in the system that year (COW: a
// state-year of system2016.csv; G–W: a spell touching the year; --mry carries
// the states of the data's last day on), with the same covariates by side.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "casus/research/dyad_covariates.h"
#include "casus/research/state_system.h"

namespace casus::research {

struct StateYearRow {
  int code = 0, year = 0;
  std::int8_t microstate = 0;
  std::int8_t cowmaj = -1;                     // -1 = NA
  std::array<double, kNmcColumnCount> nmc{};  // NaN = NA
};

struct StateYearInputs {
  const StateSystem* system = nullptr;
  const MajorPowers* majors = nullptr;  // null = column not requested
  const NmcIndex* nmc = nullptr;
};

std::vector<StateYearRow> compute_state_years(const StateYearInputs& in, const std::vector<int>& years);

// Column names for the requested inputs, in the order of the CSV.
std::vector<std::string> state_year_columns(const StateYearInputs& in);
// One CSV line per row (LF), NA as `na`.
std::string encode_state_years(const StateYearInputs& in, const std::vector<StateYearRow>& rows, const std::string& na);

}  // namespace casus::research

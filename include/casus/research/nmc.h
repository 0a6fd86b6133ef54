// COW National Material Capabilities v6.0 (abridged) reader: NMC-60-abridged.csv.
//
// Source: Singer, Bremer & Stuckey (1972); NMC documentation v6.0 (2021).
// Missing values: -9 (documentation v6.0) becomes nullopt. A malformed row is a
// located error and nothing is returned.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casus/research/result.h"

namespace casus::research {

struct NmcStateYear {
  std::string abbreviation;
  int ccode = 0;
  int year = 0;
  std::optional<double> milex;   // military expenditure (thousands of current USD / GBP before 1914)
  std::optional<double> milper;  // military personnel (thousands)
  std::optional<double> irst;    // iron and steel production (thousands of tons)
  std::optional<double> pec;     // primary energy consumption (thousands of coal-ton equivalents)
  std::optional<double> tpop;    // total population (thousands)
  std::optional<double> upop;    // urban population (thousands)
  std::optional<double> cinc;    // Composite Index of National Capability, a share in [0, 1]
};

Result<std::vector<NmcStateYear>> load_nmc(const std::string& path);

}  // namespace casus::research

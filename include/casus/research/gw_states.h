// Gleditsch–Ward list of independent states (iisystem.dat) reader.
//
// Source: Gleditsch, K. S. & Ward, M. D. (1999), "Interstate System Membership:
// A Revised List of the Independent States since 1816", International
// Interactions 25(4):393-413. Format: tab-separated, no header; columns gwcode,
// abbrev, name, start, end, dates as dd:mm:yyyy. One row per membership spell.
// A malformed row is a located error and nothing is returned.
#pragma once

#include <string>
#include <vector>

#include "casus/research/date.h"
#include "casus/research/result.h"

namespace casus::research {

struct GwStateSpell {
  int gwcode = 0;
  std::string abbreviation;
  std::string name;  // UTF-8 in the 2017 revision
  PartialDate start, end;
  bool microstate = false;  // from microstatessystem.dat
};

Result<std::vector<GwStateSpell>> load_gw_states(const std::string& path);
// Gleditsch's list of microstates (microstatessystem.dat), the same format;
// every spell is marked microstate. peacesciencer >= 1.2 (via isard) adds
// these states to the G–W system, with microstate1/microstate2 columns.
Result<std::vector<GwStateSpell>> load_gw_microstates(const std::string& path);

}  // namespace casus::research

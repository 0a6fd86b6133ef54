// COW Militarized Interstate Disputes 5.0, participant level (MIDB 5.0.csv):
// one row per state x dispute x side spell.
//
// Source: Palmer et al. (2022), "The MID5 Dataset, 2011-2014", CMPS 39(4).
// -9 = missing; a missing start or end day becomes nullopt here. A malformed
// row is a located error and nothing is returned.
#pragma once

#include <string>
#include <vector>

#include "casus/research/date.h"
#include "casus/research/result.h"

namespace casus::research {

inline constexpr int kMidFirstYear = 1816, kMidLastYear = 2014;  // MID 5.0 coverage

struct MidParticipant {
  int dispute = 0;  // dispnum
  int ccode = 0;
  PartialDate start, end;  // month/day nullopt when -9
  bool side_a = false;     // sidea
};

Result<std::vector<MidParticipant>> load_cow_mid_participants(const std::string& path);

}  // namespace casus::research

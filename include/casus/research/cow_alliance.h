// COW Formal Alliances v4.1, member file (alliance_v4.1_by_member.csv) reader.
//
// Source: Gibler, D. M. (2009), International Military Alliances, 1648-2008,
// CQ Press. The COW data maintainer asks that software not download these data:
// casus reads only a copy the user supplies, and never fetches it.
// Missing values: a blank cell is missing (a blank end date means the
// membership lasted to the end of the data, 2012). A malformed row is a located
// error and nothing is returned.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casus/research/date.h"
#include "casus/research/result.h"

namespace casus::research {

struct CowAllianceMember {
  int alliance_id = 0;  // version4id
  int ccode = 0;
  std::string state_name;
  PartialDate alliance_start;
  std::optional<PartialDate> alliance_end;  // nullopt = blank (in force at the end of the data)
  std::string ss_type;  // "Type I: Defense Pact", "Type IIa: Non-Aggression Pact", ...
  PartialDate member_start;
  std::optional<PartialDate> member_end;  // nullopt = blank
  std::optional<bool> left_censor, right_censor;
  std::optional<bool> defense, neutrality, nonaggression, entente;  // nullopt = blank
};

// Last year covered by COW alliances v4.1 (membership observed 1816-2012).
inline constexpr int kCowAllianceLastYear = 2012;
inline constexpr int kCowAllianceFirstYear = 1816;

Result<std::vector<CowAllianceMember>> load_cow_alliance_members(const std::string& path);

}  // namespace casus::research

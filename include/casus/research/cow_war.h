// COW Inter-State War Data v4.0 reader: Inter-StateWarData_v4.0.csv, one row per
// participant spell (state x war x side).
//
// Source: Sarkees & Wayman (2010), Resort to War: 1816-2007; codebook v4.0.
// The original file has CR-only line endings and no final newline; the CSV
// reader accepts that. Missing values: -8 = not applicable, -9 = unknown; both
// become nullopt here (the codebook's distinction is kept in `*_code` fields
// where it matters: outcome and battle deaths). A malformed row is a located
// error and nothing is returned.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casus/research/date.h"
#include "casus/research/result.h"

namespace casus::research {

struct WarParticipant {
  int war_number = 0;       // WarNum
  std::string war_name;     // WarName
  int war_type = 0;         // WarType (1 = inter-state)
  int ccode = 0;
  std::string state_name;
  int side = 0;             // 1 or 2
  PartialDate start1;       // StartYear1/StartMonth1/StartDay1 (month/day nullopt if -9)
  std::optional<PartialDate> end1;    // nullopt if the year is -7/-8/-9
  std::optional<PartialDate> start2;  // second spell, nullopt when -8 (not applicable)
  std::optional<PartialDate> end2;
  std::vector<int> trans_from;        // TransFrom: war numbers, e.g. "404, 410"; empty for -8
  std::optional<int> where_fought;    // WhereFought
  bool initiator = false;             // Initiator 1 = yes, 2 = no
  std::optional<int> outcome;         // 1..8, see codebook
  std::vector<int> trans_to;          // TransTo: war numbers; empty for -8
  std::optional<long long> battle_deaths;  // BatDeath; nullopt for -8/-9
};

Result<std::vector<WarParticipant>> load_cow_interstate_wars(const std::string& path);

}  // namespace casus::research

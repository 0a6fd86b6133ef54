// ATOP 5.1 readers: the alliance-level file (atop5_1a.csv) and the member-level
// file (atop5_1m.csv).
//
// Source: Leeds, Ritter, Mitchell & Long (2002), ATOP codebook v5.1 (2022-08-09),
// sections 2.3 (member level) and 2.4 (alliance level). Missing values follow
// the codebook: a blank cell is missing; an exit year of 0 means the alliance
// was still in effect for that member on 31 December 2018 (INEFFECT = 1).
//
// Both loaders read the whole file or nothing: on any malformed row they return
// a located error ("path:line:column: field: what was expected").
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "casus/research/date.h"
#include "casus/research/result.h"

namespace casus::research {

// The five primary obligations of ATOP (codebook 1.51, 2.33), in this order.
enum class AtopObligation { kDefense = 0, kOffense, kNeutral, kNonaggression, kConsultation };
inline constexpr int kAtopObligationCount = 5;

// The condition dummies of the member file (codebook 2.33). Each is 1 when the
// obligation named by the prefix is conditional on the named circumstance.
struct AtopConditions {
  bool defcoadv = false, defcoloc = false, defcocon = false, defconum = false, defcodem = false, defconpr = false;
  bool offcoadv = false, offcoloc = false, offcocon = false, offconum = false, offcodem = false;
  bool neucoadv = false, neucoloc = false, neucocon = false, neuconum = false, neucodem = false, neuconpr = false,
       neucoatt = false;
  bool concoadv = false, concoloc = false, concocon = false, concoreq = false;
  bool olimob = false;  // contingent on a condition not covered by the other codes
};

// One row of atop5_1m.csv: one member in one phase of one alliance.
struct AtopMember {
  int line = 0;          // physical line in the file, for citing the row
  int atopid = 0;
  int member = 0;        // COW country code
  bool cowsys = false;   // a COW system member when it signed
  PartialDate entry;     // YRENT/MOENT/DAYENT (signature)
  std::optional<PartialDate> exit;  // nullopt = still in effect on 2018-12-31
  bool bilateral = false;
  int phase = 0;         // 0 = the alliance never changed phase
  int maxphase = 0;
  std::array<bool, kAtopObligationCount> obligations{};  // indexed by AtopObligation
  bool conditional = false;  // CONDITIO
  bool defcon = false, offcon = false, neucon = false, concon = false;
  AtopConditions conditions;
  bool asymmetric = false;  // ASYMM (alliance level)
  bool obvary = false;      // this member has different obligations to different members
};

// One row of atop5_1a.csv: one alliance.
struct AtopAlliance {
  int line = 0;               // physical line in the file, for citing the row
  int atopid = 0;
  std::optional<int> cowid;   // COW alliance 3.0 id, blank when not in COW
  std::optional<int> cow4id;  // COW alliance 4.1 id, blank when not in COW
  PartialDate begin;
  std::optional<PartialDate> end;  // nullopt = in effect on 2018-12-31
  bool bilateral = false;
  int maxphase = 0;
  std::array<bool, kAtopObligationCount> obligations{};
  bool active = false, conditional = false, asymmetric = false;
  std::vector<int> members;  // MEM1..MEMn, COW codes, in file order
};

// Reads atop5_1m.csv (or a file with the same columns, e.g. atop5_1m_NNA.csv).
Result<std::vector<AtopMember>> load_atop_members(const std::string& path);

// Reads atop5_1a.csv (or atop5_1a_NNA.csv).
Result<std::vector<AtopAlliance>> load_atop_alliances(const std::string& path);

}  // namespace casus::research

// Replaying a scenario against the historical record: for one war of the COW Inter-State War data,
// each participant's side and entry date beside what the engine concluded, and each triggered
// obligation beside what its holder in fact did.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/evaluation.h"
#include "casus/research/cow_war.h"

namespace casus {

struct ReplayParticipant {
  int ccode = 0;
  std::string cow_name;
  StateId state;               // registry id; empty when the registry has no state with this COW code
  int cow_side = 0;            // 1 or 2, as COW codes it
  std::string entered;         // COW start of participation, YYYY-MM-DD (month/day "??" when unknown)
  bool initiator = false;      // COW: initiated the war
  int engine_round = -1;       // round of entry in the evaluation; -1 when the engine has it stay out
  bool engine_same_side = false;     // the engine puts it on the side matching its COW side
  std::vector<int> supporting;       // obliged war findings held by it towards a state on its COW side
};

struct ReplayObligation {
  int finding = -1;            // index into the evaluation's findings (an obliged war obligation)
  std::string verdict;         // "honoured" | "entered-other-side" | "did-not-enter" | "beneficiary-not-in-war"
  std::string holder_entered;  // COW entry date of the holder, when it entered
};

struct Replay {
  int war = 0;
  std::string war_name;
  int engine_side_for_cow_side1 = -1;  // which engine side corresponds to COW side 1 (by majority)
  std::vector<ReplayParticipant> participants;
  std::vector<ReplayObligation> obligations;
};

// `rows` may hold the whole war file; only the rows of `war` are used. Nullopt-free: a war number
// with no rows gives an empty participant list (the caller reports it).
Replay replay_war(const Corpus& corpus, const Evaluation& ev, const std::vector<research::WarParticipant>& rows,
                  int war);

std::string render_replay_text(const Corpus& corpus, const Evaluation& ev, const Replay& r);
nlohmann::json render_replay_json(const Evaluation& ev, const Replay& r);

}  // namespace casus

// Where obligations collide: a state obliged to assist both sides, obliged to fight a state it has
// promised not to attack, to stay neutral towards, or not to act against; or an obligation whose
// performance needs an act binding Security Council measures forbid (Charter Arts. 25, 103).
#pragma once

#include "casus/evaluation.h"
#include "reasoning/hostilities.h"

namespace casus {

// Appends to ev.conflicts, from ev.findings and the hostilities at the end of the cascade.
void find_conflicts(const Corpus& corpus, const Hostilities& hostilities, Evaluation& ev);

}  // namespace casus

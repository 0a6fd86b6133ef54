// Where obligations collide: a state obliged to assist both sides, or obliged to fight a state it has
// promised not to attack, to stay neutral towards, or not to act against.
#pragma once

#include "casus/evaluation.h"
#include "reasoning/war.h"

namespace casus {

// Appends to ev.conflicts, from ev.findings and the war's sides at the end of the cascade.
void find_conflicts(const Corpus& corpus, const War& war, Evaluation& ev);

}  // namespace casus

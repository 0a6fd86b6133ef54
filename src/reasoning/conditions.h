// The checks a provision's trigger and gates are made of. Each returns its value with the facts it
// rests on, so that every conclusion can be traced to them.
#pragma once

#include <string>
#include <vector>

#include "casus/evaluation.h"
#include "reasoning/war.h"

namespace casus {

struct CheckContext {
  const Corpus& corpus;
  const War& war;
  Reading reading;
};

// Is location `loc` inside `region` on day d? Walks from the location to the state it is part of.
Truth in_region(const Corpus& corpus, const std::string& loc, const Region& region, Date d,
                std::string* why);

// Validity of the treaty, membership of both states on the day, and suspension of the leg.
void check_validity(const CheckContext& cx, const Treaty& t, const StateId& holder,
                    const StateId& beneficiary, Date d, std::vector<ConditionCheck>& out);

// The trigger's conditions for `event` (whose target is the beneficiary). With `prefix`, the checks
// come from an understanding and skip the event-kind check.
void check_trigger(const CheckContext& cx, const Treaty& t, const Trigger& trigger, const StateId& holder,
                   const StateId& beneficiary, const ScenarioEvent& event, const std::string& prefix,
                   std::vector<ConditionCheck>& out, std::vector<StateId>* against);

// A provision's gates for this holder and beneficiary.
std::vector<GateCheck> check_gates(const CheckContext& cx, const Provision& p, const StateId& holder,
                                   const StateId& beneficiary, const std::vector<StateId>& against);

// Does this trigger's event kind respond to this scenario event?
bool responds_to(const Trigger& trigger, const ScenarioEvent& event);

}  // namespace casus

// The checks a provision's trigger, its reading and its gates are made of. Each returns its value
// with the facts it rests on and the weakest verification status among them, so that every
// conclusion can be traced to them.
#pragma once

#include <string>
#include <vector>

#include "casus/evaluation.h"
#include "reasoning/hostilities.h"

namespace casus {

struct CheckContext {
  const Corpus& corpus;
  const Hostilities& hostilities;
  const EvaluationOptions& options;
  Date scenario_date;  // what is known by then: the declared reading uses statements made up to it
};

// Is location `loc` inside `region` on day d? Walks from the location to the state it is part of.
// `evidence`, when given, receives the status of the entry that decided it.
Truth in_region(const Corpus& corpus, const std::string& loc, const Region& region, Date d, std::string* why,
                Verification* evidence = nullptr);

// Validity of the treaty, membership of both states on the day, and suspension of the leg.
void check_validity(const CheckContext& cx, const Treaty& t, const StateId& holder,
                    const StateId& beneficiary, Date d, std::vector<ConditionCheck>& out);
// Is the treaty valid for this leg on day d (in force, both members, not suspended, wording applies)?
Truth valid_on(const Treaty& t, const Provision& p, const StateId& holder, const StateId& beneficiary, Date d);

// The trigger's conditions for `event` (whose target is the beneficiary), with `use` the use of force it
// records (nullptr for events that are not force). With `prefix`, the checks come from an understanding
// and skip the event-kind check. Every condition is evaluated, also after one has failed.
void check_trigger(const CheckContext& cx, const Treaty& t, const Trigger& trigger, const StateId& holder,
                   const StateId& beneficiary, const ScenarioEvent& event, const UseOfForce* use,
                   const std::string& prefix, std::vector<ConditionCheck>& out, std::vector<StateId>* against);

// The conditions the reading adds: under `charter`, the armed-attack character of the use and the
// beneficiary's request; under `declared`, the parties' recorded interpretations of the clause.
void check_reading(const CheckContext& cx, const Treaty& t, const Provision& p, const StateId& holder,
                   const StateId& beneficiary, const UseOfForce* use, Date d, std::vector<ConditionCheck>& out,
                   std::vector<const DeclaredStatement*>& shown);

// A provision's gates for this holder and beneficiary.
std::vector<GateCheck> check_gates(const CheckContext& cx, const Provision& p, const StateId& holder,
                                   const StateId& beneficiary, const std::vector<StateId>& against,
                                   const UseOfForce* use);

// Does this trigger's event kind respond to this scenario event?
bool responds_to(const Trigger& trigger, const ScenarioEvent& event);

// Is the reading's Charter test in force on day d (the Charter in force, the corpus knows its date)?
bool charter_applies(const Corpus& corpus, Date d);

// Does a defensive provision leave the response to the holder ("act to meet the common danger")?
bool response_discretionary(const Provision& p);

// The Art. 51 test on a use of force against the beneficiary: may the beneficiary claim collective
// self-defence against it? Yes for a first use; no for a use that is itself self-defence, collective
// defence or authorised; unknown for a claimed basis.
Truth art51_victim(const Hostilities& h, const UseOfForce& u, const StateId& beneficiary, std::string* why);

}  // namespace casus

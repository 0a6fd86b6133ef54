// Evaluating a scenario against the corpus: which provisions fire (the casus foederis), for whom,
// through which gates, who enters the war in what order, and where obligations collide. Every
// conclusion carries its trace: the treaty, the article, and each condition with its value.
//
// evaluate() is a pure function of its arguments: deterministic, re-entrant and safe to call from
// many threads on one shared Corpus. The Evaluation points into the Corpus, which must outlive it.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "casus/corpus.h"
#include "casus/scenario.h"

namespace casus {

struct ConditionCheck {
  std::string name;    // "in-force", "membership", "event", "attacker", "state-of-war", "location", ...
  Truth value = Truth::unknown;
  std::string detail;  // the facts the value rests on
};

struct GateCheck {
  GateKind kind;
  GateClass gate_class;
  Truth value = Truth::unknown;  // discretion gates are always unknown: the holder decides
  std::string quote;
  std::string detail;
};

enum class Outcome {
  obliged,        // trigger met and every legal condition of its gates holds
  not_obliged,    // trigger met, but a legal gate (e.g. Art. 51 under the self-defence reading) fails
  conditional,    // some condition cannot be decided from what is known
  not_triggered,  // a trigger condition fails
};
std::string_view to_string(Outcome o);

struct Finding {
  const Treaty* treaty = nullptr;
  const Provision* provision = nullptr;
  StateId holder;
  StateId beneficiary;
  int event = -1;  // index into Evaluation::events; -1 when no event concerned the beneficiary
  Outcome outcome = Outcome::not_triggered;
  std::vector<ConditionCheck> conditions;
  std::vector<GateCheck> gates;
  std::vector<const Understanding*> understandings;  // that narrowed this provision
  std::vector<const Statement*> statements;          // political statements about it
  std::vector<StateId> against;                      // whom the obligation is against
  bool honoured = false;                             // under the evaluation's policy
  std::string honour_note;                           // why (not) honoured

  // Names of the conditions and gates that fail (value no).
  std::vector<std::string> failed() const;
};

struct EvaluatedEvent {
  ScenarioEvent event;
  int round = 0;       // 0 for the scenario's own events; n+1 for an entry caused in round n
  int cause = -1;      // the finding whose honouring produced this event; -1 for scenario events
};

struct Entry {
  StateId state;
  int side = 0;      // 0 or 1
  int round = 0;     // 0: a belligerent from the scenario's own events
  Date date;
  int finding = -1;  // the obligation it honoured; -1 for a scenario belligerent
  int event = -1;    // the event that first made it a belligerent
};

struct Conflict {
  std::string kind;  // obliged-to-both-sides | contrary-to-non-aggression | contrary-to-neutrality |
                     // contrary-to-no-hostile-commitments
  StateId state;
  std::vector<int> findings;  // the obligations involved
  std::string detail;
};

struct Evaluation {
  Reading reading = Reading::literal;
  HonouringPolicy policy = HonouringPolicy::all;
  std::vector<EvaluatedEvent> events;
  std::vector<Finding> findings;
  std::vector<Entry> entries;  // in order of entry
  std::vector<Entry> mobilizations;  // in order; side is -1; finding -1 for the scenario's own
  std::vector<Conflict> conflicts;
  int initiator_side = 0;      // the side whose member opened hostilities

  const Entry* entry(std::string_view state) const;
};

Evaluation evaluate(const Corpus& corpus, const Scenario& scenario, Reading reading,
                    HonouringPolicy policy);

}  // namespace casus

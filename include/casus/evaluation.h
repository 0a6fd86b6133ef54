// Evaluating a scenario against the corpus: which provisions fire (the casus foederis), for whom,
// through which gates, who enters which war in what order, and where obligations collide. Every
// conclusion carries its trace: the treaty, the article, each condition with its value and the weakest
// verification status of the facts it rests on.
//
// The model of force (docs/engine.md): hostilities are a set of dated, directed uses of force, each
// with a legal characterisation (first use, self-defence, collective defence, UN-authorised, claimed).
// Several wars may run at once; a war's sides are derived from who fights whom in it.
//
// evaluate() is a pure function of its arguments: deterministic, re-entrant and safe to call from
// many threads on one shared Corpus. The Evaluation points into the Corpus, which must outlive it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "casus/corpus.h"
#include "casus/scenario.h"

namespace casus {

// Which facts count: `verified` treats every fact below [V] as unknown, `partly` every [U] fact.
enum class EvidenceLevel { any, partly, verified };
// How a `claimed` legal basis is taken: left open (unknown), or accepted / rejected throughout.
enum class ClaimAssumption { undecided, accepted, rejected };

struct EvaluationOptions {
  Reading reading = Reading::literal;
  HonouringPolicy policy = HonouringPolicy::all;
  EvidenceLevel evidence = EvidenceLevel::any;
  ClaimAssumption claims = ClaimAssumption::undecided;
  // Whether a response the text leaves to the holder ("act to meet the common danger") is assumed
  // made under policy `all`. Off by default: such clauses are reported, never entered on.
  bool assume_discretionary_response = false;
};

std::string_view to_string(EvidenceLevel e);
std::string_view to_string(ClaimAssumption c);
std::optional<EvidenceLevel> parse_evidence(std::string_view s);

// The legal characterisation of a use of force.
enum class Character {
  first_use,           // prima facie contrary to Art. 2(4): an armed attack on its target
  self_defence,        // against an armed attack by its target on the actor
  collective_defence,  // on behalf of a state its target attacked
  un_authorised,       // under a Security Council authorisation against its target
  claimed,             // a basis the scenario states and the engine does not decide
};
std::string_view to_string(Character c);

struct ConditionCheck {
  std::string name;    // "in-force", "membership", "event", "attacker", "state-of-war", "location", ...
  Truth value = Truth::unknown;
  std::string detail;  // the facts the value rests on
  Verification evidence = Verification::verified;  // the weakest status among those facts
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
  discretionary,  // trigger met, but the text leaves the response to the holder ("act to meet the common danger")
  not_obliged,    // trigger met, but a legal gate (e.g. Art. 51 under the self-defence reading) fails
  conditional,    // some condition cannot be decided from what is known
  not_triggered,  // a trigger condition fails
};
std::string_view to_string(Outcome o);

// One directed use of force (or declaration of war): one event's actors against its target.
struct UseOfForce {
  int event = -1;          // index into Evaluation::events
  std::vector<StateId> actors;  // empty for a non-state group
  std::string group;       // the group, for a non-state attack
  StateId directed_from;
  StateId target;
  std::string location;
  TargetKind target_kind = TargetKind::territory;
  Date from, until;        // first and last day
  bool armed = true;       // false: a declaration of war
  bool limited = false;    // does not create a state of war
  Character character = Character::first_use;
  bool derived = false;    // the engine derived the characterisation (no legal basis was stated)
  StateId on_behalf_of;    // collective defence
  int answers = -1;        // the use of force it responds to
  std::string basis;       // resolution number, or the claim in words
  std::string why;         // how the characterisation was reached
  int war = -1;            // index into Evaluation::wars
  bool request_recorded = false;  // collective defence: the defended state's request is in the scenario
};

struct War {
  std::string label;
  int opened_by = -1;  // the use of force that opened it
  std::vector<std::pair<StateId, int>> sides;  // 0: the side that opened it; 1: the other
  int side_of(std::string_view state) const;
};

struct Finding {
  const Treaty* treaty = nullptr;
  const Provision* provision = nullptr;
  StateId holder;
  StateId beneficiary;
  int event = -1;  // index into Evaluation::events; -1 when no event concerned the beneficiary
  int use = -1;    // index into Evaluation::uses: the use of force assessed; -1 for other events
  Date assessed_on;  // the day it is assessed: the event's, or the first day a continuing one meets the treaty
  Outcome outcome = Outcome::not_triggered;
  std::vector<ConditionCheck> conditions;
  std::vector<GateCheck> gates;
  std::vector<const Understanding*> understandings;  // that narrowed this provision
  std::vector<const Statement*> statements;          // political statements about it
  std::vector<const DeclaredStatement*> declared;    // declared interpretations shown beside it
  std::vector<StateId> against;                      // whom the obligation is against
  bool honoured = false;                             // under the evaluation's policy
  std::string honour_note;                           // why (not) honoured
  Verification evidence = Verification::verified;    // weakest status of the facts the outcome rests on
  std::vector<std::string> weak_facts;               // those facts below [V], in words
  std::vector<std::string> notes;                    // what a reader must know to weigh the outcome

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
  int war = -1;      // index into Evaluation::wars
  int side = 0;      // 0 or 1 in that war
  int round = 0;     // 0: a belligerent from the scenario's own events
  Date date;
  int finding = -1;  // the obligation it honoured; -1 for a scenario belligerent
  int event = -1;    // the event that first made it a belligerent
};

struct Conflict {
  std::string kind;  // obliged-to-both-sides | contrary-to-non-aggression | contrary-to-neutrality |
                     // contrary-to-no-hostile-commitments | contrary-to-unsc
  StateId state;
  std::vector<int> findings;  // the obligations involved
  std::string detail;
  const Resolution* resolution = nullptr;  // contrary-to-unsc
  const Measure* measure = nullptr;
};

struct Evaluation {
  EvaluationOptions options;
  Reading reading = Reading::literal;  // = options.reading
  HonouringPolicy policy = HonouringPolicy::all;
  bool applicable = true;  // false: the reading does not apply on the scenario's date (charter before 1945)
  std::string not_applicable_because;
  std::vector<EvaluatedEvent> events;
  std::vector<UseOfForce> uses;
  std::vector<War> wars;
  std::vector<Finding> findings;
  std::vector<Entry> entries;  // in order of entry (a state may enter several wars)
  std::vector<Entry> mobilizations;  // in order; side is -1; finding -1 for the scenario's own
  std::vector<Conflict> conflicts;

  const Entry* entry(std::string_view state) const;  // its first entry
  // Do two states fight on the same side of one war?
  bool same_side(std::string_view a, std::string_view b) const;
};

Evaluation evaluate(const Corpus& corpus, const Scenario& scenario, const EvaluationOptions& options);
inline Evaluation evaluate(const Corpus& corpus, const Scenario& scenario, Reading reading, HonouringPolicy policy) {
  EvaluationOptions o;
  o.reading = reading;
  o.policy = policy;
  return evaluate(corpus, scenario, o);
}

}  // namespace casus

// A dated scenario: what happens (armed attacks, declarations of war, mobilizations, requests for
// assistance, threats), and how to read it (reading, honouring policy). Scenario files may also carry
// the outcomes they expect; the test harness checks those.
#pragma once

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "casus/corpus.h"
#include "casus/diagnostics.h"
#include "casus/model.h"

namespace casus {

// How a clause is read. docs/engine.md gives each reading's rules and their sources.
enum class Reading {
  literal,       // the text as written, uses of force taken physically; an Art. 51 reference adds no condition
  self_defence,  // a clause's own reference to Art. 51 is a condition: no assistance against self-defence
  charter,       // the UN Charter applied to every defensive clause (Arts. 2(4), 51, 103), from 24 Oct 1945
  declared,      // the literal text with the parties' own recorded interpretations as conditions
};
constexpr Reading kAllReadings[] = {Reading::literal, Reading::self_defence, Reading::charter, Reading::declared};

// The legal basis a scenario states for a use of force. The engine derives the characterisation from it
// and from the events before (docs/engine.md, "Characterising force").
enum class LegalBasis {
  unstated,            // derived: self-defence when the target attacked the actor first, else first use
  first_use,           // prima facie contrary to Art. 2(4)
  self_defence,        // against an armed attack on the actor
  collective_defence,  // on behalf of `on_behalf_of`, which was attacked
  un_authorised,       // under a Security Council authorisation (`resolution`)
  claimed,             // a basis the engine does not decide (`claim`): both outcomes are shown
};
std::string_view to_string(LegalBasis b);
// Which triggered obligations are assumed honoured in the cascade.
enum class HonouringPolicy {
  all,             // every obligation whose legal conditions hold, discretion assumed exercised
  automatic_only,  // only obligations that pass through no discretionary gate
};

std::string_view to_string(Reading r);
std::string_view reading_names();  // "literal, self-defence, charter or declared"
std::string_view to_string(HonouringPolicy p);
std::optional<Reading> parse_reading(std::string_view s);
std::optional<HonouringPolicy> parse_policy(std::string_view s);

struct ScenarioEvent {
  EventKind kind = EventKind::armed_attack;
  Date date;                    // the first day (`date` or `from` in the file)
  std::optional<Date> until;    // last day of a continuing event; nullopt: that day only, unless `ongoing`
  bool ongoing = false;         // continues to the scenario's date
  std::vector<StateId> by;      // attackers, the declaring, mobilizing, requesting or threatening states
  std::string group;            // an armed attack by a named non-state group (then `by` is empty)
  StateId directed_from;        // the state a group's attack was directed from, if any
  std::string war;              // the war it belongs to (a label); empty: derived (docs/engine.md)
  LegalBasis legal_basis = LegalBasis::unstated;
  StateId on_behalf_of;         // collective defence: the state defended
  std::string resolution;       // un-authorised: the resolution's number
  std::string claim;            // claimed: the basis claimed, in words
  StateId target;               // attacked, declared against, threatened (empty for a mobilization)
  std::string location;         // armed attack: a state or location id (default: the target)
  TargetKind target_kind = TargetKind::territory;  // territory or forces
  bool limited = false;         // an armed attack that does not put the target in a state of war
  std::vector<StateId> to;      // request for assistance: addressees (empty: every ally)
  std::string note;
  SourcePosition defined_at;

  // The last day the event lasts, given the scenario's date (for `ongoing`).
  Date last_day(Date scenario_date) const { return until ? *until : ongoing ? std::max(date, scenario_date) : date; }
};

// Outcomes a scenario file expects (tests as data).
struct ExpectedObligation {
  std::string treaty, article;
  std::string label;                     // optional: needed when two provisions share an article number
  StateId holder, beneficiary;
  std::optional<Reading> reading;        // nullopt: under every reading evaluated
  std::optional<HonouringPolicy> policy;  // for `honoured`
  std::string outcome;                   // "obliged", "discretionary", "not-obliged", "conditional", "not-triggered"
  std::vector<std::string> failed;       // names of conditions or gates expected to fail
  std::optional<bool> honoured;
  std::string by;                        // optional: only the findings on an event by this actor (or group)
  SourcePosition defined_at;
};

struct ExpectedEntry {
  StateId state;
  std::optional<StateId> side_of;  // enters on this state's side; nullopt with `enters = false`
  std::optional<StateId> not_side_of;  // is on no side of any war together with this state
  bool enters = true;
  std::optional<int> round;
  std::optional<Reading> reading;
  std::optional<HonouringPolicy> policy;
  SourcePosition defined_at;
};

struct ExpectedConflict {
  StateId state;
  std::string kind;
  std::optional<Reading> reading;
  std::optional<HonouringPolicy> policy;
  SourcePosition defined_at;
};

// Whether a reading applies on the scenario's date (the charter reading before 24 Oct 1945 does not).
struct ExpectedReading {
  Reading reading = Reading::literal;
  bool applicable = true;
  SourcePosition defined_at;
};

struct Scenario {
  std::string file;
  std::string title;
  std::string description;
  Date date;                          // the scenario's date; events default to it
  std::vector<ScenarioEvent> events;  // in file order
  std::vector<Reading> readings = {std::begin(kAllReadings), std::end(kAllReadings)};
  std::vector<HonouringPolicy> policies = {HonouringPolicy::all};
  bool assume_discretion = false;     // [options] assume_discretion: see EvaluationOptions

  std::vector<ExpectedObligation> expected_obligations;
  std::vector<ExpectedEntry> expected_entries;
  std::vector<ExpectedConflict> expected_conflicts;
  std::vector<ExpectedReading> expected_readings;
};

// Reads and checks a scenario against the corpus (states, locations). Nullopt on any problem.
std::optional<Scenario> load_scenario(const std::string& file, const Corpus& corpus, Diagnostics& diag);

}  // namespace casus

// A dated scenario: what happens (armed attacks, declarations of war, mobilizations, requests for
// assistance, threats), and how to read it (reading, honouring policy). Scenario files may also carry
// the outcomes they expect; the test harness checks those.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casus/corpus.h"
#include "casus/diagnostics.h"
#include "casus/model.h"

namespace casus {

// How a clause's reference to UN Charter Art. 51 is read.
enum class Reading {
  literal,       // the trigger words decide; the reference names the legal basis and adds no condition
  self_defence,  // the reference is a condition: no assistance to the side that opened hostilities
};
// Which triggered obligations are assumed honoured in the cascade.
enum class HonouringPolicy {
  all,             // every obligation whose legal conditions hold, discretion assumed exercised
  automatic_only,  // only obligations that pass through no discretionary gate
};

std::string_view to_string(Reading r);
std::string_view to_string(HonouringPolicy p);
std::optional<Reading> parse_reading(std::string_view s);
std::optional<HonouringPolicy> parse_policy(std::string_view s);

struct ScenarioEvent {
  EventKind kind = EventKind::armed_attack;
  Date date;
  std::vector<StateId> by;      // attackers, the declaring, mobilizing, requesting or threatening states
  StateId target;               // attacked, declared against, threatened (empty for a mobilization)
  std::string location;         // armed attack: a state or location id (default: the target)
  TargetKind target_kind = TargetKind::territory;  // territory or forces
  bool limited = false;         // an armed attack that does not put the target in a state of war
  std::vector<StateId> to;      // request for assistance: addressees (empty: every ally)
  std::string note;
  SourcePosition defined_at;
};

// Outcomes a scenario file expects (tests as data).
struct ExpectedObligation {
  std::string treaty, article;
  std::string label;                     // optional: needed when two provisions share an article number
  StateId holder, beneficiary;
  std::optional<Reading> reading;        // nullopt: under every reading evaluated
  std::optional<HonouringPolicy> policy;  // for `honoured`
  std::string outcome;                   // "obliged", "not-obliged", "conditional", "not-triggered"
  std::vector<std::string> failed;       // names of conditions or gates expected to fail
  std::optional<bool> honoured;
  SourcePosition defined_at;
};

struct ExpectedEntry {
  StateId state;
  std::optional<StateId> side_of;  // enters on this state's side; nullopt with `enters = false`
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

struct Scenario {
  std::string file;
  std::string title;
  std::string description;
  Date date;                          // the scenario's date; events default to it
  std::vector<ScenarioEvent> events;  // in file order
  std::vector<Reading> readings = {Reading::literal, Reading::self_defence};
  std::vector<HonouringPolicy> policies = {HonouringPolicy::all};

  std::vector<ExpectedObligation> expected_obligations;
  std::vector<ExpectedEntry> expected_entries;
  std::vector<ExpectedConflict> expected_conflicts;
};

// Reads and checks a scenario against the corpus (states, locations). Nullopt on any problem.
std::optional<Scenario> load_scenario(const std::string& file, const Corpus& corpus, Diagnostics& diag);

}  // namespace casus

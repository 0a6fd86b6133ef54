// The law around the treaties, as dated norms and facts: when the UN Charter entered into force, who
// is a UN member when, the Security Council's binding measures (and authorisations), and the parties'
// own recorded interpretations of their clauses. Read from corpus/unsc.toml, corpus/un-members.toml
// and corpus/declared.toml; every item carries its source and verification status like a treaty fact.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casus/date.h"
#include "casus/diagnostics.h"
#include "casus/model.h"

namespace casus {

struct CharterFacts {
  bool known = false;  // false when the corpus has no un-members.toml: the charter reading cannot apply
  Date in_force;       // 24 Oct 1945
  Provenance provenance;
};

struct UnMembership {
  StateId state;
  DateSpan from;
  std::optional<DateSpan> to;  // last day
  std::string note;
  Provenance provenance;
};

// What a Security Council measure does.
enum class MeasureKind {
  arms_embargo_to, arms_embargo_from, technical_assistance_ban, training_ban, authorisation,
  recommendation, other
};

// Acts a measure forbids, in terms the engine can match against what a provision's performance needs.
// `_to` and `_from` are seen from the measure's target: arms_transfer_to = arms supplied to the target.
enum class Act {
  arms_transfer_to, arms_transfer_from, technical_assistance_to, technical_assistance_from,
  military_training_to, military_training_from, military_cooperation, other
};

struct Measure {
  std::string paragraph;  // "8 (a)"
  MeasureKind kind = MeasureKind::other;
  StateId target;         // the state the measure concerns (force is directed against, for authorisations)
  StateId beneficiary;    // authorisations: the state assisted
  std::vector<Act> forbids;
  std::string quote;
  Provenance provenance;
  SourcePosition defined_at;
};

struct Resolution {
  std::string id;  // "1718"
  std::string symbol;
  DateSpan date;
  std::string adopted;
  bool chapter_vii = false;
  bool binding = false;
  std::string title;
  Provenance provenance;
  std::vector<Measure> measures;
  SourcePosition defined_at;
};

// A dated fact about a sanctions regime that is not a measure (a veto, the end of a panel's mandate).
struct RegimeEvent {
  DateSpan date;
  std::string kind, by, about, summary;
  Provenance provenance;
};

// The condition a declared interpretation adds under the `declared` reading.
enum class DeclaredCondition {
  none,                  // shown beside the clause, adds nothing
  victim_only,           // no assistance to a beneficiary that used force first
  directed_from_abroad,  // an attack by a non-state group counts only if directed from abroad
  applies,               // practice: the parties applied the clause to such a case
};

struct DeclaredStatement {
  std::string id;
  std::string treaty;  // treaty id
  std::string about;   // provision label
  DateSpan date;
  std::string by;      // a state id, or an organ ("NATO")
  bool official = true;
  std::string kind;    // interpretation | practice | non-official
  DeclaredCondition condition = DeclaredCondition::none;
  std::string summary;
  std::string quote;
  Provenance provenance;
  SourcePosition defined_at;
};

struct Law {
  CharterFacts charter;
  std::vector<UnMembership> un_members;
  std::vector<Resolution> resolutions;
  std::vector<RegimeEvent> regime_events;
  std::vector<DeclaredStatement> declared;

  const Resolution* resolution(std::string_view id) const;
  // Is `state` a UN member on day d? `spell` receives the membership record used, if any.
  Truth un_member_on(std::string_view state, Date d, const UnMembership** spell = nullptr) const;
};

// The files the law is read from; an empty path means the file is absent (the law is then empty).
struct LawFiles {
  std::string unsc, un_members, declared;
};

// Reads the law's files, checking state ids against `known_state` (an organ like "NATO" is allowed for
// declared statements). Problems go to `diag`; the result is meaningful only when none were added.
class Corpus;
Law load_law(const LawFiles& files, const std::vector<State>& states, Diagnostics& diag);

std::string_view to_string(MeasureKind k);
std::string_view to_string(Act a);
std::string_view to_string(DeclaredCondition c);

}  // namespace casus

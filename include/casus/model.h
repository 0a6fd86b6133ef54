// The validated model of the corpus: treaties encoded article by article, the states they bind and the
// places and regions their clauses name. Everything here was checked by the loader (corpus.h); code
// that holds a Corpus may rely on every reference resolving.
//
// Dates follow one convention: a membership's `to` is its last day; a treaty's `ended` is the first day
// it is no longer in force.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casus/date.h"
#include "casus/diagnostics.h"

namespace casus {

using StateId = std::string;  // ISO 3166-1 alpha-3 where one exists ("RUS"), see corpus/states.toml

// ---- provenance --------------------------------------------------------------------------------

enum class Verification { verified, partly, unverified };  // [V] / [P] / [U]

// What kind of publisher the source is. [V] needs an official or scholarly-edition source: a fact that
// rests on a news agency or a secondary page is at most [P] (`casus check` enforces it).
enum class Authority {
  unspecified,        // not classified (data built in code, e.g. from ATOP; never in a treaty file)
  official,           // a party's government, a depositary, an organisation's own publication, a treaty series
  scholarly_edition,  // a documentary edition cited by edition and page (Gibler, Avalon, Peking Review, ...)
  press,              // a news agency or newspaper
  secondary           // anything else: commentary, encyclopedias, blogs, mirrors
};

struct Provenance {
  Verification status = Verification::unverified;
  std::string source;  // URL or citation where the fact was seen
  std::string note;
  Authority authority = Authority::unspecified;
};

struct DatedFact {
  DateSpan date;
  std::string place;
  Provenance provenance;
};

// ---- states, places, regions -------------------------------------------------------------------

enum class IsoList { iso3166_1, iso3166_3, none };

// A spell of great-power status (COW major powers), for conditions that count great powers.
struct GreatPowerSpell {
  DateSpan from;
  std::optional<DateSpan> to;  // last day; nullopt = to the end of the data
  Provenance provenance;
};

// Where a registry entry comes from: corpus/states.toml, Debian's ISO 3166-1 list (every entry the
// curated file does not name), or the COW state list in the research data directory (codes that match
// no ISO entry: historical states such as cow-265, the German Democratic Republic). See
// docs/treaty-format.md, "States".
enum class StateSource { curated, iso, cow };

// One spell of COW state-system membership (states2016.csv), both days inclusive.
struct SystemSpell {
  Date from, to;
};

struct State {
  StateId id;
  IsoList iso = IsoList::iso3166_1;
  StateSource source = StateSource::curated;
  int cow_code = 0;      // 0 when the state has none
  std::string cow_abbr;
  std::vector<int> cow_also;           // further COW codes this entry stands for (DEU: 260, the FRG)
  std::vector<SystemSpell> cow_spells;  // from states2016.csv when the data directory was read
  std::string name_en;   // the ISO name from iso-codes (or the file / COW, for states ISO does not list)
  std::string name_de;
  std::string display_en;  // the name a journalist prints ("North Korea"); never empty once loaded
  std::string display_de;
  std::vector<std::string> other_names;  // names it went by, for finding it ("Ottoman Empire" for TUR)
  std::vector<GreatPowerSpell> great_power;
  Provenance provenance;
  SourcePosition defined_at;
};

// Is the state a great power on day d (by its registry spells)?
Truth great_power_on(const State& s, Date d);

// A point on the earth, in degrees (WGS 84 reading; the treaties' charts predate it, which matters
// far less than `precision`): latitude north positive, longitude east positive.
struct GeoPoint {
  double lat = 0, lon = 0;
};

// What the geometric rules of a region (Region::rules) look at. Each fact is ours unless a source is
// given, and carries the provenance of the table it stands in.
struct Geography {
  std::optional<GeoPoint> point;
  double precision = 0;      // radius of uncertainty of `point`, degrees
  std::string point_kind;    // "approximate centroid" (our estimate) or "cited point" (from `source`)
  std::string continent;     // europe | north-america | south-america | africa | asia | oceania | antarctica
  bool island = false;       // the place is an island or a group of islands
  std::string waters;        // the ocean it lies in: north-atlantic, south-atlantic, pacific, indian, arctic ...
  Provenance provenance;
};

struct Location {
  std::string id;            // a state id, an ISO 3166-2 code, or a kebab-case name
  std::string name_en, name_de;
  StateId part_of;           // the state it belongs to (itself for a state)
  StateId administered_by;   // who administers it (the engine's "territory under the administration of")
  bool is_state = false;     // a state's own (metropolitan) territory
  std::optional<Geography> geography;
  Provenance provenance;
  SourcePosition defined_at;
};

// A state's own (metropolitan) territory as a location, administered by the state itself.
Location territory_of(const State& s);

struct RegionEntry {
  std::string location;
  std::optional<DateSpan> from, to;  // inclusive
  Provenance provenance;
};

// A rule by which a treaty defines (part of) its area geometrically, as the treaty words it.
enum class GeoRuleKind {
  on_continent,       // "the territory of any of the Parties in Europe or North America"
  north_of_parallel,  // "Islands ... in the North Atlantic area north of the Tropic of Cancer"
  within_boundary,    // Rio Art. 4: a line through listed points (rhumb lines between them)
};

struct GeoRule {
  GeoRuleKind kind = GeoRuleKind::on_continent;
  std::string label;                    // "Art. 6(1), islands clause"
  std::string quote;                    // the treaty's words the rule encodes
  std::vector<std::string> continents;  // on_continent
  double latitude = 0;                  // north_of_parallel: strictly north of it
  double tolerance = 0;                 // how uncertain `latitude` itself is (degrees)
  std::string parallel;                 // its name ("the Tropic of Cancer")
  bool islands_only = false;            // north_of_parallel: only places marked island
  std::vector<std::string> waters;      // north_of_parallel: only places in these waters (empty: any)
  // within_boundary: the vertices in the treaty's order; latitude +-90 is a pole. Consecutive points
  // are joined by rhumb lines (straight on a Mercator chart; a meridian where the longitudes agree).
  std::vector<GeoPoint> boundary;
  // false: `boundary` is only the region's western limit, from the South Pole to the North Pole; a
  // point west of it (within `window` degrees of longitude) lies outside, any other point is unknown.
  bool boundary_complete = true;
  double window = 0;
  std::string missing;                  // what is not encoded, and why
  Provenance provenance;
};

struct Region {
  std::string id;
  std::string name;
  std::string defined_by;
  Provenance provenance;
  std::vector<RegionEntry> members;   // the location and everything part of it lies inside
  std::vector<RegionEntry> excluded;  // parts of a member that lie outside
  std::vector<RegionEntry> disputed;  // undecided: the engine answers "unknown"
  std::vector<GeoRule> rules;         // geometric rules; they decide places that carry a geography
  // true: the rules only add places to the listed territories (Rio Art. 3(3): "within the region
  // described in Article 4 or within the territory of an American State"); a place the rules leave
  // out is still inside when the state it is part of is listed. false: for a place with a geography
  // the rules decide (NATO Art. 6: Hawaii is US territory but not "in Europe or North America").
  bool rules_only_add = false;
  SourcePosition defined_at;
};

// ---- treaties ----------------------------------------------------------------------------------

enum class EndKind { lapsed, terminated, denounced, replaced, superseded, dissolved, abrogated };
enum class JoinKind { founding, accession, succession, restored };
enum class LeaveKind { none, withdrawal, denunciation, succession, dissolution, expulsion };

struct Membership {
  StateId state;
  std::optional<DateSpan> from, to;  // to = last day; defaults from the treaty's dates
  JoinKind joined = JoinKind::founding;
  LeaveKind left = LeaveKind::none;
  Provenance provenance;
};

struct Suspension {
  StateId holder;
  std::optional<StateId> beneficiary;  // nullopt: towards every member
  DateSpan from;
  std::optional<DateSpan> to;
  Provenance provenance;
};

// A treaty's own words, verbatim, in one language: the authentic text or a translation, and whose.
enum class TextStanding { authentic, translation };

struct Wording {
  std::string text;         // verbatim; "…" marks words left out
  std::string language;     // ISO 639-1: "en", "ru", "fr"
  TextStanding standing = TextStanding::translation;
  std::string by;           // who made or published the translation: "KCNA", "UNTS", "TASS"
  Provenance provenance;    // where these words were seen, and how sure we are they are exact
};

// "KCNA English translation", "authentic Russian text".
std::string describe(const Wording& w);

struct Statement {
  DateSpan date;
  StateId by;
  std::string speaker;  // who spoke for the state: "Yury Ushakov, aide to the President"
  std::string kind;     // repudiation | interpretation | freeze | practice | notice
  std::string about;    // provision label, may be empty
  std::string summary;  // our words
  std::vector<Wording> texts;  // the statement's own words, where seen
  Provenance provenance;
};

enum class ProvisionKind {
  defence, offence, neutrality, non_aggression, consultation, no_conflicting_commitments,
  territory_denial, defence_cooperation, cooperation_area, guarantee, mobilization, arbitration, sanctions,
  procedure, other
};

enum class EventKind {
  armed_attack, threat, mobilization, war_involvement, neutrality_violation,
  declaration_of_war, request_for_assistance, ultimatum
};

enum class AttackerScope { any, named, other_than_named, not_a_member };
// The word the clause uses for the event, which decides what a literal reading accepts: an "armed
// attack" is any use of force against the beneficiary; an "invasion" is force against its territory;
// "aggression" is force that is not itself a response to force (a defender is not an aggressor).
enum class TriggerWording { armed_attack, invasion, aggression };
// Who the clause says attacks: anyone, or a state ("by any State", "from an individual state").
enum class AttackerKind { any, state };
enum class TargetKind { any, territory, forces };
enum class AdministeredBy { unconstrained, beneficiary, holder, member, state };

// One alternative of a location condition: all its fields must hold.
struct WhereClause {
  TargetKind target = TargetKind::any;
  std::string region;  // empty: no region condition
  AdministeredBy administered_by = AdministeredBy::unconstrained;
  StateId administering_state;   // with AdministeredBy::state
  bool metropolitan = false;     // the beneficiary's own metropolitan territory
};

struct Trigger {
  EventKind event = EventKind::armed_attack;
  TriggerWording wording = TriggerWording::armed_attack;
  AttackerKind attacker_kind = AttackerKind::any;
  AttackerScope attacker = AttackerScope::any;
  std::vector<StateId> attackers;     // AttackerScope::named
  std::vector<StateId> supported_by;  // "Italy supported by Germany"
  std::vector<StateId> not_supported_by;  // the tier that applies only while these stay out
  int min_attackers = 0;
  int min_great_powers = 0;
  bool unprovoked = false;
  bool state_of_war = false;
  std::string attacker_region;        // attackers must be states whose territory lies in this region
  bool unless_arbitration = false;    // no duty against a state the holder has a general arbitration treaty with
  std::vector<StateId> mobilizers;    // EventKind::mobilization
  StateId guaranteed;                 // EventKind::neutrality_violation
  std::vector<WhereClause> where;     // alternatives; empty = anywhere
  // Conditions a source says exist without saying what they are (ATOP: "specific adversary",
  // "location" ...). Each is checked as unknown and named in the trace: never plainly met or not.
  std::vector<std::string> undisclosed;
};

enum class Speed { unspecified, immediately, without_delay, forthwith, at_once };
enum class Means { unspecified, all_means, all_forces, necessary, as_deemed_necessary };
enum class MilitaryAid { yes, may, no };

struct Assistance {
  std::string text;
  Speed speed = Speed::unspecified;
  Means means = Means::unspecified;
  MilitaryAid military = MilitaryAid::yes;
  bool other = false;
  // The clause promises no assistance, only a response of the holder's choosing ("would act to meet
  // the common danger"): triggered, the response is discretionary, never automatic entry into war.
  bool response_discretionary = false;
};

enum class GateKind {
  un_charter_art_51, request_of_attacked, domestic_law, constitutional_processes, deems_necessary,
  council_consensus, no_armed_force_without_consent, unsc_reporting
};

enum class GateClass { legal_condition, discretion, procedural };
GateClass gate_class(GateKind kind);

struct Gate {
  GateKind kind;
  std::string quote;
  Provenance provenance;  // defaults to the provision's
};

struct Provision {
  std::string article;
  std::string label;
  ProvisionKind kind = ProvisionKind::other;
  std::string title;
  std::string subject;          // what the clause is about ("mutual-assistance"): diffs pair by it
  std::string summary;          // our words; never shown as a quotation
  std::vector<Wording> texts;   // the treaty's words, first the one the encoding rests on
  Provenance provenance;        // of the article number and content
  std::vector<StateId> holders;        // empty: every member
  std::vector<StateId> beneficiaries;  // empty: every other member
  std::vector<std::string> areas;      // cooperation-area
  std::optional<Trigger> trigger;
  std::optional<Assistance> assistance;
  std::vector<Gate> gates;
  std::optional<DateSpan> valid_from, valid_to;  // when the wording applies (amendments); to = last day
  SourcePosition defined_at;
};

// An understanding, reservation or secret protocol that narrows a provision (by its label).
struct Understanding {
  std::string label;
  std::string kind;      // understanding | secret-protocol | reservation | interpretive-declaration
  std::string modifies;  // provision label
  StateId by;
  std::vector<StateId> holders;  // empty: narrows every holder's obligation
  std::optional<DateSpan> date;
  std::string summary;          // our words
  std::vector<Wording> texts;   // its own words, where seen
  Provenance provenance;
  std::optional<Trigger> trigger;  // extra conditions; the event kind is not used
};

// A treaty-series citation: "34 UNTS 243", "TIAS 3097", "UNTS No. 6045", each with its own status.
struct SeriesCitation {
  std::string series;  // UNTS | LNTS | UST | TIAS | Stat. | ATS | ...
  std::string volume;  // may be empty ("TIAS 3097")
  std::string page;    // may be empty
  std::string number;  // a registration or series number ("No. 6045"), may be empty
  Provenance provenance;
  std::string str() const;
};

// An article of the treaty that is not encoded as a provision, and why.
struct UnencodedArticle {
  std::string article;  // "Preamble", "6", "17–21"
  std::string reason;
  std::string summary;  // our words on its content, where known
};

// Where a treaty's encoding comes from: a curated file with the texts, or ATOP's coding of it.
enum class Origin { curated, atop };

struct Treaty {
  std::string id;
  Origin origin = Origin::curated;
  std::string name;
  std::string short_name;
  std::string short_name_de;  // German label for reports; empty: short_name is used
  int atop_id = 0;
  std::string replaces;
  std::vector<std::string> related;
  std::string note;

  DatedFact signed_;
  DatedFact in_force;
  std::optional<DatedFact> ended;  // first day no longer in force
  EndKind end_kind = EndKind::lapsed;
  std::string replaced_by;
  std::string duration_text;
  std::optional<Provenance> duration_provenance;

  std::vector<Membership> members;
  std::vector<Suspension> suspensions;
  std::vector<Statement> statements;
  std::vector<Provision> provisions;
  std::vector<Understanding> understandings;
  std::vector<SeriesCitation> citations;
  std::vector<UnencodedArticle> unencoded;

  std::string file;
  // Where each reference to another treaty (replaces, related, ended.replaced_by) stands in the file,
  // so that one that resolves to nothing can be reported at its line: (field, treaty id, position).
  struct Reference {
    std::string field, id;
    SourcePosition at;
  };
  std::vector<Reference> references;

  const Provision* provision(std::string_view label) const;
};

// ---- names for enums (as written in corpus files) ----------------------------------------------

std::string_view to_string(Verification v);  // "V", "P", "U"
std::string_view to_string(Authority a);     // "official", "scholarly-edition", "press", "secondary"
std::string_view to_string(TextStanding s);  // "authentic", "translation"
std::string_view to_string(StateSource s);   // "curated", "iso", "cow"
std::string_view to_string(EndKind k);
std::string_view to_string(JoinKind k);
std::string_view to_string(LeaveKind k);
std::string_view to_string(ProvisionKind k);
std::string_view to_string(EventKind k);
std::string_view to_string(AttackerScope k);
std::string_view to_string(Origin k);
std::string_view to_string(TargetKind k);
std::string_view to_string(GateKind k);
std::string_view to_string(GateClass k);
std::string_view to_string(Speed k);
std::string_view to_string(Means k);
std::string_view to_string(MilitaryAid k);
std::string_view to_string(TriggerWording k);
std::string_view to_string(AttackerKind k);

}  // namespace casus

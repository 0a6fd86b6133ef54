#include "core/enum_names.h"

#include "casus/law.h"

namespace casus {

#define CASUS_ENUM_NAMES(E, ...)                                   \
  template <>                                                      \
  std::span<const EnumName<E>> enum_names<E>() {                   \
    static constexpr EnumName<E> kNames[] = {__VA_ARGS__};         \
    return kNames;                                                 \
  }                                                                \
  std::string_view to_string(E v) { return enum_name(v); }

CASUS_ENUM_NAMES(Verification, {Verification::verified, "V"}, {Verification::partly, "P"},
                 {Verification::unverified, "U"})
CASUS_ENUM_NAMES(Authority, {Authority::unspecified, "unspecified"}, {Authority::official, "official"},
                 {Authority::scholarly_edition, "scholarly-edition"}, {Authority::press, "press"},
                 {Authority::secondary, "secondary"})
CASUS_ENUM_NAMES(TextStanding, {TextStanding::authentic, "authentic"},
                 {TextStanding::translation, "translation"})
CASUS_ENUM_NAMES(EndKind, {EndKind::lapsed, "lapsed"}, {EndKind::terminated, "terminated"},
                 {EndKind::denounced, "denounced"}, {EndKind::replaced, "replaced"},
                 {EndKind::superseded, "superseded"}, {EndKind::dissolved, "dissolved"},
                 {EndKind::abrogated, "abrogated"})
CASUS_ENUM_NAMES(JoinKind, {JoinKind::founding, "founding"}, {JoinKind::accession, "accession"},
                 {JoinKind::succession, "succession"}, {JoinKind::restored, "restored"})
CASUS_ENUM_NAMES(LeaveKind, {LeaveKind::none, "none"}, {LeaveKind::withdrawal, "withdrawal"},
                 {LeaveKind::denunciation, "denunciation"}, {LeaveKind::succession, "succession"},
                 {LeaveKind::dissolution, "dissolution"}, {LeaveKind::expulsion, "expulsion"})
CASUS_ENUM_NAMES(ProvisionKind, {ProvisionKind::defence, "defence"},
                 {ProvisionKind::offence, "offence"}, {ProvisionKind::neutrality, "neutrality"},
                 {ProvisionKind::non_aggression, "non-aggression"},
                 {ProvisionKind::consultation, "consultation"},
                 {ProvisionKind::no_conflicting_commitments, "no-conflicting-commitments"},
                 {ProvisionKind::territory_denial, "territory-denial"},
                 {ProvisionKind::defence_cooperation, "defence-cooperation"},
                 {ProvisionKind::cooperation_area, "cooperation-area"},
                 {ProvisionKind::guarantee, "guarantee"}, {ProvisionKind::mobilization, "mobilization"},
                 {ProvisionKind::arbitration, "arbitration"},
                 {ProvisionKind::sanctions, "sanctions"},
                 {ProvisionKind::procedure, "procedure"}, {ProvisionKind::other, "other"})
CASUS_ENUM_NAMES(EventKind, {EventKind::armed_attack, "armed-attack"}, {EventKind::threat, "threat"},
                 {EventKind::mobilization, "mobilization"},
                 {EventKind::war_involvement, "war-involvement"},
                 {EventKind::neutrality_violation, "neutrality-violation"},
                 {EventKind::declaration_of_war, "declaration-of-war"},
                 {EventKind::request_for_assistance, "request-for-assistance"},
                 {EventKind::ultimatum, "ultimatum"})
CASUS_ENUM_NAMES(AttackerScope, {AttackerScope::any, "any"}, {AttackerScope::named, "named"},
                 {AttackerScope::other_than_named, "other-than-named"},
                 {AttackerScope::not_a_member, "not-a-member"})
CASUS_ENUM_NAMES(Origin, {Origin::curated, "curated"}, {Origin::atop, "atop"})
CASUS_ENUM_NAMES(TargetKind, {TargetKind::any, "any"}, {TargetKind::territory, "territory"},
                 {TargetKind::forces, "forces"})
CASUS_ENUM_NAMES(GateKind, {GateKind::un_charter_art_51, "un-charter-art-51"},
                 {GateKind::request_of_attacked, "request-of-attacked"},
                 {GateKind::domestic_law, "domestic-law"},
                 {GateKind::constitutional_processes, "constitutional-processes"},
                 {GateKind::deems_necessary, "deems-necessary"},
                 {GateKind::council_consensus, "council-consensus"},
                 {GateKind::no_armed_force_without_consent, "no-armed-force-without-consent"},
                 {GateKind::unsc_reporting, "unsc-reporting"})
CASUS_ENUM_NAMES(GateClass, {GateClass::legal_condition, "condition"},
                 {GateClass::discretion, "discretion"}, {GateClass::procedural, "procedural"})
CASUS_ENUM_NAMES(Speed, {Speed::unspecified, "unspecified"}, {Speed::immediately, "immediately"},
                 {Speed::without_delay, "without-delay"}, {Speed::forthwith, "forthwith"},
                 {Speed::at_once, "at-once"})
CASUS_ENUM_NAMES(Means, {Means::unspecified, "unspecified"}, {Means::all_means, "all-means"},
                 {Means::all_forces, "all-forces"}, {Means::necessary, "necessary"},
                 {Means::as_deemed_necessary, "as-deemed-necessary"})
CASUS_ENUM_NAMES(MilitaryAid, {MilitaryAid::yes, "yes"}, {MilitaryAid::may, "may"},
                 {MilitaryAid::no, "no"})

CASUS_ENUM_NAMES(MeasureKind, {MeasureKind::arms_embargo_to, "arms-embargo-to"},
                 {MeasureKind::arms_embargo_from, "arms-embargo-from"},
                 {MeasureKind::technical_assistance_ban, "technical-assistance-ban"},
                 {MeasureKind::training_ban, "training-ban"}, {MeasureKind::authorisation, "authorisation"},
                 {MeasureKind::recommendation, "recommendation"}, {MeasureKind::other, "other"})
CASUS_ENUM_NAMES(Act, {Act::arms_transfer_to, "arms-transfer-to"}, {Act::arms_transfer_from, "arms-transfer-from"},
                 {Act::technical_assistance_to, "technical-assistance-to"},
                 {Act::technical_assistance_from, "technical-assistance-from"},
                 {Act::military_training_to, "military-training-to"},
                 {Act::military_training_from, "military-training-from"},
                 {Act::military_cooperation, "military-cooperation"}, {Act::other, "other"})
CASUS_ENUM_NAMES(DeclaredCondition, {DeclaredCondition::none, "none"},
                 {DeclaredCondition::victim_only, "victim-only"},
                 {DeclaredCondition::directed_from_abroad, "directed-from-abroad"},
                 {DeclaredCondition::applies, "applies"})
CASUS_ENUM_NAMES(TriggerWording, {TriggerWording::armed_attack, "armed-attack"},
                 {TriggerWording::invasion, "invasion"}, {TriggerWording::aggression, "aggression"})
CASUS_ENUM_NAMES(AttackerKind, {AttackerKind::any, "any"}, {AttackerKind::state, "state"})

#undef CASUS_ENUM_NAMES

}  // namespace casus

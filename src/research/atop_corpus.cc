// ATOP alliances → casus treaties. Field-by-field mapping and codebook references: docs/research.md,
// "ATOP as corpus". Every fact cites its row: "ATOP 5.1, atop5_1m.csv line L, atopid N, member ccode M".
#include "casus/research/atop_corpus.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace casus::research {
namespace {

constexpr const char* kVariable[kAtopObligationCount] = {"DEFENSE", "OFFENSE", "NEUTRAL", "NONAGG", "CONSUL"};
constexpr const char* kLabel[kAtopObligationCount] = {"defence", "offence", "neutrality", "non-aggression",
                                                       "consultation"};
constexpr ProvisionKind kKind[kAtopObligationCount] = {ProvisionKind::defence, ProvisionKind::offence,
                                                       ProvisionKind::neutrality, ProvisionKind::non_aggression,
                                                       ProvisionKind::consultation};
constexpr const char* kTitle[kAtopObligationCount] = {
    "Active military support if a partner's sovereignty or territory is attacked (ATOP DEFENSE)",
    "Active military support in circumstances other than an attack on a partner (ATOP OFFENSE)",
    "Not to join, nor aid, a partner's adversary in a conflict (ATOP NEUTRAL)",
    "Not to use force against the partners (ATOP NONAGG)",
    "To consult in crises that may become militarized, aiming at a joint response (ATOP CONSUL)"};

Date shift(Date d, int days) { return Date::from_days(d.days_since_epoch() + days); }

DateSpan day_before(const DateSpan& s) { return {shift(s.earliest, -1), shift(s.latest, -1)}; }

// A member's conditions on one obligation (codebook 2.33). Ordered, so that members with the same
// conditions share one provision.
struct Conditions {
  std::vector<std::string> undisclosed;
  bool unprovoked = false;  // DEFCONPR / NEUCONPR
  bool attacked = false;    // NEUCOATT
  auto operator<=>(const Conditions&) const = default;
};

Conditions conditions_of(const AtopMember& m, int k) {
  Conditions c;
  const auto& x = m.conditions;
  auto add = [&](bool on, const char* var, const char* what) {
    if (on) c.undisclosed.push_back(fmt::format("{} (ATOP {} = 1; which one ATOP does not code)", what, var));
  };
  switch (static_cast<AtopObligation>(k)) {
    case AtopObligation::kDefense:
      add(x.defcoadv, "DEFCOADV", "a particular adversary or type of adversary");
      add(x.defcoloc, "DEFCOLOC", "conflict in a particular location");
      add(x.defcocon, "DEFCOCON", "a particular ongoing conflict");
      add(x.defconum, "DEFCONUM", "a number of adversaries");
      add(x.defcodem, "DEFCODEM", "the ally or the adversary meeting demands set out in the agreement");
      c.unprovoked = x.defconpr;
      break;
    case AtopObligation::kOffense:
      add(x.offcoadv, "OFFCOADV", "a particular adversary or type of adversary");
      add(x.offcoloc, "OFFCOLOC", "conflict in a particular location");
      add(x.offcocon, "OFFCOCON", "a particular ongoing conflict");
      add(x.offconum, "OFFCONUM", "a number of adversaries");
      add(x.offcodem, "OFFCODEM", "the ally or the adversary meeting demands set out in the agreement");
      break;
    case AtopObligation::kNeutral:
      add(x.neucoadv, "NEUCOADV", "a particular adversary or type of adversary");
      add(x.neucoloc, "NEUCOLOC", "conflict in a particular location");
      add(x.neucocon, "NEUCOCON", "a particular ongoing conflict");
      add(x.neuconum, "NEUCONUM", "a number of adversaries");
      add(x.neucodem, "NEUCODEM", "the ally or the adversary meeting demands set out in the agreement");
      c.unprovoked = x.neuconpr;
      c.attacked = x.neucoatt;
      break;
    case AtopObligation::kNonaggression:
      break;
    case AtopObligation::kConsultation:
      add(x.concoadv, "CONCOADV", "a particular adversary or type of adversary");
      add(x.concoloc, "CONCOLOC", "crisis in a particular location");
      add(x.concocon, "CONCOCON", "a particular ongoing conflict");
      if (x.concoreq)
        c.undisclosed.push_back(
            "an ally's request for consultation (ATOP CONCOREQ = 1; a scenario cannot state such a request)");
      break;
  }
  // Non-aggression has no trigger in the engine; its conditions (OLIMOB) cannot be attached to one.
  if (k != static_cast<int>(AtopObligation::kNonaggression)) {
    if (m.conditions.olimob)
      c.undisclosed.push_back(
          "a condition outside ATOP's condition codes on one of this member's obligations (ATOP OLIMOB = 1; "
          "ATOP says neither the condition nor which obligation)");
    if (m.obvary)
      c.undisclosed.push_back(
          "towards which partners (ATOP OBVARY = 1: this member's obligations differ between partners, and "
          "the member file does not say towards whom)");
  }
  return c;
}

std::optional<Trigger> trigger_for(int k, const Conditions& c) {
  Trigger t;
  switch (static_cast<AtopObligation>(k)) {
    case AtopObligation::kDefense: t.event = EventKind::armed_attack; break;
    case AtopObligation::kOffense: t.event = EventKind::war_involvement; break;
    case AtopObligation::kNeutral: t.event = c.attacked ? EventKind::armed_attack : EventKind::war_involvement; break;
    case AtopObligation::kNonaggression: return std::nullopt;
    case AtopObligation::kConsultation: t.event = EventKind::threat; break;
  }
  t.unprovoked = c.unprovoked;
  t.undisclosed = c.undisclosed;
  return t;
}

// One membership spell of one registry state, before merging.
struct Spell {
  StateId state;
  DateSpan from;
  std::optional<DateSpan> to;
  bool split_before = false, split_after = false;
  std::vector<int> lines;
  int ccode = 0;
};

std::string lines_text(const std::vector<int>& lines) {
  return fmt::format("line{} {}", lines.size() == 1 ? "" : "s", fmt::join(lines, ", "));
}

// Joins spells of the same state that touch or overlap (phases of one alliance follow each other).
std::vector<Spell> merge(std::vector<Spell> spells) {
  std::stable_sort(spells.begin(), spells.end(), [](const Spell& a, const Spell& b) {
    return a.state != b.state ? a.state < b.state : a.from.earliest < b.from.earliest;
  });
  std::vector<Spell> out;
  for (auto& s : spells) {
    if (!out.empty() && out.back().state == s.state &&
        (!out.back().to || s.from.earliest <= shift(out.back().to->latest, 1))) {
      Spell& p = out.back();
      if (!s.to) p.to.reset(), p.split_after = false;
      else if (p.to && s.to->latest > p.to->latest) p.to = s.to, p.split_after = s.split_after;
      p.lines.insert(p.lines.end(), s.lines.begin(), s.lines.end());
      continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

DateSpan to_span(const PartialDate& d) {
  if (d.month && d.day) {
    if (auto x = Date::from_ymd(d.year, *d.month, *d.day)) return DateSpan::exactly(*x);
  }
  if (d.month) {
    auto first = Date::from_ymd(d.year, *d.month, 1);
    auto next = *d.month == 12 ? Date::from_ymd(d.year + 1, 1, 1) : Date::from_ymd(d.year, *d.month + 1, 1);
    if (first && next) return {*first, shift(*next, -1)};
  }
  return {*Date::from_ymd(d.year, 1, 1), *Date::from_ymd(d.year, 12, 31)};
}

Result<AtopData> load_atop_data(const DatasetPaths& paths) {
  AtopData d;
  auto a = load_atop_alliances(paths.atop_alliances);
  if (!a) return a.error();
  auto m = load_atop_members(paths.atop_members);
  if (!m) return m.error();
  auto c = load_cow_states(paths.cow_states);
  if (!c) return c.error();
  d.alliances = std::move(a).value();
  d.members = std::move(m).value();
  d.cow_states = std::move(c).value();
  return d;
}

Result<AtopCorpus> atop_corpus(const AtopData& data, const std::vector<State>& registry) {
  std::map<int, const AtopAlliance*> alliances;
  for (const auto& a : data.alliances) alliances.emplace(a.atopid, &a);
  std::map<int, std::vector<const AtopMember*>> rows;
  for (const auto& m : data.members) {
    if (!alliances.count(m.atopid))
      return malformed(fmt::format("{}:{}:1", data.members_file, m.line),
                       fmt::format("atopid: expected an alliance listed in {}; found {}", data.alliances_file,
                                   m.atopid));
    rows[m.atopid].push_back(&m);
  }
  for (const auto& [id, a] : alliances)
    if (!rows.count(id))
      return malformed(fmt::format("{}:{}:1", data.alliances_file, a->line),
                       fmt::format("atopid: expected member rows in {} for alliance {}", data.members_file, id));

  CowStateMap states(registry, data.cow_states);
  AtopCorpus out;
  for (const auto& [id, a] : alliances) {
    const auto& rs = rows[id];
    Treaty t;
    t.id = fmt::format("atop-{}", id);
    t.origin = Origin::atop;
    t.atop_id = id;
    t.short_name = fmt::format("ATOP {}", id);
    t.file = data.members_file;
    const std::string arow = fmt::format("ATOP 5.1, {} line {}, atopid {}", data.alliances_file, a->line, id);
    t.signed_.date = to_span(a->begin);
    t.signed_.provenance = {Verification::verified, arow + " (BEGYR/BEGMO/BEGDAY)",
                            "ATOP codes the date of signature (codebook 2.32 YRENT, 2.4 BEGYR)"};
    t.in_force.date = t.signed_.date;
    t.in_force.provenance = {Verification::verified, arow + " (BEGYR/BEGMO/BEGDAY)",
                             "ATOP treats an alliance as in effect from signature (codebook 2.32: 'once an alliance "
                             "is signed, leaders behave as if the alliance is in force'); so does casus for ATOP "
                             "treaties"};
    if (a->end) {
      DatedFact e;
      e.date = to_span(*a->end);
      e.provenance = {Verification::verified, arow + " (ENDYR/ENDMO/ENDDAY)",
                      "ATOP's end date, taken as the first day no longer in effect; how it ended (ATOP TERM) is not "
                      "read"};
      t.ended = e;
      t.end_kind = EndKind::terminated;
    } else {
      // Still in effect when ATOP's coverage ends (31 Dec 2018): whether it still was on any later
      // day is not in the data. The end is kept as the open range after 2018, so that the engine
      // answers "unknown" for later scenario dates instead of extrapolating.
      DatedFact e;
      e.date = DateSpan{*Date::from_ymd(2019, 1, 1), *Date::from_ymd(9999, 12, 31)};
      e.provenance = {Verification::verified, arow + " (ENDYR = 0: in effect at the end of coverage)",
                      "ATOP 5.1 covers alliances to 31 Dec 2018; the state of this one afterwards is unknown"};
      t.ended = e;
      t.end_kind = EndKind::terminated;
    }

    // Members: one spell per row, split at succession dates, merged across phases.
    std::vector<Spell> spells;
    std::map<const AtopMember*, std::vector<StateId>> row_states;
    for (const AtopMember* m : rs) {
      DateSpan from = to_span(m->entry);
      std::optional<DateSpan> to;
      if (m->exit) to = day_before(to_span(*m->exit));
      for (const auto& p : states.pieces(m->member, from, to)) {
        spells.push_back({p.state, p.from, p.to, p.split_before, p.split_after, {m->line}, m->member});
        row_states[m].push_back(p.state);
      }
    }
    std::vector<StateId> all_ids;
    for (const auto& s : merge(spells)) {
      Membership mb;
      mb.state = s.state;
      mb.from = s.from;
      mb.to = s.to;
      mb.joined = s.split_before ? JoinKind::succession
                  : s.from == t.signed_.date ? JoinKind::founding
                                             : JoinKind::accession;
      mb.left = s.split_after ? LeaveKind::succession : LeaveKind::none;
      mb.provenance = {Verification::verified,
                       fmt::format("ATOP 5.1, {} {}, atopid {}, member ccode {}", data.members_file,
                                   lines_text(s.lines), id, s.ccode),
                       "entry = signature (YRENT/MOENT/DAYENT); last day = the day before YREXIT/MOEXIT/DAYEXIT "
                       "(codebook 2.32)"};
      if (s.split_before || s.split_after)
        mb.provenance.note += "; split where the registry gives this COW code to a successor state";
      t.members.push_back(mb);
      if (std::find(all_ids.begin(), all_ids.end(), s.state) == all_ids.end()) all_ids.push_back(s.state);
    }
    std::sort(all_ids.begin(), all_ids.end());
    t.name = fmt::format("ATOP alliance {} ({}; signed {})", id, fmt::join(all_ids, ", "), t.signed_.date.str());
    t.note = "Coded by ATOP 5.1 (Leeds et al. 2002; codebook v5.1, 2022), not from the treaty text: ATOP gives no "
             "article numbers or wordings. Provisions are ATOP's obligation codes (codebook 2.33).";

    // Provisions: per phase, per obligation, per set of conditions.
    std::set<int> phases;
    for (const AtopMember* m : rs) phases.insert(m->phase);
    const bool phased = a->maxphase > 0;
    for (int ph : phases) {
      std::vector<const AtopMember*> prs;
      for (const AtopMember* m : rs)
        if (m->phase == ph) prs.push_back(m);
      std::vector<StateId> phase_ids;
      std::optional<DateSpan> from, to;
      bool open = false;
      for (const AtopMember* m : prs) {
        for (const auto& s : row_states[m])
          if (std::find(phase_ids.begin(), phase_ids.end(), s) == phase_ids.end()) phase_ids.push_back(s);
        DateSpan f = to_span(m->entry);
        if (!from || f.earliest < from->earliest) from = f;
        if (!m->exit) open = true;
        else {
          DateSpan x = day_before(to_span(*m->exit));
          if (!to || x.latest > to->latest) to = x;
        }
      }
      for (int k = 0; k < kAtopObligationCount; ++k) {
        std::map<Conditions, std::vector<const AtopMember*>> groups;
        for (const AtopMember* m : prs)
          if (m->obligations[k]) groups[conditions_of(*m, k)].push_back(m);
        int g = 0;
        for (const auto& [cond, holders] : groups) {
          ++g;
          Provision p;
          p.kind = kKind[k];
          p.label = kLabel[k];
          if (phased) p.label += fmt::format("-p{}", ph);
          if (groups.size() > 1) p.label += fmt::format("-{}", g);
          p.article = fmt::format("ATOP {}", kVariable[k]);
          p.title = kTitle[k];
          std::vector<StateId> hs;
          std::vector<int> ccodes, lines;
          for (const AtopMember* m : holders) {
            for (const auto& s : row_states[m])
              if (std::find(hs.begin(), hs.end(), s) == hs.end()) hs.push_back(s);
            ccodes.push_back(m->member);
            lines.push_back(m->line);
          }
          std::vector<StateId> sorted_hs = hs, sorted_all = all_ids;
          std::sort(sorted_hs.begin(), sorted_hs.end());
          if (phased || sorted_hs != sorted_all) p.holders = hs;
          if (phased) {
            p.beneficiaries = phase_ids;
            p.valid_from = from;
            if (!open) p.valid_to = to;
          }
          p.trigger = trigger_for(k, cond);
          if (k == 0 || k == 1) {
            Assistance as;
            as.text = fmt::format("active military support (ATOP {})", kVariable[k]);
            p.assistance = as;
          }
          std::string note = fmt::format(
              "Coded by ATOP, not from the treaty text: ATOP {} = 1 for {} (codebook 2.33).", kVariable[k],
              ccodes.size() == 1 ? "this member" : "these members");
          if (!cond.undisclosed.empty())
            note += fmt::format(" ATOP codes {} condition(s) without their content; the engine reports them as "
                                "unknown.",
                                cond.undisclosed.size());
          if (cond.unprovoked) note += " Conditional on the ally not provoking the adversary (CONPR).";
          if (cond.attacked) note += " Conditional on the ally being attacked (NEUCOATT).";
          if (a->asymmetric) note += " ATOP codes the alliance's obligations as asymmetric (ASYMM = 1).";
          if (phased) note += fmt::format(" Phase {} of {} (codebook 1.53).", ph, a->maxphase);
          p.provenance = {Verification::verified,
                          fmt::format("ATOP 5.1, {} {}, atopid {}, member ccode {}", data.members_file,
                                      lines_text(lines), id, fmt::join(ccodes, ", ")),
                          note};
          p.defined_at = {data.members_file, lines.front(), 0};
          t.provisions.push_back(std::move(p));
        }
      }
    }
    out.treaties.push_back(std::move(t));
  }
  out.states = states.added();
  out.warnings = states.warnings();
  return out;
}

Result<Corpus> corpus_with_atop(const Corpus& curated, const AtopData& data, std::vector<std::string>* dropped,
                                std::vector<std::string>* warnings) {
  auto converted = atop_corpus(data, curated.states());
  if (!converted) return converted.error();
  AtopCorpus& ac = converted.value();
  if (warnings) *warnings = ac.warnings;
  return extend_corpus(curated, std::move(ac.states), std::move(ac.treaties), dropped);
}

}  // namespace casus::research

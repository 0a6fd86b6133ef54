#include "casus/consistency.h"

#include <algorithm>

#include <fmt/format.h>

namespace casus {

std::vector<NeededAct> acts_needed(const Provision& p, const StateId& holder, const StateId& beneficiary) {
  std::vector<NeededAct> out;
  const bool forcible = p.kind == ProvisionKind::defence || p.kind == ProvisionKind::offence;
  if (forcible && p.assistance && p.assistance->military != MilitaryAid::no) {
    // Military assistance "with all means" includes supplying arms and the help to use them.
    const std::string what = fmt::format("military assistance by {} to {} ({})", holder, beneficiary,
                                         p.assistance->text.empty() ? "as the clause says" : p.assistance->text);
    out.push_back({Act::arms_transfer_to, beneficiary, what + " may involve supplying arms"});
    out.push_back({Act::arms_transfer_from, holder, what + " may involve supplying arms"});
    out.push_back({Act::technical_assistance_to, beneficiary, what + " may involve technical assistance related to arms"});
    out.push_back({Act::technical_assistance_from, holder, what + " may involve technical assistance related to arms"});
  }
  if (p.kind == ProvisionKind::defence_cooperation) {
    // Joint measures to strengthen defence capabilities run both ways.
    for (const StateId& s : {holder, beneficiary}) {
      const std::string what = fmt::format("defence cooperation between {} and {}", holder, beneficiary);
      out.push_back({Act::arms_transfer_to, s, what + " may involve arms supplied to " + s});
      out.push_back({Act::arms_transfer_from, s, what + " may involve arms supplied by " + s});
      out.push_back({Act::technical_assistance_to, s, what + " may involve technical assistance to " + s});
      out.push_back({Act::technical_assistance_from, s, what + " may involve technical assistance by " + s});
      out.push_back({Act::military_training_to, s, what + " may involve military training of " + s + "'s forces"});
      out.push_back({Act::military_training_from, s, what + " may involve training by " + s});
      out.push_back({Act::military_cooperation, s, what});
    }
  }
  return out;
}

std::vector<Tension> tensions_of(const Corpus& corpus, const Treaty& t, const Provision& p, const StateId& holder,
                                 const StateId& beneficiary, Date d) {
  std::vector<Tension> out;
  const auto acts = acts_needed(p, holder, beneficiary);
  if (acts.empty()) return out;
  for (const auto& r : corpus.law().resolutions) {
    if (!r.binding || r.date.reached_by(d) != Truth::yes) continue;
    for (const auto& m : r.measures) {
      for (const auto& a : acts) {
        if (m.target != a.subject || std::find(m.forbids.begin(), m.forbids.end(), a.act) == m.forbids.end()) continue;
        out.push_back({&t, &p, holder, beneficiary, a, &r, &m});
      }
    }
  }
  return out;
}

std::vector<Tension> consistency(const Corpus& corpus, const Treaty& t, Date d) {
  std::vector<Tension> out;
  std::vector<StateId> members;
  for (const auto& m : t.members)
    if (member_on(t, m.state, d) == Truth::yes &&
        std::find(members.begin(), members.end(), m.state) == members.end())
      members.push_back(m.state);
  for (const auto& p : t.provisions) {
    const auto& holders = p.holders.empty() ? members : p.holders;
    for (const auto& h : holders) {
      for (const auto& b : members) {
        // Cooperation runs both ways: one leg per pair is enough.
        if (p.kind == ProvisionKind::defence_cooperation && p.holders.empty() && b < h) continue;
        if (h == b || (!p.beneficiaries.empty() &&
                       std::find(p.beneficiaries.begin(), p.beneficiaries.end(), b) == p.beneficiaries.end()))
          continue;
        auto ts = tensions_of(corpus, t, p, h, b, d);
        out.insert(out.end(), ts.begin(), ts.end());
      }
    }
  }
  return out;
}

}  // namespace casus

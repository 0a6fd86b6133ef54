#include "reasoning/conflicts.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace casus {
namespace {

bool fights(const Finding& f) {
  return f.outcome == Outcome::obliged &&
         (f.provision->kind == ProvisionKind::defence || f.provision->kind == ProvisionKind::offence);
}

std::string cite(const Finding& f) {
  return fmt::format("{} Art. {}", f.treaty->short_name, f.provision->article);
}

// Does provision p bind holder h towards beneficiary b (by its holder and beneficiary lists)?
bool binds(const Treaty& t, const Provision& p, const StateId& h, const StateId& b, Date d) {
  if (!p.holders.empty() && std::find(p.holders.begin(), p.holders.end(), h) == p.holders.end()) return false;
  if (!p.beneficiaries.empty() && std::find(p.beneficiaries.begin(), p.beneficiaries.end(), b) == p.beneficiaries.end())
    return false;
  return h != b && member_on(t, h, d) == Truth::yes && member_on(t, b, d) == Truth::yes;
}

}  // namespace

void find_conflicts(const Corpus& corpus, const War& war, Evaluation& ev) {
  // 1. Obliged to assist both sides.
  std::map<StateId, std::vector<int>> by_holder;
  for (int i = 0; i < static_cast<int>(ev.findings.size()); ++i)
    if (fights(ev.findings[i])) by_holder[ev.findings[i].holder].push_back(i);
  for (const auto& [h, fs] : by_holder) {
    std::vector<int> side0, side1;
    for (int i : fs) {
      int s = war.side_of(ev.findings[i].beneficiary);
      if (s == 0) side0.push_back(i);
      if (s == 1) side1.push_back(i);
    }
    if (!side0.empty() && !side1.empty()) {
      const Finding& a = ev.findings[side0.front()];
      const Finding& b = ev.findings[side1.front()];
      std::vector<int> all = side0;
      all.insert(all.end(), side1.begin(), side1.end());
      ev.conflicts.push_back({"obliged-to-both-sides", h, all,
                              fmt::format("{} is obliged to assist {} ({}) and {} ({}), who are at war with each other",
                                          h, a.beneficiary, cite(a), b.beneficiary, cite(b))});
    }
  }
  // 2. An obligation to fight a state that another treaty in force protects from the holder.
  for (int i = 0; i < static_cast<int>(ev.findings.size()); ++i) {
    const Finding& f = ev.findings[i];
    if (!fights(f)) continue;
    const Date d = f.event >= 0 ? ev.events[f.event].event.date : Date{};
    for (const auto& enemy : f.against) {
      for (const auto& t : corpus.treaties()) {
        for (const auto& p : t.provisions) {
          std::string kind;
          if (p.kind == ProvisionKind::non_aggression) kind = "contrary-to-non-aggression";
          else if (p.kind == ProvisionKind::no_conflicting_commitments) kind = "contrary-to-no-hostile-commitments";
          else continue;
          if (!binds(t, p, f.holder, enemy, d)) continue;
          ev.conflicts.push_back({kind, f.holder, {i},
                                  fmt::format("{} must fight {} under {}, but {} Art. {} ({}) binds it towards {}",
                                              f.holder, enemy, cite(f), t.short_name, p.article,
                                              to_string(p.kind), enemy)});
        }
      }
      // A neutrality obligation towards the enemy that the cascade found triggered.
      for (int j = 0; j < static_cast<int>(ev.findings.size()); ++j) {
        const Finding& n = ev.findings[j];
        if (n.provision->kind != ProvisionKind::neutrality || n.outcome != Outcome::obliged) continue;
        if (n.holder != f.holder || n.beneficiary != enemy) continue;
        ev.conflicts.push_back({"contrary-to-neutrality", f.holder, {i, j},
                                fmt::format("{} must fight {} under {}, but must stay neutral towards it under {}",
                                            f.holder, enemy, cite(f), cite(n))});
      }
    }
  }
}

}  // namespace casus

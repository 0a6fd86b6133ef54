#include "reasoning/conflicts.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "casus/consistency.h"

namespace casus {
namespace {

bool fights(const Finding& f) {
  return f.outcome == Outcome::obliged &&
         (f.provision->kind == ProvisionKind::defence || f.provision->kind == ProvisionKind::offence);
}

bool contains(const std::vector<StateId>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string cite(const Finding& f) {
  return fmt::format("{} Art. {}", f.treaty->short_name, f.provision->article);
}

// Does provision p bind holder h towards beneficiary b (by its holder and beneficiary lists)?
bool binds(const Treaty& t, const Provision& p, const StateId& h, const StateId& b, Date d) {
  if (!p.holders.empty() && !contains(p.holders, h)) return false;
  if (!p.beneficiaries.empty() && !contains(p.beneficiaries, b)) return false;
  return h != b && member_on(t, h, d) == Truth::yes && member_on(t, b, d) == Truth::yes;
}

// Are the two beneficiaries enemies: one fights the other, or they stand on opposite sides of a war?
bool opposed(const Evaluation& ev, const Hostilities& h, const Finding& a, const Finding& b) {
  if (contains(a.against, b.beneficiary) || contains(b.against, a.beneficiary)) return true;
  if (h.fighting(a.beneficiary, b.beneficiary, std::max(a.assessed_on, b.assessed_on))) return true;
  for (const auto& w : ev.wars) {
    int sa = w.side_of(a.beneficiary), sb = w.side_of(b.beneficiary);
    if (sa >= 0 && sb >= 0 && sa != sb) return true;
  }
  return false;
}

}  // namespace

void find_conflicts(const Corpus& corpus, const Hostilities& hostilities, Evaluation& ev) {
  // 1. Obliged to assist both sides.
  std::map<StateId, std::vector<int>> by_holder;
  for (int i = 0; i < static_cast<int>(ev.findings.size()); ++i)
    if (fights(ev.findings[i])) by_holder[ev.findings[i].holder].push_back(i);
  for (const auto& [h, fs] : by_holder) {
    bool done = false;
    for (size_t x = 0; x < fs.size() && !done; ++x)
      for (size_t y = x + 1; y < fs.size() && !done; ++y) {
        const Finding& a = ev.findings[fs[x]];
        const Finding& b = ev.findings[fs[y]];
        if (a.beneficiary == b.beneficiary || !opposed(ev, hostilities, a, b)) continue;
        ev.conflicts.push_back({"obliged-to-both-sides", h, {fs[x], fs[y]},
                                fmt::format("{} is obliged to assist {} ({}) and {} ({}), who are at war with each other",
                                            h, a.beneficiary, cite(a), b.beneficiary, cite(b))});
        done = true;
      }
  }
  // 2. An obligation to fight a state that another treaty in force protects from the holder.
  for (int i = 0; i < static_cast<int>(ev.findings.size()); ++i) {
    const Finding& f = ev.findings[i];
    if (!fights(f)) continue;
    const Date d = f.assessed_on;
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
  // 3. Performance that binding Security Council measures forbid, for every obligation that arose
  //    (one conflict per finding and resolution, naming each paragraph).
  for (int i = 0; i < static_cast<int>(ev.findings.size()); ++i) {
    const Finding& f = ev.findings[i];
    if (f.outcome != Outcome::obliged && f.outcome != Outcome::discretionary) continue;
    auto ts = tensions_of(corpus, *f.treaty, *f.provision, f.holder, f.beneficiary, f.assessed_on);
    std::map<const Resolution*, std::vector<const Tension*>> by_resolution;
    for (const auto& t : ts) by_resolution[t.resolution].push_back(&t);
    std::vector<const Resolution*> order;
    for (const auto& t : ts)
      if (std::find(order.begin(), order.end(), t.resolution) == order.end()) order.push_back(t.resolution);
    for (const Resolution* r : order) {
      std::vector<std::string> paras;
      std::set<std::string> seen;
      for (const Tension* t : by_resolution[r])
        if (seen.insert(t->measure->paragraph).second)
          paras.push_back(fmt::format("para. {} ({} {})",
                                      t->measure->paragraph.empty() ? "(number not read)" : t->measure->paragraph,
                                      to_string(t->measure->kind),
                                      t->measure->target));
      const Tension* first = by_resolution[r].front();
      ev.conflicts.push_back(
          {"contrary-to-unsc", f.holder, {i},
           fmt::format("{} towards {} under {}: in so far as its performance involves {} ({}), it is forbidden by {} "
                       "{} [{}]; a binding Council decision prevails over the treaty (Charter Arts. 25, 103)",
                       f.holder, f.beneficiary, cite(f), to_string(first->act.act), first->act.subject, r->symbol,
                       fmt::join(paras, ", "), to_string(r->provenance.status)),
           r, first->measure});
    }
  }
}

}  // namespace casus

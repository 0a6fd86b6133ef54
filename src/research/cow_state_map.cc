// COW codes to registry ids. The succession rules below are the only date knowledge here; each is
// used only when the registry gives the code to exactly the states the rule names.
#include "casus/research/cow_state_map.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace casus::research {
namespace {

struct RuleRange {
  const char* state;
  const char* from;  // inclusive, "" = unbounded
  const char* to;    // inclusive, "" = unbounded
};
struct Rule {
  int ccode;
  std::vector<RuleRange> ranges;
};

// COW 365 'RUS' runs unbroken from 1816 (states2016.csv); the registry keeps SUN for the USSR (formed
// 1922-12-30, dissolved 1991-12-25, as in its su-kp-1961 file) and RUS before and after.
// COW 255 'GMY': 1816-01-01..1945-05-08 and from 1990-10-03 (states2016.csv); the registry has GMY for
// the first spell and DEU (the Federal Republic, which continued) from unification.
const std::vector<Rule>& rules() {
  static const std::vector<Rule> r = {
      {365, {{"RUS", "", "1922-12-29"}, {"SUN", "1922-12-30", "1991-12-25"}, {"RUS", "1991-12-26", ""}}},
      {255, {{"GMY", "", "1990-10-02"}, {"DEU", "1990-10-03", ""}}},
  };
  return r;
}


// Codes the registry folds into another state's entry, by its own note: corpus/states.toml gives DEU
// COW 255 and says COW codes the Federal Republic 260 'GFR' from 1955-05-05 to 1990-10-02.
struct Alias {
  int ccode;
  const char* state;
  int registry_ccode;  // the code the registry gives that state
};
const std::vector<Alias>& aliases() {
  static const std::vector<Alias> a = {{260, "DEU", 255}};
  return a;
}

}  // namespace

CowStateMap::CowStateMap(const std::vector<State>& registry, const std::vector<CowStateSpell>& cow) {
  for (const auto& s : registry)
    if (s.cow_code) registry_ids_[s.cow_code].push_back(s.id);
  for (const auto& a : aliases()) {
    if (registry_ids_.count(a.ccode)) continue;
    for (const auto& s : registry)
      if (s.id == a.state && s.cow_code == a.registry_ccode) registry_ids_[a.ccode].push_back(s.id);
  }
  for (const auto& c : cow) cow_.emplace(c.ccode, c);
}

const std::vector<CowStateMap::Range>& CowStateMap::ranges(int ccode) {
  auto it = ranges_.find(ccode);
  if (it != ranges_.end()) return it->second;
  std::vector<Range> out;
  auto reg = registry_ids_.find(ccode);
  if (reg == registry_ids_.end()) {
    State s;
    s.id = fmt::format("cow-{}", ccode);
    s.iso = IsoList::none;
    s.cow_code = ccode;
    auto c = cow_.find(ccode);
    if (c != cow_.end()) {
      s.cow_abbr = c->second.abbreviation;
      s.name_en = c->second.name;
      s.provenance = {Verification::verified, "COW State System Membership v2016, states2016.csv",
                      "added for ATOP: the registry (corpus/states.toml) has no state with this COW code"};
    } else {
      s.name_en = fmt::format("COW code {}", ccode);
      s.provenance = {Verification::unverified, "ATOP 5.1, atop5_1m.csv",
                      "COW code used by ATOP but absent from states2016.csv: no name known"};
    }
    added_.push_back(s);
    out.push_back({s.id, std::nullopt, std::nullopt});
  } else if (reg->second.size() == 1) {
    out.push_back({reg->second.front(), std::nullopt, std::nullopt});
  } else {
    const Rule* rule = nullptr;
    for (const auto& r : rules()) {
      if (r.ccode != ccode) continue;
      std::vector<StateId> named;
      for (const auto& x : r.ranges)
        if (std::find(named.begin(), named.end(), x.state) == named.end()) named.push_back(x.state);
      std::vector<StateId> have = reg->second;
      std::sort(named.begin(), named.end());
      std::sort(have.begin(), have.end());
      if (named == have) rule = &r;
    }
    if (rule) {
      for (const auto& x : rule->ranges) {
        Range r{x.state, std::nullopt, std::nullopt};
        if (*x.from) r.from = Date::parse(x.from);
        if (*x.to) r.to = Date::parse(x.to);
        out.push_back(r);
      }
    } else {
      warnings_.push_back(fmt::format(
          "COW code {} is given to several registry states ({}) and casus has no succession rule for it; "
          "ATOP's rows with this code are mapped to {}",
          ccode, fmt::join(reg->second, ", "), reg->second.front()));
      out.push_back({reg->second.front(), std::nullopt, std::nullopt});
    }
  }
  return ranges_.emplace(ccode, std::move(out)).first->second;
}

std::vector<StatePiece> CowStateMap::pieces(int ccode, DateSpan from, const std::optional<DateSpan>& to) {
  const auto& rs = ranges(ccode);
  std::vector<StatePiece> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    const Range& r = rs[i];
    // Does the spell overlap the range? (by the spell's earliest start and latest end)
    if (r.to && from.earliest > *r.to) continue;
    if (r.from && to && to->latest < *r.from) continue;
    StatePiece p{r.state, from, to};
    if (r.from && from.earliest < *r.from) p.from = DateSpan::exactly(*r.from), p.split_before = true;
    if (r.to && (!to || to->latest > *r.to)) p.to = DateSpan::exactly(*r.to), p.split_after = true;
    out.push_back(p);
  }
  return out;
}

StateId CowStateMap::id_on(int ccode, Date day) {
  for (const auto& r : ranges(ccode))
    if ((!r.from || *r.from <= day) && (!r.to || day <= *r.to)) return r.state;
  return ranges(ccode).front().state;
}

}  // namespace casus::research

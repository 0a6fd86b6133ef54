#include "casus/replay.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace casus {
namespace {

std::string date_of(const research::PartialDate& d) {
  auto two = [](const std::optional<int>& v) { return v ? fmt::format("{:02d}", *v) : std::string("??"); };
  return fmt::format("{:04d}-{}-{}", d.year, two(d.month), two(d.day));
}

bool war_kind(const Finding& f) {
  auto k = f.provision->kind;
  return k == ProvisionKind::defence || k == ProvisionKind::offence || k == ProvisionKind::guarantee;
}

// The registry state for a COW code: the one the evaluation mentions, else the first registered.
// Several registry states can share a COW code (GMY and DEU are both 255): prefer one the evaluation
// has in the war, then one it mentions at all, then the first registered.
StateId state_for(const Corpus& corpus, const Evaluation& ev, int ccode) {
  std::vector<StateId> candidates;
  for (const auto& s : corpus.states())
    if (s.cow_code == ccode) candidates.push_back(s.id);
  for (const auto& id : candidates)
    if (ev.entry(id)) return id;
  for (const auto& id : candidates)
    for (const auto& f : ev.findings)
      if (f.holder == id || f.beneficiary == id) return id;
  return candidates.empty() ? StateId{} : candidates.front();
}

std::string cite(const Finding& f) {
  return fmt::format("{} Art. {}", f.treaty->short_name, f.provision->article);
}

}  // namespace

Replay replay_war(const Corpus& corpus, const Evaluation& ev, const std::vector<research::WarParticipant>& rows,
                  int war) {
  Replay r;
  r.war = war;
  std::map<StateId, const research::WarParticipant*> by_state;
  for (const auto& row : rows) {
    if (row.war_number != war) continue;
    r.war_name = row.war_name;
    ReplayParticipant p;
    p.ccode = row.ccode;
    p.cow_name = row.state_name;
    p.state = state_for(corpus, ev, row.ccode);
    p.cow_side = row.side;
    p.entered = date_of(row.start1);
    p.initiator = row.initiator;
    r.participants.push_back(std::move(p));
    if (!r.participants.back().state.empty()) by_state.emplace(r.participants.back().state, &row);
  }
  // Which engine side is COW side 1: the one most of COW side 1's participants are on in the evaluation.
  int votes[2] = {0, 0};
  for (const auto& p : r.participants)
    if (const Entry* e = ev.entry(p.state); e && e->side >= 0) votes[(p.cow_side == 1) == (e->side == 0) ? 0 : 1]++;
  r.engine_side_for_cow_side1 = votes[0] >= votes[1] ? 0 : 1;
  auto engine_side_of_cow = [&](int cow_side) {
    return cow_side == 1 ? r.engine_side_for_cow_side1 : 1 - r.engine_side_for_cow_side1;
  };

  for (auto& p : r.participants) {
    if (const Entry* e = ev.entry(p.state)) {
      p.engine_round = e->round;
      p.engine_same_side = e->side == engine_side_of_cow(p.cow_side);
    }
    for (int i = 0; i < static_cast<int>(ev.findings.size()); ++i) {
      const Finding& f = ev.findings[i];
      if (f.holder != p.state || f.outcome != Outcome::obliged || !war_kind(f)) continue;
      auto b = by_state.find(f.beneficiary);
      if (b != by_state.end() && b->second->side == p.cow_side) p.supporting.push_back(i);
    }
  }
  for (int i = 0; i < static_cast<int>(ev.findings.size()); ++i) {
    const Finding& f = ev.findings[i];
    if (f.outcome != Outcome::obliged || !war_kind(f)) continue;
    ReplayObligation o;
    o.finding = i;
    auto h = by_state.find(f.holder);
    auto b = by_state.find(f.beneficiary);
    if (b == by_state.end()) o.verdict = "beneficiary-not-in-war";
    else if (h == by_state.end()) o.verdict = "did-not-enter";
    else {
      o.holder_entered = date_of(h->second->start1);
      o.verdict = h->second->side == b->second->side ? "honoured" : "entered-other-side";
    }
    r.obligations.push_back(std::move(o));
  }
  return r;
}

std::string render_replay_text(const Corpus& corpus, const Evaluation& ev, const Replay& r) {
  std::string out = fmt::format("replay against COW Inter-State War #{} ({}) — reading {}, policy {}\n", r.war,
                                r.war_name, to_string(ev.reading), to_string(ev.policy));
  out += fmt::format("COW side 1 = engine side {}\n\n", r.engine_side_for_cow_side1 == 0 ? "A" : "B");
  out += fmt::format("{:<5} {:<26} {:>4} {:<11} {:<5} {:<22} {}\n", "state", "COW name", "side", "entered", "init",
                     "engine", "supported by");
  for (const auto& p : r.participants) {
    std::string engine = p.state.empty()        ? "not in registry"
                         : p.engine_round < 0   ? "stays out"
                         : fmt::format("round {}, {}", p.engine_round, p.engine_same_side ? "same side" : "OTHER side");
    std::vector<std::string> sup;
    for (int i : p.supporting) sup.push_back(fmt::format("{} → {}", cite(ev.findings[i]), ev.findings[i].beneficiary));
    out += fmt::format("{:<5} {:<26} {:>4} {:<11} {:<5} {:<22} {}\n", p.state.empty() ? "?" : p.state,
                       p.cow_name.substr(0, 26), p.cow_side, p.entered, p.initiator ? "yes" : "", engine,
                       sup.empty() ? "—" : fmt::format("{}", fmt::join(sup, "; ")));
  }
  out += "\nTriggered war obligations against the record:\n";
  for (const auto& o : r.obligations) {
    const Finding& f = ev.findings[o.finding];
    out += fmt::format("  {} → {}: {} — {}{}\n", f.holder, f.beneficiary, cite(f), o.verdict,
                       o.holder_entered.empty() ? "" : " (entered " + o.holder_entered + ")");
  }
  if (r.obligations.empty()) out += "  (none)\n";
  (void)corpus;
  return out;
}

nlohmann::json render_replay_json(const Evaluation& ev, const Replay& r) {
  nlohmann::json ps = nlohmann::json::array();
  for (const auto& p : r.participants)
    ps.push_back({{"ccode", p.ccode}, {"cow_name", p.cow_name}, {"state", p.state}, {"cow_side", p.cow_side},
                  {"entered", p.entered}, {"initiator", p.initiator},
                  {"engine_round", p.engine_round >= 0 ? nlohmann::json(p.engine_round) : nlohmann::json(nullptr)},
                  {"engine_same_side", p.engine_same_side}, {"supporting_findings", p.supporting}});
  nlohmann::json os = nlohmann::json::array();
  for (const auto& o : r.obligations) {
    const Finding& f = ev.findings[o.finding];
    os.push_back({{"finding", o.finding}, {"treaty", f.treaty->id}, {"article", f.provision->article},
                  {"holder", f.holder}, {"beneficiary", f.beneficiary}, {"verdict", o.verdict},
                  {"holder_entered", o.holder_entered}});
  }
  return {{"schema", 1}, {"war", r.war}, {"war_name", r.war_name}, {"reading", to_string(ev.reading)},
          {"policy", to_string(ev.policy)}, {"engine_side_for_cow_side1", r.engine_side_for_cow_side1},
          {"participants", ps}, {"obligations", os}};
}

}  // namespace casus

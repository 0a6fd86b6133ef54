// casus replay SCENARIO --war N: the scenario's evaluation beside the COW Inter-State War record.
#ifdef CASUS_HAVE_RESEARCH
#include <iostream>

#include <fmt/format.h>

#include "casus/replay.h"
#include "casus/report.h"
#include "casus/research/data_dir.h"
#include "cli/commands.h"

namespace casus::cli {

int replay(const GlobalOptions& g, const ReplayOptions& o) {
  auto c = load_corpus_or_report(g);
  if (!c) return 1;
  Diagnostics diag;
  auto sc = load_scenario(o.scenario, *c, diag);
  if (!sc) {
    std::cerr << diag.str() << fmt::format("casus replay: {}: scenario not evaluated\n", o.scenario);
    return 1;
  }
  auto dir = research::resolve_data_dir(o.data_dir.empty() ? std::nullopt : std::optional<std::string>(o.data_dir));
  if (!dir) {
    std::cerr << "casus replay: " << dir.error().message() << "\n";
    return 1;
  }
  auto rows = research::load_cow_interstate_wars(research::DatasetPaths::in(dir.value()).cow_wars);
  if (!rows) {
    std::cerr << "casus replay: " << rows.error().message() << "\n";
    return 1;
  }
  auto reading = parse_reading(o.reading);
  auto policy = parse_policy(o.policy);
  Evaluation ev = evaluate(*c, *sc, *reading, *policy);
  Replay r = replay_war(*c, ev, rows.value(), o.war);
  if (r.participants.empty()) {
    std::cerr << fmt::format("casus replay: --war: expected a war number of the COW Inter-State War data; "
                             "no participant of war {}\n", o.war);
    return 1;
  }
  if (o.json) std::cout << render_replay_json(ev, r).dump(2) << "\n";
  else std::cout << render_replay_text(*c, ev, r);
  return 0;
}

}  // namespace casus::cli
#endif

// casus treaties --timeline [--state X] [--json] [--lang de]: the treaties and memberships over time.
#include <iostream>

#include <fmt/format.h>

#include "casus/timeline.h"
#include "cli/commands.h"

namespace casus::cli {

int treaties_timeline(const GlobalOptions& g, const TreatiesOptions& o) {
  auto c = load_corpus_or_report(g);
  if (!c) return 1;
  if (!o.at.empty()) {
    std::cerr << "casus treaties: --timeline shows every date; it does not take --at\n";
    return 1;
  }
  if (!o.state.empty() && !c->state(o.state)) {
    std::cerr << fmt::format("casus: --state: {}\n", c->unknown_state(o.state));
    return 1;
  }
  const auto events = treaty_timeline(*c, o.state);
  if (o.json) std::cout << timeline_json(*c, events).dump(2) << "\n";
  else std::cout << render_timeline_text(*c, events, parse_language(o.lang).value_or(Language::en));
  return 0;
}

}  // namespace casus::cli

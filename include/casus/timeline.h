// The treaties and memberships of a state (or of the whole corpus) over time: signature, entry into
// force, joining, leaving, suspension and end, in date order, each with its verification status.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/corpus.h"
#include "casus/summary.h"

namespace casus {

struct TimelineEvent {
  DateSpan date;
  std::string kind;    // signed | in-force | joined | left | suspended | suspension-ends | ended
  std::string treaty;  // treaty id
  StateId state;       // for joined / left / suspended; empty for the treaty's own dates
  std::string detail;  // how (accession, succession, replaced by ru-kp-2000, ...)
  Verification status = Verification::verified;
};

// Every dated fact of the treaties `state` is ever a member of (every treaty when state is empty),
// sorted by date, then by treaty file order. Membership dates equal to the treaty's own are left out.
std::vector<TimelineEvent> treaty_timeline(const Corpus& corpus, std::string_view state = {});

std::string render_timeline_text(const Corpus& corpus, const std::vector<TimelineEvent>& events,
                                 Language language = Language::en);
nlohmann::json timeline_json(const Corpus& corpus, const std::vector<TimelineEvent>& events);

}  // namespace casus

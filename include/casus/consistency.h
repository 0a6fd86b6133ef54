// Tensions between a treaty's provisions and binding UN Security Council measures: an obligation or a
// cooperation clause whose performance needs an act the measures forbid (arms to or from a state under
// an embargo, technical assistance or training related to arms). Under Art. 103 of the Charter the
// Charter obligation prevails; the report names both sources.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/corpus.h"

namespace casus {

// An act a provision's performance would need, as the measures name acts (seen from `subject`, the
// state the act is to or from).
struct NeededAct {
  Act act;
  StateId subject;
  std::string why;
};

// What performing provision p by `holder` towards `beneficiary` would involve.
std::vector<NeededAct> acts_needed(const Provision& p, const StateId& holder, const StateId& beneficiary);

struct Tension {
  const Treaty* treaty = nullptr;
  const Provision* provision = nullptr;
  StateId holder, beneficiary;
  NeededAct act;
  const Resolution* resolution = nullptr;
  const Measure* measure = nullptr;
};

// Tensions of one leg on day d: binding measures adopted by d whose target is the act's subject and
// that forbid the act.
std::vector<Tension> tensions_of(const Corpus& corpus, const Treaty& t, const Provision& p, const StateId& holder,
                                 const StateId& beneficiary, Date d);
// Every tension of a treaty on day d, over every provision and every leg between members on that day.
std::vector<Tension> consistency(const Corpus& corpus, const Treaty& t, Date d);

// Reports: grouped by provision and measure, each tension with both sources.
std::string render_consistency_text(const Corpus& corpus, const Treaty& t, Date d, const std::vector<Tension>& ts);
nlohmann::json render_consistency_json(const Corpus& corpus, const Treaty& t, Date d, const std::vector<Tension>& ts);

}  // namespace casus

// ATOP 5.1 as an engine corpus: every ATOP alliance becomes a casus::Treaty (origin = Origin::atop,
// id "atop-N", atop_id N) whose provisions are ATOP's obligation codes, so that scenarios from 1815 to
// 2018 can be evaluated over the whole world. The mapping, field by field with codebook references,
// is in docs/research.md ("ATOP as corpus").
//
// What ATOP codes is only that a condition exists (a specific adversary, a location, ...), not its
// content: such conditions go into Trigger::undisclosed, and the engine reports those provisions as
// conditional, naming the condition. Non-provocation (DEFCONPR, NEUCONPR) and "the ally being
// attacked" (NEUCOATT) are decidable and become trigger fields.
#pragma once

#include <string>
#include <vector>

#include "casus/corpus.h"
#include "casus/model.h"
#include "casus/research/atop.h"
#include "casus/research/cow_state_map.h"
#include "casus/research/cow_states.h"
#include "casus/research/data_dir.h"
#include "casus/research/result.h"

namespace casus::research {

// What the conversion reads: ATOP's alliance and member files and COW's state list.
struct AtopData {
  std::vector<AtopAlliance> alliances;
  std::vector<AtopMember> members;
  std::vector<CowStateSpell> cow_states;
  std::string alliances_file = "atop5_1a.csv";  // as cited in sources
  std::string members_file = "atop5_1m.csv";
};

// Loads atop5_1a.csv, atop5_1m.csv and states2016.csv from a data directory (whole files or an error).
Result<AtopData> load_atop_data(const DatasetPaths& paths);

struct AtopCorpus {
  std::vector<Treaty> treaties;     // one per ATOP alliance, in ATOPID order
  std::vector<State> states;        // COW states the registry lacks ("cow-NNN")
  std::vector<std::string> warnings;
};

// Converts ATOP into treaties. `registry` is the curated state registry (corpus/states.toml), whose
// `cow` codes give the state ids. Fails (located at the row) on a member row whose alliance is
// missing from the alliance file, or an alliance without member rows.
Result<AtopCorpus> atop_corpus(const AtopData& data, const std::vector<State>& registry);

// The curated corpus extended with ATOP (extend_corpus: a curated file with the same atop_id wins).
// `dropped` receives the ids of the ATOP treaties left out; `warnings` the conversion's warnings.
Result<Corpus> corpus_with_atop(const Corpus& curated, const AtopData& data,
                                std::vector<std::string>* dropped = nullptr,
                                std::vector<std::string>* warnings = nullptr);

// PartialDate → DateSpan (a missing day or month becomes the range it covers).
DateSpan to_span(const PartialDate& d);

}  // namespace casus::research

// `casus crosscheck`: every curated treaty that has an atop_id, compared with ATOP's coding of that
// alliance — parties and their entry/exit dates, signature and end dates, obligation kinds, who holds
// them (asymmetry) and their conditions (location, adversary, number, non-provocation, ...). Each
// disagreement names the treaty, the field, the curated value with its file:line, and ATOP's value
// with its row. What is compared, and what counts as agreeing, is in docs/research.md ("crosscheck").
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/corpus.h"
#include "casus/research/atop_corpus.h"
#include "casus/research/result.h"

namespace casus::research {

struct Disagreement {
  std::string treaty;  // curated id
  int atop_id = 0;
  std::string field;       // "signed", "ended", "members", "members.GRC.entry", "obligations.offence",
                           // "defence.holders", "defence.location", "asymmetry", ...
  std::string curated;     // the curated value, in words
  std::string curated_at;  // "file:line", or the file when no line applies
  std::string atop;        // ATOP's value
  std::string atop_at;     // "atop5_1m.csv line N, atopid A, member ccode C", ...
};

struct CrosscheckReport {
  std::vector<std::string> compared;      // curated ids with an atop_id, in corpus order
  std::vector<std::string> without_atop;  // curated ids without one
  std::vector<std::string> not_compared;  // "id: STATE joins after ATOP's end (2018-12-31)" and the like
  std::vector<Disagreement> disagreements;
};

// Fails only on input it cannot use: an atop_id that ATOP does not have is a disagreement, not a failure.
Result<CrosscheckReport> crosscheck(const Corpus& curated, const AtopData& data);

std::string render_crosscheck_text(const CrosscheckReport& r);
nlohmann::json render_crosscheck_json(const CrosscheckReport& r);

}  // namespace casus::research

// The corpus as the API shows it: states (with German names and ISO numeric codes for the map),
// locations, treaties at a date, one treaty with every provision and source, and treaty diffs.
// These read the validated model (model.h) only; nothing here depends on the evaluation.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "casus/corpus.h"

namespace casus::server {

// ISO 3166-1 numeric codes by alpha-3 ("RUS" -> "643"), read from Debian's iso-codes; the page's
// world map (world-atlas) names countries by these. Empty when the file cannot be read.
std::map<std::string, std::string, std::less<>> iso_numeric_codes(const std::string& iso_3166_1_json);

nlohmann::json states_json(const Corpus& corpus, const std::map<std::string, std::string, std::less<>>& numeric);
nlohmann::json locations_json(const Corpus& corpus);
// Every treaty, or those in force on `at` (members as of that day), optionally only those `state` is
// a member of.
nlohmann::json treaties_json(const Corpus& corpus, std::optional<Date> at, const std::string& state);
nlohmann::json treaty_json(const Corpus& corpus, const Treaty& t);
nlohmann::json diff_json(const Treaty& a, const Treaty& b);

}  // namespace casus::server

// The summary's vocabulary in English and German: the engine's condition and gate names, readings,
// policies, dates and lists as a reader says them. Only summary*.cc uses it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "casus/summary.h"

namespace casus::words {

// A condition ("state-of-war", "charter: request", "declared: gt-2017-08-11") or gate kind in plain words.
std::string condition(std::string_view name, Language l);
// "1 June 2025" / "1. Juni 2025".
std::string date(Date d, Language l);
// "A", "A and B", "A, B and C" (German "und").
std::string list(const std::vector<std::string>& items, Language l);
// "the literal reading" / "der wörtlichen Lesart" (the German in the dative, after "nach").
std::string reading(Reading r, Language l);
// "(if every obligation is honoured)" ...
std::string policy(HonouringPolicy p, Language l);

}  // namespace casus::words

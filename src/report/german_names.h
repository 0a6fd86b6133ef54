// State names in German sentences. Most German state names take no article and do not change with
// case (Deutschland, Frankreich, Nordkorea); a few take one and decline with it ("die Vereinigten
// Staaten greifen an", "gegenüber den Vereinigten Staaten", "der Türkei beistehen"), and some are plural,
// which the verb must follow. Only the summary (summary*.cc) uses this.
#pragma once

#include <string>
#include <string_view>

namespace casus::words {

// The grammatical case a name stands in; `bare` is the name alone, as in headings and lists in brackets.
enum class GermanCase { bare, nominative, accusative, dative };

// `name` (a German display name, e.g. "Vereinigte Staaten") as it reads in case `c`: with its article and
// declined where it takes one, unchanged otherwise.
std::string german_name(std::string_view name, GermanCase c);

// Whether the German name is plural ("die Vereinigten Staaten", "die Philippinen"), so that a verb whose
// subject it is takes the plural.
bool german_plural(std::string_view name);

}  // namespace casus::words

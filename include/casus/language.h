// The languages reports are written in: English and German.
#pragma once

#include <optional>
#include <string_view>

namespace casus {

enum class Language { en, de };
std::optional<Language> parse_language(std::string_view s);  // "en" | "de"
std::string_view to_string(Language l);

}  // namespace casus

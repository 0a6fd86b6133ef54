// Country and subdivision names from Debian's iso-codes package: English names from its JSON
// files, German names from its gettext catalogues. casus never types a name that ISO lists.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "casus/diagnostics.h"

namespace casus {

struct IsoName {
  std::string en;
  std::string de;  // the English name when the catalogue has no German translation
  // ISO 3166-1 only, where iso-codes has them: the common name ("North Korea"; German from the same
  // catalogue) and the official name ("Democratic People's Republic of Korea"). Empty otherwise.
  std::string common_en, common_de, official_en;
};

class IsoCodes {
 public:
  // Reads ISO 3166-1, 3166-2 and 3166-3 from `json_dir` and German names from `locale_dir`.
  // A missing or unreadable file is a diagnostic naming it.
  static std::optional<IsoCodes> load(const std::string& json_dir, const std::string& locale_dir,
                                      Diagnostics& diag);
  // The installed iso-codes (paths fixed at build time).
  static const IsoCodes* installed(Diagnostics& diag);

  // By alpha-3 code (3166-1 and 3166-3) or subdivision code (3166-2, e.g. "US-HI").
  const IsoName* country(std::string_view alpha3) const;
  const IsoName* former_country(std::string_view alpha3) const;
  const IsoName* subdivision(std::string_view code) const;
  // Every ISO 3166-1 entry by alpha-3 code, in code order.
  const std::map<std::string, IsoName, std::less<>>& countries() const { return countries_; }

 private:
  std::map<std::string, IsoName, std::less<>> countries_, former_, subdivisions_;
};

// Reads a GNU gettext .mo catalogue: msgid -> msgstr. Nullopt when the file is not a catalogue.
std::optional<std::map<std::string, std::string>> read_mo_catalogue(const std::string& file);

}  // namespace casus

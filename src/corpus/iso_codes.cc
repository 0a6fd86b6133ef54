#include "corpus/iso_codes.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>

#include <nlohmann/json.hpp>

namespace casus {
namespace {

std::optional<std::string> slurp(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Reads one iso-codes JSON list into code -> names, translating with the catalogue when given.
bool read_list(const std::string& file, const char* list_key, const char* code_key,
               const std::map<std::string, std::string>& german,
               std::map<std::string, IsoName, std::less<>>& out, Diagnostics& diag) {
  auto text = slurp(file);
  if (!text) {
    diag.add({file, 0, 0}, "", "cannot read the iso-codes file (is Debian's iso-codes installed?)");
    return false;
  }
  auto json = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.contains(list_key) || !json[list_key].is_array()) {
    diag.add({file, 0, 0}, list_key, "expected an iso-codes JSON list");
    return false;
  }
  for (const auto& e : json[list_key]) {
    if (!e.is_object() || !e.contains(code_key) || !e[code_key].is_string() || !e.contains("name") ||
        !e["name"].is_string())
      continue;
    auto text = [&](const char* key) { return e.contains(key) && e[key].is_string() ? e[key].get<std::string>() : ""; };
    auto in_german = [&](const std::string& en) {
      auto it = german.find(en);
      return it != german.end() && !it->second.empty() ? it->second : en;
    };
    IsoName n;
    n.en = text("name");
    n.de = in_german(n.en);
    n.common_en = text("common_name");
    if (!n.common_en.empty()) n.common_de = in_german(n.common_en);
    n.official_en = text("official_name");
    out.emplace(text(code_key), std::move(n));
  }
  return true;
}

uint32_t read_u32(const std::string& data, size_t at, bool swap) {
  uint32_t v = 0;
  std::memcpy(&v, data.data() + at, 4);
  return swap ? __builtin_bswap32(v) : v;
}

}  // namespace

std::optional<std::map<std::string, std::string>> read_mo_catalogue(const std::string& file) {
  auto data = slurp(file);
  if (!data || data->size() < 28) return std::nullopt;
  // Header: magic, revision, count, offset of originals table, offset of translations table.
  uint32_t magic = read_u32(*data, 0, false);
  bool swap;
  if (magic == 0x950412deu) swap = false;
  else if (magic == 0xde120495u) swap = true;
  else return std::nullopt;
  uint32_t n = read_u32(*data, 8, swap), orig = read_u32(*data, 12, swap),
           trans = read_u32(*data, 16, swap);
  auto fits = [&](uint64_t off, uint64_t len) { return off + len <= data->size(); };
  if (!fits(orig, uint64_t{n} * 8) || !fits(trans, uint64_t{n} * 8)) return std::nullopt;
  std::map<std::string, std::string> out;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t ol = read_u32(*data, orig + 8 * i, swap), oo = read_u32(*data, orig + 8 * i + 4, swap);
    uint32_t tl = read_u32(*data, trans + 8 * i, swap), to = read_u32(*data, trans + 8 * i + 4, swap);
    if (!fits(oo, ol) || !fits(to, tl)) return std::nullopt;
    out.emplace(data->substr(oo, ol), data->substr(to, tl));
  }
  return out;
}

std::optional<IsoCodes> IsoCodes::load(const std::string& json_dir, const std::string& locale_dir,
                                       Diagnostics& diag) {
  IsoCodes codes;
  auto german = [&](const char* domain) {
    std::string mo = locale_dir + "/de/LC_MESSAGES/" + domain + ".mo";
    auto cat = read_mo_catalogue(mo);
    if (!cat) diag.add({mo, 0, 0}, "", "cannot read the German iso-codes catalogue");
    return cat.value_or(std::map<std::string, std::string>{});
  };
  bool ok = read_list(json_dir + "/iso_3166-1.json", "3166-1", "alpha_3", german("iso_3166-1"),
                      codes.countries_, diag);
  ok &= read_list(json_dir + "/iso_3166-3.json", "3166-3", "alpha_3", german("iso_3166-3"),
                  codes.former_, diag);
  ok &= read_list(json_dir + "/iso_3166-2.json", "3166-2", "code", german("iso_3166-2"),
                  codes.subdivisions_, diag);
  if (!ok) return std::nullopt;
  return codes;
}

const IsoCodes* IsoCodes::installed(Diagnostics& diag) {
  static std::once_flag once;
  static std::optional<IsoCodes> codes;
  static Diagnostics problems;
  std::call_once(once, [] { codes = load(CASUS_ISO_CODES_DIR, CASUS_LOCALE_DIR, problems); });
  diag.append(problems);
  return codes ? &*codes : nullptr;
}

const IsoName* IsoCodes::country(std::string_view a3) const {
  auto it = countries_.find(a3);
  return it == countries_.end() ? nullptr : &it->second;
}
const IsoName* IsoCodes::former_country(std::string_view a3) const {
  auto it = former_.find(a3);
  return it == former_.end() ? nullptr : &it->second;
}
const IsoName* IsoCodes::subdivision(std::string_view code) const {
  auto it = subdivisions_.find(code);
  return it == subdivisions_.end() ? nullptr : &it->second;
}

}  // namespace casus

// Typed, located access to one TOML table, for the corpus and scenario loaders.
//
// Every accessor reports a problem as a Diagnostic carrying file:line:column, the field's dotted path
// and what was expected, and returns nullopt (or an empty value) so that the loader can go on and find
// the next problem. allow_only() reports keys the format does not define: a misspelt key is an error,
// never silently ignored.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "casus/date.h"
#include "casus/diagnostics.h"
#include "casus/model.h"
#include "core/enum_names.h"

namespace casus {

enum class Need { required, optional };

class TomlReader {
 public:
  TomlReader(const toml::table& table, const std::string& file, std::string path, Diagnostics& diag)
      : table_(&table), file_(&file), path_(std::move(path)), diag_(&diag) {}

  // Reports every key not in `keys`.
  void allow_only(std::initializer_list<std::string_view> keys) const;
  bool has(std::string_view key) const { return table_->contains(key); }

  std::optional<std::string> string(std::string_view key, Need need,
                                    std::string_view expected = "a string") const;
  std::optional<DateSpan> date(std::string_view key, Need need) const;
  std::optional<int64_t> integer(std::string_view key, Need need) const;
  std::optional<double> number(std::string_view key, Need need) const;  // integer or floating point
  std::optional<bool> boolean(std::string_view key, Need need) const;
  std::vector<std::string> strings(std::string_view key, Need need) const;
  std::optional<TomlReader> table(std::string_view key, Need need) const;
  std::vector<TomlReader> tables(std::string_view key, Need need) const;

  template <class E>
  std::optional<E> enumeration(std::string_view key, Need need) const {
    auto s = string(key, need, enum_choices<E>());
    if (!s) return std::nullopt;
    if (auto e = parse_enum<E>(*s)) return e;
    error(key, "expected " + enum_choices<E>() + "; found \"" + *s + "\"");
    return std::nullopt;
  }

  // `status` (V, P or U) and `source` (both required unless `inherit` is given) and `note`.
  Provenance provenance(const Provenance* inherit = nullptr) const;

  SourcePosition position() const;                      // of this table
  SourcePosition position(std::string_view key) const;  // of a key's value (the table if absent)
  std::string field(std::string_view key) const;        // dotted path of a key
  const std::string& path() const { return path_; }
  const std::string& file() const { return *file_; }
  void error(std::string_view key, std::string message) const;

 private:
  const toml::node* node(std::string_view key, Need need, std::string_view expected) const;

  const toml::table* table_;
  const std::string* file_;
  std::string path_;
  Diagnostics* diag_;
};

// Parses a TOML file (read with read_input_file). On a read or syntax error, adds a located diagnostic
// and returns nullopt.
std::optional<toml::table> parse_toml_file(const std::string& file, Diagnostics& diag);
// Parses TOML text that came from `file`, the same way.
std::optional<toml::table> parse_toml_text(std::string_view text, const std::string& file, Diagnostics& diag);

}  // namespace casus

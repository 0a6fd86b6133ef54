#include "corpus/toml_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "casus/read_file.h"
#include "corpus/toml_guard.h"

namespace casus {
namespace {

SourcePosition position_of(const toml::source_region& r, const std::string& file) {
  return {file, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

std::string_view type_name(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

}  // namespace

std::optional<toml::table> parse_toml_file(const std::string& file, Diagnostics& diag) {
  auto bytes = read_input_file(file, diag);
  if (!bytes) return std::nullopt;
  return parse_toml_text(*bytes, file, diag);
}

std::optional<toml::table> parse_toml_text(std::string_view text, const std::string& file, Diagnostics& diag) {
  // toml++ sees only text the guard has passed: see toml_guard.h for the defects it keeps away.
  auto safe = guard_toml_text(text, file, diag);
  if (!safe) return std::nullopt;
  try {
    return toml::parse(std::string_view(*safe), std::string_view(file));
  } catch (const toml::parse_error& e) {
    diag.add(position_of(e.source(), file), "", fmt::format("not valid TOML: {}", e.description()));
    return std::nullopt;
  }
}

std::string TomlReader::field(std::string_view key) const {
  if (path_.empty()) return std::string(key);
  return path_ + "." + std::string(key);
}

SourcePosition TomlReader::position() const { return position_of(table_->source(), *file_); }

SourcePosition TomlReader::position(std::string_view key) const {
  if (const toml::node* n = table_->get(key)) return position_of(n->source(), *file_);
  return position();
}

void TomlReader::error(std::string_view key, std::string message) const {
  diag_->add(position(key), field(key), std::move(message));
}

void TomlReader::allow_only(std::initializer_list<std::string_view> keys) const {
  for (auto&& [k, v] : *table_) {
    if (std::find(keys.begin(), keys.end(), k.str()) != keys.end()) continue;
    std::string allowed;
    for (auto a : keys) allowed += (allowed.empty() ? "" : ", ") + std::string(a);
    diag_->add(position_of(k.source(), *file_), field(k.str()),
               fmt::format("unknown key; expected one of: {}", allowed));
  }
}

const toml::node* TomlReader::node(std::string_view key, Need need, std::string_view expected) const {
  const toml::node* n = table_->get(key);
  if (!n && need == Need::required) {
    diag_->add(position(), field(key), fmt::format("missing; expected {}", expected));
  }
  return n;
}

std::optional<std::string> TomlReader::string(std::string_view key, Need need,
                                              std::string_view expected) const {
  const toml::node* n = node(key, need, expected);
  if (!n) return std::nullopt;
  if (auto s = n->value<std::string>()) {
    if (s->empty() && need == Need::required) {
      error(key, "expected a non-empty string");
      return std::nullopt;
    }
    return s;
  }
  error(key, fmt::format("expected a string; found {}", type_name(*n)));
  return std::nullopt;
}

std::optional<DateSpan> TomlReader::date(std::string_view key, Need need) const {
  static constexpr std::string_view kExpected =
      "a date such as 2024-12-04, or \"1986\" / \"1986-08\" when only the year or month is known";
  const toml::node* n = node(key, need, kExpected);
  if (!n) return std::nullopt;
  if (auto d = n->value<toml::date>()) {
    if (auto date = Date::from_ymd(d->year, d->month, d->day)) return DateSpan::exactly(*date);
    error(key, fmt::format("expected {}; found an impossible date", kExpected));
    return std::nullopt;
  }
  if (auto s = n->value<std::string>()) {
    if (auto span = DateSpan::parse(*s)) return span;
    error(key, fmt::format("expected {}; found \"{}\"", kExpected, *s));
    return std::nullopt;
  }
  error(key, fmt::format("expected {}; found {}", kExpected, type_name(*n)));
  return std::nullopt;
}

std::optional<int64_t> TomlReader::integer(std::string_view key, Need need) const {
  const toml::node* n = node(key, need, "an integer");
  if (!n) return std::nullopt;
  if (auto v = n->value_exact<int64_t>()) return v;
  error(key, fmt::format("expected an integer; found {}", type_name(*n)));
  return std::nullopt;
}

std::optional<double> TomlReader::number(std::string_view key, Need need) const {
  const toml::node* n = node(key, need, "a number");
  if (!n) return std::nullopt;
  if (auto v = n->value_exact<double>()) return v;
  if (auto v = n->value_exact<int64_t>()) return static_cast<double>(*v);
  error(key, fmt::format("expected a number; found {}", type_name(*n)));
  return std::nullopt;
}

std::optional<bool> TomlReader::boolean(std::string_view key, Need need) const {
  const toml::node* n = node(key, need, "true or false");
  if (!n) return std::nullopt;
  if (auto v = n->value_exact<bool>()) return v;
  error(key, fmt::format("expected true or false; found {}", type_name(*n)));
  return std::nullopt;
}

std::vector<std::string> TomlReader::strings(std::string_view key, Need need) const {
  std::vector<std::string> out;
  const toml::node* n = node(key, need, "an array of strings");
  if (!n) return out;
  const toml::array* arr = n->as_array();
  if (!arr) {
    // A single string is accepted where a list is expected ("attackers = \"DEU\"").
    if (auto s = n->value<std::string>()) return {*s};
    error(key, fmt::format("expected an array of strings; found {}", type_name(*n)));
    return out;
  }
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& e = *arr->get(i);
    if (auto s = e.value<std::string>()) {
      out.push_back(*s);
    } else {
      diag_->add(position_of(e.source(), *file_), fmt::format("{}[{}]", field(key), i),
                 fmt::format("expected a string; found {}", type_name(e)));
    }
  }
  return out;
}

std::optional<TomlReader> TomlReader::table(std::string_view key, Need need) const {
  const toml::node* n = node(key, need, "a table");
  if (!n) return std::nullopt;
  if (const toml::table* t = n->as_table()) return TomlReader(*t, *file_, field(key), *diag_);
  error(key, fmt::format("expected a table ([{}]); found {}", field(key), type_name(*n)));
  return std::nullopt;
}

std::vector<TomlReader> TomlReader::tables(std::string_view key, Need need) const {
  std::vector<TomlReader> out;
  const toml::node* n = node(key, need, "an array of tables");
  if (!n) return out;
  const toml::array* arr = n->as_array();
  if (!arr) {
    error(key, fmt::format("expected an array of tables ([[{}]]); found {}", field(key), type_name(*n)));
    return out;
  }
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& e = *arr->get(i);
    std::string path = fmt::format("{}[{}]", field(key), i);
    if (const toml::table* t = e.as_table()) {
      out.emplace_back(*t, *file_, path, *diag_);
    } else {
      diag_->add(position_of(e.source(), *file_), path,
                 fmt::format("expected a table; found {}", type_name(e)));
    }
  }
  return out;
}

Provenance TomlReader::provenance(const Provenance* inherit) const {
  Provenance p;
  Need need = inherit ? Need::optional : Need::required;
  if (auto s = enumeration<Verification>("status", need)) p.status = *s;
  else if (inherit) p.status = inherit->status;
  if (auto s = string("source", need, "the URL or citation where the fact was seen")) p.source = *s;
  else if (inherit) p.source = inherit->source;
  if (auto s = string("note", Need::optional)) p.note = *s;
  // Read only where the table's allow_only() admits it; the treaty loader requires it and checks it.
  if (has("authority")) {
    if (auto a = enumeration<Authority>("authority", Need::optional)) p.authority = *a;
  } else if (inherit) {
    p.authority = inherit->authority;
  }
  return p;
}

}  // namespace casus

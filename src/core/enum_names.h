// The names enums take in corpus files, scenarios and reports: one table per enum, used both ways,
// so that a name accepted by the loader is always the name a report prints.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "casus/model.h"

namespace casus {

template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

template <class E>
std::span<const EnumName<E>> enum_names();  // specialised in enum_names.cc for each enum

template <class E>
std::optional<E> parse_enum(std::string_view name) {
  for (const auto& n : enum_names<E>())
    if (n.name == name) return n.value;
  return std::nullopt;
}

template <class E>
std::string_view enum_name(E value) {
  for (const auto& n : enum_names<E>())
    if (n.value == value) return n.name;
  return "?";
}

// "a, b or c": for error messages that say what was expected.
template <class E>
std::string enum_choices() {
  std::string out;
  auto names = enum_names<E>();
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i].name;
  }
  return out;
}

}  // namespace casus

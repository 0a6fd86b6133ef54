#include "casus/diagnostics.h"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace casus {

std::string Diagnostic::str() const {
  std::string out = where.file;
  if (where.line > 0) out += fmt::format(":{}", where.line);
  if (where.line > 0 && where.column > 0) out += fmt::format(":{}", where.column);
  out += ": ";
  if (!field.empty()) out += field + ": ";
  out += message;
  return out;
}

void Diagnostics::add(SourcePosition where, std::string field, std::string message) {
  items_.push_back({std::move(where), std::move(field), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::string Diagnostics::str() const {
  std::vector<Diagnostic> sorted = items_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  std::string out;
  for (const auto& d : sorted) out += d.str() + "\n";
  return out;
}

}  // namespace casus

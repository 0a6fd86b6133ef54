// Internal: looks up a fixed list of column names in a CsvTable once, so that
// loaders can index cells by position and fail early on a missing column.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "casus/research/csv_table.h"

namespace casus::research::internal {

class ColumnMap {
 public:
  // Returns an error naming the first missing column.
  static Result<ColumnMap> build(const CsvTable& table, std::initializer_list<std::string_view> names) {
    ColumnMap map;
    for (auto name : names) {
      auto c = table.column(name);
      if (!c) return c.error();
      map.index_.emplace(name, c.value());
    }
    return map;
  }
  // Precondition: `name` was listed in build().
  std::size_t operator[](std::string_view name) const { return index_.at(name); }

 private:
  std::unordered_map<std::string_view, std::size_t> index_;
};

}  // namespace casus::research::internal

// casus::research::CsvTable — a small, strict CSV reader for the research datasets.
//
// Accepts LF, CRLF and bare-CR line endings (the COW Inter-State War 4.0 file
// is CR-only with no final newline), RFC 4180 quoting ("a, b" and "" for a
// quote inside quotes), a leading UTF-8 byte-order mark, and a configurable
// delimiter (',' or '\t'). Every cell remembers its physical line and column,
// so that a reader can report "file:line:column: field: what was expected".
//
// Strictness: a row whose number of fields differs from the header's, an
// unterminated quote, or characters after a closing quote are errors — the
// table is then not returned at all (nothing half-loaded). Empty lines at the
// very end of the file are ignored; an empty line anywhere else is a row with
// one empty field and is therefore an error in a multi-column file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/research/result.h"

namespace casus::research {

enum class CsvHeader { kFirstRow, kNone };

struct CsvOptions {
  char delimiter = ',';
  CsvHeader header = CsvHeader::kFirstRow;
  // With CsvHeader::kNone: the column names. Every row must then have exactly
  // names.size() fields; the names are used in error messages.
  std::vector<std::string> names;
};

class CsvTable {
 public:
  // Parses `text`; `source` names it in error messages (usually the path).
  static Result<CsvTable> parse(std::string_view text, std::string source, const CsvOptions& options = {});

  // Reads the whole file at `path` and parses it. Errors: kIo if the file
  // cannot be read, kMalformed for a syntax error (located).
  static Result<CsvTable> read_file(const std::string& path, const CsvOptions& options = {});

  const std::string& source() const { return source_; }
  const std::vector<std::string>& header() const { return header_; }
  std::size_t row_count() const { return header_.empty() ? 0 : cells_.size() / header_.size(); }
  std::size_t column_count() const { return header_.size(); }

  // Index of the column named `name`, or an error naming the file and the
  // missing column.
  Result<std::size_t> column(std::string_view name) const;

  std::string_view cell(std::size_t row, std::size_t col) const { return cells_[row * header_.size() + col]; }
  // "source:line:column" of a cell (1-based line and column).
  std::string location(std::size_t row, std::size_t col) const;
  // Physical (1-based) line on which a row starts.
  int line(std::size_t row) const { return positions_[row * header_.size()].line; }

 private:
  struct Pos {
    int line;
    int column;
  };
  std::string source_;
  std::vector<std::string> header_;
  std::vector<std::string> cells_;  // row-major, row_count() * column_count()
  std::vector<Pos> positions_;      // same layout as cells_
};

// Typed access to one row, remembering the first error. Loaders call the
// accessors for every field they need, then check status() once per row.
// Missing-value conventions are explicit at each call site.
class CsvRow {
 public:
  CsvRow(const CsvTable& table, std::size_t row) : table_(table), row_(row) {}

  // An integer; blank or non-numeric is an error.
  int integer(std::size_t col);
  // An integer, or nullopt when the cell is blank (ATOP convention).
  std::optional<int> integer_or_blank(std::size_t col);
  // An integer, or nullopt when the cell equals one of `missing_codes`
  // (COW: -8 not applicable, -9 unknown; NMC: -9). Blank is an error.
  std::optional<int> integer_or_code(std::size_t col, std::initializer_list<int> missing_codes);
  // A decimal number ("0.5", ".039697491", "1e-3"), or nullopt when it equals
  // one of `missing_codes`. Blank is an error.
  std::optional<double> real_or_code(std::size_t col, std::initializer_list<double> missing_codes);
  // 0 or 1; anything else is an error.
  bool dummy(std::size_t col);
  // 0/1, or nullopt when blank.
  std::optional<bool> dummy_or_blank(std::size_t col);
  std::string text(std::size_t col) { return std::string(table_.cell(row_, col)); }

  // Records a located error about `col` unless one is already recorded.
  void fail(std::size_t col, std::string what);

  const Status& status() const { return status_; }

 private:
  const CsvTable& table_;
  std::size_t row_;
  Status status_;
};

}  // namespace casus::research

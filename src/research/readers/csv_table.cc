#include "casus/research/csv_table.h"

#include <charconv>
#include <cmath>
#include <system_error>

#include <fmt/format.h>

#include "read_whole_file.h"

namespace casus::research {
namespace {

struct Field {
  std::string text;
  int line;
  int column;
};

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\r') out += "\\r";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out + "\"";
}

}  // namespace

Result<CsvTable> CsvTable::parse(std::string_view text, std::string source, const CsvOptions& options) {
  CsvTable table;
  table.source_ = std::move(source);
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  const char delim = options.delimiter;
  std::vector<Field> record;
  std::size_t i = 0;
  const std::size_t n = text.size();
  int line = 1;
  int line_start = 0;  // offset of the current physical line's first byte
  bool have_header = options.header == CsvHeader::kNone;
  if (have_header) {
    if (options.names.empty()) {
      return invalid_argument(table.source_, "CsvOptions: a file without header needs column names");
    }
    table.header_ = options.names;
  }

  auto loc = [&](int l, int c) { return fmt::format("{}:{}:{}", table.source_, l, c); };
  auto end_of_line = [&](std::size_t& pos) {  // consumes \n, \r\n or \r at pos
    if (text[pos] == '\r' && pos + 1 < n && text[pos + 1] == '\n') ++pos;
    ++pos;
    ++line;
    line_start = static_cast<int>(pos);
  };

  while (i < n) {
    // Trailing empty lines at the end of the file are not rows.
    {
      std::size_t j = i;
      while (j < n && (text[j] == '\r' || text[j] == '\n')) ++j;
      if (j == n) break;
    }
    record.clear();
    const int record_line = line;
    bool end_record = false;
    while (!end_record) {
      Field f;
      f.line = line;
      f.column = static_cast<int>(i) - line_start + 1;
      if (i < n && text[i] == '"') {
        ++i;
        bool closed = false;
        while (i < n) {
          char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              f.text += '"';
              i += 2;
            } else {
              ++i;
              closed = true;
              break;
            }
          } else if (c == '\r' || c == '\n') {
            f.text += '\n';
            end_of_line(i);
          } else {
            f.text += c;
            ++i;
          }
        }
        if (!closed) {
          return malformed(loc(f.line, f.column), "unterminated quoted field (expected a closing '\"')");
        }
        if (i < n && text[i] != delim && text[i] != '\r' && text[i] != '\n') {
          return malformed(loc(line, static_cast<int>(i) - line_start + 1),
                           fmt::format("expected '{}' or end of line after a closing quote, found {}",
                                       delim == '\t' ? std::string("\\t") : std::string(1, delim),
                                       quoted(text.substr(i, 1))));
        }
      } else {
        std::size_t start = i;
        while (i < n && text[i] != delim && text[i] != '\r' && text[i] != '\n') ++i;
        f.text.assign(text.substr(start, i - start));
        if (f.text.find('"') != std::string::npos) {
          return malformed(loc(f.line, f.column + static_cast<int>(f.text.find('"'))),
                           "a quote inside an unquoted field (expected the whole field to be quoted)");
        }
      }
      record.push_back(std::move(f));
      if (i >= n) {
        end_record = true;
      } else if (text[i] == delim) {
        ++i;
      } else {  // line ending
        end_of_line(i);
        end_record = true;
      }
    }

    if (!have_header) {
      for (std::size_t c = 0; c < record.size(); ++c) {
        for (std::size_t d = 0; d < c; ++d) {
          if (record[d].text == record[c].text) {
            return malformed(loc(record[c].line, record[c].column),
                             fmt::format("duplicate column name \"{}\" (also column {}); expected each name once",
                                         record[c].text, d + 1));
          }
        }
      }
      for (auto& f : record) table.header_.push_back(std::move(f.text));
      have_header = true;
      continue;
    }
    if (record.size() != table.header_.size()) {
      const Field& last = record.back();
      return malformed(loc(record_line, record.size() > table.header_.size() ? record[table.header_.size()].column
                                                                            : last.column + static_cast<int>(last.text.size())),
                       fmt::format("row has {} fields, expected {} (as in the header)", record.size(),
                                   table.header_.size()));
    }
    for (auto& f : record) {
      table.positions_.push_back({f.line, f.column});
      table.cells_.push_back(std::move(f.text));
    }
  }
  if (!have_header || table.header_.empty()) {
    return malformed(table.source_ + ":1:1", "empty file (expected a header row)");
  }
  return table;
}

Result<CsvTable> CsvTable::read_file(const std::string& path, const CsvOptions& options) {
  auto text = internal::read_whole_file(path);
  if (!text) return text.error();
  return parse(text.value(), path, options);
}

Result<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t c = 0; c < header_.size(); ++c) {
    if (header_[c] == name) return c;
  }
  return malformed(source_ + ":1", fmt::format("missing column \"{}\" in the header", name));
}

std::string CsvTable::location(std::size_t row, std::size_t col) const {
  const Pos& p = positions_[row * header_.size() + col];
  return fmt::format("{}:{}:{}", source_, p.line, p.column);
}

// ---- CsvRow ----

void CsvRow::fail(std::size_t col, std::string what) {
  if (!status_.ok()) return;
  status_ = malformed(table_.location(row_, col), fmt::format("{}: {}", table_.header()[col], what));
}

namespace {

// Strict: an optional '-' and digits, nothing else (no blanks, no '+'): a
// padded or signed cell is not what the datasets' codebooks describe.
std::optional<int> to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

std::optional<double> to_double(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty() || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

int CsvRow::integer(std::size_t col) {
  auto s = table_.cell(row_, col);
  if (auto v = to_int(s)) return *v;
  fail(col, is_blank(s) ? "expected an integer, found an empty field"
                        : fmt::format("expected an integer, found \"{}\"", s));
  return 0;
}

std::optional<int> CsvRow::integer_or_blank(std::size_t col) {
  auto s = table_.cell(row_, col);
  if (is_blank(s)) return std::nullopt;
  if (auto v = to_int(s)) return v;
  fail(col, fmt::format("expected an integer or an empty field, found \"{}\"", s));
  return std::nullopt;
}

std::optional<int> CsvRow::integer_or_code(std::size_t col, std::initializer_list<int> missing_codes) {
  int v = integer(col);
  for (int m : missing_codes) {
    if (v == m) return std::nullopt;
  }
  return v;
}

std::optional<double> CsvRow::real_or_code(std::size_t col, std::initializer_list<double> missing_codes) {
  auto s = table_.cell(row_, col);
  auto v = to_double(s);
  if (!v) {
    fail(col, is_blank(s) ? "expected a number, found an empty field"
                          : fmt::format("expected a number, found \"{}\"", s));
    return std::nullopt;
  }
  for (double m : missing_codes) {
    if (*v == m) return std::nullopt;
  }
  return v;
}

bool CsvRow::dummy(std::size_t col) {
  auto s = table_.cell(row_, col);
  auto v = to_int(s);
  if (v && (*v == 0 || *v == 1)) return *v == 1;
  fail(col, fmt::format("expected 0 or 1, found \"{}\"", s));
  return false;
}

std::optional<bool> CsvRow::dummy_or_blank(std::size_t col) {
  auto s = table_.cell(row_, col);
  if (is_blank(s)) return std::nullopt;
  auto v = to_int(s);
  if (v && (*v == 0 || *v == 1)) return *v == 1;
  fail(col, fmt::format("expected 0, 1 or an empty field, found \"{}\"", s));
  return std::nullopt;
}

}  // namespace casus::research

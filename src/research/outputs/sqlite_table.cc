#include "sqlite_table.h"

#include <cctype>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

namespace casus::research::internal {
namespace {

bool plain_identifier(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

}  // namespace

SqliteBulkTable::~SqliteBulkTable() {
  if (stmt_) sqlite3_finalize(stmt_);
  if (db_) {
    const bool failed = in_transaction_;
    if (failed) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db_);
    std::error_code ec;
    if (failed && fresh_) std::filesystem::remove(path_, ec);  // nothing left under the name
  }
}

Status SqliteBulkTable::begin(const std::vector<SqliteColumn>& columns) {
  if (!plain_identifier(table_)) {
    return invalid_argument("--table", fmt::format("\"{}\" is not a plain table name (letters, digits, _)", table_));
  }
  // A database file casus creates itself needs no rollback journal and no
  // fsync per page: on failure the file is removed, not repaired. An existing
  // file keeps SQLite's journal, so a failed load leaves it as it was.
  std::error_code ec;
  fresh_ = !std::filesystem::exists(path_, ec);
  // One thread uses the connection (the runner's consuming thread), so it needs
  // no mutex: Debian's SQLite is built serialized, which locks the connection on
  // every bind and step (some 40 M lock pairs for the full table).
  if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK)
    return fail("cannot open database");
  if (fresh_) {
    // Large pages: fewer B-tree pages to fill and balance for 2 M rows (settable only before the first write).
    if (auto s = exec("PRAGMA page_size=65536"); !s) return s;
    if (auto s = exec("PRAGMA journal_mode=OFF"); !s) return s;
    if (auto s = exec("PRAGMA synchronous=OFF"); !s) return s;
  }
  // One writer holds the file for the whole load, and the index at the end
  // sorts in memory (a 256 MiB cache instead of the 2 MiB default, which
  // spills the sort of 2 M keys to temporary files).
  if (auto s = exec("PRAGMA locking_mode=EXCLUSIVE"); !s) return s;
  if (auto s = exec("PRAGMA cache_size=-262144"); !s) return s;
  if (auto s = exec("PRAGMA temp_store=MEMORY"); !s) return s;
  if (auto s = exec("BEGIN"); !s) return s;
  in_transaction_ = true;
  std::string create = fmt::format("CREATE TABLE \"{}\" (", table_);
  for (std::size_t i = 0; i < columns.size(); ++i)
    create += fmt::format("{}\"{}\" {}", i ? ", " : "", columns[i].name, columns[i].real ? "REAL" : "INTEGER");
  create += ")";
  if (auto s = exec(create); !s) return s;
  columns_ = static_cast<int>(columns.size());
  pending_.assign(static_cast<std::size_t>(kBatchRows * columns_), Value{});
  rows_pending_ = 0;
  if (sqlite3_prepare_v2(db_, insert_sql(kBatchRows).c_str(), -1, &stmt_, nullptr) != SQLITE_OK)
    return fail("prepare failed");
  return {};
}

std::string SqliteBulkTable::insert_sql(int rows) const {
  std::string row = "(";
  for (int i = 0; i < columns_; ++i) row += i ? ",?" : "?";
  row += ")";
  std::string insert = fmt::format("INSERT INTO \"{}\" VALUES ", table_);
  for (int r = 0; r < rows; ++r) {
    if (r) insert += ',';
    insert += row;
  }
  return insert;
}

Status SqliteBulkTable::insert_pending(sqlite3_stmt* stmt) {
  const int n = rows_pending_ * columns_;
  for (int p = 0; p < n; ++p) {
    const Value& v = pending_[static_cast<std::size_t>(p)];
    switch (v.kind) {
      case Value::kInt: sqlite3_bind_int(stmt, p + 1, v.integer); break;
      case Value::kReal: sqlite3_bind_double(stmt, p + 1, v.real); break;
      case Value::kNull: sqlite3_bind_null(stmt, p + 1); break;
    }
  }
  rows_pending_ = 0;
  if (sqlite3_step(stmt) != SQLITE_DONE) return fail("insert failed");
  sqlite3_reset(stmt);
  return {};
}

Status SqliteBulkTable::insert_row() {
  if (++rows_pending_ < kBatchRows) return {};
  return insert_pending(stmt_);
}

Status SqliteBulkTable::finish(const std::vector<std::string>& keys, const SqliteCodebook& codebook) {
  if (rows_pending_ > 0) {  // the last rows, fewer than a batch
    sqlite3_stmt* rest = nullptr;
    if (sqlite3_prepare_v2(db_, insert_sql(rows_pending_).c_str(), -1, &rest, nullptr) != SQLITE_OK)
      return fail("prepare failed");
    auto s = insert_pending(rest);
    sqlite3_finalize(rest);
    if (!s) return s;
  }
  // The key researchers join on (peacesciencer's ccode1, ccode2, year; ccode, year).
  std::string key_list;
  for (const auto& k : keys) key_list += fmt::format("{}\"{}\"", key_list.empty() ? "" : ", ", k);
  if (auto s = exec(fmt::format("CREATE INDEX \"{0}_key\" ON \"{0}\" ({1})", table_, key_list)); !s) return s;
  if (!codebook.columns.empty() || !codebook.meta.empty()) {
    if (auto s = write_codebook(codebook); !s) return s;
  }
  if (auto s = exec("COMMIT"); !s) return s;
  in_transaction_ = false;
  // Back to SQLite's defaults for anything later on this connection (these
  // settings belong to the connection; the file keeps none of them).
  if (fresh_) {
    if (auto s = exec("PRAGMA journal_mode=DELETE"); !s) return s;
    if (auto s = exec("PRAGMA synchronous=FULL"); !s) return s;
  }
  if (auto s = exec("PRAGMA locking_mode=NORMAL"); !s) return s;
  if (auto s = exec("PRAGMA cache_size=-2000"); !s) return s;
  return {};
}

Status SqliteBulkTable::write_codebook(const SqliteCodebook& codebook) {
  if (auto s = exec(fmt::format("CREATE TABLE \"{0}_codebook\" (\"column\" TEXT, type TEXT, definition TEXT)", table_)); !s)
    return s;
  if (auto s = exec(fmt::format("CREATE TABLE \"{0}_meta\" (key TEXT PRIMARY KEY, value TEXT)", table_)); !s) return s;
  auto insert = [&](const std::string& sql, const std::vector<std::string>& values) -> Status {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) return fail("prepare failed");
    for (std::size_t i = 0; i < values.size(); ++i)
      sqlite3_bind_text(st, static_cast<int>(i + 1), values[i].c_str(), -1, SQLITE_TRANSIENT);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return fail("insert failed");
    return {};
  };
  for (const auto& c : codebook.columns) {
    if (auto s = insert(fmt::format("INSERT INTO \"{}_codebook\" VALUES (?, ?, ?)", table_), {c[0], c[1], c[2]}); !s)
      return s;
  }
  for (const auto& [k, v] : codebook.meta) {
    if (auto s = insert(fmt::format("INSERT INTO \"{}_meta\" VALUES (?, ?)", table_), {k, v}); !s) return s;
  }
  return {};
}

Status SqliteBulkTable::exec(const std::string& sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return io_error(path_, fmt::format("SQLite: {} ({})", m, sql.substr(0, 60)));
  }
  return {};
}

Status SqliteBulkTable::fail(const char* what) {
  return io_error(path_, fmt::format("SQLite: {}: {}", what, db_ ? sqlite3_errmsg(db_) : "no handle"));
}

}  // namespace casus::research::internal

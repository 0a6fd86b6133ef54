// One table written into an SQLite file the way casus writes its tables: in
// one transaction, with an index on the key columns and the codebook tables
// NAME_codebook and NAME_meta beside it; on failure the transaction is rolled
// back and a file casus created is removed. Used by the dyad-year sink and by
// `casus stateyears --sqlite`.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "casus/research/dyad_sink.h"
#include "casus/research/result.h"

namespace casus::research::internal {

struct SqliteColumn {
  std::string name;
  bool real = false;  // REAL, else INTEGER
};

class SqliteBulkTable {
 public:
  SqliteBulkTable(std::string path, std::string table) : path_(std::move(path)), table_(std::move(table)) {}
  SqliteBulkTable(const SqliteBulkTable&) = delete;
  SqliteBulkTable& operator=(const SqliteBulkTable&) = delete;
  ~SqliteBulkTable();

  // Opens the file, starts the transaction, creates the table and prepares the
  // insert. Fails (kInvalidArgument) on a table name that is not a plain
  // identifier; an existing table is an SQLite error (the file is left as it was).
  Status begin(const std::vector<SqliteColumn>& columns);
  // Set columns 1..N of a row, then call insert_row(). Rows are inserted
  // kBatchRows at a time by one multi-row INSERT (a step and a reset per row
  // were about a third of SQLite's insert time for the full dyad table); the
  // rows left over go in at finish(). Row order, and so rowids, are the calls'.
  void bind_int(int column, int v) { at(column) = {Value::kInt, v, 0}; }
  void bind_double(int column, double v) { at(column) = {Value::kReal, 0, v}; }
  void bind_null(int column) { at(column) = {Value::kNull, 0, 0}; }
  Status insert_row();
  // Index on `keys`, the codebook tables (if any), COMMIT.
  Status finish(const std::vector<std::string>& keys, const SqliteCodebook& codebook);

 private:
  Status exec(const std::string& sql);
  Status fail(const char* what);
  Status write_codebook(const SqliteCodebook& codebook);

  struct Value {
    enum Kind : std::uint8_t { kNull, kInt, kReal } kind = kNull;
    int integer = 0;
    double real = 0;
  };
  static constexpr int kBatchRows = 8;
  Value& at(int column) { return pending_[static_cast<std::size_t>(rows_pending_ * columns_ + column - 1)]; }
  std::string insert_sql(int rows) const;
  // Binds the pending rows to `stmt` (made by insert_sql(rows_pending_)) and runs it.
  Status insert_pending(sqlite3_stmt* stmt);

  std::string path_, table_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;  // the INSERT of kBatchRows rows
  int columns_ = 0;
  int rows_pending_ = 0;           // complete rows in pending_ (< kBatchRows between calls)
  std::vector<Value> pending_;     // kBatchRows rows of columns_ values
  bool in_transaction_ = false;
  bool fresh_ = false;
};

}  // namespace casus::research::internal

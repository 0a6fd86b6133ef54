// One table written into an SQLite file the way casus writes its tables: in
// one transaction, with an index on the key columns and the codebook tables
// NAME_codebook and NAME_meta beside it; on failure the transaction is rolled
// back and a file casus created is removed. Used by the dyad-year sink and by
// `casus stateyears --sqlite`.
#pragma once

#include <sqlite3.h>

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
  // Bind parameters 1..N of the insert, then call insert_row().
  void bind_int(int column, int v) { sqlite3_bind_int(stmt_, column, v); }
  void bind_double(int column, double v) { sqlite3_bind_double(stmt_, column, v); }
  void bind_null(int column) { sqlite3_bind_null(stmt_, column); }
  Status insert_row();
  // Index on `keys`, the codebook tables (if any), COMMIT.
  Status finish(const std::vector<std::string>& keys, const SqliteCodebook& codebook);

 private:
  Status exec(const std::string& sql);
  Status fail(const char* what);
  Status write_codebook(const SqliteCodebook& codebook);

  std::string path_, table_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  bool in_transaction_ = false;
  bool fresh_ = false;
};

}  // namespace casus::research::internal

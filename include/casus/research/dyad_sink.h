// Where dyad-year rows go: a CSV stream or an SQLite table.
//
// The runner (dyad_runner.h) calls begin() once, then encode() for each year
// — possibly from several threads at once, so encode() must only read the
// sink — and consume() for each year in year order from one thread, then
// finish(). A sink stops at the first error and returns it; rows already
// consumed may have been written (for SQLite, the transaction is rolled back
// and the table is not left behind).
#pragma once

#include <array>
#include <cstdio>
#include <utility>
#include <memory>
#include <string>
#include <vector>

#include "casus/research/dyad_years.h"
#include "casus/research/result.h"

namespace casus::research {

struct DyadLayout {
  SystemKind system = SystemKind::kCow;  // names the key columns ccode1/ccode2 or gwcode1/gwcode2
  bool atop = true;
  bool similarity = true;
  SimilarityNames names = SimilarityNames::kPs13;
  bool microstates = false;  // microstate1, microstate2 after the key columns (G–W with microstates)
  // Covariate columns after the similarity columns (dyad_covariates.h).
  bool majors = false, nmc = false, mids = false, wars = false;

  std::vector<std::string> column_names() const;
  int similarity_count() const { return similarity ? static_cast<int>(similarity_column_names(names).size()) : 0; }
};

class DyadSink {
 public:
  virtual ~DyadSink() = default;
  virtual Status begin() = 0;
  virtual std::string encode(const std::vector<DyadYearRow>& rows) const = 0;
  virtual Status consume(const std::vector<DyadYearRow>& rows, std::string encoded) = 0;
  virtual Status finish() = 0;
};

struct CsvFormat {
  int digits = -1;          // < 0: shortest text that reads back to the same double; else fixed decimals
  std::string na = "NA";    // text for a missing value (R's convention)
};

// Writes CSV (header + rows, LF line endings) to `out`, which the caller owns
// and keeps open until finish() returns. `name` labels write errors.
std::unique_ptr<DyadSink> make_csv_sink(std::FILE* out, std::string name, DyadLayout layout, CsvFormat format);

// Creates table `table` in the SQLite database file `path` (created if
// absent) and inserts every row in one transaction. INTEGER key and ATOP
// columns, REAL similarity columns, NULL for NA. Fails (kInvalidArgument) if
// the table already exists or the name is not a plain identifier.
std::unique_ptr<DyadSink> make_sqlite_sink(std::string path, std::string table, DyadLayout layout);

// The codebook written into the same transaction: table NAME_codebook (column,
// type, definition) and NAME_meta (key, value), e.g. casus_version,
// command_line, datasets (JSON with SHA-256 checksums).
struct SqliteCodebook {
  std::vector<std::array<std::string, 3>> columns;
  std::vector<std::pair<std::string, std::string>> meta;
};
std::unique_ptr<DyadSink> make_sqlite_sink(std::string path, std::string table, DyadLayout layout,
                                           SqliteCodebook codebook);

}  // namespace casus::research

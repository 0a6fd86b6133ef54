#include <sqlite3.h>

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "casus/research/dyad_sink.h"

namespace casus::research {
namespace {

bool plain_identifier(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

// REAL for similarity and NMC columns; INTEGER for keys, flags and ATOP columns.
bool is_real(const std::string& name) {
  static const char* integer_prefixes[] = {"ccode", "gwcode", "year", "microstate", "atop_", "cowmaj", "cowmid", "cowinter"};
  for (const char* p : integer_prefixes)
    if (name.rfind(p, 0) == 0) return false;
  return true;
}

class SqliteSink final : public DyadSink {
 public:
  SqliteSink(std::string path, std::string table, DyadLayout layout, SqliteCodebook codebook)
      : path_(std::move(path)), table_(std::move(table)), layout_(layout), sim_count_(layout.similarity_count()),
        codebook_(std::move(codebook)) {}
  ~SqliteSink() override {
    if (stmt_) sqlite3_finalize(stmt_);
    if (db_) {
      const bool failed = in_transaction_;
      if (failed) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      sqlite3_close(db_);
      std::error_code ec;
      if (failed && fresh_) std::filesystem::remove(path_, ec);  // nothing left under the name
    }
  }

  Status begin() override {
    if (!plain_identifier(table_)) {
      return invalid_argument("--table", fmt::format("\"{}\" is not a plain table name (letters, digits, _)", table_));
    }
    // A database file casus creates itself needs no rollback journal and no
    // fsync per page: on failure the file is removed, not repaired.
    std::error_code ec;
    fresh_ = !std::filesystem::exists(path_, ec);
    if (sqlite3_open(path_.c_str(), &db_) != SQLITE_OK) return fail("cannot open database");
    if (fresh_) {
      if (auto s = exec("PRAGMA journal_mode=OFF"); !s) return s;
      if (auto s = exec("PRAGMA synchronous=OFF"); !s) return s;
    }
    if (auto s = exec("BEGIN"); !s) return s;
    in_transaction_ = true;
    const auto names = layout_.column_names();
    std::string create = fmt::format("CREATE TABLE \"{}\" (", table_);
    std::string insert = fmt::format("INSERT INTO \"{}\" VALUES (", table_);
    for (std::size_t i = 0; i < names.size(); ++i) {
      const bool real = is_real(names[i]);
      create += fmt::format("{}\"{}\" {}", i ? ", " : "", names[i], real ? "REAL" : "INTEGER");
      insert += i ? ",?" : "?";
    }
    create += ")";
    insert += ")";
    if (auto s = exec(create); !s) return s;
    if (sqlite3_prepare_v2(db_, insert.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) return fail("prepare failed");
    return {};
  }

  std::string encode(const std::vector<DyadYearRow>&) const override { return {}; }

  Status consume(const std::vector<DyadYearRow>& rows, std::string) override {
    for (const auto& r : rows) {
      int c = 1;
      sqlite3_bind_int(stmt_, c++, r.code1);
      sqlite3_bind_int(stmt_, c++, r.code2);
      sqlite3_bind_int(stmt_, c++, r.year);
      if (layout_.microstates) {
        sqlite3_bind_int(stmt_, c++, r.microstate1);
        sqlite3_bind_int(stmt_, c++, r.microstate2);
      }
      if (layout_.atop) {
        for (auto a : r.atop) {
          if (a < 0) sqlite3_bind_null(stmt_, c++);
          else sqlite3_bind_int(stmt_, c++, a);
        }
      }
      if (layout_.similarity) {
        for (int k = 0; k < sim_count_; ++k) {
          const double v = r.similarity[k];
          if (is_na(v)) sqlite3_bind_null(stmt_, c++);
          else sqlite3_bind_double(stmt_, c++, v);
        }
      }
      auto flag = [&](std::int8_t v) {
        if (v < 0) sqlite3_bind_null(stmt_, c++);
        else sqlite3_bind_int(stmt_, c++, v);
      };
      auto real = [&](double v) {
        if (is_na(v)) sqlite3_bind_null(stmt_, c++);
        else sqlite3_bind_double(stmt_, c++, v);
      };
      if (layout_.majors) {
        flag(r.cowmaj1);
        flag(r.cowmaj2);
      }
      if (layout_.nmc)
        for (double v : r.nmc) real(v);
      if (layout_.mids) {
        flag(r.midonset);
        flag(r.midongoing);
      }
      if (layout_.wars) {
        flag(r.waronset);
        flag(r.warongoing);
      }
      if (sqlite3_step(stmt_) != SQLITE_DONE) return fail("insert failed");
      sqlite3_reset(stmt_);
    }
    return {};
  }

  Status finish() override {
    // The key researchers join on (peacesciencer's ccode1, ccode2, year).
    const auto names = layout_.column_names();
    if (auto s = exec(fmt::format("CREATE INDEX \"{0}_key\" ON \"{0}\" (\"{1}\", \"{2}\", \"{3}\")", table_, names[0],
                                  names[1], names[2]));
        !s)
      return s;
    if (!codebook_.columns.empty() || !codebook_.meta.empty()) {
      if (auto s = write_codebook(); !s) return s;
    }
    if (auto s = exec("COMMIT"); !s) return s;
    in_transaction_ = false;
    return {};
  }

 private:
  Status write_codebook() {
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
    for (const auto& c : codebook_.columns) {
      if (auto s = insert(fmt::format("INSERT INTO \"{}_codebook\" VALUES (?, ?, ?)", table_), {c[0], c[1], c[2]}); !s)
        return s;
    }
    for (const auto& [k, v] : codebook_.meta) {
      if (auto s = insert(fmt::format("INSERT INTO \"{}_meta\" VALUES (?, ?)", table_), {k, v}); !s) return s;
    }
    return {};
  }

  Status exec(const std::string& sql) {
    char* msg = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
      std::string m = msg ? msg : "unknown error";
      sqlite3_free(msg);
      return io_error(path_, fmt::format("SQLite: {} ({})", m, sql.substr(0, 60)));
    }
    return {};
  }
  Status fail(const char* what) {
    return io_error(path_, fmt::format("SQLite: {}: {}", what, db_ ? sqlite3_errmsg(db_) : "no handle"));
  }

  std::string path_, table_;
  DyadLayout layout_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  bool in_transaction_ = false;
  bool fresh_ = false;
  int sim_count_ = 0;
  SqliteCodebook codebook_;
};

}  // namespace

std::unique_ptr<DyadSink> make_sqlite_sink(std::string path, std::string table, DyadLayout layout) {
  return std::make_unique<SqliteSink>(std::move(path), std::move(table), layout, SqliteCodebook{});
}

std::unique_ptr<DyadSink> make_sqlite_sink(std::string path, std::string table, DyadLayout layout,
                                           SqliteCodebook codebook) {
  return std::make_unique<SqliteSink>(std::move(path), std::move(table), layout, std::move(codebook));
}

}  // namespace casus::research

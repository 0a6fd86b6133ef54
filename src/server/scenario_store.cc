#include "server/scenario_store.h"

#include <sqlite3.h>

#include <random>

#include <fmt/format.h>

namespace casus::server {
namespace {

// A prepared statement that finalises itself.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
      throw StoreError(fmt::format("scenario store: cannot prepare a query: {}", sqlite3_errmsg(db)));
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view text) {
    sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // true: a row is ready; false: done.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw StoreError(fmt::format("scenario store: {}", sqlite3_errmsg(db_)));
  }
  std::string text(int col) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

std::string new_id() {
  static thread_local std::mt19937_64 gen{std::random_device{}()};
  return fmt::format("{:016x}", gen());
}

SavedScenario row(const Statement& s, bool with_toml) {
  return {s.text(0), s.text(1), with_toml ? s.text(2) : std::string(), s.text(3), s.text(4)};
}

constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

}  // namespace

bool ScenarioStore::valid_id(std::string_view id) {
  if (id.size() != 16) return false;
  for (char c : id)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

ScenarioStore::ScenarioStore(const std::string& path) : path_(path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw StoreError(fmt::format("{}: cannot open the scenario store: {}", path, msg));
  }
  try {
    sqlite3_busy_timeout(db_, 5000);
    {
      Statement wal(db_, "PRAGMA journal_mode=WAL");
      if (!wal.step() || wal.text(0) != "wal")
        throw StoreError(fmt::format("{}: the scenario store cannot use WAL mode", path));
    }
    exec("PRAGMA synchronous=FULL");
    exec("CREATE TABLE IF NOT EXISTS scenarios ("
         " id TEXT PRIMARY KEY, title TEXT NOT NULL, toml TEXT NOT NULL,"
         " created TEXT NOT NULL, updated TEXT NOT NULL)");
    exec("PRAGMA user_version=1");
  } catch (const StoreError& e) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(fmt::format("{}: {}", path, e.what()));
  }
}

ScenarioStore::~ScenarioStore() { sqlite3_close(db_); }

void ScenarioStore::exec(const char* sql) const {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw StoreError(fmt::format("scenario store: {}", msg));
  }
}

std::vector<SavedScenario> ScenarioStore::list() const {
  std::lock_guard lock(mutex_);
  Statement s(db_, "SELECT id, title, '', created, updated FROM scenarios ORDER BY updated DESC, id");
  std::vector<SavedScenario> out;
  while (s.step()) out.push_back(row(s, false));
  return out;
}

std::optional<SavedScenario> ScenarioStore::get(std::string_view id) const {
  if (!valid_id(id)) return std::nullopt;
  std::lock_guard lock(mutex_);
  Statement s(db_, "SELECT id, title, toml, created, updated FROM scenarios WHERE id = ?1");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return row(s, true);
}

SavedScenario ScenarioStore::create(const std::string& title, const std::string& toml) {
  std::lock_guard lock(mutex_);
  for (int attempt = 0; attempt < 4; ++attempt) {  // 64-bit ids: a collision is a formality
    std::string id = new_id();
    Statement exists(db_, "SELECT 1 FROM scenarios WHERE id = ?1");
    exists.bind(1, id);
    if (exists.step()) continue;
    Statement s(db_, fmt::format("INSERT INTO scenarios (id, title, toml, created, updated) VALUES (?1, ?2, ?3, {0}, {0}) "
                                 "RETURNING id, title, toml, created, updated", kNow).c_str());
    s.bind(1, id).bind(2, title).bind(3, toml);
    if (!s.step()) throw StoreError("scenario store: the insert returned nothing");
    SavedScenario saved = row(s, true);
    while (s.step()) {}  // runs the statement to completion: the commit (and its fsync) happens here
    return saved;
  }
  throw StoreError("scenario store: no free id found");
}

std::optional<SavedScenario> ScenarioStore::update(std::string_view id, const std::string& title,
                                                   const std::string& toml) {
  if (!valid_id(id)) return std::nullopt;
  std::lock_guard lock(mutex_);
  Statement s(db_, fmt::format("UPDATE scenarios SET title = ?2, toml = ?3, updated = {} WHERE id = ?1 "
                               "RETURNING id, title, toml, created, updated", kNow).c_str());
  s.bind(1, id).bind(2, title).bind(3, toml);
  if (!s.step()) return std::nullopt;
  SavedScenario saved = row(s, true);
  while (s.step()) {}
  return saved;
}

bool ScenarioStore::remove(std::string_view id) {
  if (!valid_id(id)) return false;
  std::lock_guard lock(mutex_);
  Statement s(db_, "DELETE FROM scenarios WHERE id = ?1");
  s.bind(1, id);
  s.step();
  return sqlite3_changes(db_) > 0;
}

}  // namespace casus::server

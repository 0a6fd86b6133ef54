// Saved scenarios, in one SQLite file (default: scenarios.sqlite next to the corpus, or --store).
//
// Durability: the database runs in WAL mode with synchronous=FULL, so a save is acknowledged only
// after its commit record has been fsync'ed to the WAL. A killed server (kill -9) loses nothing that
// was acknowledged, and neither does a power cut. (NORMAL would survive kill -9 too, since the WAL
// write has reached the OS before the commit returns, but not a power cut; saves are rare, so the
// fsync per save costs nothing that matters.)
//
// One connection, guarded by a mutex: the server calls the store from many threads; SQLite
// serialises writers anyway, and reads here are small.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace casus::server {

struct SavedScenario {
  std::string id;       // 16 lowercase hex digits, chosen by the store
  std::string title;
  std::string toml;     // the scenario file, exactly as it will be downloaded
  std::string created;  // UTC, ISO 8601
  std::string updated;
};

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ScenarioStore {
 public:
  // Opens (creating when absent) the store at `path`; throws StoreError naming the file.
  explicit ScenarioStore(const std::string& path);
  ~ScenarioStore();
  ScenarioStore(const ScenarioStore&) = delete;
  ScenarioStore& operator=(const ScenarioStore&) = delete;

  // Newest first; `toml` is left empty in listings.
  std::vector<SavedScenario> list() const;
  std::optional<SavedScenario> get(std::string_view id) const;
  SavedScenario create(const std::string& title, const std::string& toml);
  // Replaces a saved scenario; nullopt when there is none with that id.
  std::optional<SavedScenario> update(std::string_view id, const std::string& title, const std::string& toml);
  bool remove(std::string_view id);

  const std::string& path() const { return path_; }

  // Is `id` of the form the store hands out? (checked before any query)
  static bool valid_id(std::string_view id);

 private:
  void exec(const char* sql) const;
  std::string path_;
  sqlite3* db_ = nullptr;
  mutable std::mutex mutex_;
};

}  // namespace casus::server

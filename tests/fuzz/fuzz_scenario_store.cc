// libFuzzer target: the saved-scenario store, as POST /api/scenarios and PUT /api/scenarios/{id} use
// it. The input is an uploaded TOML scenario (Content-Type application/toml); what the server's check
// accepts is saved (ScenarioStore::create), read back (get), replaced (update) and removed, in one
// SQLite file made for this process (on /dev/shm when there is one, so that the fsync of each save
// costs no disk). Contract: the check gives a value xor a located, sendable error (fuzz_api_support.h);
// a saved record reads back byte for byte (title and TOML), its TOML is TOML (fields_from_toml) and
// the check accepts it again with the same title: every saved file runs.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "fuzz_api_support.h"
#include "fuzz_support.h"
#include "server/scenario_input.h"
#include "server/scenario_store.h"

namespace {

namespace fs = std::filesystem;

// The store of this process, in a scratch directory removed at exit.
casus::server::ScenarioStore& store() {
  static fs::path dir = [] {
    std::error_code ec;
    fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string tmpl = (base / "casus-fuzz-store-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) casus::fuzz::fail("cannot make a scratch directory for the store");
    std::atexit([] {
      std::error_code e;
      fs::remove_all(dir, e);
    });
    return fs::path(tmpl);
  }();
  static casus::server::ScenarioStore s((dir / "scenarios.sqlite").string());
  return s;
}

void require_same(const casus::server::SavedScenario& got, const std::string& title, const std::string& toml,
                  const char* what) {
  if (got.title != title) casus::fuzz::fail(std::string(what) + ": the title did not read back as saved");
  if (got.toml != toml) casus::fuzz::fail(std::string(what) + ": the TOML did not read back byte for byte");
  if (!casus::server::ScenarioStore::valid_id(got.id)) casus::fuzz::fail(std::string(what) + ": an invalid id " + got.id);
}

}  // namespace

// The one-time load before the first input, so that it is not counted against the first input's
// -timeout (on a loaded machine it took longer than the whole limit: a false "timeout" finding).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)(casus::fuzz::repository_corpus(), store());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const casus::Corpus& corpus = casus::fuzz::repository_corpus();
  auto& st = store();
  auto source = casus::server::scenario_from_body("application/toml", std::string(reinterpret_cast<const char*>(data), size));
  casus::fuzz::require_value_xor_api_error(source.value.has_value(), source.error, false);
  if (!source) return 0;
  auto checked = casus::server::check_scenario(corpus, *source.value);
  casus::fuzz::require_value_xor_api_error(checked.value.has_value(), checked.error, true);
  if (!checked) return 0;
  const std::string& title = checked.value->title;
  const std::string& toml = checked.value->toml;

  const casus::server::SavedScenario created = st.create(title, toml);
  require_same(created, title, toml, "create");
  auto got = st.get(created.id);
  if (!got) casus::fuzz::fail("a saved scenario is not found by its id");
  require_same(*got, title, toml, "get");
  if (!casus::server::fields_from_toml(got->toml)) casus::fuzz::fail("a saved scenario whose TOML does not parse");
  casus::server::ScenarioSource again;
  again.toml = got->toml;
  auto rechecked = casus::server::check_scenario(corpus, again);
  if (!rechecked) casus::fuzz::fail("a saved scenario the check no longer accepts: " + rechecked.error.message);
  if (rechecked.value->title != title) casus::fuzz::fail("a saved scenario that reloads with another title");

  const std::string retitled = title + " (2)";
  auto updated = st.update(created.id, retitled, toml);
  if (!updated) casus::fuzz::fail("a saved scenario cannot be replaced");
  require_same(*updated, retitled, toml, "update");
  if (!st.remove(created.id)) casus::fuzz::fail("a saved scenario cannot be removed");
  if (st.get(created.id)) casus::fuzz::fail("a removed scenario is still found");
  return 0;
}

// The SQLite store in-process: create, read, update, delete, and persistence across reopening.
// (The kill -9 test is in tests/server/api_test.cc, against a real server process.)
#include "server/scenario_store.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace casus::server {
namespace {

std::string temp_store(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / ("casus-store-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto p = dir / name;
  std::filesystem::remove(p);
  return p.string();
}

TEST(ScenarioStore, CreateGetUpdateDelete) {
  ScenarioStore store(temp_store("crud.sqlite"));
  auto a = store.create("A", "title = \"A\"\n");
  EXPECT_TRUE(ScenarioStore::valid_id(a.id));
  auto got = store.get(a.id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->toml, "title = \"A\"\n");
  auto b = store.update(a.id, "B", "title = \"B\"\n");
  ASSERT_TRUE(b);
  EXPECT_EQ(store.get(a.id)->title, "B");
  EXPECT_EQ(store.list().size(), 1u);
  EXPECT_TRUE(store.remove(a.id));
  EXPECT_FALSE(store.remove(a.id));
  EXPECT_FALSE(store.get(a.id));
  EXPECT_FALSE(store.update(a.id, "C", ""));
}

TEST(ScenarioStore, SurvivesReopening) {
  std::string path = temp_store("reopen.sqlite");
  std::string id;
  {
    ScenarioStore store(path);
    id = store.create("kept", "x = 1\n").id;
  }
  ScenarioStore again(path);
  auto got = again.get(id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->title, "kept");
}

TEST(ScenarioStore, RefusesMalformedIdsAndUnopenablePaths) {
  ScenarioStore store(temp_store("ids.sqlite"));
  EXPECT_FALSE(store.get("../../etc/passwd"));
  EXPECT_FALSE(store.get("0123456789ABCDEF"));  // upper case is not what the store hands out
  EXPECT_THROW(ScenarioStore("/nonexistent-dir/x/y.sqlite"), StoreError);
}

}  // namespace
}  // namespace casus::server

// The codebook beside every output: checksums, columns, command line; casus cite.
#include "casus/research/codebook.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "casus/research/commands.h"
#include "sha256.h"
#include "test_data.h"

namespace casus::research {
namespace {

namespace fs = std::filesystem;

TEST(Sha256, Fips180Examples) {
  EXPECT_EQ(internal::sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(internal::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(internal::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(internal::sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Codebook, EveryWrittenColumnIsDefined) {
  for (const char* c : {"ccode1", "gwcode2", "atop_consul", "sallyvus", "kallyv", "taub", "kallyv_psych", "piba",
                        "cowmaj1", "milex1", "cinc2", "cowmidonset", "cowinterongoing", "microstate1"}) {
    const auto d = column_doc(c);
    EXPECT_FALSE(d.definition.empty()) << c;
    EXPECT_TRUE(d.type == "integer" || d.type == "real") << c;
  }
  EXPECT_TRUE(column_doc("no_such_column").definition.empty());
}

int run(std::vector<std::string> args) {
  CLI::App app{"test"};
  register_commands(app);
  std::vector<const char*> argv = {"casus"};
  for (auto& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), const_cast<char**>(argv.data()));
  } catch (const CLI::ParseError& e) {
    return e.get_exit_code();
  }
  return 0;
}

// The sidecar names the datasets with checksums; the one of states2016.csv is the
// one the data directory's README lists.
TEST(Codebook, SidecarBesideCsvAndTablesInSqlite) {
  CASUS_REQUIRE_DATA(testing::data_path("atop-5.1/atop5_1m.csv"));
  CASUS_REQUIRE_DATA(testing::data_path("cow-states-2016/states2016.csv"));
  auto dir = fs::temp_directory_path() / "casus_codebook";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto out = (dir / "d.csv").string();
  ASSERT_EQ(run({"dyads", "--data-dir", testing::data_dir(), "--years", "1914", "--add", "majors", "--out", out}), 0);
  std::ifstream in(out + ".codebook.json");
  ASSERT_TRUE(in.good());
  const auto j = nlohmann::json::parse(in);
  EXPECT_EQ(j["casus_version"], casus_version());
  EXPECT_NE(j["command_line"].get<std::string>().find("--years 1914"), std::string::npos) << j["command_line"];
  EXPECT_EQ(j["rows"], 1980);  // 45 states in 1914
  bool states_checksum = false;
  for (const auto& d : j["datasets"])
    for (const auto& f : d["files"])
      states_checksum |= f["path"] == "cow-states-2016/states2016.csv" &&
                         f["sha256"] == "21822fe1ef67aedf2e64ebe9746e2b875c6175c8ce599750bc0e77e4ce393167";
  EXPECT_TRUE(states_checksum) << j["datasets"].dump();
  std::ifstream data(out);
  std::string header;
  std::getline(data, header);
  std::string from_codebook;
  for (const auto& c : j["columns"]) from_codebook += (from_codebook.empty() ? "" : ",") + c["name"].get<std::string>();
  EXPECT_EQ(header, from_codebook);

  const auto db = (dir / "d.sqlite").string();
  ASSERT_EQ(run({"dyads", "--data-dir", testing::data_dir(), "--years", "1914", "--sqlite", db, "--table", "dy"}), 0);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  auto scalar = [&](const char* sql) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(h, sql, -1, &st, nullptr), SQLITE_OK) << sql;
    std::string v = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)
                        ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0))
                        : "";
    sqlite3_finalize(st);
    return v;
  };
  EXPECT_EQ(scalar("SELECT value FROM dy_meta WHERE key = 'casus_version'"), casus_version());
  EXPECT_EQ(scalar("SELECT definition FROM dy_codebook WHERE \"column\" = 'kallyv'"), column_doc("kallyv").definition);
  EXPECT_EQ(scalar("SELECT count(*) FROM dy_codebook"), "19");
  EXPECT_EQ(scalar("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dy'"), "dy_key");
  EXPECT_NE(scalar("SELECT value FROM dy_meta WHERE key = 'datasets'").find("sha256"), std::string::npos);
  sqlite3_close(h);
  fs::remove_all(dir);
}

// `casus stateyears` writes the same codebook: a sidecar beside --out, two tables
// (and an index on code, year) beside --sqlite, with the NMC checksum as the
// data directory's file has it.
TEST(Codebook, StateYearsSidecarAndSqliteTables) {
  CASUS_REQUIRE_DATA(testing::data_path("cow-states-2016/states2016.csv"));
  CASUS_REQUIRE_DATA(testing::data_path("cow-nmc-6.0/NMC-60-abridged.csv"));
  auto dir = fs::temp_directory_path() / "casus_codebook_sy";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto out = (dir / "s.csv").string();
  ASSERT_EQ(run({"stateyears", "--data-dir", testing::data_dir(), "--years", "1816,2016", "--add", "all", "--out", out}), 0);
  std::ifstream in(out + ".codebook.json");
  ASSERT_TRUE(in.good());
  const auto j = nlohmann::json::parse(in);
  EXPECT_EQ(j["casus_version"], casus_version());
  EXPECT_NE(j["command_line"].get<std::string>().find("casus stateyears"), std::string::npos) << j["command_line"];
  EXPECT_EQ(j["rows"], 23 + 195);
  std::set<std::string> keys;
  for (const auto& d : j["datasets"]) keys.insert(d["key"].get<std::string>());
  EXPECT_EQ(keys, (std::set<std::string>{"cow-states", "cow-majors", "nmc"})) << j["datasets"].dump();
  std::ifstream data(out);
  std::string header;
  std::getline(data, header);
  std::string from_codebook;
  for (const auto& c : j["columns"]) {
    from_codebook += (from_codebook.empty() ? "" : ",") + c["name"].get<std::string>();
    EXPECT_FALSE(c["definition"].get<std::string>().empty()) << c["name"];
  }
  EXPECT_EQ(header, from_codebook);

  const auto db = (dir / "s.sqlite").string();
  ASSERT_EQ(run({"stateyears", "--data-dir", testing::data_dir(), "--years", "1816,2016", "--add", "all", "--sqlite", db,
                 "--table", "sy"}),
            0);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  auto scalar = [&](const char* sql) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(h, sql, -1, &st, nullptr), SQLITE_OK) << sql;
    std::string v = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)
                        ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0))
                        : "";
    sqlite3_finalize(st);
    return v;
  };
  EXPECT_EQ(scalar("SELECT count(*) FROM sy"), "218");
  EXPECT_EQ(scalar("SELECT milex FROM sy WHERE ccode = 2 AND year = 1816"), "3823.0");  // NMC 6.0, as the CSV test
  EXPECT_EQ(scalar("SELECT cowmaj FROM sy WHERE ccode = 200 AND year = 1816"), "1");
  EXPECT_EQ(scalar("SELECT value FROM sy_meta WHERE key = 'casus_version'"), casus_version());
  EXPECT_EQ(scalar("SELECT count(*) FROM sy_codebook"), "10");
  EXPECT_EQ(scalar("SELECT definition FROM sy_codebook WHERE \"column\" = 'cinc'"), column_doc("cinc").definition);
  EXPECT_EQ(scalar("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sy'"),
            "CREATE INDEX \"sy_key\" ON \"sy\" (\"ccode\", \"year\")");
  EXPECT_NE(scalar("SELECT value FROM sy_meta WHERE key = 'datasets'").find("sha256"), std::string::npos);
  sqlite3_close(h);
  // --sqlite and --out exclude each other; --sqlite needs --table.
  EXPECT_EQ(run({"stateyears", "--data-dir", testing::data_dir(), "--sqlite", db, "--out", out}), 2);
  EXPECT_EQ(run({"stateyears", "--data-dir", testing::data_dir(), "--sqlite", (dir / "t.sqlite").string()}), 2);
  EXPECT_FALSE(fs::exists(dir / "t.sqlite"));
  fs::remove_all(dir);
}

TEST(Cite, PrintsEveryDataset) {
  ::testing::internal::CaptureStdout();
  EXPECT_EQ(run({"cite"}), 0);
  const std::string out = ::testing::internal::GetCapturedStdout();
  for (const auto& d : dataset_citations()) EXPECT_NE(out.find(d.citation), std::string::npos) << d.name;
  EXPECT_NE(out.find("Haege, F. M. 2011"), std::string::npos);
}

}  // namespace
}  // namespace casus::research

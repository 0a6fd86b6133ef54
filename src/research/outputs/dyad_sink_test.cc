// CSV and SQLite sinks, and the year runner, on hand-made rows (no data needed).
#include "casus/research/dyad_sink.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>

namespace casus::research {
namespace {

DyadYearRow sample_row() {
  DyadYearRow r;
  r.code1 = 220;
  r.code2 = 211;
  r.year = 1832;
  r.atop = {1, 0, 0, 0, -1};
  r.similarity.fill(0.25);
  r.similarity[1] = std::numeric_limits<double>::quiet_NaN();
  r.similarity[2] = 1.0 / 3.0;
  return r;
}

TEST(CsvSink, HeaderNamesAndNaAndShortestExactNumbers) {
  DyadLayout layout{SystemKind::kGleditschWard, true, true, SimilarityNames::kHaege};
  auto names = layout.column_names();
  ASSERT_EQ(names.size(), 3u + kAtopColumnCount + kSimilarityColumnCount);
  EXPECT_EQ(names[0], "gwcode1");
  EXPECT_EQ(names[3], "atop_defense");
  EXPECT_EQ(names.back(), "piba");
  auto sink = make_csv_sink(stdout, "test", layout, CsvFormat{});
  std::string line = sink->encode({sample_row()});
  EXPECT_EQ(line, "220,211,1832,1,0,0,0,NA,0.25,NA,0.3333333333333333,0.25,0.25,0.25,0.25,0.25,0.25,0.25\n");
  EXPECT_EQ(std::stod("0.3333333333333333"), 1.0 / 3.0);  // shortest text reads back exactly
  auto fixed = make_csv_sink(stdout, "test", DyadLayout{SystemKind::kCow, false, true, SimilarityNames::kHaege}, CsvFormat{3, ""});
  EXPECT_EQ(fixed->encode({sample_row()}), "220,211,1832,0.250,,0.333,0.250,0.250,0.250,0.250,0.250,0.250,0.250\n");
}

// Numbers too long for the sink's cache of texts (fixed decimals of a large
// value, a long NA text) are written whole, and the rest of the row still
// fits after them; the reverse pair reuses the same text.
TEST(CsvSink, LongNumbersAndLongNaTextsAreWrittenWhole) {
  DyadLayout layout{SystemKind::kCow, false, true, SimilarityNames::kHaege};
  DyadYearRow r = sample_row();
  r.similarity[0] = 1e300;
  r.similarity[3] = -123456789.5;
  std::vector<DyadYearRow> rows;
  for (int i = 0; i < 300; ++i) {  // many rows, so that the text outgrows its first size
    DyadYearRow a = r;
    a.code1 = 2 + i;
    a.code2 = 1000 + i;
    DyadYearRow b = a;
    std::swap(b.code1, b.code2);
    rows.push_back(a);
    rows.push_back(b);
  }
  const std::string na(100, 'x');
  auto sink = make_csv_sink(stdout, "test", layout, CsvFormat{17, na});
  const std::string text = sink->encode(rows);
  char big[400];
  auto end = std::to_chars(big, big + sizeof big, 1e300, std::chars_format::fixed, 17).ptr;
  const std::string rest = "," + na + ",0.33333333333333331,-123456789.50000000000000000";
  std::string want;
  for (const auto& row : rows) {
    want += std::to_string(row.code1) + "," + std::to_string(row.code2) + ",1832," + std::string(big, end) + rest;
    for (int c = 4; c < kSimilarityColumnCount; ++c) want += ",0.25000000000000000";
    want += "\n";
  }
  EXPECT_EQ(text, want);

  // More decimals than the CLI allows (the library takes any): still whole, as to_chars gives them.
  auto many = make_csv_sink(stdout, "test", layout, CsvFormat{120, "NA"});
  static char huge[2000];
  auto huge_end = std::to_chars(huge, huge + sizeof huge, 1e300, std::chars_format::fixed, 120).ptr;
  const std::string line = many->encode({rows[0]});
  EXPECT_EQ(line.substr(0, line.find(',', line.find(',', line.find(',') + 1) + 1)), "2,1000,1832");
  EXPECT_NE(line.find("," + std::string(huge, huge_end) + ","), std::string::npos) << line.substr(0, 200);
}

TEST(SqliteSink, WritesTypedTableWithNullsAndRefusesAnExistingTable) {
  auto path = (std::filesystem::temp_directory_path() / "casus_sink_test.sqlite").string();
  std::filesystem::remove(path);
  DyadLayout layout{SystemKind::kCow, true, true, SimilarityNames::kHaege};
  {
    auto sink = make_sqlite_sink(path, "dyads", layout);
    ASSERT_TRUE(sink->begin().ok());
    ASSERT_TRUE(sink->consume({sample_row(), sample_row()}, "").ok());
    ASSERT_TRUE(sink->finish().ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*), sum(atop_defense), sum(atop_consul IS NULL), sum(srsvas IS NULL), "
                                   "max(srsvaa) FROM dyads", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 2);
  EXPECT_EQ(sqlite3_column_int(st, 1), 2);
  EXPECT_EQ(sqlite3_column_int(st, 2), 2);
  EXPECT_EQ(sqlite3_column_int(st, 3), 2);
  EXPECT_DOUBLE_EQ(sqlite3_column_double(st, 4), 1.0 / 3.0);
  sqlite3_finalize(st);
  sqlite3_close(db);

  auto again = make_sqlite_sink(path, "dyads", layout);
  auto s = again->begin();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().what.find("already exists"), std::string::npos) << s.error().message();
  auto bad_name = make_sqlite_sink(path, "dyads; DROP TABLE dyads", layout);
  EXPECT_EQ(bad_name->begin().error().kind, ErrorKind::kInvalidArgument);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace casus::research

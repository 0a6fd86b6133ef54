#include "casus/research/csv_table.h"

#include "casus/read_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace casus::research {
namespace {

TEST(CsvTable, AcceptsLfCrlfAndBareCrLineEndings) {
  for (const char* text : {"a,b\n1,2\n3,4\n", "a,b\r\n1,2\r\n3,4\r\n", "a,b\r1,2\r3,4", "a,b\n1,2\r\n3,4\r"}) {
    auto t = CsvTable::parse(text, "mem.csv");
    ASSERT_TRUE(t.ok()) << t.error().message();
    ASSERT_EQ(t.value().row_count(), 2u) << text;
    EXPECT_EQ(t.value().cell(1, 0), "3");
    EXPECT_EQ(t.value().cell(1, 1), "4");
    EXPECT_EQ(t.value().location(1, 1), "mem.csv:3:3");
  }
}

TEST(CsvTable, QuotedFieldsKeepDelimitersQuotesAndNewlines) {
  auto t = CsvTable::parse("id,name\n1,\"Bosnia, and \"\"Herz\"\"\"\n2,\"two\nlines\"\n3,x\n", "q.csv");
  ASSERT_TRUE(t.ok()) << t.error().message();
  EXPECT_EQ(t.value().cell(0, 1), "Bosnia, and \"Herz\"");
  EXPECT_EQ(t.value().cell(1, 1), "two\nlines");
  EXPECT_EQ(t.value().location(2, 1), "q.csv:5:3");  // line count continues inside quotes
}

TEST(CsvTable, WrongFieldCountIsALocatedError) {
  auto t = CsvTable::parse("a,b,c\n1,2,3\n4,5\n", "short.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().kind, ErrorKind::kMalformed);
  EXPECT_EQ(t.error().where.substr(0, 12), "short.csv:3:");
  EXPECT_NE(t.error().what.find("2 fields, expected 3"), std::string::npos) << t.error().message();
}

TEST(CsvTable, UnterminatedQuoteAndJunkAfterQuoteAreErrors) {
  auto a = CsvTable::parse("a,b\n1,\"open\n", "u.csv");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().where, "u.csv:2:3");
  auto b = CsvTable::parse("a,b\n1,\"x\"y\n", "j.csv");
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().where, "j.csv:2:6");
}

TEST(CsvTable, BlankLineInTheMiddleIsAnErrorButTrailingOnesAreNot) {
  EXPECT_TRUE(CsvTable::parse("a,b\n1,2\n\n\r\n", "t.csv").ok());
  EXPECT_FALSE(CsvTable::parse("a,b\n1,2\n\n3,4\n", "t.csv").ok());
}

TEST(CsvTable, MissingFileIsAnIoError) {
  auto t = CsvTable::read_file("/nonexistent/dir/file.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().kind, ErrorKind::kIo);
}

TEST(CsvRow, TypedAccessReportsFieldNameAndLocation) {
  auto t = CsvTable::parse("ccode,cinc\n200,.25\n2x0,-9\n", "n.csv");
  ASSERT_TRUE(t.ok());
  CsvRow ok(t.value(), 0);
  EXPECT_EQ(ok.integer(0), 200);
  EXPECT_DOUBLE_EQ(ok.real_or_code(1, {-9}).value(), 0.25);
  EXPECT_TRUE(ok.status().ok());
  CsvRow bad(t.value(), 1);
  EXPECT_FALSE(bad.real_or_code(1, {-9}).has_value());  // -9 is missing, not an error
  EXPECT_TRUE(bad.status().ok());
  bad.integer(0);
  ASSERT_FALSE(bad.status().ok());
  EXPECT_EQ(bad.status().error().message(), "n.csv:3:1: ccode: expected an integer, found \"2x0\"");
}

TEST(CsvRow, BlankAndDummyConventions) {
  auto t = CsvTable::parse("d,x\n,2\n1,\n", "b.csv");
  ASSERT_TRUE(t.ok());
  CsvRow r0(t.value(), 0);
  EXPECT_FALSE(r0.integer_or_blank(0).has_value());
  EXPECT_FALSE(r0.dummy_or_blank(0).has_value());
  EXPECT_TRUE(r0.status().ok());
  r0.dummy(1);  // 2 is not a dummy
  EXPECT_FALSE(r0.status().ok());
  CsvRow r1(t.value(), 1);
  r1.integer(1);  // blank where an integer is required
  ASSERT_FALSE(r1.status().ok());
  EXPECT_NE(r1.status().error().what.find("empty field"), std::string::npos);
}

TEST(CsvTable, TabSeparatedWithoutHeader) {
  CsvOptions opt;
  opt.delimiter = '\t';
  opt.header = CsvHeader::kNone;
  opt.names = {"code", "abbrev"};
  auto t = CsvTable::parse("2\tUSA\n20\tCAN\n", "gw.dat", opt);
  ASSERT_TRUE(t.ok()) << t.error().message();
  EXPECT_EQ(t.value().row_count(), 2u);
  EXPECT_EQ(t.value().cell(1, 1), "CAN");
}

}  // namespace
}  // namespace casus::research

namespace casus::research {
namespace {

// Issue 8: a header naming a column twice is an error, not a silent first match.
TEST(CsvTable, DuplicateHeaderNameIsALocatedError) {
  auto t = CsvTable::parse("ccode,year,ccode\n2,1816,2\n", "dup.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().message(), "dup.csv:1:12: duplicate column name \"ccode\" (also column 1); expected each name once");
}

// Issue 8: " 1920" and "+1920" are not integers for the strict reader.
TEST(CsvRow, PaddedOrSignedIntegersAreErrors) {
  auto t = CsvTable::parse("year\n 1920\n+1920\n1920 \n-9\n", "int.csv");
  ASSERT_TRUE(t.ok());
  for (std::size_t row = 0; row < 3; ++row) {
    CsvRow r(t.value(), row);
    r.integer(0);
    EXPECT_FALSE(r.status().ok()) << "row " << row;
  }
  CsvRow ok(t.value(), 3);
  EXPECT_EQ(ok.integer(0), -9);
  EXPECT_TRUE(ok.status().ok());
  CsvRow first(t.value(), 0);
  first.integer(0);
  EXPECT_EQ(first.status().error().message(), "int.csv:2:1: year: expected an integer, found \" 1920\"");
}

// Reading refuses what is not a regular file, with a read error, not "empty file"; through the
// engine's one file-reading path, so with the same message as the treaty and scenario loaders.
TEST(CsvTable, DirectoryAndFifoAreReadErrors) {
  namespace fs = std::filesystem;
  auto dir = fs::temp_directory_path() / "casus_read_dir";
  fs::remove_all(dir);
  fs::create_directories(dir / "system2016.csv");
  const auto d_path = (dir / "system2016.csv").string();
  auto d = CsvTable::read_file(d_path);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().kind, ErrorKind::kIo);
  EXPECT_EQ(d.error().message(), d_path + ": cannot read: a directory; expected a regular file");
  EXPECT_EQ(d.error().what, casus::read_regular_file(d_path).error);
  const auto fifo = (dir / "fifo.csv").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto f = CsvTable::read_file(fifo);  // must not block
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().kind, ErrorKind::kIo);
  EXPECT_EQ(f.error().message(), fifo + ": cannot read: a FIFO (named pipe); expected a regular file");
  EXPECT_EQ(f.error().what, casus::read_regular_file(fifo).error);
  fs::remove_all(dir);
}

// A regular file whose read(2) fails (EIO) is a read error, not a short or empty table.
TEST(CsvTable, ReadErrorIsAReadErrorNotAnEmptyFile) {
  auto t = CsvTable::read_file("/proc/self/mem");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().kind, ErrorKind::kIo);
  EXPECT_EQ(t.error().message(), "/proc/self/mem: cannot read: Input/output error");
}

TEST(CsvTable, UnreadableFileIsAReadError) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: file permissions do not stop reading";
  namespace fs = std::filesystem;
  auto path = fs::temp_directory_path() / "casus_unreadable.csv";
  std::ofstream(path) << "a\n1\n";
  fs::permissions(path, fs::perms::none);
  auto t = CsvTable::read_file(path.string());
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().kind, ErrorKind::kIo);
  fs::remove(path);
}

}  // namespace
}  // namespace casus::research

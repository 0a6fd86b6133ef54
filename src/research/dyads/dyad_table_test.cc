// The in-memory table (Python, R) holds the same rows and values as `casus dyads`.
#include "casus/research/dyad_table.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "casus/research/commands.h"
#include "test_data.h"

namespace casus::research {
namespace {

TEST(DyadTable, SameRowsAndValuesAsTheCsv) {
  CASUS_REQUIRE_DATA(testing::data_path("atop-5.1/atop5_1m.csv"));
  CASUS_REQUIRE_DATA(testing::data_path("cow-states-2016/states2016.csv"));
  DyadTableRequest q;
  q.data_dir = testing::data_dir();
  q.years = {1914, 1975};
  q.add = {"all"};
  auto t = dyad_table(q);
  ASSERT_TRUE(t.ok()) << t.error().message();

  const auto out = (std::filesystem::temp_directory_path() / "casus_table.csv").string();
  CLI::App app{"test"};
  register_commands(app);
  std::vector<std::string> args = {"casus", "dyads", "--data-dir", testing::data_dir(), "--years", "1914,1975",
                                   "--add", "all", "--out", out};
  std::vector<const char*> argv;
  for (auto& a : args) argv.push_back(a.c_str());
  ASSERT_NO_THROW(app.parse(static_cast<int>(argv.size()), const_cast<char**>(argv.data())));
  std::ifstream in(out);
  std::string line;
  std::getline(in, line);
  std::vector<std::string> header;
  {
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, ',');) header.push_back(c);
  }
  ASSERT_EQ(header.size(), t.value().columns.size());
  for (std::size_t c = 0; c < header.size(); ++c) EXPECT_EQ(header[c], t.value().columns[c].name);
  std::size_t row = 0;
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::size_t c = 0;
    for (std::string cell; std::getline(ss, cell, ','); ++c) {
      const auto& col = t.value().columns[c];
      if (col.integer) {
        const auto v = col.ints[row];
        if (cell == "NA") EXPECT_EQ(v, kIntNa) << col.name;
        else EXPECT_EQ(v, std::stoi(cell)) << col.name << " row " << row;
      } else {
        const double v = col.reals[row];
        if (cell == "NA") EXPECT_TRUE(std::isnan(v)) << col.name;
        else EXPECT_EQ(v, std::stod(cell)) << col.name << " row " << row;  // shortest text reads back exactly
      }
    }
    ++row;
  }
  EXPECT_EQ(row, t.value().rows);
  std::filesystem::remove(out);
  std::filesystem::remove(out + ".codebook.json");
}

TEST(DyadTable, ImpossibleRequestsAreInvalidArguments) {
  DyadTableRequest q;
  q.system = "xyz";
  EXPECT_EQ(dyad_table(q).error().kind, ErrorKind::kInvalidArgument);
  q.system = "cow";
  q.add = {"contiguity"};
  EXPECT_EQ(dyad_table(q).error().kind, ErrorKind::kInvalidArgument);
}

}  // namespace
}  // namespace casus::research

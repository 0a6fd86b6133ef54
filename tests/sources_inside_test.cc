// Every fact's source lives in the repository (issue 9): nothing in the corpus, the docs, the README,
// the examples, the sources or the reports points to the working notes that a clone does not have
// (the fact sheet and the corpus review the corpus was first compiled from, the measures notes).
// The files are searched as text, and every report format of `casus show` for every treaty is run.
#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.h"

namespace {

namespace fs = std::filesystem;

// Names of files outside the repository; a reference to any of them is a source a reader cannot open.
const std::array<const char*, 5> kOutside = {"treaty-facts", "corpus-review", "shared/docs", "measures.md",
                                             "user-trials.md"};

// "path:line: found 'needle'" for every line of `text` that names an outside file.
std::vector<std::string> references(const std::string& where, const std::string& text) {
  std::vector<std::string> found;
  std::size_t line = 1, start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view l(text.data() + start, end - start);
    for (const char* needle : kOutside)
      if (l.find(needle) != std::string_view::npos)
        found.push_back(where + ":" + std::to_string(line) + ": names '" + needle + "'");
    ++line;
    start = end + 1;
  }
  return found;
}

bool is_text_file(const fs::path& p) {
  static const std::array<const char*, 13> exts = {".toml", ".md", ".txt", ".json", ".cc", ".h", ".1",
                                                  ".py", ".R", ".js", ".html", ".yaml", ".cff"};
  const std::string e = p.extension().string();
  for (const char* x : exts)
    if (e == x) return true;
  return false;
}

std::string run(const std::string& args) { return casus::test::run_casus(args).out; }

TEST(SourcesInside, RepositoryFilesNameNoOutsideNotes) {
  const fs::path root = CASUS_SOURCE_DIR;
  std::vector<std::string> found;
  std::size_t files = 0;
  // tests/*.cc are not searched: this file has to name what it looks for.
  for (const char* dir : {"corpus", "docs", "examples", "src", "include", "tests/golden", "tests/scenarios"}) {
    ASSERT_TRUE(fs::is_directory(root / dir)) << dir;
    for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
      if (!e.is_regular_file() || !is_text_file(e.path())) continue;
      ++files;
      for (auto& f : references(fs::relative(e.path(), root).string(), casus::test::read_file(e.path().string())))
        found.push_back(std::move(f));
    }
  }
  for (const char* file : {"README.md", "ARCHITECTURE.md", "CITATION.cff"}) {
    if (!fs::exists(root / file)) continue;
    ++files;
    for (auto& f : references(file, casus::test::read_file((root / file).string()))) found.push_back(std::move(f));
  }
  EXPECT_GT(files, 50u) << "the search saw too few files to mean anything";
  for (const auto& f : found) ADD_FAILURE() << f;
}

TEST(SourcesInside, ShowReportsNameNoOutsideNotes) {
  std::size_t reports = 0;
  for (const auto& t : casus::test::corpus().treaties()) {
    for (const std::string flags : {"", " --json"}) {
      const std::string args = "show " + t.id + flags;
      const std::string out = run(args);
      ASSERT_FALSE(out.empty()) << args;
      ++reports;
      for (const auto& f : references("casus " + args, out)) ADD_FAILURE() << f;
    }
  }
  EXPECT_GE(reports, 2u);
}

// The check itself: a line naming the fact sheet is found, with its line number.
TEST(SourcesInside, FindsAReference) {
  const auto found = references("x.toml", "a = 1\nsource = \"treaty-facts.md A5\"\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "x.toml:2: names 'treaty-facts'");
  EXPECT_TRUE(references("y.toml", "source = \"https://www.nato.int/\"\n").empty());
}

}  // namespace

// Issue 8, "no crash, no silent loss on any input": each reproducer of the issue as a test.
// Corpus entries and input files that cannot be kept in git (symbolic links, FIFOs, unreadable files)
// are data in tests/bad/corpus-entries.txt and tests/bad/input-files.txt, made in a scratch directory.
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casus/corpus.h"
#include "casus/read_file.h"
#include "casus/scenario.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace casus;

namespace {

using casus::test::Run;

// Runs the casus binary from the source tree; stderr goes to stdout. `as_other_user`: as "nobody"
// when the tests run as root (root reads files whatever their mode).
Run casus(const std::string& args, bool as_other_user = false) {
  casus::test::CasusCall how;
  how.prefix = "timeout 20";
  if (as_other_user && ::geteuid() == 0) how.prefix += " setpriv --reuid=65534 --regid=65534 --clear-groups";
  return casus::test::run_casus(args, how);
}

// A scratch directory anyone may enter (the "nobody" runs above), removed at the end of the test.
class Scratch {
 public:
  Scratch() {
    std::string tmpl = (fs::temp_directory_path() / "casus-robust-XXXXXX").string();
    dir_ = ::mkdtemp(tmpl.data());
    fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
  }
  ~Scratch() {
    std::error_code ec;
    for (auto& e : fs::recursive_directory_iterator(dir_, fs::directory_options::skip_permission_denied, ec))
      fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add | fs::perm_options::nofollow, ec);
    fs::permissions(dir_ / "corpus" / "treaties", fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }
  const fs::path& dir() const { return dir_; }
  // A copy of the repository's corpus under dir()/corpus.
  fs::path corpus() const {
    fs::path c = dir_ / "corpus";
    if (!fs::exists(c)) fs::copy(fs::path(CASUS_SOURCE_DIR) / "corpus", c, fs::copy_options::recursive);
    return c;
  }

 private:
  fs::path dir_;
};

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

std::string trim(std::string s) {
  s.erase(0, s.find_first_not_of(" \t"));
  s.erase(s.find_last_not_of(" \t") + 1);
  return s;
}

// The non-comment lines of a tests/bad/*.txt table, split at '|': the fields before it, the message after.
struct Row {
  std::vector<std::string> fields;
  std::string expected;
};
std::vector<Row> table(const std::string& name) {
  std::vector<Row> rows;
  std::istringstream in(test::read_file(std::string(CASUS_SOURCE_DIR) + "/tests/bad/" + name));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    Row r;
    auto bar = line.find('|');
    std::istringstream f(line.substr(0, bar));
    for (std::string w; f >> w;) r.fields.push_back(w);
    r.expected = bar == std::string::npos ? "" : trim(line.substr(bar + 1));
    rows.push_back(r);
  }
  return rows;
}

// ---- item 1: a dotted key or table header of 40,000 parts (toml++ recursed once per part) -------

TEST(Robustness, DottedKeyOf40000PartsIsALocatedErrorNotACrash) {
  Scratch s;
  std::string key = "a";
  for (int i = 1; i < 40000; ++i) key += ".a";
  for (const std::string& text : {key + " = 1\n", "[" + key + "]\n", "x = { " + key + " = 1 }\n"}) {
    write(s.dir() / "deep.toml", "title = \"t\"\ndate = 2025-06-01\n" + text);
    Diagnostics diag;
    auto sc = load_scenario((s.dir() / "deep.toml").string(), test::corpus(), diag);
    EXPECT_FALSE(sc.has_value());
    EXPECT_NE(diag.str().find("deep.toml:3:"), std::string::npos) << diag.str();
    EXPECT_NE(diag.str().find("nested at most 128 levels deep"), std::string::npos) << diag.str();
  }
}

TEST(Robustness, DeepCorpusFileIsALocatedErrorFromTheCli) {
  Scratch s;
  fs::path c = s.corpus();
  std::string key = "a";
  for (int i = 1; i < 40000; ++i) key += ".a";
  write(c / "treaties" / "deep.toml", key + " = 1\n");
  auto r = casus("--corpus '" + c.string() + "' check");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("treaties/deep.toml:1:"), std::string::npos) << r.out;
}

// ---- item 9: toml++ 3.3.0's undefined behaviour on non-ASCII text (the sanitized build compiles
// toml++ under UBSan, so before the guard these aborted) -------------------------------------------

TEST(Robustness, NonAsciiRightAfterAValueIsALocatedError) {
  Scratch s;
  for (const std::string value : {"1", "1.5", "true", "\"x\"", "2025-06-01", "[1]", "0x1", "inf", "\"\"\"x\"\"\""}) {
    write(s.dir() / "e.toml", "title = \"t\"\nx = " + value + "\xC3\xA9\n");
    Diagnostics diag;
    EXPECT_FALSE(load_scenario((s.dir() / "e.toml").string(), test::corpus(), diag));
    EXPECT_NE(diag.str().find("e.toml:2:" + std::to_string(5 + value.size()) + ": not valid TOML: expected a key"),
              std::string::npos)
        << value << ": " << diag.str();
  }
}

TEST(Robustness, NonAsciiAfterALineEndingBackslashStillReadsAsTheSameString) {
  // Valid TOML: the backslash swallows the line break and the indentation. toml++ 3.3.0 met undefined
  // behaviour on the "É"; the guard hands it the same string with "É" as an escape.
  Scratch s;
  write(s.dir() / "ok.toml",
        "title = \"t\"\ndate = 2025-06-01\ndescription = \"\"\"Une phrase \\\n    \xC3\x89tat et \\\n"
        "  \xE3\x80\x81 fin\"\"\"\n[[events]]\nkind = \"armed-attack\"\nby = [\"DEU\"]\ntarget = \"POL\"\n");
  Diagnostics diag;
  auto sc = load_scenario((s.dir() / "ok.toml").string(), test::corpus(), diag);
  ASSERT_TRUE(sc.has_value()) << diag.str();
  EXPECT_EQ(sc->description, "Une phrase \xC3\x89tat et \xE3\x80\x81 fin");
  ASSERT_EQ(sc->events.size(), 1u);
  EXPECT_EQ(sc->events[0].defined_at.line, 6);  // line numbers after the rewrite are unchanged
}

TEST(Robustness, NonAsciiInStringsAndCommentsIsUntouched) {
  Scratch s;
  write(s.dir() / "ok.toml",
        "# Un commentaire: \xC3\xA9t\xC3\xA9\ntitle = \"\xC3\x89t\xC3\xA9\" # \xE2\x80\x94\n"
        "description = '''\xC3\xA9\n\xC3\xA9'''\ndate = 2025-06-01\n"
        "[[events]]\nkind = \"armed-attack\"\nby = [\"DEU\"]\ntarget = \"POL\"\nnote = 'l\xC3\xA0'\n");
  Diagnostics diag;
  auto sc = load_scenario((s.dir() / "ok.toml").string(), test::corpus(), diag);
  ASSERT_TRUE(sc.has_value()) << diag.str();
  EXPECT_EQ(sc->title, "\xC3\x89t\xC3\xA9");
  EXPECT_EQ(sc->description, "\xC3\xA9\n\xC3\xA9");
  EXPECT_EQ(sc->events[0].note, "l\xC3\xA0");
}

// ---- items 2 and 5: entries of treaties/ that are not loaded are each named ------------------------

TEST(Robustness, EveryTreatiesEntryNotLoadedIsNamed) {
  auto rows = table("corpus-entries.txt");
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows) {
    ASSERT_GE(row.fields.size(), 3u) << "a malformed row in corpus-entries.txt";
    Scratch s;
    fs::path t = s.corpus() / "treaties";
    const std::string &kind = row.fields[0], &name = row.fields[1], &target = row.fields[2];
    if (kind == "symlink") {
      fs::create_symlink(target, t / name);
      if (name == "a.toml") fs::create_symlink("a.toml", t / "b.toml");
      if (name == "b.toml") fs::create_symlink("b.toml", t / "a.toml");
    } else if (kind == "fifo") {
      ASSERT_EQ(::mkfifo((t / name).c_str(), 0644), 0);
    } else if (kind == "directory") {
      fs::create_directory(t / name);
    } else if (kind == "copy") {
      fs::copy_file(t / target, t / name);
    } else {
      FAIL() << "unknown kind " << kind;
    }
    Diagnostics diag;
    CorpusFiles files = corpus_files_in(s.corpus().string(), diag);
    std::optional<Corpus> c;
    if (diag.ok()) c = load_corpus(files, diag);
    EXPECT_FALSE(c.has_value()) << kind << " " << name << " was skipped without a word";
    EXPECT_NE(diag.str().find((s.corpus() / row.expected).string()), std::string::npos)
        << "expected " << row.expected << "\ngot:\n" << diag.str();
    // And from the command line: exit 1, no abort (exit 134 before).
    auto r = casus("--corpus '" + s.corpus().string() + "' check");
    EXPECT_EQ(r.code, 1) << r.out;
    EXPECT_NE(r.out.find(row.expected), std::string::npos) << r.out;
  }
}

// ---- item 4: an unreadable treaties/ is an error, not an empty corpus --------------------------

TEST(Robustness, UnreadableTreatiesDirectoryIsAnError) {
  Scratch s;
  fs::path t = s.corpus() / "treaties";
  fs::permissions(s.corpus(), fs::perms::all, fs::perm_options::add);
  fs::permissions(t, fs::perms::none);
  auto r = casus("--corpus '" + s.corpus().string() + "' check", /*as_other_user=*/true);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find(t.string() + ": cannot list the directory: Permission denied"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("ok"), std::string::npos) << r.out;
}

// ---- item 6: files that cannot be read are reported as such, never as empty files ----------------

// Makes an input of `kind` (see tests/bad/input-files.txt) in `s`; its path.
std::string make_input(const Scratch& s, const std::string& kind) {
  fs::path p = s.dir() / ("input-" + kind + ".toml");
  if (kind == "directory") fs::create_directory(p);
  else if (kind == "fifo") ::mkfifo(p.c_str(), 0644);
  else if (kind == "read-error") return "/proc/self/mem";  // a regular file whose read(2) fails (EIO)
  else if (kind == "unreadable") write(p, "title = \"t\"\n"), fs::permissions(p, fs::perms::none);
  return p.string();
}

TEST(Robustness, UnreadableInputsAreReadErrors) {
  auto rows = table("input-files.txt");
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows) {
    Scratch s;
    const std::string& kind = row.fields.at(0);
    const std::string path = make_input(s, kind);
    const bool other_user = kind == "unreadable";
    std::vector<std::string> cmds = {"run '" + path + "'"};
    // check takes a directory for a corpus root and says "no such file" itself of a missing path.
    if (kind != "directory" && kind != "missing") cmds.push_back("check '" + path + "'");
    for (const std::string& cmd : cmds) {
      auto r = casus(cmd, other_user);
      EXPECT_EQ(r.code, 1) << cmd << "\n" << r.out;  // and not 124: a FIFO hung for ever before
      EXPECT_NE(r.out.find(path + ": " + row.expected), std::string::npos) << cmd << "\n" << r.out;
      EXPECT_EQ(r.out.find(": missing"), std::string::npos) << cmd << "\n" << r.out;  // "1:1: title: missing"
    }
    if (!other_user) {  // the library function itself
      FileRead f = read_regular_file(path);
      EXPECT_FALSE(f.bytes.has_value()) << kind;
      EXPECT_EQ(f.error, row.expected) << kind;
    }
  }
}

// The same inputs given as a research dataset (the first file `casus datasets` reads): the same message,
// through the same file-reading path; never "empty file", never a hang.
TEST(Robustness, UnreadableDatasetsAreReadErrors) {
  auto rows = table("input-files.txt");
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows) {
    Scratch s;
    const std::string& kind = row.fields.at(0);
    const fs::path data = s.dir() / "data";
    fs::create_directories(data / "atop-5.1");
    fs::permissions(data / "atop-5.1", fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(data, fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
    const fs::path path = data / "atop-5.1" / "atop5_1a.csv";
    const std::string made = make_input(s, kind);
    if (kind == "missing") {
      // nothing at `path`
    } else if (kind == "read-error") {
      fs::create_symlink(made, path);  // /proc/self/mem of the casus process: read(2) fails with EIO
    } else {
      fs::rename(made, path);
    }
    const std::string cmd = "datasets --data-dir '" + data.string() + "'";
    auto r = casus(cmd, kind == "unreadable");
    EXPECT_EQ(r.code, 1) << kind << "\n" << r.out;  // and not 124: a FIFO would hang
    EXPECT_NE(r.out.find(path.string() + ": " + row.expected), std::string::npos) << kind << "\n" << r.out;
    EXPECT_EQ(r.out.find("empty file"), std::string::npos) << kind << "\n" << r.out;
  }
}

TEST(Robustness, ARegularFileAndASymlinkToOneAreRead) {
  Scratch s;
  write(s.dir() / "f.txt", std::string("a\0b", 3));
  fs::create_symlink("f.txt", s.dir() / "link.txt");
  for (const char* name : {"f.txt", "link.txt"}) {
    FileRead f = read_regular_file((s.dir() / name).string());
    ASSERT_TRUE(f.bytes.has_value()) << f.error;
    EXPECT_EQ(*f.bytes, std::string("a\0b", 3));
  }
  write(s.dir() / "empty.txt", "");
  FileRead e = read_regular_file((s.dir() / "empty.txt").string());
  ASSERT_TRUE(e.bytes.has_value());
  EXPECT_TRUE(e.bytes->empty());
}

// ---- item 3: check with several paths keeps every path's problems ---------------------------------

TEST(Robustness, CheckOfANonexistentPathAndTheCorpusFails) {
  auto r = casus("check /nonexistent corpus");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("/nonexistent: no such file or directory"), std::string::npos) << r.out;
}

TEST(Robustness, CheckOfTwoCorporaKeepsTheFirstOnesProblems) {
  Scratch s;
  fs::path bad = s.dir() / "bad";
  fs::create_directories(bad / "treaties");
  fs::copy_file(fs::path(CASUS_SOURCE_DIR) / "corpus/states.toml", bad / "states.toml");
  fs::copy_file(fs::path(CASUS_SOURCE_DIR) / "corpus/locations.toml", bad / "locations.toml");
  fs::copy_file(fs::path(CASUS_SOURCE_DIR) / "tests/bad/treaties/unknown-key.toml", bad / "treaties/unknown-key.toml");
  auto r = casus("check '" + bad.string() + "' corpus");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("unknown-key.toml:31:1: provisions[0].trigerr: unknown key"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("corpus: ok"), std::string::npos) << r.out;  // the good one is still checked
}

}  // namespace

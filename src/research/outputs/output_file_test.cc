// casus dyads --out: the file appears under its name only when complete (issue 8).
#include "output_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace casus::research::internal {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const char* name) {
  auto dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

unsigned mask_now() {
  const mode_t m = ::umask(0);
  ::umask(m);
  return m;
}

int files_in(const fs::path& dir) {
  int n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

TEST(OutputFile, CommitRenamesAndLeavesNoTemporaryFile) {
  auto dir = fresh_dir("casus_out_ok");
  const auto target = (dir / "dyads.csv").string();
  auto f = OutputFile::create(target);
  ASSERT_TRUE(f.ok()) << f.error().message();
  std::fputs("a,b\n1,2\n", f.value().stream());
  EXPECT_FALSE(fs::exists(target));  // not before commit
  ASSERT_TRUE(f.value().commit().ok());
  EXPECT_EQ(fs::status(target).permissions(), fs::perms(0666) & ~fs::perms(mask_now()));
  std::ifstream in(target);
  std::string all((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(all, "a,b\n1,2\n");
  EXPECT_EQ(files_in(dir), 1);
  fs::remove_all(dir);
}

// A writer failure (the stream is on /dev/full: every flush fails with ENOSPC)
// is reported, and neither the target nor the temporary file is left; an
// existing file under the name keeps its content.
TEST(OutputFile, WriteFailureLeavesNothingUnderTheName) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "/dev/full absent";
  auto dir = fresh_dir("casus_out_full");
  const auto target = (dir / "dyads.csv").string();
  auto full = [](int fd, const std::string&) {
    ::close(fd);
    return std::fopen("/dev/full", "wb");
  };
  {
    auto f = OutputFile::create(target, full);
    ASSERT_TRUE(f.ok()) << f.error().message();
    std::fputs("ccode1,ccode2,year\n2,20,1920\n", f.value().stream());
    auto s = f.value().commit();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, ErrorKind::kIo);
    EXPECT_NE(s.error().message().find("write failed"), std::string::npos) << s.error().message();
  }
  EXPECT_FALSE(fs::exists(target));
  EXPECT_EQ(files_in(dir), 0);

  std::ofstream(target) << "old\n";
  {
    auto f = OutputFile::create(target, full);
    ASSERT_TRUE(f.ok());
    std::fputs("new\n", f.value().stream());
    EXPECT_FALSE(f.value().commit().ok());
  }
  std::ifstream in(target);
  std::string all((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(all, "old\n");
  EXPECT_EQ(files_in(dir), 1);
  fs::remove_all(dir);
}

TEST(OutputFile, AbandonedFileIsRemoved) {
  auto dir = fresh_dir("casus_out_abandon");
  const auto target = (dir / "dyads.csv").string();
  {
    auto f = OutputFile::create(target);
    ASSERT_TRUE(f.ok());
    std::fputs("partial", f.value().stream());
  }  // no commit: e.g. a dataset error half way
  EXPECT_EQ(files_in(dir), 0);
  fs::remove_all(dir);
}

TEST(OutputFile, MissingDirectoryIsAnIoError) {
  auto f = OutputFile::create("/nonexistent-casus-dir/dyads.csv");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().kind, ErrorKind::kIo);
}

}  // namespace
}  // namespace casus::research::internal

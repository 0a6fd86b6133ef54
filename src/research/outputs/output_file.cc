#include "output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace casus::research::internal {

Result<OutputFile> OutputFile::create(const std::string& target, const Opener& opener) {
  std::string pattern = target + ".casus-tmp-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  const int fd = ::mkstemp(buf.data());
  if (fd < 0) return io_error(target, std::string("cannot create a file beside it: ") + std::strerror(errno));
  std::string temp(buf.data());
  // mkstemp creates the file 0600; the output gets the mode an ordinary create would give.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  std::FILE* f = opener ? opener(fd, temp) : ::fdopen(fd, "wb");
  if (!f) {
    const int e = errno;
    if (!opener) ::close(fd);
    ::unlink(temp.c_str());
    return io_error(target, std::string("cannot open for writing: ") + std::strerror(e));
  }
  return OutputFile(target, std::move(temp), f);
}

OutputFile::OutputFile(OutputFile&& o) noexcept
    : target_(std::move(o.target_)), temp_(std::move(o.temp_)), file_(o.file_), committed_(o.committed_) {
  o.file_ = nullptr;
  o.committed_ = true;
}

OutputFile::~OutputFile() {
  if (!committed_) discard();
}

void OutputFile::discard() {
  if (file_) std::fclose(file_);
  file_ = nullptr;
  if (!temp_.empty()) ::unlink(temp_.c_str());
  committed_ = true;
}

Status OutputFile::commit() {
  if (committed_) return io_error(target_, "already committed");
  errno = 0;
  const bool flushed = std::fflush(file_) == 0 && !std::ferror(file_);
  int e = errno;
  const bool closed = std::fclose(file_) == 0;
  if (!closed && e == 0) e = errno;
  file_ = nullptr;
  if (!flushed || !closed) {
    discard();
    return io_error(target_, std::string("write failed: ") + std::strerror(e ? e : EIO) + "; nothing was written under this name");
  }
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    e = errno;
    discard();
    return io_error(target_, std::string("cannot rename the finished file into place: ") + std::strerror(e));
  }
  committed_ = true;
  return {};
}

}  // namespace casus::research::internal

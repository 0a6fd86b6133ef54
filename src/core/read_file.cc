#include "casus/read_file.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casus {
namespace {

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

std::string reason(int err) { return std::strerror(err); }

// Closes the descriptor on every path out of read_regular_file.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

FileRead read_regular_file(const std::string& path) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; the type check below then refuses it.
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (f.fd < 0) return {std::nullopt, "cannot open: " + reason(errno)};
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) return {std::nullopt, "cannot read: " + reason(errno)};
  if (!S_ISREG(st.st_mode)) return {std::nullopt, "cannot read: " + kind_of(st.st_mode) + "; expected a regular file"};
  // Back to blocking reads for the regular file.
  if (int flags = ::fcntl(f.fd, F_GETFL); flags >= 0) ::fcntl(f.fd, F_SETFL, flags & ~O_NONBLOCK);
  std::string out;
  if (st.st_size > 0) out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(f.fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return {std::nullopt, "cannot read: " + reason(errno)};
    }
    out.append(buf, static_cast<size_t>(n));
  }
  return {std::move(out), ""};
}

std::optional<std::string> read_input_file(const std::string& path, Diagnostics& diag) {
  FileRead r = read_regular_file(path);
  if (!r.bytes) diag.add({path, 0, 0}, "", r.error);
  return std::move(r.bytes);
}

}  // namespace casus

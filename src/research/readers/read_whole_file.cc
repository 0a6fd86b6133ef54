#include "read_whole_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace casus::research::internal {

Result<std::string> read_whole_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return io_error(path, std::string("cannot read: ") + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return io_error(path, "cannot read: is a directory, expected a regular file");
  if (!S_ISREG(st.st_mode)) {
    return io_error(path, std::string("cannot read: not a regular file (") +
                              (S_ISFIFO(st.st_mode) ? "a FIFO" : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device" : "a special file") +
                              "), expected a regular file");
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return io_error(path, std::string("cannot open for reading: ") + std::strerror(errno));
  std::string text;
  text.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    const std::size_t got = std::fread(buf, 1, sizeof buf, f.get());
    text.append(buf, got);
    if (got < sizeof buf) break;
  }
  if (std::ferror(f.get())) return io_error(path, std::string("read error: ") + std::strerror(errno));
  return text;
}

}  // namespace casus::research::internal

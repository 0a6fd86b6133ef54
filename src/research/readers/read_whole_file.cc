#include "read_whole_file.h"

#include "casus/read_file.h"

namespace casus::research::internal {

Result<std::string> read_whole_file(const std::string& path) {
  FileRead r = read_regular_file(path);
  if (!r.bytes) return io_error(path, std::move(r.error));
  return std::move(*r.bytes);
}

}  // namespace casus::research::internal

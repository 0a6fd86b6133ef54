// An output file that appears under its name only when it is complete.
//
// Rows go to a temporary file beside the target (same directory, so the
// final rename is atomic); commit() flushes, checks the stream's error flag
// and fclose()'s result, then renames the temporary file over the target.
// If commit() is not reached or fails, the temporary file is removed and
// nothing is left under the requested name (an existing file there is kept
// as it was).
#pragma once

#include <cstdio>
#include <functional>
#include <string>

#include "casus/research/result.h"

namespace casus::research::internal {

class OutputFile {
 public:
  // Turns the temporary file's descriptor into a stream; tests replace it to
  // inject a writer failure (e.g. a stream on /dev/full).
  using Opener = std::function<std::FILE*(int fd, const std::string& temp_path)>;

  static Result<OutputFile> create(const std::string& target, const Opener& opener = nullptr);

  OutputFile(OutputFile&& o) noexcept;
  OutputFile& operator=(OutputFile&&) = delete;
  OutputFile(const OutputFile&) = delete;
  ~OutputFile();

  std::FILE* stream() const { return file_; }
  const std::string& target() const { return target_; }
  Status commit();

 private:
  OutputFile(std::string target, std::string temp, std::FILE* file)
      : target_(std::move(target)), temp_(std::move(temp)), file_(file) {}
  void discard();

  std::string target_, temp_;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

}  // namespace casus::research::internal

// Files of the page, served from one folder. A request path is resolved inside that folder or
// refused: ".." segments, NUL bytes and backslashes are rejected before the file system is asked,
// and the resolved path (symlinks followed) must still lie inside the folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "server/api_error.h"

namespace casus::server {

struct Asset {
  std::string body;
  std::string content_type;
};

class AssetFolder {
 public:
  explicit AssetFolder(const std::string& dir);  // empty: no page
  bool enabled() const { return !root_.empty(); }
  const std::filesystem::path& root() const { return root_; }

  // The file for a decoded request path ("/" means index.html), or a 400 (outside the folder) or
  // 404 (no such file) error.
  struct Found {
    std::optional<Asset> asset;
    ApiError error;
  };
  Found find(std::string_view request_path) const;

 private:
  std::filesystem::path root_;  // canonical
};

std::string content_type_for(const std::filesystem::path& file);

}  // namespace casus::server

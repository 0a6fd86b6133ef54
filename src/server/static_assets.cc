#include "server/static_assets.h"

#include <fstream>
#include <sstream>

namespace casus::server {

namespace fs = std::filesystem;

AssetFolder::AssetFolder(const std::string& dir) {
  if (dir.empty()) return;
  std::error_code ec;
  root_ = fs::canonical(dir, ec);
  if (ec) root_.clear();
}

std::string content_type_for(const fs::path& file) {
  const std::string ext = file.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".map") return "application/json";
  return "application/octet-stream";
}

AssetFolder::Found AssetFolder::find(std::string_view request_path) const {
  auto refuse = [&](std::string why) {
    return Found{std::nullopt, ApiError{400, std::move(why), {{"in", "path"}, {"name", std::string(request_path)}}, nullptr}};
  };
  auto missing = [&] {
    return Found{std::nullopt,
                 ApiError{404, "no such file in the page's assets", {{"in", "path"}, {"name", std::string(request_path)}},
                          nullptr}};
  };
  if (!enabled()) return missing();
  if (request_path.find('\0') != std::string_view::npos || request_path.find('\\') != std::string_view::npos)
    return refuse("the path has a NUL byte or a backslash");
  fs::path rel;
  size_t start = 0;
  while (start <= request_path.size()) {
    size_t end = request_path.find('/', start);
    if (end == std::string_view::npos) end = request_path.size();
    std::string_view seg = request_path.substr(start, end - start);
    if (seg == "..") return refuse("the path leaves the asset folder (a \"..\" segment)");
    if (!seg.empty() && seg != ".") rel /= std::string(seg);
    start = end + 1;
  }
  if (rel.empty()) rel = "index.html";
  std::error_code ec;
  fs::path full = fs::weakly_canonical(root_ / rel, ec);
  if (ec) return missing();
  // Inside the folder, component by component (a prefix test on strings would accept /assets-x).
  auto r = root_.begin();
  auto f = full.begin();
  for (; r != root_.end(); ++r, ++f)
    if (f == full.end() || *f != *r) return refuse("the path leaves the asset folder");
  if (!fs::is_regular_file(full, ec)) return missing();
  std::ifstream in(full, std::ios::binary);
  if (!in) return missing();
  std::ostringstream buf;
  buf << in.rdbuf();
  return Found{Asset{buf.str(), content_type_for(full)}, {}};
}

}  // namespace casus::server

#include "cli/serve_command.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "casus/server.h"
#include "cli/version.h"

namespace fs = std::filesystem;

namespace casus::cli {
namespace {

std::string default_data_dir() {
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return (fs::path(x) / "casus").string();
  if (const char* h = std::getenv("HOME"); h && *h) return (fs::path(h) / ".local/share/casus").string();
  return "casus-data";
}

// The built page: an explicit folder, else $CASUS_WEB_DIR, else share/casus/web beside an installed
// binary, else the build tree's web-assets/ folder.
std::string asset_dir(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* e = std::getenv("CASUS_WEB_DIR"); e && *e) return e;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share/casus/web";
    if (fs::is_regular_file(installed / "index.html", ec)) return installed.string();
  }
  return CASUS_BUILD_WEB_DIR;
}

}  // namespace

int serve(const GlobalOptions& g, const ServeCliOptions& o) {
  auto corpus = load_corpus_or_report(g);
  if (!corpus) return 1;
  ServeOptions so;
  so.host = o.host;
  so.port = o.port;
  so.max_body = o.max_body;
  so.asset_dir = asset_dir(o.assets);
  so.version = version_line(corpus_root(g));
  if (!o.store.empty()) {
    so.store_path = o.store;
  } else {
    std::string dir = o.data_dir.empty() ? default_data_dir() : o.data_dir;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
      std::cerr << fmt::format("casus serve: --data-dir: cannot create {}: {}\n", dir, ec.message());
      return 1;
    }
    so.store_path = (fs::path(dir) / "scenarios.sqlite").string();
  }
  return casus::serve(*corpus, so, std::cout, std::cerr);
}

}  // namespace casus::cli

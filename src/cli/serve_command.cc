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

std::string default_store_dir() {
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
  // Saved scenarios are kept next to the data (issue 10): in the data directory when one is named
  // (casus serve --data-dir DIR, or casus --data-dir DIR serve), else in the user's own data folder.
  // A data directory found only through $CASUS_DATA or ../shared/data is read, never written to.
  if (!o.store.empty()) {
    so.store_path = o.store;
  } else {
    const bool named = g.data_dir && !g.data_dir->empty();
    std::string dir = named ? *g.data_dir : default_store_dir();
    std::error_code ec;
    if (!named) fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
      std::cerr << fmt::format("casus serve: {}: cannot keep saved scenarios in {}{}; name a file with --store FILE\n",
                               named ? "--data-dir" : "the default store folder", dir,
                               ec ? ": " + ec.message() : std::string(": not a directory"));
      return 1;
    }
    so.store_path = (fs::path(dir) / "scenarios.sqlite").string();
  }
  return casus::serve(*corpus, so, std::cout, std::cerr);
}

}  // namespace casus::cli

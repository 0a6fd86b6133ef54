// `casus serve`: the thin CLI entry of the server component (src/server, include/casus/server.h).
#pragma once

#include <string>

#include "cli/commands.h"

namespace casus::cli {

struct ServeCliOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string data_dir;  // the data directory, as casus --data-dir: its COW state list, and the store beside it
  std::string store;     // the SQLite file; default DATA_DIR/scenarios.sqlite, else ${XDG_DATA_HOME:-~/.local/share}/casus/
  std::string assets;    // the built page; default $CASUS_WEB_DIR, the installed share/casus/web, or the build's web-assets/
  size_t max_body = 256 * 1024;
};

int serve(const GlobalOptions& g, const ServeCliOptions& o);

}  // namespace casus::cli

// `casus serve`: the JSON API (documented by the OpenAPI document at /api/openapi.json) and the page,
// over one immutable Corpus. Requests are served by a pool of threads; the corpus is only read and
// evaluation is a pure function, so they share it without locks. Saved scenarios live in SQLite.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

#include "casus/corpus.h"

namespace casus {

struct ServeOptions {
  std::string host = "127.0.0.1";    // loopback unless asked otherwise
  int port = 8080;                   // 0: any free port (the one bound is printed)
  std::string asset_dir;             // the built page (index.html, app.js, ...); empty: API only
  std::string store_path;            // the SQLite file of saved scenarios
  std::size_t max_body = 256 * 1024; // bytes; larger request bodies get 413
  std::string version;               // "casus 0.1.0 (commit ..., corpus ...)", shown by /api/health
  std::string iso_codes_json = "/usr/share/iso-codes/json/iso_3166-1.json";  // numeric codes for the map
};

// Serves until SIGINT or SIGTERM. Prints "casus serve: listening on http://HOST:PORT/" to `log`
// once the socket is bound (so that a caller who asked for port 0 learns the port), and problems
// (store cannot be opened, port taken) to `err`. Returns the process exit code.
int serve(const Corpus& corpus, const ServeOptions& options, std::ostream& log, std::ostream& err);

}  // namespace casus

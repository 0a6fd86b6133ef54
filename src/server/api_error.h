// Every error the HTTP API returns has one shape, so that a client (the page, a script) can show
// what was wrong and where without parsing prose:
//   {"status": 400, "error": "what was wrong", "where": {"in": "body|query|path", ...},
//    "diagnostics": [{"file", "line", "column", "field", "message"}]}
// `where` and `diagnostics` are present only when known.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "casus/diagnostics.h"

namespace casus::server {

struct ApiError {
  int status = 400;
  std::string message;
  nlohmann::json where;        // null when the problem has no single place
  nlohmann::json diagnostics;  // null or an array

  nlohmann::json to_json() const;
};

// A located problem in a request part: ApiError{400, message, {"in": part, "name"/"field": name}}.
ApiError bad_request(std::string message, std::string part, std::string name = "");
ApiError not_found(std::string message, std::string part, std::string name);

// Loader diagnostics as a 400 (422 would suggest the syntax was fine; it may not be).
// `display_file` replaces whatever file name the loader used; with `lines` false, line and
// column are dropped (they refer to TOML the server generated from JSON, not to the client's text).
ApiError diagnostics_error(const std::string& message, const Diagnostics& diag, const std::string& display_file,
                           bool lines);

}  // namespace casus::server

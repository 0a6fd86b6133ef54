// What the two targets of the JSON API (fuzz_api_request, fuzz_scenario_store) share: the contract on
// what the server's scenario input hands back, in the API's own terms. A value xor an error; an error
// has a 4xx status, a message, and a place: `where` (header, body, a field, a byte offset) or at least
// one diagnostic, each with a message (and, for the client's own TOML text, a line); and it can be sent
// (its JSON serialises: nlohmann refuses invalid UTF-8, which would turn a 400 into a 500).
#pragma once

#include <string>

#include "server/api_error.h"

namespace casus::fuzz {

// `lines_required`: the diagnostics are about the client's own TOML text, so each names a line.
void require_value_xor_api_error(bool has_value, const server::ApiError& error, bool lines_required);

}  // namespace casus::fuzz

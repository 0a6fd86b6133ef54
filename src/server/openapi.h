// The OpenAPI 3 document of the API, served at /api/openapi.json. It is written by hand next to the
// routes (server.cc); tests/server/api_test.cc checks that every route it lists answers.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace casus::server {
nlohmann::json openapi_document(const std::string& version);
}

#include "fuzz_api_support.h"

#include "fuzz_support.h"

namespace casus::fuzz {

void require_value_xor_api_error(bool has_value, const server::ApiError& e, bool lines_required) {
  const bool has_error = !e.message.empty() || !e.where.is_null() || !e.diagnostics.is_null();
  if (has_value && has_error) fail("a value AND an error: " + e.message);
  if (has_value) return;
  if (!has_error) fail("neither a value nor an error");
  std::string sent;
  try {
    sent = e.to_json().dump();
  } catch (const std::exception& x) {
    fail(std::string("an error that cannot be sent as JSON (") + x.what() + "): " + e.message);
  }
  if (e.status < 400 || e.status > 499) fail("an error for a bad request that is not a 4xx: " + sent);
  if (e.message.empty()) fail("an error without a message: " + sent);
  const bool has_diagnostics = e.diagnostics.is_array() && !e.diagnostics.empty();
  if (e.where.is_null() && !has_diagnostics) fail("an error that says nowhere what was wrong: " + sent);
  if (!e.where.is_null() && (!e.where.is_object() || !e.where.contains("in"))) fail("a `where` without \"in\": " + sent);
  if (has_diagnostics) {
    for (const auto& d : e.diagnostics) {
      if (!d.contains("message") || !d["message"].is_string() || d["message"].get<std::string>().empty())
        fail("a diagnostic without a message: " + sent);
      if (lines_required && (!d.contains("line") || !d["line"].is_number_integer() || d["line"].get<int>() < 1))
        fail("a diagnostic on the client's TOML text without a line: " + sent);
    }
  }
}

}  // namespace casus::fuzz

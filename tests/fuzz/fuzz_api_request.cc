// libFuzzer target: the JSON API's request parser, as POST /api/evaluate and POST /api/scenarios use
// it: a request body and its Content-Type (server::scenario_from_body), then the check of the scenario
// it carries against the repository's corpus (server::check_scenario: the loader, on the client's
// TOML or on TOML generated from JSON fields, with the readings/policies overrides applied).
// The first byte of the input chooses the Content-Type (see content_type below); the rest is the body.
// Contract (fuzz_api_support.h): a value xor a 4xx error that says where, and that can be sent.
#include <string>
#include <string_view>

#include "fuzz_api_support.h"
#include "fuzz_support.h"
#include "server/scenario_input.h"

namespace {

// '0'..'2' (mod 8: 0..2): JSON; '3': TOML; '4': text/plain; otherwise the header itself is fuzzed:
// the bytes up to the first newline (which are then not part of the body).
std::string content_type(uint8_t selector, std::string_view& body) {
  switch (selector % 8) {
    case 0: return "application/json";
    case 1: return "application/json; charset=utf-8";
    case 2: return "Application/JSON ";
    case 3: return "application/toml";
    case 4: return "text/plain";
    default: {
      const auto nl = body.find('\n');
      std::string header(body.substr(0, nl));
      body.remove_prefix(nl == std::string_view::npos ? body.size() : nl + 1);
      return header;
    }
  }
}

}  // namespace

// The one-time load before the first input, so that it is not counted against the first input's
// -timeout (on a loaded machine it took longer than the whole limit: a false "timeout" finding).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)casus::fuzz::repository_corpus();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const casus::Corpus& corpus = casus::fuzz::repository_corpus();
  std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string type = content_type(data[0], body);
  auto source = casus::server::scenario_from_body(type, std::string(body));
  casus::fuzz::require_value_xor_api_error(source.value.has_value(), source.error, false);
  if (!source) return 0;
  const auto& s = *source.value;
  const bool client_text = !s.from_json && s.readings.empty() && s.policies.empty();
  auto checked = casus::server::check_scenario(corpus, s);
  casus::fuzz::require_value_xor_api_error(checked.value.has_value(), checked.error, client_text);
  if (!checked) return 0;
  if (checked.value->toml.empty()) casus::fuzz::fail("an accepted scenario with no TOML text");
  if (!checked.value->fields.is_object()) casus::fuzz::fail("an accepted scenario whose fields are not an object");
  if (client_text && checked.value->toml != s.toml) casus::fuzz::fail("an upload without overrides was not kept as written");
  return 0;
}

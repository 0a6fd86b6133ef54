#include "server/api_error.h"

namespace casus::server {

nlohmann::json ApiError::to_json() const {
  nlohmann::json j = {{"status", status}, {"error", message}};
  if (!where.is_null()) j["where"] = where;
  if (!diagnostics.is_null()) j["diagnostics"] = diagnostics;
  // An error message may quote the client's bytes (a parser's message quotes the byte it stopped at), and
  // those need not be UTF-8; dumping such a string throws, which turned a located 400 into a 500. Every
  // byte that is not UTF-8 becomes U+FFFD here, once, for every string the error holds.
  return nlohmann::json::parse(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

ApiError bad_request(std::string message, std::string part, std::string name) {
  nlohmann::json where = {{"in", std::move(part)}};
  if (!name.empty()) where["name"] = std::move(name);
  return {400, std::move(message), std::move(where), nullptr};
}

ApiError not_found(std::string message, std::string part, std::string name) {
  return {404, std::move(message), {{"in", std::move(part)}, {"name", std::move(name)}}, nullptr};
}

ApiError diagnostics_error(const std::string& message, const Diagnostics& diag, const std::string& display_file,
                           bool lines) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& d : diag.items()) {
    nlohmann::json j = {{"file", display_file}, {"field", d.field}, {"message", d.message}};
    if (lines && d.where.line > 0) {
      j["line"] = d.where.line;
      j["column"] = d.where.column;
    }
    items.push_back(std::move(j));
  }
  ApiError e{400, message, nullptr, std::move(items)};
  if (!diag.items().empty()) {
    const auto& first = diag.items().front();
    e.where = {{"in", "body"}, {"field", first.field}};
    if (lines && first.where.line > 0) {
      e.where["line"] = first.where.line;
      e.where["column"] = first.where.column;
    }
    e.message += ": " + (first.field.empty() ? "" : first.field + ": ") + first.message;
    if (diag.items().size() > 1) e.message += " (and " + std::to_string(diag.items().size() - 1) + " more)";
  }
  return e;
}

}  // namespace casus::server

#include "server/scenario_input.h"

#include <sys/mman.h>
#include <unistd.h>

#include <functional>
#include <regex>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "casus/date.h"
#include "casus/report.h"
#include "casus/scenario.h"

namespace casus::server {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 16;  // scenario files nest three levels deep; deeper JSON is not a scenario
constexpr const char* kBodyName = "request body";

bool looks_like_date(const std::string& s) {
  static const std::regex re(R"(\d{4}-\d{2}-\d{2})");
  return std::regex_match(s, re);
}

std::string join_path(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

// One JSON value as a TOML node; an error names the field by its dotted path.
std::optional<std::string> to_toml(const json& v, const std::string& path, int depth,
                                   std::unique_ptr<toml::node>& out) {
  if (depth > kMaxDepth) return fmt::format("{}: nested deeper than {} levels", path, kMaxDepth);
  switch (v.type()) {
    case json::value_t::string: {
      const auto& s = v.get_ref<const std::string&>();
      if (looks_like_date(s)) {
        auto d = Date::parse(s);
        if (!d) return fmt::format("{}: expected a real day YYYY-MM-DD; found \"{}\"", path, s);
        out = std::make_unique<toml::value<toml::date>>(toml::date{d->year(), d->month(), d->day()});
      } else {
        out = std::make_unique<toml::value<std::string>>(s);
      }
      return std::nullopt;
    }
    case json::value_t::boolean: out = std::make_unique<toml::value<bool>>(v.get<bool>()); return std::nullopt;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      if (v.is_number_unsigned() && v.get<uint64_t>() > uint64_t(INT64_MAX))
        return fmt::format("{}: integer out of range", path);
      out = std::make_unique<toml::value<int64_t>>(v.get<int64_t>());
      return std::nullopt;
    case json::value_t::number_float: out = std::make_unique<toml::value<double>>(v.get<double>()); return std::nullopt;
    case json::value_t::array: {
      auto arr = std::make_unique<toml::array>();
      for (size_t i = 0; i < v.size(); ++i) {
        std::unique_ptr<toml::node> n;
        if (auto e = to_toml(v[i], fmt::format("{}[{}]", path, i), depth + 1, n)) return e;
        if (n) arr->push_back(std::move(*n));
      }
      out = std::move(arr);
      return std::nullopt;
    }
    case json::value_t::object: {
      auto t = std::make_unique<toml::table>();
      for (const auto& [k, x] : v.items()) {
        std::unique_ptr<toml::node> n;
        if (auto e = to_toml(x, join_path(path, k), depth + 1, n)) return e;
        if (n) t->insert(k, std::move(*n));
      }
      out = std::move(t);
      return std::nullopt;
    }
    case json::value_t::null: return std::nullopt;  // absent
    default: return fmt::format("{}: expected a string, number, boolean, array or object", path);
  }
}

json to_json(const toml::node& n) {
  if (auto t = n.as_table()) {
    json j = json::object();
    for (const auto& [k, v] : *t) j[std::string(k.str())] = to_json(v);
    return j;
  }
  if (auto a = n.as_array()) {
    json j = json::array();
    for (const auto& v : *a) j.push_back(to_json(v));
    return j;
  }
  if (auto s = n.as_string()) return s->get();
  if (auto i = n.as_integer()) return i->get();
  if (auto f = n.as_floating_point()) return f->get();
  if (auto b = n.as_boolean()) return b->get();
  if (auto d = n.as_date()) return fmt::format("{:04}-{:02}-{:02}", d->get().year, d->get().month, d->get().day);
  std::ostringstream os;  // times and date-times: TOML's own spelling
  if (auto t = n.as_time()) os << t->get();
  else if (auto dt = n.as_date_time()) os << dt->get();
  return os.str();
}

std::string serialize(const toml::table& t) {
  std::ostringstream os;
  os << toml::toml_formatter{t};
  os << "\n";
  return os.str();
}

// Loads TOML text with the scenario loader. The loader reads files; the text is handed to it as an
// anonymous in-memory file (memfd), so nothing touches the disk and concurrent requests never share one.
template <class F>
auto with_loaded(const Corpus& corpus, const std::string& text, F&& use) -> Result<decltype(use(std::declval<Scenario&>()))> {
  using R = Result<decltype(use(std::declval<Scenario&>()))>;
  int fd = memfd_create("casus-scenario", MFD_CLOEXEC);
  if (fd < 0) return R::fail({500, "cannot create an in-memory file for the scenario", nullptr, nullptr});
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) {
      ::close(fd);
      return R::fail({500, "cannot write the scenario to an in-memory file", nullptr, nullptr});
    }
    done += static_cast<size_t>(n);
  }
  Diagnostics diag;
  auto sc = load_scenario("/proc/self/fd/" + std::to_string(fd), corpus, diag);
  ::close(fd);
  if (!sc) return R::fail(diagnostics_error("the scenario was not accepted", diag, kBodyName, true));
  sc->file = "scenario.toml";  // not the memfd's path, which means nothing to the client
  return R::ok(use(*sc));
}

// Applies the overrides of [options] to TOML text the loader has accepted.
Result<std::string> with_overrides(const ScenarioSource& s) {
  if (s.readings.empty() && s.policies.empty()) return Result<std::string>::ok(s.toml);
  toml::table t;
  try {
    t = toml::parse(s.toml);
  } catch (const toml::parse_error&) {
    return Result<std::string>::fail(bad_request("the scenario is not valid TOML", "body"));
  }
  auto* opts = t["options"].as_table();
  if (!opts) {
    t.insert_or_assign("options", toml::table{});
    opts = t["options"].as_table();
  }
  auto put = [&](const char* key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    toml::array a;
    for (const auto& v : values) a.push_back(v);
    opts->insert_or_assign(key, std::move(a));
  };
  put("readings", s.readings);
  put("policies", s.policies);
  return Result<std::string>::ok(serialize(t));
}

Result<std::vector<std::string>> string_list(const json& body, const char* key) {
  using R = Result<std::vector<std::string>>;
  std::vector<std::string> out;
  if (!body.contains(key) || body[key].is_null()) return R::ok(out);
  const json& v = body[key];
  if (!v.is_array()) return R::fail(bad_request(fmt::format("{}: expected an array of strings", key), "body", key));
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string())
      return R::fail(bad_request(fmt::format("{}[{}]: expected a string", key, i), "body", fmt::format("{}[{}]", key, i)));
    out.push_back(v[i].get<std::string>());
  }
  return R::ok(out);
}

// Line and column refer to TOML the server generated (from JSON fields, or with overrides applied):
// only the field names mean something to the client.
ApiError without_lines(ApiError e, const char* file) {
  for (auto& d : e.diagnostics) {
    d.erase("line"), d.erase("column");
    if (file) d["file"] = file;
  }
  if (e.where.is_object()) e.where.erase("line"), e.where.erase("column");
  return e;
}

}  // namespace

Result<std::string> toml_from_fields(const json& fields) {
  using R = Result<std::string>;
  if (!fields.is_object()) return R::fail(bad_request("scenario: expected an object of scenario fields", "body", "scenario"));
  std::unique_ptr<toml::node> n;
  if (auto e = to_toml(fields, "", 0, n)) return R::fail(bad_request("scenario." + *e, "body", "scenario"));
  return R::ok(serialize(*n->as_table()));
}

std::optional<json> fields_from_toml(const std::string& text) {
  try {
    return to_json(toml::parse(text));
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
}

Result<ScenarioSource> scenario_from_body(const std::string& content_type, const std::string& body) {
  using R = Result<ScenarioSource>;
  std::string type = content_type.substr(0, content_type.find(';'));
  for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  ScenarioSource s;
  if (type == "application/toml" || type == "text/plain" || type == "text/x-toml") {
    s.toml = body;
    return R::ok(std::move(s));
  }
  if (type != "application/json")
    return R::fail({415, fmt::format("Content-Type: expected application/json or application/toml; found \"{}\"",
                                     content_type),
                    {{"in", "header"}, {"name", "Content-Type"}}, nullptr});
  json j;
  try {
    j = json::parse(body);
  } catch (const json::parse_error& e) {
    // nlohmann's message carries the line and column; the byte offset is kept separately.
    ApiError err = bad_request(fmt::format("the body is not valid JSON: {}", e.what()), "body");
    err.where["offset"] = e.byte;
    return R::fail(std::move(err));
  } catch (const json::out_of_range& e) {
    // A number beyond a double ("1e99999") is not a syntax error to nlohmann but its own exception, which
    // escaped as a 500 (found by fuzz_api_request).
    return R::fail(bad_request(fmt::format("the body is not valid JSON: a number is out of range: {}", e.what()), "body"));
  }
  if (!j.is_object()) return R::fail(bad_request("the body: expected a JSON object", "body"));
  for (const auto& [k, v] : j.items())
    if (k != "scenario" && k != "toml" && k != "readings" && k != "policies")
      return R::fail(bad_request(fmt::format("{}: not a field of this request; expected scenario, toml, readings or policies", k),
                                 "body", k));
  if (j.contains("toml") == j.contains("scenario"))
    return R::fail(bad_request("expected exactly one of \"scenario\" (the scenario as JSON fields) or \"toml\" (its TOML text)",
                               "body"));
  if (j.contains("toml")) {
    if (!j["toml"].is_string()) return R::fail(bad_request("toml: expected a string (the scenario's TOML text)", "body", "toml"));
    s.toml = j["toml"].get<std::string>();
  } else {
    auto t = toml_from_fields(j["scenario"]);
    if (!t) return R::fail(t.error);
    s.toml = *t.value;
    s.from_json = true;
  }
  auto r = string_list(j, "readings");
  if (!r) return R::fail(r.error);
  auto p = string_list(j, "policies");
  if (!p) return R::fail(p.error);
  s.readings = *r.value;
  s.policies = *p.value;
  return R::ok(std::move(s));
}

Result<CheckedScenario> check_scenario(const Corpus& corpus, const ScenarioSource& source) {
  using R = Result<CheckedScenario>;
  // The client's own text first, so that diagnostics point at its lines.
  auto first = with_loaded(corpus, source.toml, [](Scenario& sc) { return sc.title; });
  if (!first) {
    return R::fail(source.from_json ? without_lines(first.error, "scenario (JSON)") : first.error);
  }
  auto text = with_overrides(source);
  if (!text) return R::fail(text.error);
  std::string title = *first.value;
  if (*text.value != source.toml) {
    auto second = with_loaded(corpus, *text.value, [](Scenario& sc) { return sc.title; });
    if (!second) return R::fail(without_lines(second.error, nullptr));
  }
  auto fields = fields_from_toml(*text.value);
  return R::ok({*text.value, title, fields.value_or(json::object())});
}

namespace {

// Loads (with the overrides checked first, when there are any), evaluates and renders; the render's
// result type is the answer's: a tree for the summary and the graph, text for the full report.
template <class Render>
auto evaluate_and_render(const Corpus& corpus, const ScenarioSource& source, Render&& render)
    -> Result<decltype(render(std::declval<const ScenarioReport&>()))> {
  using R = Result<decltype(render(std::declval<const ScenarioReport&>()))>;
  auto evaluate = [&](Scenario& sc) {
    ScenarioReport r = evaluate_all(corpus, sc);
    return render(r);
  };
  if (source.readings.empty() && source.policies.empty()) {  // the common case: one load
    auto report = with_loaded(corpus, source.toml, evaluate);
    if (!report) return R::fail(source.from_json ? without_lines(report.error, "scenario (JSON)") : report.error);
    return R::ok(std::move(*report.value));
  }
  auto checked = check_scenario(corpus, source);
  if (!checked) return R::fail(checked.error);
  auto report = with_loaded(corpus, checked.value->toml, evaluate);
  if (!report) return R::fail(report.error);
  return R::ok(std::move(*report.value));
}

}  // namespace

Result<json> evaluate_with(const Corpus& corpus, const ScenarioSource& source,
                           const std::function<json(const ScenarioReport&)>& render) {
  return evaluate_and_render(corpus, source, render);
}

Result<std::string> evaluate_scenario(const Corpus& corpus, const ScenarioSource& source) {
  return evaluate_and_render(corpus, source, [&](const ScenarioReport& r) { return render_json_text(corpus, r); });
}

}  // namespace casus::server

// The routes of `casus serve`. Each handler validates its inputs (path, query, body) and answers
// either its JSON or an ApiError; the error handler turns httplib's own failures (413, 404) into the
// same JSON shape.
#include "casus/server.h"

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <ostream>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "casus/date.h"
#include "casus/graph.h"
#include "casus/language.h"
#include "casus/summary.h"
#include "server/api_error.h"
#include "server/corpus_views.h"
#include "server/openapi.h"
#include "server/scenario_input.h"
#include "server/scenario_store.h"
#include "server/static_assets.h"

namespace casus {
namespace {

using nlohmann::json;
using server::ApiError;
using server::bad_request;
using server::not_found;

void send_json(httplib::Response& res, int status, const json& j) {
  res.status = status;
  res.set_content(j.dump(), "application/json");
}

void send_error(httplib::Response& res, const ApiError& e) { send_json(res, e.status, e.to_json()); }

// Headers on every answer: the page loads nothing from elsewhere, and browsers must not guess types.
void security_headers(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'");
  res.set_header("Referrer-Policy", "no-referrer");
}

json saved_json(const server::SavedScenario& s, bool full) {
  json j = {{"id", s.id}, {"title", s.title}, {"created", s.created}, {"updated", s.updated},
            {"links", {{"self", "/api/scenarios/" + s.id}, {"toml", "/api/scenarios/" + s.id + "/toml"}}}};
  if (full) {
    j["toml"] = s.toml;
    if (auto f = server::fields_from_toml(s.toml)) j["scenario"] = *f;
  }
  return j;
}

// A file name for the download: the title's letters and digits, else the id.
std::string download_name(const server::SavedScenario& s) {
  std::string out;
  for (char c : s.title) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!out.empty() && out.back() != '-') out += '-';
    if (out.size() >= 60) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return (out.empty() ? s.id : out) + ".toml";
}

class Api {
 public:
  Api(const Corpus& corpus, server::ScenarioStore& store, const ServeOptions& o)
      : corpus_(corpus), store_(store), assets_(o.asset_dir), version_(o.version),
        numeric_(server::iso_numeric_codes(o.iso_codes_json)) {}

  void install(httplib::Server& s) {
    s.Get("/api/health", [this](const httplib::Request&, httplib::Response& res) {
      send_json(res, 200, {{"ok", true}, {"version", version_}, {"treaties", corpus_.treaties().size()},
                           {"states", corpus_.states().size()}, {"store", store_.path()}});
    });
    s.Get("/api/openapi.json", [this](const httplib::Request&, httplib::Response& res) {
      send_json(res, 200, server::openapi_document(version_));
    });
    s.Get("/api/states", [this](const httplib::Request&, httplib::Response& res) {
      send_json(res, 200, server::states_json(corpus_, numeric_));
    });
    s.Get("/api/locations", [this](const httplib::Request&, httplib::Response& res) {
      send_json(res, 200, server::locations_json(corpus_));
    });
    s.Get("/api/treaties", [this](const httplib::Request& req, httplib::Response& res) { treaties(req, res); });
    s.Get(R"(/api/treaties/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      const std::string id = req.matches[1];
      const Treaty* t = corpus_.treaty(id);
      if (!t) return send_error(res, not_found(fmt::format("no treaty \"{}\" in the corpus", id), "path", "id"));
      send_json(res, 200, server::treaty_json(corpus_, *t));
    });
    s.Get("/api/diff", [this](const httplib::Request& req, httplib::Response& res) { diff(req, res); });
    s.Post("/api/evaluate", [this](const httplib::Request& req, httplib::Response& res) { evaluate(req, res); });

    s.Get("/api/scenarios", [this](const httplib::Request&, httplib::Response& res) {
      json list = json::array();
      for (const auto& x : store_.list()) list.push_back(saved_json(x, false));
      send_json(res, 200, list);
    });
    s.Post("/api/scenarios", [this](const httplib::Request& req, httplib::Response& res) { save(req, res, ""); });
    s.Get(R"(/api/scenarios/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      auto found = saved(req, res);
      if (found) send_json(res, 200, saved_json(*found, true));
    });
    s.Put(R"(/api/scenarios/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      if (saved(req, res)) save(req, res, req.matches[1]);
    });
    s.Delete(R"(/api/scenarios/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      if (!saved(req, res)) return;
      store_.remove(std::string(req.matches[1]));
      res.status = 204;
    });
    s.Get(R"(/api/scenarios/([^/]+)/toml)", [this](const httplib::Request& req, httplib::Response& res) {
      auto found = saved(req, res);
      if (!found) return;
      res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"", download_name(*found)));
      res.set_content(found->toml, "application/toml; charset=utf-8");
    });

    s.Post("/api/summary", [this](const httplib::Request& req, httplib::Response& res) { summary(req, res); });
    s.Post("/api/graph", [this](const httplib::Request& req, httplib::Response& res) { graph(req, res); });

    // Anything else under /api/ is a JSON 404; everything else is the page.
    s.Get(R"(/api/.*)", [](const httplib::Request& req, httplib::Response& res) {
      send_error(res, not_found(fmt::format("no API route GET {}; see /api/openapi.json", req.path), "path", req.path));
    });
    s.Get(R"(/.*)", [this](const httplib::Request& req, httplib::Response& res) {
      auto found = assets_.find(req.path);
      if (!found.asset) return send_error(res, found.error);
      res.set_content(std::move(found.asset->body), found.asset->content_type);
    });
  }

 private:
  void treaties(const httplib::Request& req, httplib::Response& res) {
    for (const auto& [k, v] : req.params)
      if (k != "at" && k != "state")
        return send_error(res, bad_request(fmt::format("{}: not a parameter of /api/treaties; expected at or state", k),
                                           "query", k));
    std::optional<Date> at;
    if (req.has_param("at")) {
      auto s = req.get_param_value("at");
      at = Date::parse(s);
      if (!at) return send_error(res, bad_request(fmt::format("at: expected a date YYYY-MM-DD; found \"{}\"", s), "query", "at"));
    }
    std::string state = req.get_param_value("state");
    if (!state.empty() && !corpus_.state(state))
      return send_error(res, bad_request(fmt::format("state: expected a state id of the corpus; found \"{}\"", state),
                                         "query", "state"));
    send_json(res, 200, server::treaties_json(corpus_, at, state));
  }

  void diff(const httplib::Request& req, httplib::Response& res) {
    const Treaty* t[2] = {nullptr, nullptr};
    const char* names[2] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
      if (!req.has_param(names[i]))
        return send_error(res, bad_request(fmt::format("{}: missing; expected a treaty id", names[i]), "query", names[i]));
      auto id = req.get_param_value(names[i]);
      t[i] = corpus_.treaty(id);
      if (!t[i])
        return send_error(res, not_found(fmt::format("{}: no treaty \"{}\" in the corpus", names[i], id), "query", names[i]));
    }
    send_json(res, 200, server::diff_json(*t[0], *t[1]));
  }

  // Readings and policies may also come as query parameters (comma-separated), for TOML bodies.
  static void query_overrides(const httplib::Request& req, server::ScenarioSource& s) {
    auto split = [](const std::string& v) {
      std::vector<std::string> out;
      size_t start = 0;
      while (start <= v.size()) {
        size_t end = v.find(',', start);
        if (end == std::string::npos) end = v.size();
        if (end > start) out.push_back(v.substr(start, end - start));
        start = end + 1;
      }
      return out;
    };
    if (req.has_param("readings") && s.readings.empty()) s.readings = split(req.get_param_value("readings"));
    if (req.has_param("policies") && s.policies.empty()) s.policies = split(req.get_param_value("policies"));
  }

  void evaluate(const httplib::Request& req, httplib::Response& res) {
    auto source = server::scenario_from_body(req.get_header_value("Content-Type"), req.body);
    if (!source) return send_error(res, source.error);
    query_overrides(req, *source.value);
    auto report = server::evaluate_scenario(corpus_, *source.value);
    if (!report) return send_error(res, report.error);
    res.status = 200;
    res.set_content(*report.value, "application/json");
  }

  // Query parameters of /api/summary and /api/graph: only `allowed`, and lang en|de.
  static std::optional<ApiError> check_query(const httplib::Request& req, std::initializer_list<std::string_view> allowed,
                                             Language& lang) {
    for (const auto& [k, v] : req.params)
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
        std::string names;
        for (auto a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
        return bad_request(fmt::format("{}: not a parameter of {}; expected {}", k, req.path, names), "query", k);
      }
    if (req.has_param("lang")) {
      auto v = req.get_param_value("lang");
      auto l = parse_language(v);
      if (!l) return bad_request(fmt::format("lang: expected en or de; found \"{}\"", v), "query", "lang");
      lang = *l;
    }
    return std::nullopt;
  }

  // The plain summary of `casus run` (include/casus/summary.h): sentences per state, and its text.
  void summary(const httplib::Request& req, httplib::Response& res) {
    Language lang = Language::en;
    if (auto e = check_query(req, {"lang", "readings", "policies"}, lang)) return send_error(res, *e);
    auto source = server::scenario_from_body(req.get_header_value("Content-Type"), req.body);
    if (!source) return send_error(res, source.error);
    query_overrides(req, *source.value);
    auto out = server::evaluate_with(corpus_, *source.value,
                                     [&](const ScenarioReport& r) { return summary_json(summarize(corpus_, r, lang)); });
    if (!out) return send_error(res, out.error);
    send_json(res, 200, *out.value);
  }

  // The cascade graph of `casus run --graph` (include/casus/graph.h) as Graphviz dot or Mermaid text.
  void graph(const httplib::Request& req, httplib::Response& res) {
    Language lang = Language::en;
    if (auto e = check_query(req, {"format", "lang", "readings", "policies"}, lang)) return send_error(res, *e);
    GraphFormat format = GraphFormat::dot;
    if (req.has_param("format")) {
      auto v = req.get_param_value("format");
      auto f = parse_graph_format(v);
      if (!f) return send_error(res, bad_request(fmt::format("format: expected dot or mermaid; found \"{}\"", v), "query", "format"));
      format = *f;
    }
    auto source = server::scenario_from_body(req.get_header_value("Content-Type"), req.body);
    if (!source) return send_error(res, source.error);
    query_overrides(req, *source.value);
    auto out = server::evaluate_with(corpus_, *source.value, [&](const ScenarioReport& r) {
      return json{{"format", format == GraphFormat::dot ? "dot" : "mermaid"},
                  {"language", to_string(lang)},
                  {"graph", render_graph(corpus_, r, format, lang)}};
    });
    if (!out) return send_error(res, out.error);
    send_json(res, 200, *out.value);
  }

  // The saved scenario named by the path, or an error already sent.
  std::optional<server::SavedScenario> saved(const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches[1];
    if (!server::ScenarioStore::valid_id(id)) {
      send_error(res, bad_request(fmt::format("id: expected 16 hexadecimal digits; found \"{}\"", id), "path", "id"));
      return std::nullopt;
    }
    auto found = store_.get(id);
    if (!found) send_error(res, not_found(fmt::format("no saved scenario \"{}\"", id), "path", "id"));
    return found;
  }

  // Create (id empty) or replace. Only scenarios the loader accepts are stored, so every saved file runs.
  void save(const httplib::Request& req, httplib::Response& res, const std::string& id) {
    auto source = server::scenario_from_body(req.get_header_value("Content-Type"), req.body);
    if (!source) return send_error(res, source.error);
    query_overrides(req, *source.value);
    auto checked = server::check_scenario(corpus_, *source.value);
    if (!checked) return send_error(res, checked.error);
    // An uploaded file is kept as written (comments and all) unless overrides changed it.
    const std::string& toml = checked.value->toml;
    if (id.empty()) {
      auto s = store_.create(checked.value->title, toml);
      res.set_header("Location", "/api/scenarios/" + s.id);
      return send_json(res, 201, saved_json(s, true));
    }
    auto s = store_.update(id, checked.value->title, toml);
    if (!s) return send_error(res, not_found(fmt::format("no saved scenario \"{}\"", id), "path", "id"));
    send_json(res, 200, saved_json(*s, true));
  }

  const Corpus& corpus_;
  server::ScenarioStore& store_;
  server::AssetFolder assets_;
  std::string version_;
  std::map<std::string, std::string, std::less<>> numeric_;
};

}  // namespace

int serve(const Corpus& corpus, const ServeOptions& o, std::ostream& log, std::ostream& err) {
  std::unique_ptr<server::ScenarioStore> store;
  try {
    store = std::make_unique<server::ScenarioStore>(o.store_path);
  } catch (const server::StoreError& e) {
    err << "casus serve: " << e.what() << "\n";
    return 1;
  }
  if (!o.asset_dir.empty() && !std::filesystem::is_regular_file(std::filesystem::path(o.asset_dir) / "index.html"))
    err << fmt::format("casus serve: warning: {} has no index.html; the page is not served (build it: cmake --build "
                       "BUILD --target casus_web)\n", o.asset_dir);

  httplib::Server http;
  Api api(corpus, *store, o);
  http.set_payload_max_length(o.max_body);
  // A connection holds a worker thread while it is kept alive, so the pool is larger than the cores
  // (requests are short and CPU-bound; idle kept-alive connections must not starve new ones), and
  // an idle connection is let go after 2 s.
  http.new_task_queue = [] { return new httplib::ThreadPool(32); };
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(2);
  http.set_read_timeout(10, 0);
  // Answers go out as soon as they are written: httplib sends headers and body in separate writes, and
  // with Nagle's algorithm the last short segment waits for the client's delayed ACK (40 ms on Linux).
  http.set_tcp_nodelay(true);
  http.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) { security_headers(res); });
  // httplib's own refusals (413 body too large, 400 unparsable request, ...) in the API's JSON shape.
  http.set_error_handler([max = o.max_body](const httplib::Request& req, httplib::Response& res) {
    if (res.get_header_value("Content-Type") == "application/json") return;  // a handler's own error
    std::string msg = res.status == 413 ? fmt::format("the request body is larger than {} bytes", max)
                                        : fmt::format("the request was refused ({})", res.status);
    send_error(res, {res.status, msg, {{"in", res.status == 413 ? "body" : "request"}, {"name", req.path}}, nullptr});
    security_headers(res);
  });
  http.set_exception_handler([&err](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown error";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    err << fmt::format("casus serve: {} {}: {}\n", req.method, req.path, what);
    send_error(res, {500, "internal error: " + what, nullptr, nullptr});
  });
  api.install(http);

  int port = o.port;
  if (port == 0) {
    port = http.bind_to_any_port(o.host);
    if (port < 0) {
      err << fmt::format("casus serve: cannot bind {} on any port\n", o.host);
      return 1;
    }
  } else if (!http.bind_to_port(o.host, port)) {
    err << fmt::format("casus serve: cannot bind {}:{} (in use, or not an address of this machine)\n", o.host, port);
    return 1;
  }

  // SIGINT and SIGTERM stop the server from an ordinary thread (httplib's stop() is not
  // async-signal-safe). The signals are blocked here, before any worker thread exists.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    http.stop();
  });

  log << fmt::format("casus serve: listening on http://{}:{}/ (store {})", o.host, port, o.store_path) << std::endl;
  bool ok = http.listen_after_bind();
  // Wake the stopper if the server ended for another reason.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  log << "casus serve: stopped" << std::endl;
  return ok ? 0 : 1;
}

}  // namespace casus

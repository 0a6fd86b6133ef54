// The JSON report. Its layout is a promise: docs/json-output.md describes every field, and a change
// that removes or renames one raises kJsonSchemaVersion.
#include <set>

#include "casus/report.h"
#include "casus/summary.h"
#include "report/wording.h"

#include <unordered_map>
#include <utility>

namespace casus {
namespace {

using nlohmann::json;

json event_json(const ScenarioEvent& e) {
  json j = {{"date", e.date.str()}, {"kind", to_string(e.kind)}, {"by", e.by}};
  if (!e.target.empty()) j["target"] = e.target;
  if (e.kind == EventKind::armed_attack) {
    j["location"] = e.location;
    j["target_kind"] = to_string(e.target_kind);
    j["limited"] = e.limited;
  }
  if (!e.to.empty()) j["to"] = e.to;
  if (e.until) j["until"] = e.until->str();
  if (e.ongoing) j["ongoing"] = true;
  if (!e.group.empty()) j["group"] = e.group;
  if (!e.directed_from.empty()) j["directed_from"] = e.directed_from;
  if (!e.war.empty()) j["war"] = e.war;
  if (e.legal_basis != LegalBasis::unstated) j["legal_basis"] = to_string(e.legal_basis);
  if (!e.on_behalf_of.empty()) j["on_behalf_of"] = e.on_behalf_of;
  if (!e.resolution.empty()) j["resolution"] = e.resolution;
  if (!e.claim.empty()) j["claim"] = e.claim;
  if (!e.note.empty()) j["note"] = e.note;
  return j;
}

json use_json(const UseOfForce& u) {
  return {{"event", u.event},
          {"actors", u.actors},
          {"group", u.group.empty() ? json(nullptr) : json(u.group)},
          {"directed_from", u.directed_from.empty() ? json(nullptr) : json(u.directed_from)},
          {"target", u.target},
          {"location", u.location},
          {"target_kind", to_string(u.target_kind)},
          {"from", u.from.str()},
          {"until", u.until.str()},
          {"armed", u.armed},
          {"limited", u.limited},
          {"character", to_string(u.character)},
          {"derived", u.derived},
          {"on_behalf_of", u.on_behalf_of.empty() ? json(nullptr) : json(u.on_behalf_of)},
          {"answers", u.answers >= 0 ? json(u.answers) : json(nullptr)},
          {"basis", u.basis},
          {"why", u.why},
          {"war", u.war},
          {"request_recorded", u.request_recorded}};
}

// The parts of a finding that are the corpus's own words (the clause, the treaty's citations, the
// understandings, statements and declared interpretations shown beside it) are the same for every
// finding that names the same corpus object: each is built once per report and copied after that.
// The memo lives for one render_json call, so it holds no state between calls or threads.
class CorpusParts {
 public:
  const json& clause(const Provision& p) {
    return memo(clauses_, &p, [&] { return wording_json(p); });
  }
  const json& citations(const Treaty& t) {
    return memo(citations_, &t, [&] { return citations_json(t); });
  }
  const json& understanding(const Understanding& u) {
    return memo(understandings_, &u, [&] {
      return json{{"label", u.label}, {"kind", u.kind}, {"status", to_string(u.provenance.status)},
                  {"summary", u.summary}, {"texts", texts_json(u.texts)}, {"source", u.provenance.source},
                  {"provenance", provenance_json(u.provenance)}};
    });
  }
  const json& statement(const Statement& s) {
    return memo(statements_, &s, [&] {
      return json{{"date", s.date.str()}, {"by", s.by}, {"speaker", s.speaker}, {"kind", s.kind},
                  {"summary", s.summary}, {"texts", texts_json(s.texts)},
                  {"status", to_string(s.provenance.status)}, {"source", s.provenance.source},
                  {"provenance", provenance_json(s.provenance)}};
    });
  }
  const json& declared(const DeclaredStatement& s) {
    return memo(declared_, &s, [&] {
      return json{{"id", s.id}, {"date", s.date.str()}, {"by", s.by}, {"kind", s.kind}, {"official", s.official},
                  {"condition", to_string(s.condition)}, {"summary", s.summary}, {"quote", s.quote},
                  {"status", to_string(s.provenance.status)}, {"source", s.provenance.source}};
    });
  }

 private:
  template <class T, class Make>
  static const json& memo(std::unordered_map<const T*, json>& m, const T* key, Make&& make) {
    auto it = m.find(key);
    if (it == m.end()) it = m.emplace(key, make()).first;
    return it->second;
  }
  std::unordered_map<const Provision*, json> clauses_;
  std::unordered_map<const Treaty*, json> citations_;
  std::unordered_map<const Understanding*, json> understandings_;
  std::unordered_map<const Statement*, json> statements_;
  std::unordered_map<const DeclaredStatement*, json> declared_;
};

json finding_json(const Finding& f, CorpusParts& parts) {
  const Provision& p = *f.provision;
  json j = {{"treaty", f.treaty->id},
            {"treaty_name", f.treaty->short_name},
            {"article", p.article},
            {"label", p.label},
            {"kind", to_string(p.kind)},
            {"holder", f.holder},
            {"beneficiary", f.beneficiary},
            {"outcome", to_string(f.outcome)},
            {"event", f.event >= 0 ? json(f.event) : json(nullptr)},
            {"use", f.use >= 0 ? json(f.use) : json(nullptr)},
            {"assessed_on", f.assessed_on.str()},
            {"evidence", to_string(f.evidence)},
            {"weak_facts", f.weak_facts},
            {"notes", f.notes},
            {"against", f.against},
            {"honoured", f.honoured},
            {"honour_note", f.honour_note},
            {"failed", f.failed()},
            {"clause", parts.clause(p)},
            {"treaty_citations", parts.citations(*f.treaty)}};
  json conds = json::array();
  for (const auto& c : f.conditions)
    conds.push_back({{"name", c.name}, {"value", to_string(c.value)}, {"detail", c.detail},
                     {"evidence", to_string(c.evidence)}});
  j["conditions"] = std::move(conds);
  json gates = json::array();
  for (const auto& g : f.gates)
    gates.push_back({{"kind", to_string(g.kind)}, {"class", to_string(g.gate_class)},
                     {"value", to_string(g.value)}, {"quote", g.quote}, {"detail", g.detail}});
  j["gates"] = std::move(gates);
  json us = json::array();
  for (const auto* u : f.understandings) us.push_back(parts.understanding(*u));
  j["understandings"] = std::move(us);
  json ss = json::array();
  for (const auto* s : f.statements) ss.push_back(parts.statement(*s));
  j["statements"] = std::move(ss);
  json ds = json::array();
  for (const auto* s : f.declared) ds.push_back(parts.declared(*s));
  j["declared"] = std::move(ds);
  return j;
}

// Every state the report names, by id: the display name a journalist prints ("North Korea", German
// beside it) and the ISO 3166-1 name ("Korea, Democratic People's Republic of") it stands for.
json states_json(const Corpus& corpus, const ScenarioReport& report) {
  std::set<std::string> ids;
  auto add = [&](const std::string& id) {
    if (!id.empty()) ids.insert(id);
  };
  auto add_event = [&](const ScenarioEvent& e) {
    for (const auto& s : e.by) add(s);
    for (const auto& s : e.to) add(s);
    add(e.target);
    add(e.directed_from);
    add(e.on_behalf_of);
  };
  for (const auto& e : report.scenario->events) add_event(e);
  for (const auto& ev : report.evaluations) {
    for (const auto& x : ev.events) add_event(x.event);
    for (const auto& w : ev.wars)
      for (const auto& [st, sd] : w.sides) add(st);
    for (const auto& f : ev.findings) {
      add(f.holder);
      add(f.beneficiary);
    }
    for (const auto& x : ev.entries) add(x.state);
    for (const auto& x : ev.mobilizations) add(x.state);
    for (const auto& c : ev.conflicts) add(c.state);
  }
  json out = json::object();
  for (const auto& id : ids)
    out[id] = {{"name", corpus.display_name(id)}, {"name_de", corpus.display_name(id, true)},
               {"iso_name", corpus.state_name(id)}};
  return out;
}

}  // namespace

json render_json(const Corpus& corpus, const ScenarioReport& report, Language summary_language) {
  const Scenario& sc = *report.scenario;
  json events = json::array();
  for (const auto& e : sc.events) events.push_back(event_json(e));
  json out = {{"schema", kJsonSchemaVersion},
              {"scenario", {{"file", sc.file}, {"title", sc.title}, {"date", sc.date.str()}, {"events", std::move(events)}}}};
  json evs = json::array();
  CorpusParts parts;
  for (const auto& ev : report.evaluations) {
    json e = {{"reading", to_string(ev.reading)},
              {"policy", to_string(ev.policy)},
              {"evidence", to_string(ev.options.evidence)},
              {"claims", to_string(ev.options.claims)},
              {"assume_discretionary_response", ev.options.assume_discretionary_response},
              {"applicable", ev.applicable},
              {"not_applicable_because", ev.not_applicable_because}};
    json us = json::array();
    for (const auto& u : ev.uses) us.push_back(use_json(u));
    e["uses"] = std::move(us);
    json ws = json::array();
    for (const auto& w : ev.wars) {
      json sides = json::array({json::array(), json::array()});
      for (const auto& [st, sd] : w.sides) sides[sd].push_back(st);
      ws.push_back({{"label", w.label}, {"opened_by", w.opened_by}, {"sides", std::move(sides)}});
    }
    e["wars"] = std::move(ws);
    json xs = json::array();
    for (const auto& x : ev.events) {
      json j = event_json(x.event);
      j["round"] = x.round;
      j["cause"] = x.cause >= 0 ? json(x.cause) : json(nullptr);
      xs.push_back(std::move(j));
    }
    e["events"] = std::move(xs);
    json fs = json::array();
    for (const auto& f : ev.findings) fs.push_back(finding_json(f, parts));
    e["findings"] = std::move(fs);
    json en = json::array();
    for (const auto& x : ev.entries)
      en.push_back({{"state", x.state}, {"war", x.war}, {"side", x.side}, {"round", x.round}, {"date", x.date.str()},
                    {"finding", x.finding >= 0 ? json(x.finding) : json(nullptr)}});
    e["entries"] = std::move(en);
    json mo = json::array();
    for (const auto& x : ev.mobilizations)
      mo.push_back({{"state", x.state}, {"round", x.round}, {"date", x.date.str()},
                    {"finding", x.finding >= 0 ? json(x.finding) : json(nullptr)}});
    e["mobilizations"] = std::move(mo);
    json cs = json::array();
    for (const auto& c : ev.conflicts)
      cs.push_back({{"kind", c.kind}, {"state", c.state}, {"findings", c.findings}, {"detail", c.detail}});
    e["conflicts"] = std::move(cs);
    evs.push_back(std::move(e));
  }
  out["evaluations"] = std::move(evs);
  out["states"] = states_json(corpus, report);
  out["summary"] = summary_json(summarize(corpus, report, summary_language));
  return out;
}

}  // namespace casus

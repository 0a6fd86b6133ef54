// The JSON report. Its layout is a promise: docs/json-output.md describes every field, and a change
// that removes or renames one raises kJsonSchemaVersion.
#include "casus/report.h"
#include "report/wording.h"

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
  if (!e.note.empty()) j["note"] = e.note;
  return j;
}

json finding_json(const Finding& f) {
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
            {"against", f.against},
            {"honoured", f.honoured},
            {"honour_note", f.honour_note},
            {"failed", f.failed()},
            {"clause", wording_json(p)},
            {"treaty_citations", citations_json(*f.treaty)}};
  json conds = json::array();
  for (const auto& c : f.conditions) conds.push_back({{"name", c.name}, {"value", to_string(c.value)}, {"detail", c.detail}});
  j["conditions"] = conds;
  json gates = json::array();
  for (const auto& g : f.gates)
    gates.push_back({{"kind", to_string(g.kind)}, {"class", to_string(g.gate_class)},
                     {"value", to_string(g.value)}, {"quote", g.quote}, {"detail", g.detail}});
  j["gates"] = gates;
  json us = json::array();
  for (const auto* u : f.understandings)
    us.push_back({{"label", u->label}, {"kind", u->kind}, {"status", to_string(u->provenance.status)},
                  {"summary", u->summary}, {"texts", texts_json(u->texts)}, {"source", u->provenance.source},
                  {"provenance", provenance_json(u->provenance)}});
  j["understandings"] = us;
  json ss = json::array();
  for (const auto* s : f.statements)
    ss.push_back({{"date", s->date.str()}, {"by", s->by}, {"speaker", s->speaker}, {"kind", s->kind},
                  {"summary", s->summary}, {"texts", texts_json(s->texts)},
                  {"status", to_string(s->provenance.status)}, {"source", s->provenance.source},
                  {"provenance", provenance_json(s->provenance)}});
  j["statements"] = ss;
  return j;
}

}  // namespace

json render_json(const Corpus& corpus, const ScenarioReport& report) {
  (void)corpus;
  const Scenario& sc = *report.scenario;
  json events = json::array();
  for (const auto& e : sc.events) events.push_back(event_json(e));
  json out = {{"schema", kJsonSchemaVersion},
              {"scenario", {{"file", sc.file}, {"title", sc.title}, {"date", sc.date.str()}, {"events", events}}}};
  json evs = json::array();
  for (const auto& ev : report.evaluations) {
    json e = {{"reading", to_string(ev.reading)}, {"policy", to_string(ev.policy)},
              {"initiator_side", ev.initiator_side}};
    json xs = json::array();
    for (const auto& x : ev.events) {
      json j = event_json(x.event);
      j["round"] = x.round;
      j["cause"] = x.cause >= 0 ? json(x.cause) : json(nullptr);
      xs.push_back(j);
    }
    e["events"] = xs;
    json fs = json::array();
    for (const auto& f : ev.findings) fs.push_back(finding_json(f));
    e["findings"] = fs;
    json en = json::array();
    for (const auto& x : ev.entries)
      en.push_back({{"state", x.state}, {"side", x.side}, {"round", x.round}, {"date", x.date.str()},
                    {"finding", x.finding >= 0 ? json(x.finding) : json(nullptr)}});
    e["entries"] = en;
    json mo = json::array();
    for (const auto& x : ev.mobilizations)
      mo.push_back({{"state", x.state}, {"round", x.round}, {"date", x.date.str()},
                    {"finding", x.finding >= 0 ? json(x.finding) : json(nullptr)}});
    e["mobilizations"] = mo;
    json cs = json::array();
    for (const auto& c : ev.conflicts)
      cs.push_back({{"kind", c.kind}, {"state", c.state}, {"findings", c.findings}, {"detail", c.detail}});
    e["conflicts"] = cs;
    evs.push_back(e);
  }
  out["evaluations"] = evs;
  return out;
}

}  // namespace casus

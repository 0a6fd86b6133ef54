#include "server/corpus_views.h"

#include <algorithm>
#include <fstream>

#include "casus/diff.h"
#include "report/wording.h"

namespace casus::server {
namespace {

using nlohmann::json;

json opt_span(const std::optional<DateSpan>& d) { return d ? json(d->str()) : json(nullptr); }

json dated_json(const DatedFact& f) {
  json j = {{"date", f.date.str()}, {"provenance", provenance_json(f.provenance)}};
  if (!f.place.empty()) j["place"] = f.place;
  return j;
}

std::vector<std::string> provision_kinds(const Treaty& t) {
  std::vector<std::string> kinds;
  for (const auto& p : t.provisions) {
    std::string k(to_string(p.kind));
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
  }
  return kinds;
}

json trigger_json(const Trigger& tr) {
  json where = json::array();
  for (const auto& w : tr.where) {
    json x = {{"target", to_string(w.target)}, {"metropolitan", w.metropolitan}};
    if (!w.region.empty()) x["region"] = w.region;
    if (!w.administering_state.empty()) x["administering_state"] = w.administering_state;
    where.push_back(std::move(x));
  }
  json j = {{"event", to_string(tr.event)}, {"wording", to_string(tr.wording)},
            {"attacker_kind", to_string(tr.attacker_kind)}, {"attacker", to_string(tr.attacker)}, {"where", where},
            {"state_of_war", tr.state_of_war}, {"unprovoked", tr.unprovoked}};
  if (!tr.attackers.empty()) j["attackers"] = tr.attackers;
  if (!tr.supported_by.empty()) j["supported_by"] = tr.supported_by;
  if (!tr.not_supported_by.empty()) j["not_supported_by"] = tr.not_supported_by;
  if (tr.min_attackers) j["min_attackers"] = tr.min_attackers;
  if (tr.min_great_powers) j["min_great_powers"] = tr.min_great_powers;
  if (!tr.attacker_region.empty()) j["attacker_region"] = tr.attacker_region;
  if (tr.unless_arbitration) j["unless_arbitration"] = true;
  if (!tr.mobilizers.empty()) j["mobilizers"] = tr.mobilizers;
  if (!tr.guaranteed.empty()) j["guaranteed"] = tr.guaranteed;
  if (!tr.undisclosed.empty()) j["undisclosed"] = tr.undisclosed;
  return j;
}

json provision_json(const Provision& p) {
  json gates = json::array();
  for (const auto& g : p.gates)
    gates.push_back({{"kind", to_string(g.kind)}, {"class", to_string(gate_class(g.kind))}, {"quote", g.quote},
                     {"provenance", provenance_json(g.provenance)}});
  json j = {{"article", p.article}, {"label", p.label}, {"kind", to_string(p.kind)}, {"title", p.title},
            {"subject", p.subject}, {"wording", wording_json(p)}, {"status", to_string(p.provenance.status)},
            {"provenance", provenance_json(p.provenance)}, {"holders", p.holders},
            {"beneficiaries", p.beneficiaries}, {"gates", gates},
            {"valid_from", opt_span(p.valid_from)}, {"valid_to", opt_span(p.valid_to)}};
  if (!p.areas.empty()) j["areas"] = p.areas;
  if (p.trigger) j["trigger"] = trigger_json(*p.trigger);
  if (p.assistance)
    j["assistance"] = {{"text", p.assistance->text}, {"speed", to_string(p.assistance->speed)},
                       {"means", to_string(p.assistance->means)}, {"military", to_string(p.assistance->military)}};
  return j;
}

}  // namespace

std::map<std::string, std::string, std::less<>> iso_numeric_codes(const std::string& file) {
  std::map<std::string, std::string, std::less<>> out;
  std::ifstream in(file);
  if (!in) return out;
  json j = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("3166-1") || !j["3166-1"].is_array()) return out;
  for (const auto& c : j["3166-1"])
    if (c.contains("alpha_3") && c.contains("numeric") && c["alpha_3"].is_string() && c["numeric"].is_string())
      out[c["alpha_3"].get<std::string>()] = c["numeric"].get<std::string>();
  return out;
}

json states_json(const Corpus& corpus, const std::map<std::string, std::string, std::less<>>& numeric) {
  json out = json::array();
  for (const auto& s : corpus.states()) {
    auto n = numeric.find(s.id);
    json gp = json::array();
    for (const auto& g : s.great_power) gp.push_back({{"from", g.from.str()}, {"to", opt_span(g.to)}});
    out.push_back({{"id", s.id}, {"name_en", s.name_en}, {"name_de", s.name_de},
                   {"iso_numeric", n == numeric.end() ? json(nullptr) : json(n->second)},
                   {"cow_code", s.cow_code ? json(s.cow_code) : json(nullptr)}, {"great_power", gp},
                   {"treaties", corpus.treaties_of(s.id).size()}});
  }
  return out;
}

json locations_json(const Corpus& corpus) {
  json out = json::array();
  for (const auto& l : corpus.locations())
    out.push_back({{"id", l.id}, {"name_en", l.name_en}, {"name_de", l.name_de}, {"part_of", l.part_of},
                   {"is_state", l.is_state}});
  return out;
}

json treaties_json(const Corpus& corpus, std::optional<Date> at, const std::string& state) {
  json out = json::array();
  for (const auto& t : corpus.treaties()) {
    if (at && in_force_on(t, *at) == Truth::no) continue;
    json members = json::array();
    bool has_state = state.empty();
    std::vector<std::string> seen;
    for (const auto& m : t.members) {
      if (std::find(seen.begin(), seen.end(), m.state) != seen.end()) continue;
      Truth on = at ? member_on(t, m.state, *at) : Truth::yes;
      if (on == Truth::no) continue;
      seen.push_back(m.state);
      if (m.state == state) has_state = true;
      members.push_back({{"state", m.state}, {"member", to_string(on)}});
    }
    if (!has_state) continue;
    json j = {{"id", t.id}, {"name", t.name}, {"short_name", t.short_name}, {"origin", to_string(t.origin)},
              {"signed", t.signed_.date.str()}, {"in_force", t.in_force.date.str()},
              {"ended", t.ended ? json(t.ended->date.str()) : json(nullptr)}, {"kinds", provision_kinds(t)},
              {"members", members}};
    if (at) j["in_force_at"] = to_string(in_force_on(t, *at));
    out.push_back(std::move(j));
  }
  return out;
}

json treaty_json(const Corpus& corpus, const Treaty& t) {
  json members = json::array();
  for (const auto& m : t.members)
    members.push_back({{"state", m.state}, {"name_en", corpus.state_name(m.state)},
                       {"from", opt_span(m.from)}, {"to", opt_span(m.to)}, {"joined", to_string(m.joined)},
                       {"left", to_string(m.left)}, {"provenance", provenance_json(m.provenance)}});
  json provisions = json::array();
  for (const auto& p : t.provisions) provisions.push_back(provision_json(p));
  json statements = json::array();
  for (const auto& s : t.statements)
    statements.push_back({{"date", s.date.str()}, {"by", s.by}, {"speaker", s.speaker}, {"kind", s.kind},
                          {"about", s.about}, {"summary", s.summary}, {"texts", texts_json(s.texts)},
                          {"provenance", provenance_json(s.provenance)}});
  // The parties' recorded readings of the treaty (corpus/declared.toml), as `casus show` lists them.
  json declared = json::array();
  for (const auto& d : corpus.law().declared)
    if (d.treaty == t.id) declared.push_back(declared_json(d));
  json understandings = json::array();
  for (const auto& u : t.understandings)
    understandings.push_back({{"label", u.label}, {"kind", u.kind}, {"modifies", u.modifies}, {"by", u.by},
                              {"date", opt_span(u.date)}, {"summary", u.summary}, {"texts", texts_json(u.texts)},
                              {"provenance", provenance_json(u.provenance)}});
  json suspensions = json::array();
  for (const auto& s : t.suspensions)
    suspensions.push_back({{"holder", s.holder}, {"beneficiary", s.beneficiary ? json(*s.beneficiary) : json(nullptr)},
                           {"from", s.from.str()}, {"to", opt_span(s.to)},
                           {"provenance", provenance_json(s.provenance)}});
  json j = {{"id", t.id}, {"name", t.name}, {"short_name", t.short_name}, {"origin", to_string(t.origin)},
            {"signed", dated_json(t.signed_)}, {"in_force", dated_json(t.in_force)},
            {"ended", t.ended ? dated_json(*t.ended) : json(nullptr)},
            {"end_kind", t.ended ? json(to_string(t.end_kind)) : json(nullptr)},
            {"replaces", t.replaces}, {"replaced_by", t.replaced_by}, {"related", t.related},
            {"duration", t.duration_text}, {"note", t.note}, {"members", members}, {"provisions", provisions},
            {"statements", statements}, {"declared", declared}, {"understandings", understandings},
            {"suspensions", suspensions}, {"citations", citations_json(t)}};
  json unencoded = json::array();
  for (const auto& u : t.unencoded)
    unencoded.push_back({{"article", u.article}, {"reason", u.reason}, {"summary", u.summary}});
  j["unencoded"] = unencoded;
  if (t.atop_id) j["atop_id"] = t.atop_id;
  return j;
}

json diff_json(const Treaty& a, const Treaty& b) {
  json j = render_diff_json(a, b, diff_treaties(a, b));
  j["from_name"] = a.short_name;
  j["to_name"] = b.short_name;
  return j;
}

}  // namespace casus::server

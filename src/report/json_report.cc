// The JSON report. Its layout is a promise: docs/json-output.md describes every field, and a change
// that removes or renames one raises kJsonSchemaVersion.
#include <set>
#include <string>
#include <vector>

#include "casus/report.h"
#include "casus/summary.h"
#include "report/json_writer.h"
#include "report/wording.h"

#include <unordered_map>
#include <utility>

namespace casus {
namespace {

using nlohmann::json;

void write_event(JsonWriter& w, const ScenarioEvent& e, const EvaluatedEvent* evaluated = nullptr) {
  w.begin_object().field("date", e.date.str()).field("kind", to_string(e.kind)).field("by", e.by);
  if (!e.target.empty()) w.field("target", e.target);
  if (e.kind == EventKind::armed_attack) {
    w.field("location", e.location).field("target_kind", to_string(e.target_kind)).field("limited", e.limited);
  }
  if (!e.to.empty()) w.field("to", e.to);
  if (e.until) w.field("until", e.until->str());
  if (e.ongoing) w.field("ongoing", true);
  if (!e.group.empty()) w.field("group", e.group);
  if (!e.directed_from.empty()) w.field("directed_from", e.directed_from);
  if (!e.war.empty()) w.field("war", e.war);
  if (e.legal_basis != LegalBasis::unstated) w.field("legal_basis", to_string(e.legal_basis));
  if (!e.on_behalf_of.empty()) w.field("on_behalf_of", e.on_behalf_of);
  if (!e.resolution.empty()) w.field("resolution", e.resolution);
  if (!e.claim.empty()) w.field("claim", e.claim);
  if (!e.note.empty()) w.field("note", e.note);
  if (evaluated) {
    w.field("round", evaluated->round);
    w.key("cause").index_or_null(evaluated->cause);
  }
  w.end_object();
}

void write_use(JsonWriter& w, const UseOfForce& u) {
  w.begin_object().field("event", u.event).field("actors", u.actors);
  w.key("group").string_or_null(u.group);
  w.key("directed_from").string_or_null(u.directed_from);
  w.field("target", u.target).field("location", u.location).field("target_kind", to_string(u.target_kind));
  w.field("from", u.from.str()).field("until", u.until.str()).field("armed", u.armed).field("limited", u.limited);
  w.field("character", to_string(u.character)).field("derived", u.derived);
  w.key("on_behalf_of").string_or_null(u.on_behalf_of);
  w.key("answers").index_or_null(u.answers);
  w.field("basis", u.basis).field("why", u.why).field("war", u.war).field("request_recorded", u.request_recorded);
  w.end_object();
}

// The corpus's own words (a provision's clause and its treaty's citations, the understandings,
// statements and declared interpretations shown beside a finding) are the same for every finding that
// names the same corpus object: schema 3 writes each once, in a top-level array, and a finding names
// it by index. (Schema 2 repeated them in every finding: 70 % of a report, and most of its cost.)
// Indices are given in order of first use; the table lives for one report, so it holds no state
// between calls or threads.
template <class T>
class FirstUseIndex {
 public:
  int of(const T* x) {
    auto [it, added] = index_.try_emplace(x, static_cast<int>(order_.size()));
    if (added) order_.push_back(x);
    return it->second;
  }
  const std::vector<const T*>& in_order() const { return order_; }

 private:
  std::unordered_map<const T*, int> index_;
  std::vector<const T*> order_;
};

struct CorpusParts {
  FirstUseIndex<Provision> provisions;
  std::unordered_map<const Provision*, const Treaty*> treaty_of;
  FirstUseIndex<Understanding> understandings;
  FirstUseIndex<Statement> statements;
  FirstUseIndex<DeclaredStatement> declared;
};

template <class T>
void write_indices(JsonWriter& w, std::string_view k, const std::vector<const T*>& xs, FirstUseIndex<T>& index) {
  w.key(k).begin_array();
  for (const T* x : xs) w.value(index.of(x));
  w.end_array();
}

void write_finding(JsonWriter& w, const Finding& f, CorpusParts& parts) {
  const Provision& p = *f.provision;
  parts.treaty_of.emplace(&p, f.treaty);
  w.begin_object();
  w.field("treaty", f.treaty->id).field("treaty_name", f.treaty->short_name).field("article", p.article);
  w.field("label", p.label).field("kind", to_string(p.kind)).field("provision", parts.provisions.of(&p));
  w.field("holder", f.holder).field("beneficiary", f.beneficiary).field("outcome", to_string(f.outcome));
  w.key("event").index_or_null(f.event);
  w.key("use").index_or_null(f.use);
  w.field("assessed_on", f.assessed_on.str()).field("evidence", to_string(f.evidence));
  w.field("weak_facts", f.weak_facts).field("notes", f.notes).field("against", f.against);
  w.field("honoured", f.honoured).field("honour_note", f.honour_note).field("failed", f.failed());
  w.key("conditions").begin_array();
  for (const auto& c : f.conditions)
    w.begin_object()
        .field("name", c.name)
        .field("value", to_string(c.value))
        .field("detail", c.detail)
        .field("evidence", to_string(c.evidence))
        .end_object();
  w.end_array();
  // The gate's words are the provision's, the same in every finding: in provisions[].gates, in order.
  w.key("gates").begin_array();
  for (const auto& g : f.gates)
    w.begin_object()
        .field("kind", to_string(g.kind))
        .field("class", to_string(g.gate_class))
        .field("value", to_string(g.value))
        .field("detail", g.detail)
        .end_object();
  w.end_array();
  write_indices(w, "understandings", f.understandings, parts.understandings);
  write_indices(w, "statements", f.statements, parts.statements);
  write_indices(w, "declared", f.declared, parts.declared);
  w.end_object();
}

// The top-level arrays the findings' indices point into.
void write_corpus_parts(JsonWriter& w, const CorpusParts& parts) {
  w.key("provisions").begin_array();
  for (const Provision* p : parts.provisions.in_order()) {
    const Treaty& t = *parts.treaty_of.at(p);
    w.begin_object().field("treaty", t.id).field("treaty_name", t.short_name).field("article", p->article);
    w.field("label", p->label).field("kind", to_string(p->kind));
    w.key("clause");
    write_wording(w, *p);
    w.key("treaty_citations");
    write_citations(w, t);
    w.key("gates").begin_array();
    for (const auto& g : p->gates)
      w.begin_object().field("kind", to_string(g.kind)).field("class", to_string(gate_class(g.kind))).field("quote", g.quote).end_object();
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("understandings").begin_array();
  for (const Understanding* u : parts.understandings.in_order()) {
    w.begin_object().field("label", u->label).field("kind", u->kind).field("status", to_string(u->provenance.status));
    w.field("summary", u->summary).key("texts");
    write_texts(w, u->texts);
    w.field("source", u->provenance.source).key("provenance");
    write_provenance(w, u->provenance);
    w.end_object();
  }
  w.end_array();
  w.key("statements").begin_array();
  for (const Statement* x : parts.statements.in_order()) {
    w.begin_object().field("date", x->date.str()).field("by", x->by).field("speaker", x->speaker).field("kind", x->kind);
    w.field("summary", x->summary).key("texts");
    write_texts(w, x->texts);
    w.field("status", to_string(x->provenance.status)).field("source", x->provenance.source).key("provenance");
    write_provenance(w, x->provenance);
    w.end_object();
  }
  w.end_array();
  w.key("declared").begin_array();
  for (const DeclaredStatement* x : parts.declared.in_order())
    w.begin_object()
        .field("id", x->id)
        .field("date", x->date.str())
        .field("by", x->by)
        .field("kind", x->kind)
        .field("official", x->official)
        .field("condition", to_string(x->condition))
        .field("summary", x->summary)
        .field("quote", x->quote)
        .field("status", to_string(x->provenance.status))
        .field("source", x->provenance.source)
        .end_object();
  w.end_array();
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

std::string render_json_text(const Corpus& corpus, const ScenarioReport& report, Language summary_language) {
  const Scenario& sc = *report.scenario;
  // About 1.4 KB per finding (the Korea 2025 scenario: 1.8 MB for 1,300 findings), plus the parts.
  std::size_t findings = 0;
  for (const auto& ev : report.evaluations) findings += ev.findings.size();
  JsonWriter w(64 * 1024 + 1536 * findings);
  w.begin_object().field("schema", kJsonSchemaVersion);
  w.key("scenario").begin_object().field("file", sc.file).field("title", sc.title).field("date", sc.date.str());
  w.key("events").begin_array();
  for (const auto& e : sc.events) write_event(w, e);
  w.end_array().end_object();
  CorpusParts parts;
  w.key("evaluations").begin_array();
  for (const auto& ev : report.evaluations) {
    w.begin_object();
    w.field("reading", to_string(ev.reading)).field("policy", to_string(ev.policy));
    w.field("evidence", to_string(ev.options.evidence)).field("claims", to_string(ev.options.claims));
    w.field("assume_discretionary_response", ev.options.assume_discretionary_response);
    w.field("applicable", ev.applicable).field("not_applicable_because", ev.not_applicable_because);
    w.key("uses").begin_array();
    for (const auto& u : ev.uses) write_use(w, u);
    w.end_array();
    w.key("wars").begin_array();
    for (const auto& war : ev.wars) {
      std::vector<std::string> sides[2];
      for (const auto& [st, sd] : war.sides) sides[sd == 0 ? 0 : 1].push_back(st);
      w.begin_object().field("label", war.label).field("opened_by", war.opened_by);
      w.key("sides").begin_array().strings(sides[0]).strings(sides[1]).end_array();
      w.end_object();
    }
    w.end_array();
    w.key("events").begin_array();
    for (const auto& x : ev.events) write_event(w, x.event, &x);
    w.end_array();
    w.key("findings").begin_array();
    for (const auto& f : ev.findings) write_finding(w, f, parts);
    w.end_array();
    w.key("entries").begin_array();
    for (const auto& x : ev.entries) {
      w.begin_object().field("state", x.state).field("war", x.war).field("side", x.side).field("round", x.round);
      w.field("date", x.date.str()).key("finding").index_or_null(x.finding).end_object();
    }
    w.end_array();
    w.key("mobilizations").begin_array();
    for (const auto& x : ev.mobilizations) {
      w.begin_object().field("state", x.state).field("round", x.round).field("date", x.date.str());
      w.key("finding").index_or_null(x.finding).end_object();
    }
    w.end_array();
    w.key("conflicts").begin_array();
    for (const auto& c : ev.conflicts)
      w.begin_object().field("kind", c.kind).field("state", c.state).field("findings", c.findings).field("detail", c.detail).end_object();
    w.end_array();
    w.end_object();
  }
  w.end_array();
  write_corpus_parts(w, parts);
  w.field("states", states_json(corpus, report));
  w.field("summary", summary_json(summarize(corpus, report, summary_language)));
  w.end_object();
  return w.take();
}

nlohmann::json render_json(const Corpus& corpus, const ScenarioReport& report, Language summary_language) {
  return nlohmann::json::parse(render_json_text(corpus, report, summary_language));
}

}  // namespace casus

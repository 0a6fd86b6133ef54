#include <fmt/format.h>

#include "casus/scenario.h"
#include "corpus/toml_reader.h"

namespace casus {

std::string_view to_string(Reading r) { return r == Reading::literal ? "literal" : "self-defence"; }
std::string_view to_string(HonouringPolicy p) {
  return p == HonouringPolicy::all ? "all" : "automatic-only";
}
std::optional<Reading> parse_reading(std::string_view s) {
  if (s == "literal") return Reading::literal;
  if (s == "self-defence") return Reading::self_defence;
  return std::nullopt;
}
std::optional<HonouringPolicy> parse_policy(std::string_view s) {
  if (s == "all") return HonouringPolicy::all;
  if (s == "automatic-only") return HonouringPolicy::automatic_only;
  return std::nullopt;
}

namespace {

class ScenarioReader {
 public:
  ScenarioReader(const Corpus& corpus, Diagnostics& diag) : corpus_(corpus), diag_(diag) {}

  void state(const TomlReader& r, std::string_view key, const std::string& id) const {
    if (!id.empty() && !corpus_.state(id))
      r.error(key, corpus_.unknown_state(id));
  }

  std::optional<Reading> reading(const TomlReader& r) const {
    auto s = r.string("reading", Need::optional);
    if (!s) return std::nullopt;
    auto v = parse_reading(*s);
    if (!v) r.error("reading", fmt::format("expected literal or self-defence; found \"{}\"", *s));
    return v;
  }
  std::optional<HonouringPolicy> policy(const TomlReader& r) const {
    auto s = r.string("policy", Need::optional);
    if (!s) return std::nullopt;
    auto v = parse_policy(*s);
    if (!v) r.error("policy", fmt::format("expected all or automatic-only; found \"{}\"", *s));
    return v;
  }

  ScenarioEvent event(const TomlReader& r, Date default_date) const {
    r.allow_only({"kind", "date", "by", "target", "location", "target_kind", "limited", "to", "note"});
    ScenarioEvent e;
    e.defined_at = r.position();
    if (auto k = r.enumeration<EventKind>("kind", Need::required)) e.kind = *k;
    e.date = default_date;
    if (auto d = r.date("date", Need::optional)) {
      if (!d->exact()) r.error("date", "expected an exact day for a scenario event; found " + d->str());
      e.date = d->earliest;
    }
    e.by = r.strings("by", Need::required);
    for (const auto& s : e.by) state(r, "by", s);
    const bool needs_target = e.kind != EventKind::mobilization && e.kind != EventKind::request_for_assistance;
    e.target = r.string("target", needs_target ? Need::required : Need::optional).value_or("");
    state(r, "target", e.target);
    e.location = r.string("location", Need::optional).value_or(e.target);
    if (e.kind == EventKind::armed_attack && r.has("location") && !corpus_.location(e.location))
      r.error("location", fmt::format("expected a state or a location from corpus/locations.toml; found \"{}\"",
                                      e.location));
    if (auto t = r.string("target_kind", Need::optional)) {
      if (*t == "territory") e.target_kind = TargetKind::territory;
      else if (*t == "forces") e.target_kind = TargetKind::forces;
      else r.error("target_kind", fmt::format("expected territory or forces; found \"{}\"", *t));
    }
    if (auto b = r.boolean("limited", Need::optional)) e.limited = *b;
    e.to = r.strings("to", Need::optional);
    for (const auto& s : e.to) state(r, "to", s);
    e.note = r.string("note", Need::optional).value_or("");
    for (const auto& s : e.by)
      if (s == e.target) r.error("target", fmt::format("expected a state other than the actor \"{}\"", s));
    return e;
  }

  void expectations(const TomlReader& r, Scenario& sc) const {
    r.allow_only({"obligations", "entries", "conflicts"});
    for (const auto& o : r.tables("obligations", Need::optional)) {
      o.allow_only({"treaty", "article", "label", "holder", "beneficiary", "reading", "policy", "outcome", "failed",
                    "honoured"});
      ExpectedObligation x;
      x.defined_at = o.position();
      x.treaty = o.string("treaty", Need::required).value_or("");
      if (!x.treaty.empty() && !corpus_.treaty(x.treaty))
        o.error("treaty", fmt::format("expected a treaty id of the corpus; found \"{}\"", x.treaty));
      x.article = o.string("article", Need::required).value_or("");
      x.label = o.string("label", Need::optional).value_or("");
      x.holder = o.string("holder", Need::required).value_or("");
      state(o, "holder", x.holder);
      x.beneficiary = o.string("beneficiary", Need::required).value_or("");
      state(o, "beneficiary", x.beneficiary);
      x.reading = reading(o);
      x.policy = policy(o);
      x.outcome = o.string("outcome", Need::required).value_or("");
      if (!x.outcome.empty() && x.outcome != "obliged" && x.outcome != "not-obliged" &&
          x.outcome != "conditional" && x.outcome != "not-triggered")
        o.error("outcome", "expected obliged, not-obliged, conditional or not-triggered; found \"" + x.outcome + "\"");
      x.failed = o.strings("failed", Need::optional);
      x.honoured = o.boolean("honoured", Need::optional);
      sc.expected_obligations.push_back(std::move(x));
    }
    for (const auto& o : r.tables("entries", Need::optional)) {
      o.allow_only({"state", "side_of", "enters", "round", "reading", "policy"});
      ExpectedEntry x;
      x.defined_at = o.position();
      x.state = o.string("state", Need::required).value_or("");
      state(o, "state", x.state);
      x.side_of = o.string("side_of", Need::optional);
      if (x.side_of) state(o, "side_of", *x.side_of);
      x.enters = o.boolean("enters", Need::optional).value_or(true);
      if (x.enters && !x.side_of) o.error("side_of", "missing; expected the state on whose side it enters");
      if (auto n = o.integer("round", Need::optional)) x.round = static_cast<int>(*n);
      x.reading = reading(o);
      x.policy = policy(o);
      sc.expected_entries.push_back(std::move(x));
    }
    for (const auto& o : r.tables("conflicts", Need::optional)) {
      o.allow_only({"state", "kind", "reading", "policy"});
      ExpectedConflict x;
      x.defined_at = o.position();
      x.state = o.string("state", Need::required).value_or("");
      state(o, "state", x.state);
      x.kind = o.string("kind", Need::required).value_or("");
      x.reading = reading(o);
      x.policy = policy(o);
      sc.expected_conflicts.push_back(std::move(x));
    }
  }

 private:
  const Corpus& corpus_;
  Diagnostics& diag_;
};

}  // namespace

std::optional<Scenario> load_scenario(const std::string& file, const Corpus& corpus, Diagnostics& diag) {
  auto parsed = parse_toml_file(file, diag);
  if (!parsed) return std::nullopt;
  Diagnostics local;
  ScenarioReader sr(corpus, local);
  TomlReader r(*parsed, file, "", local);
  r.allow_only({"title", "description", "date", "options", "events", "expect"});
  Scenario sc;
  sc.file = file;
  sc.title = r.string("title", Need::required).value_or("");
  sc.description = r.string("description", Need::optional).value_or("");
  if (auto d = r.date("date", Need::required)) {
    if (!d->exact()) r.error("date", "expected an exact day for the scenario; found " + d->str());
    sc.date = d->earliest;
  }
  if (auto o = r.table("options", Need::optional)) {
    o->allow_only({"readings", "policies"});
    if (o->has("readings")) {
      sc.readings.clear();
      for (const auto& s : o->strings("readings", Need::optional)) {
        if (auto v = parse_reading(s)) sc.readings.push_back(*v);
        else o->error("readings", fmt::format("expected literal or self-defence; found \"{}\"", s));
      }
    }
    if (o->has("policies")) {
      sc.policies.clear();
      for (const auto& s : o->strings("policies", Need::optional)) {
        if (auto v = parse_policy(s)) sc.policies.push_back(*v);
        else o->error("policies", fmt::format("expected all or automatic-only; found \"{}\"", s));
      }
    }
  }
  for (const auto& e : r.tables("events", Need::optional)) sc.events.push_back(sr.event(e, sc.date));
  if (sc.events.empty()) r.error("events", "missing; expected at least one [[events]] table saying what happens");
  if (auto x = r.table("expect", Need::optional)) sr.expectations(*x, sc);
  diag.append(local);
  if (!local.ok()) return std::nullopt;
  return sc;
}

}  // namespace casus

#include <fmt/format.h>

#include "casus/scenario.h"
#include "corpus/toml_reader.h"

namespace casus {

std::string_view to_string(Reading r) {
  switch (r) {
    case Reading::literal: return "literal";
    case Reading::self_defence: return "self-defence";
    case Reading::charter: return "charter";
    case Reading::declared: return "declared";
  }
  return "?";
}
std::string_view reading_names() { return "literal, self-defence, charter or declared"; }
std::string_view to_string(LegalBasis b) {
  switch (b) {
    case LegalBasis::unstated: return "unstated";
    case LegalBasis::first_use: return "first-use";
    case LegalBasis::self_defence: return "self-defence";
    case LegalBasis::collective_defence: return "collective-defence";
    case LegalBasis::un_authorised: return "un-authorised";
    case LegalBasis::claimed: return "claimed";
  }
  return "?";
}
std::string_view to_string(HonouringPolicy p) {
  return p == HonouringPolicy::all ? "all" : "automatic-only";
}
std::optional<Reading> parse_reading(std::string_view s) {
  if (s == "literal") return Reading::literal;
  if (s == "self-defence") return Reading::self_defence;
  if (s == "charter") return Reading::charter;
  if (s == "declared") return Reading::declared;
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
  // Problems are reported through the TomlReader each method is given, which carries the diagnostics.
  explicit ScenarioReader(const Corpus& corpus) : corpus_(corpus) {}

  void state(const TomlReader& r, std::string_view key, const std::string& id) const {
    if (!id.empty() && !corpus_.state(id))
      r.error(key, corpus_.unknown_state(id));
  }

  std::optional<Reading> reading(const TomlReader& r) const {
    auto s = r.string("reading", Need::optional);
    if (!s) return std::nullopt;
    auto v = parse_reading(*s);
    if (!v) r.error("reading", fmt::format("expected {}; found \"{}\"", reading_names(), *s));
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
    r.allow_only({"kind", "date", "from", "until", "ongoing", "by", "group", "directed_from", "target", "location",
                  "target_kind", "limited", "to", "war", "legal_basis", "on_behalf_of", "resolution", "claim", "note"});
    ScenarioEvent e;
    e.defined_at = r.position();
    if (auto k = r.enumeration<EventKind>("kind", Need::required)) e.kind = *k;
    e.date = default_date;
    if (r.has("date") && r.has("from")) r.error("from", "expected either date or from, not both");
    const char* first_key = r.has("from") ? "from" : "date";
    if (auto d = r.date(first_key, Need::optional)) {
      if (!d->exact()) r.error(first_key, "expected an exact day for a scenario event; found " + d->str());
      e.date = d->earliest;
    }
    if (auto d = r.date("until", Need::optional)) {
      if (!d->exact()) r.error("until", "expected an exact day; found " + d->str());
      else if (d->earliest < e.date) r.error("until", fmt::format("expected a day on or after {}; found {}", e.date.str(), d->str()));
      else e.until = d->earliest;
    }
    if (auto b = r.boolean("ongoing", Need::optional)) e.ongoing = *b;
    if (e.ongoing && e.until) r.error("ongoing", "expected either until or ongoing = true, not both");
    e.group = r.string("group", Need::optional).value_or("");
    if (!e.group.empty() && e.kind != EventKind::armed_attack)
      r.error("group", "expected only on an armed-attack: a non-state group attacks, it does not declare or request");
    e.by = r.strings("by", e.group.empty() ? Need::required : Need::optional);
    if (!e.group.empty() && !e.by.empty()) r.error("by", "expected either by (states) or group (a non-state group), not both");
    for (const auto& s : e.by) state(r, "by", s);
    e.directed_from = r.string("directed_from", Need::optional).value_or("");
    state(r, "directed_from", e.directed_from);
    if (!e.directed_from.empty() && e.group.empty())
      r.error("directed_from", "expected only with group: it says where a non-state group's attack was directed from");
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
    e.war = r.string("war", Need::optional).value_or("");
    const bool force = e.kind == EventKind::armed_attack || e.kind == EventKind::declaration_of_war;
    if (auto b = r.string("legal_basis", Need::optional)) {
      static constexpr std::pair<std::string_view, LegalBasis> kBases[] = {
          {"first-use", LegalBasis::first_use}, {"self-defence", LegalBasis::self_defence},
          {"collective-defence", LegalBasis::collective_defence}, {"un-authorised", LegalBasis::un_authorised},
          {"claimed", LegalBasis::claimed}};
      bool found = false;
      for (const auto& [name, v] : kBases)
        if (*b == name) e.legal_basis = v, found = true;
      if (!found)
        r.error("legal_basis", fmt::format("expected first-use, self-defence, collective-defence, un-authorised or "
                                           "claimed; found \"{}\"", *b));
      if (!force) r.error("legal_basis", "expected only on an armed-attack or a declaration-of-war");
    }
    e.on_behalf_of = r.string("on_behalf_of", Need::optional).value_or("");
    state(r, "on_behalf_of", e.on_behalf_of);
    if (e.legal_basis == LegalBasis::collective_defence && e.on_behalf_of.empty())
      r.error("on_behalf_of", "missing; legal_basis = \"collective-defence\" needs the state defended");
    if (!e.on_behalf_of.empty() && e.legal_basis != LegalBasis::collective_defence)
      r.error("on_behalf_of", "expected only with legal_basis = \"collective-defence\"");
    e.resolution = r.string("resolution", Need::optional).value_or("");
    if (e.legal_basis == LegalBasis::un_authorised && e.resolution.empty())
      r.error("resolution", "missing; legal_basis = \"un-authorised\" needs the resolution's number (corpus/unsc.toml)");
    if (!e.resolution.empty() && !corpus_.law().resolution(e.resolution))
      r.error("resolution", fmt::format("expected the number of a resolution in corpus/unsc.toml; found \"{}\"", e.resolution));
    e.claim = r.string("claim", Need::optional).value_or("");
    if (e.legal_basis == LegalBasis::claimed && e.claim.empty())
      r.error("claim", "missing; legal_basis = \"claimed\" needs the basis claimed, in words");
    e.note = r.string("note", Need::optional).value_or("");
    for (const auto& s : e.by)
      if (s == e.target) r.error("target", fmt::format("expected a state other than the actor \"{}\"", s));
    return e;
  }

  void expectations(const TomlReader& r, Scenario& sc) const {
    r.allow_only({"obligations", "entries", "conflicts", "readings"});
    for (const auto& o : r.tables("readings", Need::optional)) {
      o.allow_only({"reading", "applicable"});
      ExpectedReading x;
      x.defined_at = o.position();
      if (auto v = reading(o)) x.reading = *v;
      else if (!o.has("reading")) o.error("reading", "missing; expected the reading whose applicability is expected");
      x.applicable = o.boolean("applicable", Need::required).value_or(true);
      sc.expected_readings.push_back(x);
    }
    for (const auto& o : r.tables("obligations", Need::optional)) {
      o.allow_only({"treaty", "article", "label", "holder", "beneficiary", "reading", "policy", "outcome", "failed",
                    "honoured", "by"});
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
      if (!x.outcome.empty() && x.outcome != "obliged" && x.outcome != "discretionary" && x.outcome != "not-obliged" &&
          x.outcome != "conditional" && x.outcome != "not-triggered")
        o.error("outcome", "expected obliged, discretionary, not-obliged, conditional or not-triggered; found \"" +
                               x.outcome + "\"");
      x.failed = o.strings("failed", Need::optional);
      x.honoured = o.boolean("honoured", Need::optional);
      x.by = o.string("by", Need::optional).value_or("");
      sc.expected_obligations.push_back(std::move(x));
    }
    for (const auto& o : r.tables("entries", Need::optional)) {
      o.allow_only({"state", "side_of", "not_side_of", "enters", "round", "reading", "policy"});
      ExpectedEntry x;
      x.defined_at = o.position();
      x.state = o.string("state", Need::required).value_or("");
      state(o, "state", x.state);
      x.side_of = o.string("side_of", Need::optional);
      if (x.side_of) state(o, "side_of", *x.side_of);
      x.not_side_of = o.string("not_side_of", Need::optional);
      if (x.not_side_of) state(o, "not_side_of", *x.not_side_of);
      x.enters = o.boolean("enters", Need::optional).value_or(true);
      if (x.enters && !x.side_of && !o.has("not_side_of")) o.error("side_of", "missing; expected the state on whose side it enters");
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
};

}  // namespace

std::optional<Scenario> load_scenario(const std::string& file, const Corpus& corpus, Diagnostics& diag) {
  auto parsed = parse_toml_file(file, diag);
  if (!parsed) return std::nullopt;
  Diagnostics local;
  ScenarioReader sr(corpus);
  TomlReader r(*parsed, file, "", local);
  r.allow_only({"title", "description", "date", "war", "options", "events", "expect"});
  Scenario sc;
  sc.file = file;
  sc.title = r.string("title", Need::required).value_or("");
  sc.description = r.string("description", Need::optional).value_or("");
  if (auto d = r.date("date", Need::required)) {
    if (!d->exact()) r.error("date", "expected an exact day for the scenario; found " + d->str());
    sc.date = d->earliest;
  }
  if (auto o = r.table("options", Need::optional)) {
    o->allow_only({"readings", "policies", "assume_discretion"});
    if (auto b = o->boolean("assume_discretion", Need::optional)) sc.assume_discretion = *b;
    if (o->has("readings")) {
      sc.readings.clear();
      for (const auto& s : o->strings("readings", Need::optional)) {
        if (auto v = parse_reading(s)) sc.readings.push_back(*v);
        else o->error("readings", fmt::format("expected {}; found \"{}\"", reading_names(), s));
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
  // A scenario may put all its events in one war by naming it at the top (July 1914).
  const std::string default_war = r.string("war", Need::optional).value_or("");
  for (const auto& e : r.tables("events", Need::optional)) {
    sc.events.push_back(sr.event(e, sc.date));
    if (sc.events.back().war.empty()) sc.events.back().war = default_war;
  }
  if (sc.events.empty()) r.error("events", "missing; expected at least one [[events]] table saying what happens");
  if (auto x = r.table("expect", Need::optional)) sr.expectations(*x, sc);
  diag.append(local);
  if (!local.ok()) return std::nullopt;
  return sc;
}

}  // namespace casus

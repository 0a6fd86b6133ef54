// Reads the law's three files (corpus/unsc.toml, corpus/un-members.toml, corpus/declared.toml) into a
// Law, with located diagnostics like every other corpus file.
#include <algorithm>

#include <fmt/format.h>

#include "casus/law.h"
#include "corpus/toml_reader.h"

namespace casus {

const Resolution* Law::resolution(std::string_view id) const {
  for (const auto& r : resolutions)
    if (r.id == id) return &r;
  return nullptr;
}

Truth Law::un_member_on(std::string_view state, Date d, const UnMembership** spell) const {
  Truth best = Truth::no;
  for (const auto& m : un_members) {
    if (m.state != state) continue;
    const Date before = Date::from_days(d.days_since_epoch() - 1);
    Truth v = m.from.reached_by(d) && !(m.to ? m.to->reached_by(before) : Truth::no);
    if (v > best) {
      best = v;
      if (spell) *spell = &m;
    }
  }
  return best;
}

namespace {

bool known(const std::vector<State>& states, std::string_view id) {
  return std::any_of(states.begin(), states.end(), [&](const State& s) { return s.id == id; });
}

void require_state(const TomlReader& r, std::string_view key, const std::string& id,
                   const std::vector<State>& states) {
  if (!id.empty() && !known(states, id))
    r.error(key, fmt::format("expected a state id from corpus/states.toml; found \"{}\"", id));
}

void read_unsc(const std::string& file, const std::vector<State>& states, Law& law, Diagnostics& diag) {
  auto parsed = parse_toml_file(file, diag);
  if (!parsed) return;
  TomlReader r(*parsed, file, "", diag);
  r.allow_only({"resolutions", "events"});
  for (const auto& t : r.tables("resolutions", Need::optional)) {
    t.allow_only({"id", "symbol", "date", "adopted", "chapter_vii", "binding", "title", "status", "authority",
                  "source", "note", "measures"});
    Resolution res;
    res.defined_at = t.position();
    res.id = t.string("id", Need::required).value_or("");
    if (!res.id.empty() && law.resolution(res.id))
      t.error("id", fmt::format("expected a resolution number used once; \"{}\" appears twice", res.id));
    res.symbol = t.string("symbol", Need::required).value_or("");
    if (auto d = t.date("date", Need::required)) res.date = *d;
    res.adopted = t.string("adopted", Need::optional).value_or("");
    res.chapter_vii = t.boolean("chapter_vii", Need::required).value_or(false);
    res.binding = t.boolean("binding", Need::required).value_or(false);
    res.title = t.string("title", Need::optional).value_or("");
    res.provenance = t.provenance();
    for (const auto& m : t.tables("measures", Need::optional)) {
      m.allow_only({"paragraph", "kind", "target", "beneficiary", "forbids", "quote", "status", "authority",
                    "source", "note"});
      Measure x;
      x.defined_at = m.position();
      // Empty when the paragraph number was not read: the measure is still known from official summaries.
      x.paragraph = m.string("paragraph", Need::optional).value_or("");
      if (auto k = m.enumeration<MeasureKind>("kind", Need::required)) x.kind = *k;
      x.target = m.string("target", Need::required).value_or("");
      require_state(m, "target", x.target, states);
      x.beneficiary = m.string("beneficiary", Need::optional).value_or("");
      require_state(m, "beneficiary", x.beneficiary, states);
      for (const auto& a : m.strings("forbids", Need::optional)) {
        if (auto act = parse_enum<Act>(a)) x.forbids.push_back(*act);
        else m.error("forbids", fmt::format("expected {}; found \"{}\"", enum_choices<Act>(), a));
      }
      x.quote = m.string("quote", Need::optional).value_or("");
      x.provenance = m.provenance(&res.provenance);
      res.measures.push_back(std::move(x));
    }
    law.resolutions.push_back(std::move(res));
  }
  for (const auto& t : r.tables("events", Need::optional)) {
    t.allow_only({"date", "kind", "by", "about", "summary", "status", "authority", "source", "note"});
    RegimeEvent e;
    if (auto d = t.date("date", Need::required)) e.date = *d;
    e.kind = t.string("kind", Need::required).value_or("");
    e.by = t.string("by", Need::optional).value_or("");
    require_state(t, "by", e.by, states);
    e.about = t.string("about", Need::optional).value_or("");
    e.summary = t.string("summary", Need::required).value_or("");
    e.provenance = t.provenance();
    law.regime_events.push_back(std::move(e));
  }
}

void read_un_members(const std::string& file, const std::vector<State>& states, Law& law, Diagnostics& diag) {
  auto parsed = parse_toml_file(file, diag);
  if (!parsed) return;
  TomlReader r(*parsed, file, "", diag);
  r.allow_only({"charter", "members"});
  if (auto c = r.table("charter", Need::required)) {
    c->allow_only({"in_force", "status", "authority", "source", "note"});
    if (auto d = c->date("in_force", Need::required)) {
      if (!d->exact()) c->error("in_force", "expected an exact day; found " + d->str());
      law.charter.in_force = d->earliest;
      law.charter.known = true;
    }
    law.charter.provenance = c->provenance();
  }
  for (const auto& t : r.tables("members", Need::optional)) {
    t.allow_only({"state", "from", "to", "note", "status", "authority", "source"});
    UnMembership m;
    m.state = t.string("state", Need::required).value_or("");
    require_state(t, "state", m.state, states);
    if (auto d = t.date("from", Need::required)) m.from = *d;
    m.to = t.date("to", Need::optional);
    m.note = t.string("note", Need::optional).value_or("");
    m.provenance = t.provenance();
    law.un_members.push_back(std::move(m));
  }
}

void read_declared(const std::string& file, const std::vector<State>& states, Law& law, Diagnostics& diag) {
  auto parsed = parse_toml_file(file, diag);
  if (!parsed) return;
  TomlReader r(*parsed, file, "", diag);
  r.allow_only({"statements"});
  for (const auto& t : r.tables("statements", Need::optional)) {
    t.allow_only({"id", "treaty", "about", "date", "by", "official", "kind", "condition", "summary", "quote",
                  "status", "authority", "source", "note"});
    DeclaredStatement s;
    s.defined_at = t.position();
    s.id = t.string("id", Need::required).value_or("");
    for (const auto& other : law.declared)
      if (other.id == s.id && !s.id.empty())
        t.error("id", fmt::format("expected a statement id used once; \"{}\" appears twice", s.id));
    s.treaty = t.string("treaty", Need::required).value_or("");
    s.about = t.string("about", Need::required).value_or("");
    if (auto d = t.date("date", Need::required)) s.date = *d;
    s.by = t.string("by", Need::required).value_or("");
    // An organ speaks for its members (NATO's North Atlantic Council, the OAS's Meeting of Consultation);
    // anything else must be a registered state.
    static constexpr std::string_view kOrgans[] = {"NATO", "OAS"};
    if (std::find(std::begin(kOrgans), std::end(kOrgans), s.by) == std::end(kOrgans)) require_state(t, "by", s.by, states);
    s.official = t.boolean("official", Need::required).value_or(true);
    s.kind = t.string("kind", Need::required).value_or("");
    if (!s.kind.empty() && s.kind != "interpretation" && s.kind != "practice" && s.kind != "non-official")
      t.error("kind", fmt::format("expected interpretation, practice or non-official; found \"{}\"", s.kind));
    if (auto c = t.enumeration<DeclaredCondition>("condition", Need::required)) s.condition = *c;
    s.summary = t.string("summary", Need::required).value_or("");
    s.quote = t.string("quote", Need::optional).value_or("");
    s.provenance = t.provenance();
    law.declared.push_back(std::move(s));
  }
}

}  // namespace

Law load_law(const LawFiles& files, const std::vector<State>& states, Diagnostics& diag) {
  Law law;
  if (!files.unsc.empty()) read_unsc(files.unsc, states, law, diag);
  if (!files.un_members.empty()) read_un_members(files.un_members, states, law, diag);
  if (!files.declared.empty()) read_declared(files.declared, states, law, diag);
  return law;
}

}  // namespace casus

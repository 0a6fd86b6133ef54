#include "corpus/treaty_loader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include <fmt/format.h>

namespace casus {
namespace {

bool is_bare_url(const std::string& s) {
  return (s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0) && s.find(' ') == std::string::npos;
}

// The authority rule: every source in a treaty file says what kind of publisher it is, and [V] rests on
// an official or scholarly-edition source only. A scholarly edition is cited by edition and page, so a
// bare URL (a mirror's) is not enough.
void check_authority(const TomlReader& r, const Provenance& p, bool inherited = false) {
  if (!inherited && !r.has("authority")) {
    r.error("authority", "missing; expected official, scholarly-edition, press or secondary (the kind of publisher of source)");
    return;
  }
  if (p.authority == Authority::unspecified) {
    if (r.has("authority")) r.error("authority", "expected official, scholarly-edition, press or secondary; found \"unspecified\"");
    return;
  }
  if (p.status == Verification::verified &&
      (p.authority == Authority::press || p.authority == Authority::secondary))
    r.error(r.has("status") ? "status" : "authority",
            fmt::format("expected P or U: [V] needs an official or scholarly-edition source, and this one is {}",
                        to_string(p.authority)));
  if (p.authority == Authority::scholarly_edition && r.has("source") && is_bare_url(p.source))
    r.error("source", "expected a scholarly edition cited by edition and page (e.g. \"Gibler, International "
                      "Military Alliances 1648–2008 (CQ Press 2009), p. 492\"), not only a URL");
}

Provenance checked_provenance(const TomlReader& r, const Provenance* inherit = nullptr) {
  Provenance p = r.provenance(inherit);
  check_authority(r, p, inherit != nullptr);
  return p;
}

// [[...texts]]: the treaty's (or a statement's) own words, with language, standing and translator.
std::vector<Wording> read_texts(const TomlReader& r, const Provenance* inherit) {
  std::vector<Wording> out;
  for (const auto& t : r.tables("texts", Need::optional)) {
    t.allow_only({"text", "language", "standing", "by", "status", "source", "authority", "note"});
    Wording w;
    w.text = t.string("text", Need::required).value_or("");
    w.language = t.string("language", Need::required, "an ISO 639-1 language code (\"en\", \"ru\")").value_or("");
    if (!w.language.empty() && (w.language.size() != 2 || !std::islower(static_cast<unsigned char>(w.language[0])) ||
                                !std::islower(static_cast<unsigned char>(w.language[1]))))
      t.error("language", fmt::format("expected an ISO 639-1 language code (\"en\", \"ru\"); found \"{}\"", w.language));
    if (auto st = t.enumeration<TextStanding>("standing", Need::required)) w.standing = *st;
    w.by = t.string("by", Need::optional).value_or("");
    if (w.standing == TextStanding::translation && w.by.empty() && !t.has("note"))
      t.error("by", "missing; a translation names who made or published it (\"KCNA\", \"UNTS\"), or a note says it is not known");
    w.provenance = checked_provenance(t, inherit);
    out.push_back(std::move(w));
  }
  return out;
}

std::optional<DatedFact> read_dated_fact(const TomlReader& r) {
  r.allow_only({"date", "place", "status", "source", "authority", "note"});
  DatedFact f;
  auto d = r.date("date", Need::required);
  if (auto p = r.string("place", Need::optional)) f.place = *p;
  f.provenance = checked_provenance(r);
  if (!d) return std::nullopt;
  f.date = *d;
  return f;
}

WhereClause read_where(const TomlReader& r, const Registry& reg) {
  r.allow_only({"target", "region", "administered_by", "metropolitan"});
  WhereClause w;
  if (auto t = r.enumeration<TargetKind>("target", Need::optional)) w.target = *t;
  if (auto s = r.string("region", Need::optional)) {
    w.region = *s;
    reg.require_region(r, "region", w.region);
  }
  if (auto a = r.string("administered_by", Need::optional)) {
    if (*a == "beneficiary") w.administered_by = AdministeredBy::beneficiary;
    else if (*a == "holder") w.administered_by = AdministeredBy::holder;
    else if (*a == "member") w.administered_by = AdministeredBy::member;
    else {
      w.administered_by = AdministeredBy::state;
      w.administering_state = *a;
      if (!reg.state(*a))
        r.error("administered_by", fmt::format("expected beneficiary, holder, member or a state id; found \"{}\"", *a));
    }
  }
  if (auto m = r.boolean("metropolitan", Need::optional)) w.metropolitan = *m;
  return w;
}

Assistance read_assistance(const TomlReader& r) {
  r.allow_only({"text", "speed", "means", "military", "other", "response"});
  Assistance a;
  if (auto s = r.string("text", Need::optional)) a.text = *s;
  if (auto s = r.enumeration<Speed>("speed", Need::optional)) a.speed = *s;
  if (auto s = r.enumeration<Means>("means", Need::optional)) a.means = *s;
  if (auto s = r.enumeration<MilitaryAid>("military", Need::optional)) a.military = *s;
  if (auto s = r.boolean("other", Need::optional)) a.other = *s;
  if (auto s = r.string("response", Need::optional)) {
    if (*s == "discretionary") a.response_discretionary = true;
    else if (*s != "assistance") r.error("response", fmt::format("expected assistance or discretionary; found \"{}\"", *s));
  }
  return a;
}

Provision read_provision(const TomlReader& r, const Registry& reg) {
  r.allow_only({"article", "label", "kind", "title", "subject", "summary", "texts", "status", "source",
                "authority", "note", "holders", "beneficiaries", "areas", "trigger", "assistance", "gates",
                "valid_from", "valid_to"});
  Provision p;
  p.defined_at = r.position();
  if (auto s = r.string("article", Need::required)) p.article = *s;
  if (auto s = r.string("label", Need::required)) p.label = *s;
  if (auto k = r.enumeration<ProvisionKind>("kind", Need::required)) p.kind = *k;
  if (auto s = r.string("title", Need::optional)) p.title = *s;
  if (auto s = r.string("subject", Need::optional)) p.subject = *s;
  if (auto s = r.string("summary", Need::optional)) p.summary = *s;
  p.provenance = checked_provenance(r);
  p.texts = read_texts(r, &p.provenance);
  if (p.summary.empty() && p.texts.empty())
    r.error("summary", "missing; a provision needs the treaty's words ([[provisions.texts]]) or our summary (summary)");
  p.holders = r.strings("holders", Need::optional);
  for (const auto& h : p.holders) reg.require_state(r, "holders", h);
  p.beneficiaries = r.strings("beneficiaries", Need::optional);
  for (const auto& b : p.beneficiaries) reg.require_state(r, "beneficiaries", b);
  p.areas = r.strings("areas", Need::optional);
  if (auto t = r.table("trigger", Need::optional)) p.trigger = read_trigger(*t, reg);
  if (auto a = r.table("assistance", Need::optional)) p.assistance = read_assistance(*a);
  for (const auto& g : r.tables("gates", Need::optional)) {
    g.allow_only({"kind", "quote", "status", "source", "authority", "note"});
    auto kind = g.enumeration<GateKind>("kind", Need::required);
    Gate gate{kind.value_or(GateKind::domestic_law), g.string("quote", Need::optional).value_or(""),
              checked_provenance(g, &p.provenance)};
    // A gate's quote is the treaty's words, so it must stand in one of the provision's texts (or in
    // the gate's own source, e.g. another article): our paraphrase of a qualifier belongs in note.
    if (!gate.quote.empty() && !g.has("source") &&
        std::none_of(p.texts.begin(), p.texts.end(),
                     [&](const Wording& w) { return w.text.find(gate.quote) != std::string::npos; }))
      g.error("quote", p.texts.empty()
                           ? "expected no quote: the provision has no verbatim text ([[provisions.texts]]), so a quote would show our words as the treaty's; put them in note"
                           : "expected words that occur verbatim in one of the provision's texts");
    if (kind) p.gates.push_back(std::move(gate));
  }
  p.valid_from = r.date("valid_from", Need::optional);
  p.valid_to = r.date("valid_to", Need::optional);
  // A provision that fires needs a trigger; one that does not must not pretend to.
  const bool fires = p.kind == ProvisionKind::defence || p.kind == ProvisionKind::offence ||
                     p.kind == ProvisionKind::neutrality || p.kind == ProvisionKind::guarantee ||
                     p.kind == ProvisionKind::mobilization;
  if (fires && !p.trigger)
    r.error("trigger", fmt::format("missing; a {} provision needs a [trigger] table saying when it fires",
                                   to_string(p.kind)));
  if (p.kind == ProvisionKind::cooperation_area && p.areas.empty())
    r.error("areas", "missing; a cooperation-area provision names its areas");
  return p;
}

bool is_member_somewhen(const Treaty& t, std::string_view state) {
  for (const auto& m : t.members)
    if (m.state == state) return true;
  return false;
}

}  // namespace

Trigger read_trigger(const TomlReader& r, const Registry& reg) {
  r.allow_only({"event", "attacker", "attackers", "supported_by", "min_attackers", "min_great_powers",
                "unprovoked", "state_of_war", "mobilizers", "guaranteed", "where", "undisclosed",
                "attacker_region", "unless_arbitration", "not_supported_by", "wording", "attacker_kind"});
  Trigger t;
  if (auto e = r.enumeration<EventKind>("event", Need::optional)) t.event = *e;
  if (auto w = r.enumeration<TriggerWording>("wording", Need::optional)) t.wording = *w;
  if (auto k = r.enumeration<AttackerKind>("attacker_kind", Need::optional)) t.attacker_kind = *k;
  if (auto a = r.enumeration<AttackerScope>("attacker", Need::optional)) t.attacker = *a;
  t.attackers = r.strings("attackers", Need::optional);
  t.supported_by = r.strings("supported_by", Need::optional);
  t.not_supported_by = r.strings("not_supported_by", Need::optional);
  for (const auto& s : t.not_supported_by) reg.require_state(r, "not_supported_by", s);
  if (auto n = r.integer("min_attackers", Need::optional)) {
    if (*n < 1 || *n > 100) r.error("min_attackers", "expected a whole number from 1 to 100");
    else t.min_attackers = static_cast<int>(*n);
  }
  if (auto n = r.integer("min_great_powers", Need::optional)) {
    if (*n < 1 || *n > 20) r.error("min_great_powers", "expected a whole number from 1 to 20");
    else t.min_great_powers = static_cast<int>(*n);
  }
  if (auto b = r.boolean("unprovoked", Need::optional)) t.unprovoked = *b;
  if (auto b = r.boolean("state_of_war", Need::optional)) t.state_of_war = *b;
  t.mobilizers = r.strings("mobilizers", Need::optional);
  if (auto s = r.string("guaranteed", Need::optional)) t.guaranteed = *s;
  t.undisclosed = r.strings("undisclosed", Need::optional);
  if (auto s = r.string("attacker_region", Need::optional)) {
    t.attacker_region = *s;
    reg.require_region(r, "attacker_region", *s);
  }
  if (auto b = r.boolean("unless_arbitration", Need::optional)) t.unless_arbitration = *b;
  for (const auto& w : r.tables("where", Need::optional)) t.where.push_back(read_where(w, reg));
  for (const auto& s : t.attackers) reg.require_state(r, "attackers", s);
  for (const auto& s : t.supported_by) reg.require_state(r, "supported_by", s);
  for (const auto& s : t.mobilizers) reg.require_state(r, "mobilizers", s);
  reg.require_state(r, "guaranteed", t.guaranteed);

  const bool names = t.attacker == AttackerScope::named || t.attacker == AttackerScope::other_than_named;
  if (names && t.attackers.empty())
    r.error("attackers", "missing; attacker = \"named\" or \"other-than-named\" needs the list of attackers");
  if (!names && !t.attackers.empty())
    r.error("attacker", "expected \"named\" or \"other-than-named\" when attackers are listed");
  if (t.event == EventKind::mobilization && t.mobilizers.empty())
    r.error("mobilizers", "missing; event = \"mobilization\" needs the states whose mobilization fires it");
  if (t.event == EventKind::neutrality_violation && t.guaranteed.empty())
    r.error("guaranteed", "missing; event = \"neutrality-violation\" needs the guaranteed state");
  return t;
}

std::optional<Treaty> load_treaty_file(const std::string& file, const Registry& reg, Diagnostics& diag) {
  auto parsed = parse_toml_file(file, diag);
  if (!parsed) return std::nullopt;
  Diagnostics local;
  TomlReader r(*parsed, file, "", local);
  r.allow_only({"id", "name", "short_name", "short_name_de", "atop_id", "replaces", "related", "note", "signed",
                "in_force", "ended", "duration", "members", "suspensions", "statements",
                "provisions", "understandings", "citations", "unencoded"});
  Treaty t;
  t.file = file;
  if (auto s = r.string("id", Need::required)) {
    t.id = *s;
    auto stem = std::filesystem::path(file).stem().string();
    if (t.id != stem)
      r.error("id", fmt::format("expected the file's name \"{}\"; found \"{}\"", stem, t.id));
  }
  if (auto s = r.string("name", Need::required)) t.name = *s;
  t.short_name = r.string("short_name", Need::optional).value_or(t.name);
  t.short_name_de = r.string("short_name_de", Need::optional).value_or("");  // empty: reports use short_name
  if (auto n = r.integer("atop_id", Need::optional)) t.atop_id = static_cast<int>(*n);
  t.replaces = r.string("replaces", Need::optional).value_or("");
  if (!t.replaces.empty()) t.references.push_back({"replaces", t.replaces, r.position("replaces")});
  t.related = r.strings("related", Need::optional);
  for (const auto& id : t.related) t.references.push_back({"related", id, r.position("related")});
  t.note = r.string("note", Need::optional).value_or("");

  if (auto s = r.table("signed", Need::required))
    if (auto f = read_dated_fact(*s)) t.signed_ = *f;
  if (auto s = r.table("in_force", Need::required))
    if (auto f = read_dated_fact(*s)) t.in_force = *f;
  if (auto e = r.table("ended", Need::optional)) {
    e->allow_only({"date", "how", "replaced_by", "status", "source", "authority", "note"});
    DatedFact f;
    auto d = e->date("date", Need::required);
    if (auto how = e->enumeration<EndKind>("how", Need::required)) t.end_kind = *how;
    t.replaced_by = e->string("replaced_by", Need::optional).value_or("");
    if (!t.replaced_by.empty()) t.references.push_back({"ended.replaced_by", t.replaced_by, e->position("replaced_by")});
    f.provenance = checked_provenance(*e);
    if (d) {
      f.date = *d;
      t.ended = f;
      if (t.ended->date.earliest < t.in_force.date.latest && local.ok())
        e->error("date", fmt::format("expected a date after entry into force ({}); found {}",
                                     t.in_force.date.str(), d->str()));
    }
  }
  if (auto d = r.table("duration", Need::optional)) {
    d->allow_only({"text", "article", "status", "source", "authority", "note"});
    t.duration_text = d->string("text", Need::required).value_or("");
    t.duration_provenance = checked_provenance(*d);
  }

  for (const auto& m : r.tables("members", Need::required)) {
    m.allow_only({"state", "from", "to", "joined", "left", "status", "source", "authority", "note"});
    Membership ms;
    ms.state = m.string("state", Need::required).value_or("");
    reg.require_state(m, "state", ms.state);
    ms.from = m.date("from", Need::optional);
    ms.to = m.date("to", Need::optional);
    if (auto j = m.enumeration<JoinKind>("joined", Need::optional)) ms.joined = *j;
    if (auto l = m.enumeration<LeaveKind>("left", Need::optional)) ms.left = *l;
    ms.provenance = checked_provenance(m);
    if (ms.from && ms.to && ms.to->latest < ms.from->earliest)
      m.error("to", fmt::format("expected a date on or after from ({}); found {}", ms.from->str(),
                                ms.to->str()));
    t.members.push_back(std::move(ms));
  }
  for (const auto& s : r.tables("suspensions", Need::optional)) {
    s.allow_only({"holder", "beneficiary", "from", "to", "status", "source", "authority", "note"});
    Suspension sp;
    sp.holder = s.string("holder", Need::required).value_or("");
    reg.require_state(s, "holder", sp.holder);
    sp.beneficiary = s.string("beneficiary", Need::optional);
    if (sp.beneficiary) reg.require_state(s, "beneficiary", *sp.beneficiary);
    auto from = s.date("from", Need::required);
    sp.to = s.date("to", Need::optional);
    sp.provenance = checked_provenance(s);
    if (from) {
      sp.from = *from;
      t.suspensions.push_back(std::move(sp));
    }
  }
  std::set<std::string> labels;
  for (const auto& p : r.tables("provisions", Need::required)) {
    Provision prov = read_provision(p, reg);
    auto require_members = [&](const std::vector<StateId>& list, std::string_view key) {
      for (const auto& s : list)
        if (reg.state(s) && !is_member_somewhen(t, s))
          p.error(key, fmt::format("expected a member of the treaty; \"{}\" is not in [[members]]", s));
    };
    require_members(prov.holders, "holders");
    require_members(prov.beneficiaries, "beneficiaries");
    if (!prov.label.empty() && !labels.insert(prov.label).second)
      p.error("label", fmt::format("expected a label unique in the treaty; \"{}\" is used twice", prov.label));
    t.provisions.push_back(std::move(prov));
  }
  for (const auto& u : r.tables("understandings", Need::optional)) {
    u.allow_only({"label", "kind", "modifies", "by", "holders", "date", "summary", "texts", "status",
                  "source", "authority", "note", "trigger"});
    Understanding un;
    un.label = u.string("label", Need::required).value_or("");
    un.kind = u.string("kind", Need::required).value_or("");
    if (!un.kind.empty() && un.kind != "understanding" && un.kind != "secret-protocol" &&
        un.kind != "reservation" && un.kind != "interpretive-declaration")
      u.error("kind", "expected understanding, secret-protocol, reservation or interpretive-declaration; found \"" + un.kind + "\"");
    un.modifies = u.string("modifies", Need::required).value_or("");
    if (!un.modifies.empty() && !labels.count(un.modifies))
      u.error("modifies", fmt::format("expected the label of a provision of this treaty; no provision is labelled \"{}\"", un.modifies));
    un.by = u.string("by", Need::optional).value_or("");
    reg.require_state(u, "by", un.by);
    un.holders = u.strings("holders", Need::optional);
    for (const auto& h : un.holders) reg.require_state(u, "holders", h);
    un.date = u.date("date", Need::optional);
    un.summary = u.string("summary", Need::required).value_or("");
    un.provenance = checked_provenance(u);
    un.texts = read_texts(u, &un.provenance);
    if (auto tr = u.table("trigger", Need::optional)) un.trigger = read_trigger(*tr, reg);
    if (!un.label.empty() && !labels.insert(un.label).second)
      u.error("label", fmt::format("expected a label unique in the treaty; \"{}\" is used twice", un.label));
    t.understandings.push_back(std::move(un));
  }
  for (const auto& s : r.tables("statements", Need::optional)) {
    s.allow_only({"date", "by", "speaker", "kind", "about", "summary", "texts", "status", "source",
                  "authority", "note"});
    Statement st;
    auto d = s.date("date", Need::required);
    // A statement is a state's, or (by omitted) a treaty organ's such as the North Atlantic Council,
    // named by speaker.
    st.speaker = s.string("speaker", Need::optional).value_or("");
    st.by = s.string("by", st.speaker.empty() ? Need::required : Need::optional).value_or("");
    if (!st.by.empty()) reg.require_state(s, "by", st.by);
    st.kind = s.string("kind", Need::required).value_or("");
    if (!st.kind.empty() && st.kind != "repudiation" && st.kind != "interpretation" &&
        st.kind != "freeze" && st.kind != "practice" && st.kind != "notice")
      s.error("kind", "expected repudiation, interpretation, freeze, practice or notice; found \"" + st.kind + "\"");
    st.about = s.string("about", Need::optional).value_or("");
    if (!st.about.empty() && !t.provision(st.about))
      s.error("about", fmt::format("expected the label of a provision of this treaty; no provision is labelled \"{}\"", st.about));
    st.summary = s.string("summary", Need::optional).value_or("");
    st.provenance = checked_provenance(s);
    st.texts = read_texts(s, &st.provenance);
    if (st.summary.empty() && st.texts.empty())
      s.error("summary", "missing; a statement needs its words ([[statements.texts]]) or our summary (summary)");
    if (d) {
      st.date = *d;
      t.statements.push_back(std::move(st));
    }
  }

  for (const auto& c : r.tables("citations", Need::optional)) {
    c.allow_only({"series", "volume", "page", "number", "status", "source", "authority", "note"});
    SeriesCitation sc;
    sc.series = c.string("series", Need::required, "a treaty series (UNTS, LNTS, UST, TIAS, Stat., ATS)").value_or("");
    sc.volume = c.string("volume", Need::optional).value_or("");
    sc.page = c.string("page", Need::optional).value_or("");
    sc.number = c.string("number", Need::optional).value_or("");
    if (sc.volume.empty() && sc.page.empty() && sc.number.empty())
      c.error("series", "expected volume and page, or number, beside the series");
    // An unchecked citation ([U]) may have been seen nowhere: it then names no source.
    auto status = c.enumeration<Verification>("status", Need::required);
    if (status && *status == Verification::unverified && !c.has("source")) {
      sc.provenance.status = Verification::unverified;
      if (auto n = c.string("note", Need::optional)) sc.provenance.note = *n;
      if (c.has("authority")) c.error("authority", "expected no authority when no source is named");
    } else {
      sc.provenance = checked_provenance(c);
    }
    t.citations.push_back(std::move(sc));
  }
  std::set<std::string> unencoded_articles;
  for (const auto& u : r.tables("unencoded", Need::optional)) {
    u.allow_only({"article", "reason", "summary"});
    UnencodedArticle ua;
    ua.article = u.string("article", Need::required).value_or("");
    ua.reason = u.string("reason", Need::required, "why the article is not encoded").value_or("");
    ua.summary = u.string("summary", Need::optional).value_or("");
    if (!ua.article.empty() && !unencoded_articles.insert(ua.article).second)
      u.error("article", fmt::format("expected each unencoded article once; \"{}\" is listed twice", ua.article));
    for (const auto& p : t.provisions)
      if (!ua.article.empty() && p.article == ua.article)
        u.error("article", fmt::format("expected an article no provision encodes; Art. {} is encoded as {}", ua.article, p.label));
    t.unencoded.push_back(std::move(ua));
  }

  diag.append(local);
  if (!local.ok()) return std::nullopt;
  return t;
}

}  // namespace casus

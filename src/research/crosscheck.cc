// Curated treaties against ATOP's coding. Lines in curated files come from toml++ source positions
// (the model keeps a line only for provisions); ATOP rows are cited as the converted treaty cites them.
#include "casus/research/crosscheck.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

namespace casus::research {
namespace {

const Date kAtopEnd = *Date::from_ymd(2018, 12, 31);  // ATOP 5.1 codes to 31 Dec 2018 (codebook 2.32)

Date shift(Date d, int days) { return Date::from_days(d.days_since_epoch() + days); }

// Two dates agree when they may be the same day (a partial date covers a range).
bool may_equal(const DateSpan& a, const DateSpan& b) { return a.earliest <= b.latest && b.earliest <= a.latest; }

// Lines of the keys of a curated file (nothing when the file cannot be parsed again).
class FileLines {
 public:
  explicit FileLines(const std::string& file) : file_(file) {
    try {
      table_ = toml::parse_file(file);
      ok_ = true;
    } catch (const toml::parse_error&) {
    }
  }
  std::string at(std::initializer_list<std::string_view> path) const {
    if (!ok_) return file_;
    toml::node_view<const toml::node> n{table_};
    for (auto key : path) n = n[key];
    if (!n) return file_;
    return fmt::format("{}:{}", file_, n.node()->source().begin.line);
  }
  std::string member(int i, std::string_view key = "") const {
    if (!ok_) return file_;
    auto m = toml::node_view<const toml::node>{table_}["members"][static_cast<size_t>(i)];
    auto n = key.empty() ? m : m[key];
    if (!n) n = m;
    if (!n) return file_;
    return fmt::format("{}:{}", file_, n.node()->source().begin.line);
  }

 private:
  std::string file_;
  toml::table table_;
  bool ok_ = false;
};

std::string span_text(const std::optional<DateSpan>& s, const char* none) { return s ? s->str() : none; }

struct Spells {
  std::optional<DateSpan> from;  // first entry
  std::optional<DateSpan> to;    // last day; nullopt = open
  bool open = false;
  int first = -1, last = -1;     // indexes into members
};

std::map<StateId, Spells> spells_of(const Treaty& t) {
  std::map<StateId, Spells> out;
  for (size_t i = 0; i < t.members.size(); ++i) {
    const auto& m = t.members[i];
    auto& s = out[m.state];
    DateSpan from = m.from ? *m.from : t.in_force.date;
    if (!s.from || from.earliest < s.from->earliest) s.from = from, s.first = static_cast<int>(i);
    std::optional<DateSpan> to = m.to;
    // An end after ATOP's coverage (ATOP's "in effect on 2018-12-31", or a curated end after 2018)
    // leaves the member open as far as ATOP can tell.
    if (!to && t.ended && t.ended->date.earliest <= kAtopEnd)
      to = DateSpan{shift(t.ended->date.earliest, -1), shift(t.ended->date.latest, -1)};
    if (!to) s.open = true, s.last = static_cast<int>(i);
    else if (!s.open && (!s.to || to->latest > s.to->latest)) s.to = to, s.last = static_cast<int>(i);
  }
  for (auto& [id, s] : out)
    if (s.open) s.to.reset();
  return out;
}

// Every state bound by a provision of kind k (empty holders: every member).
std::set<StateId> holders_of(const Treaty& t, ProvisionKind k) {
  std::set<StateId> out;
  for (const auto& p : t.provisions) {
    if (p.kind != k) continue;
    if (p.holders.empty())
      for (const auto& m : t.members) out.insert(m.state);
    else
      out.insert(p.holders.begin(), p.holders.end());
  }
  return out;
}

const Provision* first_of(const Treaty& t, ProvisionKind k) {
  for (const auto& p : t.provisions)
    if (p.kind == k) return &p;
  return nullptr;
}

std::string at_of(const Provision& p) { return fmt::format("{}:{}", p.defined_at.file, p.defined_at.line); }

constexpr ProvisionKind kKinds[kAtopObligationCount] = {ProvisionKind::defence, ProvisionKind::offence,
                                                        ProvisionKind::neutrality, ProvisionKind::non_aggression,
                                                        ProvisionKind::consultation};
constexpr const char* kPrefix[kAtopObligationCount] = {"DEF", "OFF", "NEU", "NONAGG", "CON"};

// One ATOP condition dummy and the curated encoding that corresponds to it.
struct ConditionCheck {
  const char* field;   // "location", ...
  const char* suffix;  // "COLOC" → DEFCOLOC
  bool (*atop)(const AtopConditions&, int k);
  // The curated provision's encoding of it; nullptr when the format has no field for it.
  bool (*curated)(const Provision&);
  const char* curated_words;  // what the curated check looks at
};

bool cond(const AtopConditions& c, int k, int which) {
  // which: 0 adv, 1 loc, 2 con, 3 num, 4 dem, 5 npr, 6 att, 7 req
  switch (k) {
    case 0: return std::array{c.defcoadv, c.defcoloc, c.defcocon, c.defconum, c.defcodem, c.defconpr, false, false}[which];
    case 1: return std::array{c.offcoadv, c.offcoloc, c.offcocon, c.offconum, c.offcodem, false, false, false}[which];
    case 2: return std::array{c.neucoadv, c.neucoloc, c.neucocon, c.neuconum, c.neucodem, c.neuconpr, c.neucoatt, false}[which];
    case 4: return std::array{c.concoadv, c.concoloc, c.concocon, false, false, false, false, c.concoreq}[which];
    default: return false;
  }
}

const std::vector<ConditionCheck>& condition_checks() {
  static const std::vector<ConditionCheck> v = {
      {"adversary", "COADV", [](const AtopConditions& c, int k) { return cond(c, k, 0); },
       [](const Provision& p) { return p.trigger && p.trigger->attacker != AttackerScope::any; },
       "trigger.attacker other than \"any\""},
      {"location", "COLOC", [](const AtopConditions& c, int k) { return cond(c, k, 1); },
       [](const Provision& p) { return p.trigger && !p.trigger->where.empty(); }, "trigger.where"},
      {"ongoing-conflict", "COCON", [](const AtopConditions& c, int k) { return cond(c, k, 2); }, nullptr,
       "no field in the format"},
      {"number-of-adversaries", "CONUM", [](const AtopConditions& c, int k) { return cond(c, k, 3); },
       [](const Provision& p) { return p.trigger && (p.trigger->min_attackers > 0 || p.trigger->min_great_powers > 0); },
       "trigger.min_attackers / min_great_powers"},
      {"demands", "CODEM", [](const AtopConditions& c, int k) { return cond(c, k, 4); }, nullptr,
       "no field in the format"},
      {"non-provocation", "CONPR", [](const AtopConditions& c, int k) { return cond(c, k, 5); },
       [](const Provision& p) { return p.trigger && p.trigger->unprovoked; }, "trigger.unprovoked"},
      {"ally-attacked", "COATT", [](const AtopConditions& c, int k) { return cond(c, k, 6); },
       [](const Provision& p) { return p.trigger && p.trigger->event == EventKind::armed_attack; },
       "trigger.event = \"armed-attack\""},
      {"request", "COREQ", [](const AtopConditions& c, int k) { return cond(c, k, 7); },
       [](const Provision& p) {
         return std::any_of(p.gates.begin(), p.gates.end(),
                            [](const Gate& g) { return g.kind == GateKind::request_of_attacked; });
       },
       "a request-of-attacked gate"},
  };
  return v;
}

// Which conditions ATOP codes for which obligation (codebook 2.33).
bool coded(int k, const std::string& suffix) {
  static const std::map<int, std::set<std::string>> m = {
      {0, {"COADV", "COLOC", "COCON", "CONUM", "CODEM", "CONPR"}},
      {1, {"COADV", "COLOC", "COCON", "CONUM", "CODEM"}},
      {2, {"COADV", "COLOC", "COCON", "CONUM", "CODEM", "CONPR", "COATT"}},
      {4, {"COADV", "COLOC", "COCON", "COREQ"}}};
  auto it = m.find(k);
  return it != m.end() && it->second.count(suffix);
}

}  // namespace

Result<CrosscheckReport> crosscheck(const Corpus& curated, const AtopData& data) {
  auto conv = atop_corpus(data, curated.states());
  if (!conv) return conv.error();
  std::map<int, const Treaty*> atop;
  for (const auto& t : conv.value().treaties) atop.emplace(t.atop_id, &t);
  std::map<int, std::vector<const AtopMember*>> rows;
  for (const auto& m : data.members) rows[m.atopid].push_back(&m);
  std::map<int, const AtopAlliance*> alliances;
  for (const auto& a : data.alliances) alliances.emplace(a.atopid, &a);

  CrosscheckReport r;
  for (const auto& t : curated.treaties()) {
    if (t.origin != Origin::curated) continue;
    if (!t.atop_id) {
      r.without_atop.push_back(t.id);
      continue;
    }
    r.compared.push_back(t.id);
    FileLines lines(t.file);
    auto add = [&](std::string field, std::string cv, std::string cat, std::string av, std::string aat) {
      r.disagreements.push_back({t.id, t.atop_id, std::move(field), std::move(cv), std::move(cat), std::move(av),
                                 std::move(aat)});
    };
    auto it = atop.find(t.atop_id);
    if (it == atop.end()) {
      add("atop_id", std::to_string(t.atop_id), lines.at({"atop_id"}), "no such alliance",
          fmt::format("{}", data.alliances_file));
      continue;
    }
    const Treaty& a = *it->second;
    const AtopAlliance& arow = *alliances.at(t.atop_id);
    const std::string arow_at = fmt::format("{} line {}, atopid {}", data.alliances_file, arow.line, a.atop_id);

    // Dates of the treaty.
    if (!may_equal(t.signed_.date, a.signed_.date))
      add("signed", t.signed_.date.str(), lines.at({"signed", "date"}), a.signed_.date.str() + " (BEGYR/BEGMO/BEGDAY)",
          arow_at);
    {
      bool c_open = !t.ended || t.ended->date.earliest > kAtopEnd;
      bool a_open = !a.ended || a.ended->date.earliest > kAtopEnd;
      if (c_open != a_open || (!c_open && !may_equal(t.ended->date, a.ended->date)))
        add("ended", t.ended ? t.ended->date.str() + " (first day no longer in force)" : "in force",
            t.ended ? lines.at({"ended", "date"}) : t.file,
            !a_open ? a.ended->date.str() + " (ENDYR/ENDMO/ENDDAY)" : "in effect on 2018-12-31 (INEFFECT = 1)",
            arow_at);
    }

    // Parties and their dates.
    auto cs = spells_of(t);
    auto as = spells_of(a);
    for (const auto& [state, s] : cs) {
      auto ai = as.find(state);
      if (ai == as.end()) {
        if (s.from->earliest > kAtopEnd) {
          r.not_compared.push_back(fmt::format("{}: {} joins on {}, after ATOP's end (2018-12-31)", t.id, state,
                                               s.from->str()));
          continue;
        }
        add("members", fmt::format("{} from {}", state, s.from->str()), lines.member(s.first, "state"),
            "not a member", arow_at);
        continue;
      }
      const auto& x = ai->second;
      const Membership& cm = t.members[s.first];
      const Membership& am = a.members[x.first];
      // ATOP codes signature (codebook 2.32): a founding member without its own `from` is compared
      // through the curated signature date; an explicit `from` is compared as it stands.
      const bool founding = !cm.from;
      DateSpan centry = founding ? t.signed_.date : *s.from;
      if (!may_equal(centry, *x.from))
        add(fmt::format("members.{}.entry", state),
            founding ? fmt::format("{} (signature; founding member)", centry.str()) : centry.str(),
            founding ? lines.at({"signed", "date"}) : lines.member(s.first, "from"),
            fmt::format("{} (YRENT/MOENT/DAYENT, signature)", x.from->str()), am.provenance.source);
      bool c_open = !s.to || s.to->earliest > kAtopEnd;
      bool a_open = !x.to;
      if (c_open != a_open || (!c_open && !may_equal(*s.to, *x.to))) {
        const Membership& cl = t.members[s.last];
        const Membership& al = a.members[x.last];
        add(fmt::format("members.{}.last-day", state), span_text(c_open ? std::nullopt : s.to, "member to the end"),
            cl.to ? lines.member(s.last, "to") : t.ended ? lines.at({"ended", "date"}) : lines.member(s.last, "state"),
            a_open ? "member on 2018-12-31 (INEFFECT = 1)" : fmt::format("{} (the day before YREXIT/MOEXIT/DAYEXIT)", x.to->str()),
            al.provenance.source);
      }
    }
    for (const auto& [state, x] : as)
      if (!cs.count(state))
        add("members", "not a member", t.file,
            fmt::format("{} ({}) from {}{}", state, curated.state_name(state), x.from->str(),
                        x.to ? " to " + x.to->str() : ""),
            a.members[x.first].provenance.source);

    // Obligations, holders, conditions.
    const auto& rs = rows[t.atop_id];
    bool c_asym = false;
    for (int k = 0; k < kAtopObligationCount; ++k) {
      const ProvisionKind kind = kKinds[k];
      const std::string kname(to_string(kind));
      const Provision* cp = first_of(t, kind);
      const Provision* ap = first_of(a, kind);
      if (!cp != !ap) {
        add("obligations." + kname, cp ? fmt::format("a {} provision (Art. {})", kname, cp->article) : "none",
            cp ? at_of(*cp) : t.file,
            ap ? fmt::format("{} = 1", ap->article.substr(5)) : fmt::format("no member with {}", kname),
            ap ? ap->provenance.source : arow_at);
        continue;
      }
      if (!cp) continue;
      auto ch = holders_of(t, kind), ah = holders_of(a, kind);
      // Compare only states both sides list as parties.
      for (auto* h : {&ch, &ah})
        for (auto i = h->begin(); i != h->end();)
          i = cs.count(*i) && as.count(*i) ? std::next(i) : h->erase(i);
      if (ch != ah)
        add(kname + ".holders", fmt::format("{}", fmt::join(ch, ", ")), at_of(*cp),
            fmt::format("{}", fmt::join(ah, ", ")), ap->provenance.source);
      for (const auto& p : t.provisions)
        if (p.kind == kind && (!p.holders.empty() || !p.beneficiaries.empty())) c_asym = true;
      // Conditions: ATOP = 1 for any holder of the obligation, against any curated provision of the kind.
      for (const auto& cc : condition_checks()) {
        if (!coded(k, cc.suffix)) continue;
        std::vector<int> at_lines;
        for (const AtopMember* m : rs)
          if (m->obligations[k] && cc.atop(m->conditions, k)) at_lines.push_back(m->line);
        const bool a_on = !at_lines.empty();
        const Provision* hit = nullptr;
        if (cc.curated)
          for (const auto& p : t.provisions)
            if (p.kind == kind && cc.curated(p)) hit = &p;
        const bool c_on = hit != nullptr;
        if (a_on == c_on) continue;
        const std::string var = fmt::format("{}{}", kPrefix[k], cc.suffix);
        add(kname + "." + cc.field,
            c_on ? fmt::format("conditional ({}, Art. {})", cc.curated_words, hit->article)
                 : fmt::format("not conditional ({}: none)", cc.curated_words),
            c_on ? at_of(*hit) : at_of(*cp),
            a_on ? fmt::format("{} = 1", var) : fmt::format("{} = 0", var),
            a_on ? fmt::format("{} line{} {}, atopid {}", data.members_file, at_lines.size() > 1 ? "s" : "",
                               fmt::join(at_lines, ", "), t.atop_id)
                 : arow_at);
      }
    }
    if (c_asym != arow.asymmetric)
      add("asymmetry", c_asym ? "asymmetric (holders or beneficiaries restricted)" : "symmetric (no holders or beneficiaries)",
          t.file, arow.asymmetric ? "ASYMM = 1" : "ASYMM = 0", arow_at);
  }
  return r;
}

std::string render_crosscheck_text(const CrosscheckReport& r) {
  std::string out;
  for (const auto& d : r.disagreements)
    out += fmt::format("{}: {}: curated {} ({}); ATOP {}: {} ({})\n", d.treaty, d.field, d.curated, d.curated_at,
                       d.atop_id, d.atop, d.atop_at);
  for (const auto& n : r.not_compared) out += fmt::format("not compared: {}\n", n);
  std::set<std::string> treaties;
  for (const auto& d : r.disagreements) treaties.insert(d.treaty);
  out += fmt::format(
      "casus crosscheck: {} disagreement{} in {} of {} curated treaties with an atop_id{}\n", r.disagreements.size(),
      r.disagreements.size() == 1 ? "" : "s", treaties.size(), r.compared.size(),
      r.without_atop.empty() ? "" : fmt::format("; without one: {}", fmt::join(r.without_atop, ", ")));
  return out;
}

nlohmann::json render_crosscheck_json(const CrosscheckReport& r) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& d : r.disagreements)
    items.push_back({{"treaty", d.treaty}, {"atop_id", d.atop_id}, {"field", d.field}, {"curated", d.curated},
                     {"curated_at", d.curated_at}, {"atop", d.atop}, {"atop_at", d.atop_at}});
  return {{"compared", r.compared}, {"without_atop_id", r.without_atop}, {"not_compared", r.not_compared},
          {"disagreements", items}, {"count", r.disagreements.size()}};
}

}  // namespace casus::research

// The summary: the report's findings, entries and evidence said in sentences (include/casus/summary.h).
// Every sentence is built from the Evaluation; nothing here decides anything the engine did not.
#include "casus/summary.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "report/german_names.h"
#include "report/summary_words.h"

namespace casus {
namespace {

bool is_de(Language l) { return l == Language::de; }

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

class Writer {
 public:
  Writer(const Corpus& c, const ScenarioReport& r, Language l) : c_(c), r_(r), l_(l), de_(is_de(l)) {
    for (size_t i = 0; i < r.evaluations.size(); ++i)
      if (r.evaluations[i].applicable) applicable_.push_back(i);
  }

  Summary run() {
    Summary s;
    s.language = l_;
    s.title = fmt::format("{} ({})", r_.scenario->title, words::date(r_.scenario->date, l_));
    events(s);
    states(s);
    entries(s);
    unverified(s);
    unbound(s);
    notes(s);
    return s;
  }

 private:
  using Case = words::GermanCase;
  // A state's name; in German in the case its place in the sentence needs (English ignores `k`).
  std::string name(std::string_view id, Case k = Case::bare) const {
    std::string n = c_.display_name(id, de_);
    return de_ ? words::german_name(n, k) : n;
  }
  std::string names(const std::vector<StateId>& ids, Case k = Case::bare) const {
    std::vector<std::string> v;
    for (const auto& id : ids) v.push_back(name(id, k));
    return words::list(v, l_);
  }
  // Whether a German verb whose subject is this state (or these states) takes the plural.
  bool plural(std::string_view id) const { return de_ && words::german_plural(c_.display_name(id, true)); }
  bool many(const std::vector<StateId>& ids) const { return ids.size() > 1 || (ids.size() == 1 && plural(ids.front())); }
  static const char* verb(bool pl, const char* singular, const char* plural_form) { return pl ? plural_form : singular; }
  // German "von" with a dative name, contracted where the article is "dem" ("vom Vereinigten Königreich").
  static std::string von(const std::string& dative) {
    return dative.rfind("dem ", 0) == 0 ? "vom " + dative.substr(4) : "von " + dative;
  }
  std::string art(const Finding& f) const { return article_name(*f.treaty, *f.provision, l_); }

  // "under the literal reading and the declared reading (if every obligation is honoured)"; empty when
  // the set is every evaluation and there is only one.
  std::string under(const std::vector<size_t>& idx) const {
    std::vector<HonouringPolicy> policies;
    for (const auto& ev : r_.evaluations)
      if (std::find(policies.begin(), policies.end(), ev.policy) == policies.end()) policies.push_back(ev.policy);
    if (idx == applicable_) {
      if (applicable_.size() <= 1) return "";
      if (policies.size() > 1) return de_ ? "nach jeder Lesart und jeder Annahme" : "under every reading and policy";
      return de_ ? "nach jeder Lesart" : "under every reading";
    }
    std::vector<std::string> parts;
    // The same readings under every policy: the policy does not matter, and is not named.
    std::vector<std::vector<Reading>> per_policy;
    for (auto p : policies) {
      per_policy.emplace_back();
      for (size_t i : idx)
        if (r_.evaluations[i].policy == p) per_policy.back().push_back(r_.evaluations[i].reading);
    }
    if (policies.size() > 1 && std::all_of(per_policy.begin(), per_policy.end(), [&](const auto& v) { return v == per_policy.front(); })) {
      std::vector<std::string> readings;
      for (auto rd : per_policy.front()) readings.push_back(words::reading(rd, l_));
      return (de_ ? "nach " : "under ") + words::list(readings, l_);
    }
    for (auto p : policies) {
      std::vector<std::string> readings;
      size_t of_policy = 0;
      for (size_t i : applicable_) of_policy += r_.evaluations[i].policy == p;
      for (size_t i : idx)
        if (r_.evaluations[i].policy == p) readings.push_back(words::reading(r_.evaluations[i].reading, l_));
      if (readings.empty()) continue;
      std::string part = readings.size() == of_policy && of_policy > 1
                             ? (de_ ? "nach jeder Lesart" : "under every reading")
                             : (de_ ? "nach " : "under ") + words::list(readings, l_);
      if (policies.size() > 1) part += " (" + words::policy(p, l_) + ")";
      parts.push_back(part);
    }
    return words::list(parts, l_);
  }

  std::string conditions_in_words(const std::vector<std::string>& names) const {
    std::vector<std::string> v;
    for (const auto& n : names) v.push_back(words::condition(n, l_));
    return words::list(v, l_);
  }

  static std::vector<std::string> undecided(const Finding& f) {
    std::vector<std::string> v;
    for (const auto& c : f.conditions)
      if (c.value == Truth::unknown) v.push_back(c.name);
    for (const auto& g : f.gates)
      if (g.value == Truth::unknown && g.gate_class == GateClass::legal_condition) v.emplace_back(to_string(g.kind));
    return v;
  }

  static std::vector<std::string> discretion(const Finding& f) {
    std::vector<std::string> v;
    for (const auto& g : f.gates)
      if (g.gate_class == GateClass::discretion) v.emplace_back(to_string(g.kind));
    return v;
  }

  // What one finding means for its holder, as the clause after "under the X reading," (German: verb first).
  // `singular_verbs`: the German verbs in the singular whatever the holder's number (the form holders share
  // when several are written as "jeder dieser Staaten").
  std::string phrase(const Finding* f, const Evaluation& ev, bool singular_verbs = false) const {
    if (!f) return de_ ? "wird der Artikel nicht geprüft" : "the article is not examined";
    // German: h the holder as subject, hd in the dative; b the beneficiary in the accusative, bd the dative.
    const std::string h = name(f->holder, Case::nominative), b = name(f->beneficiary, Case::accusative);
    const std::string hd = name(f->holder, Case::dative), bd = name(f->beneficiary, Case::dative);
    const bool pl = !singular_verbs && plural(f->holder);
    const ProvisionKind k = f->provision->kind;
    const bool war = k == ProvisionKind::defence || k == ProvisionKind::offence;
    switch (f->outcome) {
      case Outcome::obliged: {
        std::string s;
        if (k == ProvisionKind::guarantee) {
          s = de_ ? fmt::format("greift die Garantie {} für {} (der Artikel nennt keine ausdrückliche Pflicht zu kämpfen)", von(hd), b)
                  : fmt::format("{}'s guarantee to {} is engaged (the article states no explicit duty to fight)", h, b);
          if (f->honoured) s += de_ ? fmt::format(", und {} {} in den Krieg ein", h, verb(pl, "tritt", "treten")) : fmt::format(", and {} enters the war", h);
          return s;
        }
        if (!war) {
          if (k == ProvisionKind::consultation) return de_ ? fmt::format("{} {} {} konsultieren", verb(pl, "muss", "müssen"), h, b) : fmt::format("{} must consult {}", h, b);
          if (k == ProvisionKind::mobilization) return de_ ? fmt::format("{} {} mobilmachen", verb(pl, "muss", "müssen"), h) : fmt::format("{} must mobilize", h);
          if (k == ProvisionKind::neutrality) return de_ ? fmt::format("{} {} neutral bleiben", verb(pl, "muss", "müssen"), h) : fmt::format("{} must stay neutral", h);
          return de_ ? fmt::format("gilt die Pflicht des Artikels für {}", name(f->holder, Case::accusative)) : fmt::format("the article's duty applies to {}", h);
        }
        const auto room = discretion(*f);
        if (f->honoured) {
          s = de_ ? fmt::format("{} {} {} militärisch beistehen und {} in den Krieg ein", verb(pl, "muss", "müssen"), h, bd,
                                verb(pl, "tritt", "treten"))
                  : fmt::format("{} must give {} military assistance and enters the war", h, b);
          if (!room.empty())
            s += de_ ? fmt::format(" (vorausgesetzt, {} {} den Spielraum, den der Artikel lässt: {})", h, verb(pl, "nutzt", "nutzen"),
                                 conditions_in_words(room))
                     : fmt::format(" (assuming {} uses the room the article leaves it: {})", h, conditions_in_words(room));
          return s;
        }
        if (!room.empty() && ev.policy == HonouringPolicy::automatic_only)
          return de_ ? fmt::format("{} {} zum Beistand für {} verpflichtet, doch der Artikel lässt Spielraum ({}); {} {} daher nicht als Kriegseintritt gezählt",
                                   verb(pl, "ist", "sind"), h, b, conditions_in_words(room), h, verb(pl, "wird", "werden"))
                     : fmt::format("{} is obliged to assist {}, but the article leaves it room ({}), so {} is not counted as entering",
                                   h, b, conditions_in_words(room), h);
        return de_ ? fmt::format("{} {} zum Beistand für {} verpflichtet", verb(pl, "ist", "sind"), h, b) : fmt::format("{} is obliged to assist {}", h, b);
      }
      case Outcome::discretionary: {
        std::string s = de_ ? fmt::format("greift der Artikel, überlässt die Antwort aber {} („der gemeinsamen Gefahr begegnen“): keine Pflicht zum Krieg", hd)
                            : fmt::format("the article applies but leaves the response to {} (\"act to meet the common danger\"): no duty to go to war", h);
        if (f->honoured) s += de_ ? fmt::format("; als gegeben angenommen, {} {} in den Krieg ein", verb(pl, "tritt", "treten"), h) : fmt::format("; assumed made, {} enters the war", h);
        return s;
      }
      case Outcome::not_obliged:
        return de_ ? fmt::format("{} {} nicht verpflichtet (nicht erfüllt: {})", verb(pl, "ist", "sind"), h, conditions_in_words(f->failed()))
                   : fmt::format("{} is not obliged (not met: {})", h, conditions_in_words(f->failed()));
      case Outcome::conditional:
        return de_ ? fmt::format("{} {} nur verpflichtet, wenn feststeht, was die Angaben nicht entscheiden: {}", verb(pl, "ist", "sind"), h,
                                   conditions_in_words(undecided(*f)))
                   : fmt::format("{} is obliged only if this is established, which the facts given do not decide: {}", h, conditions_in_words(undecided(*f)));
      case Outcome::not_triggered:
        return de_ ? fmt::format("greift der Artikel nicht (nicht erfüllt: {})", conditions_in_words(f->failed()))
                   : fmt::format("the article does not apply (not met: {})", conditions_in_words(f->failed()));
    }
    return "?";
  }

  void events(Summary& s) const {
    for (const auto& e : r_.scenario->events) {
      const std::string by = e.by.empty() ? e.group : names(e.by, Case::nominative);
      const bool many = this->many(e.by);
      std::string x;
      switch (e.kind) {
        case EventKind::armed_attack:
          x = de_ ? fmt::format("{} {} {} an", by, many ? "greifen" : "greift", name(e.target, Case::accusative))
                  : fmt::format("{} {} {}", by, many ? "attack" : "attacks", name(e.target));
          break;
        case EventKind::declaration_of_war:
          x = de_ ? fmt::format("{} {} {} den Krieg", by, many ? "erklären" : "erklärt", name(e.target, Case::dative))
                  : fmt::format("{} {} war on {}", by, many ? "declare" : "declares", name(e.target));
          break;
        case EventKind::request_for_assistance:
          x = de_ ? fmt::format("{} {} {} um Beistand", by, many ? "bitten" : "bittet", names(e.to, Case::accusative))
                  : fmt::format("{} {} {} for assistance", by, many ? "ask" : "asks", names(e.to));
          break;
        case EventKind::mobilization:
          x = de_ ? fmt::format("{} {} mobil", by, many ? "machen" : "macht") : fmt::format("{} {}", by, many ? "mobilize" : "mobilizes");
          break;
        case EventKind::ultimatum:
          x = de_ ? fmt::format("{} {} {} ein Ultimatum", by, many ? "stellen" : "stellt", name(e.target, Case::dative))
                  : fmt::format("{} {} {} an ultimatum", by, many ? "send" : "sends", name(e.target));
          break;
        case EventKind::threat:
          x = de_ ? fmt::format("{} {} {}", by, many ? "drohen" : "droht", name(e.target, Case::dative))
                  : fmt::format("{} {} {}", by, many ? "threaten" : "threatens", name(e.target));
          break;
        default:
          x = fmt::format("{}: {}{}", by, to_string(e.kind), e.target.empty() ? "" : " (" + name(e.target) + ")");
      }
      // A full sentence after the date's colon: capitalised ("Die Vereinigten Staaten greifen ... an").
      s.events.push_back(fmt::format("{}: {}.", words::date(e.date, l_), capitalised(x)));
    }
    // How the law sees the scenario's own uses of force (the first applicable evaluation's view).
    if (applicable_.empty()) return;
    const Evaluation& ev = r_.evaluations[applicable_.front()];
    for (const auto& u : ev.uses) {
      if (ev.events[u.event].round > 0) continue;
      const std::string who = u.actors.empty() ? u.group : names(u.actors, Case::dative);  // after "von"/"by"
      std::string what;
      switch (u.character) {
        case Character::first_use: what = de_ ? "als Erstanwendung von Gewalt, also als bewaffneter Angriff" : "a first use of force, that is an armed attack"; break;
        case Character::self_defence: what = de_ ? "als Selbstverteidigung" : "self-defence"; break;
        case Character::collective_defence:
          what = de_ ? "als kollektive Verteidigung " + von(name(u.on_behalf_of, Case::dative)) : "collective defence of " + name(u.on_behalf_of);
          break;
        case Character::un_authorised: what = de_ ? "als vom UN-Sicherheitsrat autorisiert" : "authorised by the UN Security Council"; break;
        case Character::claimed:
          what = de_ ? fmt::format("als durch eine Behauptung gerechtfertigt, die das Programm nicht entscheidet ({})", u.basis)
                     : fmt::format("justified by a claim this tool does not decide ({})", u.basis);
          break;
      }
      if (!u.armed) {
        s.events.push_back(de_ ? fmt::format("Die Kriegserklärung {} an {} gilt {}{}.", von(who), name(u.target, Case::accusative), what,
                                             u.derived ? " (abgeleitet: keine Rechtsgrundlage angegeben)" : "")
                               : fmt::format("The declaration of war by {} on {} counts as {}{}.", who, name(u.target), what,
                                             u.derived ? " (derived: no legal basis is stated)" : ""));
        continue;
      }
      s.events.push_back(de_ ? fmt::format("Die Gewalt {} gegen {} gilt {}{}.", von(who), name(u.target, Case::accusative), what,
                                           u.derived ? " (abgeleitet: keine Rechtsgrundlage angegeben)" : "")
                             : fmt::format("The force of {} against {} counts as {}{}.", who, name(u.target), what,
                                           u.derived ? " (derived: no legal basis is stated)" : ""));
    }
  }

  // The strongest finding per evaluation for one (provision, holder, beneficiary).
  using Key = std::tuple<const Provision*, StateId, StateId>;
  static int strength(const Finding& f) {
    switch (f.outcome) {
      case Outcome::obliged: return 8 + f.honoured;
      case Outcome::discretionary: return 6 + f.honoured;
      case Outcome::not_obliged: return 4;
      case Outcome::conditional: return 2;
      case Outcome::not_triggered: return 0;
    }
    return 0;
  }

  void states(Summary& s) {
    std::vector<std::pair<StateId, std::vector<std::pair<std::string, bool>>>> by_holder;
    std::map<StateId, std::vector<std::pair<std::string, bool>>> own_lines;  // plural German names, written alone
    std::vector<Key> keys;
    std::map<Key, std::vector<const Finding*>> cells;
    for (size_t i = 0; i < r_.evaluations.size(); ++i)
      for (const auto& f : r_.evaluations[i].findings) {
        Key k{f.provision, f.holder, f.beneficiary};
        auto [it, fresh] = cells.emplace(k, std::vector<const Finding*>(r_.evaluations.size(), nullptr));
        if (fresh) keys.push_back(k);
        const Finding*& cell = it->second[i];
        if (!cell || strength(f) > strength(*cell)) cell = &f;
      }
    for (const auto& k : keys) {
      const auto& row = cells[k];
      const Finding* any = nullptr;
      bool fires = false;
      for (size_t i : applicable_)
        if (row[i]) any = any ? any : row[i], fires |= row[i]->outcome != Outcome::not_triggered;
      if (!any) continue;
      if (!fires) {
        quiet_[std::get<0>(k)].insert(std::get<1>(k));
        quiet_treaty_[std::get<0>(k)] = any->treaty;
        if (std::find(quiet_order_.begin(), quiet_order_.end(), std::get<0>(k)) == quiet_order_.end())
          quiet_order_.push_back(std::get<0>(k));
        continue;
      }
      // Evaluations with the same meaning share one clause, in the order the report has them.
      auto sentence_of = [&](bool singular_verbs) {
        std::vector<std::pair<std::string, std::vector<size_t>>> clauses;
        for (size_t i : applicable_) {
          std::string p = phrase(row[i], r_.evaluations[i], singular_verbs);
          auto it = std::find_if(clauses.begin(), clauses.end(), [&](const auto& c) { return c.first == p; });
          if (it == clauses.end()) clauses.push_back({p, {i}});
          else it->second.push_back(i);
        }
        std::vector<std::string> parts;
        for (const auto& [p, idx] : clauses) {
          const std::string u = under(idx);
          parts.push_back(u.empty() ? p : (de_ ? u + " " + p : u + ", " + p));
        }
        std::string sentence = de_ ? fmt::format("Nach {} (gegenüber {}): ", art(*any), name(any->beneficiary, Case::dative))
                                   : fmt::format("Under {} (towards {}): ", art(*any), name(any->beneficiary));
        for (size_t i = 0; i < parts.size(); ++i) sentence += (i ? "; " : "") + parts[i];
        return sentence + ".";
      };
      // The holder's name becomes a placeholder, so that holders whose findings read alike share them
      // ("jeder dieser Staaten", singular). A holder whose German name is plural ("die Niederlande") shares
      // them in that singular form; written alone, it has its own sentence with plural verbs.
      const StateId& holder = std::get<1>(k);
      const std::string hn = name(holder, Case::nominative);
      std::string sentence = sentence_of(/*singular_verbs=*/true);
      for (size_t at = 0; (at = sentence.find(hn, at)) != std::string::npos;) sentence.replace(at, hn.size(), "\x01");
      auto it = std::find_if(by_holder.begin(), by_holder.end(), [&](const auto& x) { return x.first == holder; });
      if (it == by_holder.end()) it = by_holder.insert(by_holder.end(), {holder, {}});
      const ProvisionKind kind = std::get<0>(k)->kind;
      const bool war = kind == ProvisionKind::defence || kind == ProvisionKind::offence || kind == ProvisionKind::guarantee;
      it->second.push_back({sentence, war});
      if (plural(holder)) own_lines[holder].push_back({sentence_of(/*singular_verbs=*/false), war});
    }
    std::vector<std::pair<std::vector<std::pair<std::string, bool>>, std::vector<StateId>>> groups;
    for (const auto& entry : by_holder) {
      // (No structured binding here: clang 14 cannot capture one in the lambda.)
      const auto& lines = entry.second;
      auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& x) { return x.first == lines; });
      if (g == groups.end()) groups.push_back({lines, {entry.first}});
      else g->second.push_back(entry.first);
    }
    for (const auto& [shared, holders] : groups) {
      StateSummary st{holders, names(holders), {}, false};
      const std::string who = holders.size() == 1 ? name(holders.front(), Case::nominative)
                                                  : (de_ ? "jeder dieser Staaten" : "each of them");
      auto own = holders.size() == 1 ? own_lines.find(holders.front()) : own_lines.end();
      const auto& lines = own != own_lines.end() ? own->second : shared;
      for (auto [line, war] : lines) {
        for (size_t at = 0; (at = line.find('\x01', at)) != std::string::npos;) line.replace(at, 1, who);
        if (!line.empty() && line[0] >= 'a' && line[0] <= 'z') line = capitalised(line);
        st.sentences.push_back(line);
        st.war |= war;
      }
      s.states.push_back(st);
    }
    // Duties to fight first; the order of the findings otherwise.
    std::stable_sort(s.states.begin(), s.states.end(), [](const StateSummary& a, const StateSummary& b) { return a.war > b.war; });
  }

  bool named_war(const War& w) const {
    for (const auto& e : r_.scenario->events)
      if (e.war == w.label) return true;
    return false;
  }

  std::string entry_story(const Evaluation& ev) const {
    if (ev.wars.empty()) return de_ ? "Es kommt zu keinem Krieg." : "No war follows.";
    std::vector<std::string> out;
    for (size_t w = 0; w < ev.wars.size(); ++w) {
      std::vector<StateId> side[2];
      Date start;
      bool have_start = false;
      int max_round = 0;
      for (const auto& e : ev.entries) {
        if (e.war != static_cast<int>(w)) continue;
        max_round = std::max(max_round, e.round);
        if (e.round == 0) {
          side[e.side].push_back(e.state);
          if (!have_start || e.date < start) start = e.date, have_start = true;
        }
      }
      std::string s;
      if (named_war(ev.wars[w])) s += ev.wars[w].label + ": ";
      // The scenario's own belligerents; one who joins later than the first day says from when.
      auto opening = [&](const std::vector<StateId>& ids, Case k) {
        if (ids.empty()) return std::string("—");
        std::vector<std::string> v;
        for (const auto& id : ids) {
          std::string n = name(id, k);
          for (const auto& e : ev.entries)
            if (e.war == static_cast<int>(w) && e.round == 0 && e.state == id && e.date != start)
              n += fmt::format(" ({} {})", de_ ? "ab" : "from", words::date(e.date, l_));
          v.push_back(n);
        }
        return words::list(v, l_);
      };
      if (have_start)
        s += de_ ? fmt::format("Ab {} {} {} gegen {}.", words::date(start, l_), many(side[0]) || side[0].empty() ? "kämpfen" : "kämpft",
                             opening(side[0], Case::nominative), opening(side[1], Case::accusative))
                 : fmt::format("From {}, {} against {}.", words::date(start, l_), opening(side[0], Case::bare), opening(side[1], Case::bare));
      bool later = false;
      for (int r = 1; r <= max_round; ++r)
        for (int sd = 0; sd < 2; ++sd) {
          std::vector<std::string> who;
          bool who_plural = false;
          for (const auto& e : ev.entries) {
            if (e.war != static_cast<int>(w) || e.round != r || e.side != sd) continue;
            std::string why = e.finding >= 0 ? art(ev.findings[e.finding]) : "";
            if (have_start && e.date != start) why = words::date(e.date, l_) + (why.empty() ? "" : ", " + why);
            who_plural |= plural(e.state);
            const std::string n = name(e.state, Case::nominative);
            who.push_back(why.empty() ? n : fmt::format("{} ({})", n, why));
          }
          if (who.empty()) continue;
          later = true;
          const std::string with = side[sd].empty() ? "—" : name(side[sd].front(), Case::dative);
          s += de_ ? fmt::format(" Dann {} {} auf der Seite {} ein.", who.size() > 1 || who_plural ? "treten" : "tritt",
                                 words::list(who, l_), von(with))
                   : fmt::format(" Then {} {} {}'s side.", words::list(who, l_), who.size() > 1 ? "join" : "joins", with);
        }
      if (!later) s += de_ ? " Kein weiterer Staat tritt ein." : " No other state enters.";
      out.push_back(s);
    }
    std::string all;
    for (size_t i = 0; i < out.size(); ++i) all += (i ? " " : "") + out[i];
    return all;
  }

  void entries(Summary& s) const {
    std::vector<std::pair<std::string, std::vector<size_t>>> groups;
    for (size_t i : applicable_) {
      std::string story = entry_story(r_.evaluations[i]);
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == story; });
      if (it == groups.end()) groups.push_back({story, {i}});
      else it->second.push_back(i);
    }
    for (const auto& [story, idx] : groups) {
      const std::string u = under(idx);
      s.entries.push_back(u.empty() ? story : capitalised(u) + ": " + story);
    }
  }

  std::string fact(const std::string& f) const {
    // "in-force [P]": the condition's name in words, the status kept; other facts as the engine states them.
    auto open = f.rfind(" [");
    if (open == std::string::npos) return f;
    const std::string head = f.substr(0, open);
    const std::string w = words::condition(head, l_);
    return (w == head || w.find(' ') == std::string::npos ? head : w) + f.substr(open);
  }

  void unverified(Summary& s) const {
    std::vector<std::tuple<Key, std::string, const Finding*>> order;
    std::map<std::pair<Key, std::string>, std::vector<size_t>> where;
    for (size_t i : applicable_)
      for (const auto& f : r_.evaluations[i].findings) {
        if (f.outcome == Outcome::not_triggered || f.evidence == Verification::verified) continue;
        const ProvisionKind kind = f.provision->kind;
        if (kind != ProvisionKind::defence && kind != ProvisionKind::offence && kind != ProvisionKind::guarantee) continue;
        Key k{f.provision, f.holder, f.beneficiary};
        std::vector<std::string> facts;
        for (const auto& x : f.weak_facts) facts.push_back(fact(x));
        std::string list = fmt::format("{}", fmt::join(facts, "; "));
        auto& v = where[{k, list}];
        if (v.empty()) order.emplace_back(k, list, &f);
        if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
      }
    for (const auto& [k, list, f] : order) {
      const std::string u = under(where.at({k, list}));
      s.unverified.push_back(
          de_ ? fmt::format("Was {} nach {} gegenüber {} {}, stützt sich auf nicht vollständig geprüfte Angaben{}: {}.",
                            name(f->holder, Case::nominative), art(*f), name(f->beneficiary, Case::dative),
                            verb(plural(f->holder), "schuldet", "schulden"), u.empty() ? "" : " (" + u + ")", list)
              : fmt::format("What {} owes {} under {} rests on facts not fully verified{}: {}.", name(f->holder),
                            name(f->beneficiary), art(*f), u.empty() ? "" : " (" + u + ")", list));
    }
    if (!s.unverified.empty())
      s.unverified.push_back(de_ ? "[P] heißt teilweise geprüft, [U] ungeprüft; die vollständige Herleitung (--trace) nennt jede Quelle."
                                 : "[P] means partly verified, [U] unverified; the full trace (--trace) names each source.");
  }

  void unbound(Summary& s) const {
    std::vector<StateId> parties;
    auto add = [&](const StateId& id) {
      if (!id.empty() && std::find(parties.begin(), parties.end(), id) == parties.end()) parties.push_back(id);
    };
    for (const auto& e : r_.scenario->events) {
      for (const auto& b : e.by) add(b);
      add(e.target);
      for (const auto& t : e.to) add(t);
      add(e.on_behalf_of);
      add(e.directed_from);
    }
    const Date d = r_.scenario->date;
    std::vector<StateId> none;
    for (const auto& p : parties) {
      bool bound = false;
      for (size_t t : c_.treaties_of(p)) {
        const Treaty& tr = c_.treaties()[t];
        bound |= in_force_on(tr, d) != Truth::no && member_on(tr, p, d) != Truth::no;
      }
      if (!bound) none.push_back(p);
    }
    if (none.empty()) return;
    s.unbound.push_back(de_ ? fmt::format("Kein Vertrag im Korpus bindet {} am {}: was andere {} schulden könnten, liegt außerhalb dessen, was dieses Programm beantworten kann.",
                                          names(none, Case::accusative), words::date(d, l_), many(none) ? "ihnen" : "diesem Staat")
                            : fmt::format("No treaty in the corpus binds {} on {}: whatever others may owe {} is outside what this tool can answer.",
                                          names(none), words::date(d, l_), none.size() > 1 ? "them" : "it"));
  }

  void notes(Summary& s) const {
    for (const auto& ev : r_.evaluations)
      if (!ev.applicable)
        s.notes.push_back(de_ ? fmt::format("Nach {} ist keine Bewertung möglich: {}.", words::reading(ev.reading, l_), ev.not_applicable_because)
                              : fmt::format("{} does not apply: {}.", capitalised(words::reading(ev.reading, l_)), ev.not_applicable_because));
    std::vector<std::string> quiet;
    std::vector<std::pair<std::string, std::set<StateId>>> by_article;  // versions of one article merge
    for (const Provision* p : quiet_order_) {
      const std::string a = article_name(*quiet_treaty_.at(p), *p, l_);
      auto it = std::find_if(by_article.begin(), by_article.end(), [&](const auto& x) { return x.first == a; });
      if (it == by_article.end()) it = by_article.insert(by_article.end(), {a, {}});
      it->second.insert(quiet_.at(p).begin(), quiet_.at(p).end());
    }
    for (const auto& [a, holders] : by_article) {
      std::vector<StateId> hs(holders.begin(), holders.end());
      std::string who = hs.size() > 4 ? fmt::format(fmt::runtime(de_ ? "{} Staaten" : "{} states"), hs.size()) : names(hs);
      quiet.push_back(fmt::format("{} ({})", a, who));
    }
    if (!quiet.empty())
      s.notes.push_back(de_ ? fmt::format("Geprüft und nach keiner Lesart ausgelöst: {}.", fmt::join(quiet, "; "))
                            : fmt::format("Checked and not triggered under any reading: {}.", fmt::join(quiet, "; ")));
  }

  const Corpus& c_;
  const ScenarioReport& r_;
  Language l_;
  bool de_;
  std::vector<size_t> applicable_;
  std::map<const Provision*, std::set<StateId>> quiet_;
  std::map<const Provision*, const Treaty*> quiet_treaty_;
  std::vector<const Provision*> quiet_order_;
};

// Wraps one paragraph at `width` columns, every line after the first indented by `indent`.
std::string wrap(const std::string& text, size_t width, const std::string& first, const std::string& indent) {
  std::string out = first, line;
  size_t col = first.size();
  size_t i = 0;
  bool start = true;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    std::string word = text.substr(i, j - i);
    // Columns count characters, not bytes (names carry umlauts and dashes).
    size_t len = 0;
    for (unsigned char ch : word) len += (ch & 0xC0) != 0x80;
    if (!start && col + 1 + len > width) {
      out += "\n" + indent;
      col = indent.size();
    } else if (!start) {
      out += ' ';
      ++col;
    }
    out += word;
    col += len;
    start = false;
    i = j + 1;
  }
  return out + "\n";
}

}  // namespace

std::optional<Language> parse_language(std::string_view s) {
  if (s == "en") return Language::en;
  if (s == "de") return Language::de;
  return std::nullopt;
}

std::string_view to_string(Language l) { return l == Language::de ? "de" : "en"; }

std::string treaty_short_name(const Treaty& t, Language l) {
  return l == Language::de && !t.short_name_de.empty() ? t.short_name_de : t.short_name;
}

std::string article_name(const Treaty& t, const Provision& p, Language l) {
  const std::string art = p.article.rfind("Preamble", 0) == 0 || p.article.rfind("preamble", 0) == 0 ? p.article : "Art. " + p.article;
  if (l == Language::de) return fmt::format("{} des Vertrags „{}“", art, treaty_short_name(t, l));
  // "Russia–DPRK 2024" -> "the Russia–DPRK treaty of 2024"; "Rio Treaty 1947" -> "the Rio Treaty of 1947".
  const std::string& n = t.short_name;
  size_t y = std::string::npos;
  for (size_t i = 0; i + 4 <= n.size(); ++i)
    if ((i == 0 || n[i - 1] == ' ') && std::all_of(n.begin() + i, n.begin() + i + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      y = i;
  if (y == std::string::npos || y == 0) return fmt::format("{} of {}", art, n);
  std::string head = n.substr(0, y - 1), tail = n.substr(y);
  const bool named = head.find("Treaty") != std::string::npos || head.find("Pact") != std::string::npos ||
                     head.find("Alliance") != std::string::npos;
  return fmt::format("{} of the {}{} of {}", art, head, named ? "" : " treaty", tail);
}

Summary summarize(const Corpus& corpus, const ScenarioReport& report, Language language) {
  return Writer(corpus, report, language).run();
}

std::string render_summary_text(const Summary& s) {
  const bool de = s.language == Language::de;
  std::string out = s.title + "\n";
  auto block = [&](const char* en, const char* ger, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += std::string("\n") + (de ? ger : en) + "\n";
    for (const auto& x : items) out += wrap(x, 100, "  - ", "    ");
  };
  block("What happens:", "Was geschieht:", s.events);
  out += de ? "\nWer reagieren muss, wer darf, wer nicht:\n" : "\nWho must respond, who may, who need not:\n";
  bool other = false;
  for (const auto& st : s.states) {
    if (!st.war && !other) {
      other = true;
      out += de ? "\nAndere Pflichten (Konsultation, Neutralität, Mobilmachung):\n"
                : "\nOther duties (consultation, neutrality, mobilization):\n";
    }
    out += wrap(st.name, 100, "  ", "  ");
    for (const auto& x : st.sentences) out += wrap(x, 100, "    - ", "      ");
  }
  if (s.states.empty()) out += de ? "  Keine Vertragsbestimmung wird ausgelöst.\n" : "  No treaty provision is triggered.\n";
  block("Who enters, in what order:", "Wer in welcher Reihenfolge eintritt:", s.entries);
  block("Resting on facts not fully verified:", "Gestützt auf nicht vollständig geprüfte Angaben:", s.unverified);
  block("Not bound by any treaty in the corpus:", "Durch keinen Vertrag im Korpus gebunden:", s.unbound);
  block("Notes:", "Hinweise:", s.notes);
  return out;
}

nlohmann::json summary_json(const Summary& s) {
  nlohmann::json states = nlohmann::json::array();
  for (const auto& st : s.states)
    states.push_back({{"states", st.states}, {"name", st.name}, {"sentences", st.sentences}, {"war", st.war}});
  return {{"language", to_string(s.language)}, {"title", s.title},     {"events", s.events},
          {"states", states},                  {"entries", s.entries}, {"unverified", s.unverified},
          {"unbound", s.unbound},              {"notes", s.notes},     {"text", render_summary_text(s)}};
}

}  // namespace casus

#include "report/summary_words.h"

#include <array>
#include <utility>

#include <fmt/format.h>

namespace casus::words {
namespace {

struct Word {
  std::string_view name, en, de;
};

// Names as the engine writes them (conditions in src/reasoning/conditions.cc, gates in model.h). The German
// is in the nominative: the summary lists them after "nicht erfüllt:" and "Spielraum ...:".
constexpr Word kWords[] = {
    {"in-force", "the treaty being in force", "dass der Vertrag in Kraft ist"},
    {"membership", "both states being parties", "dass beide Staaten Vertragsparteien sind"},
    {"event", "the kind of event the article names", "die im Artikel genannte Art von Ereignis"},
    {"location", "the place of the attack lying in the treaty's area", "dass der Ort des Angriffs im Vertragsgebiet liegt"},
    {"attacker-kind", "the kind of attacker the article names", "die im Artikel genannte Art von Angreifer"},
    {"attacker", "the attacker being one the article names", "dass der Angreifer einer der im Artikel genannten ist"},
    {"attacker-region", "where the attacker comes from", "die Herkunft des Angreifers"},
    {"min-attackers", "the number of attackers", "die Zahl der Angreifer"},
    {"min-great-powers", "the number of great powers attacking", "die Zahl der angreifenden Großmächte"},
    {"state-of-war", "a state of war", "ein Kriegszustand"},
    {"invasion", "an invasion of the state's territory", "ein Einmarsch in das Staatsgebiet"},
    {"unprovoked", "the attack being unprovoked", "dass der Angriff unprovoziert ist"},
    {"wording-in-force", "the article's wording in force on that day", "die an diesem Tag geltende Fassung des Artikels"},
    {"leg", "the obligation not being suspended", "dass die Pflicht nicht ausgesetzt ist"},
    {"mobilizer", "the mobilizing state being one the article names", "dass der mobilisierende Staat einer der genannten ist"},
    {"supported-by", "support by the state the article names", "Unterstützung durch den im Artikel genannten Staat"},
    {"not-supported-by", "no support by the state the article names", "keine Unterstützung durch den im Artikel genannten Staat"},
    {"arbitration-exception", "the arbitration exception", "die Ausnahme für Schiedsverfahren"},
    {"charter: armed attack",
     "an armed attack in the sense of the UN Charter (force in self-defence or collective defence is none)",
     "ein bewaffneter Angriff im Sinne der UN-Charta (Gewalt zur Selbst- oder kollektiven Verteidigung ist keiner)"},
    {"charter: request", "a request for help from the attacked state", "ein Hilfeersuchen des angegriffenen Staates"},
    {"un-charter-art-51", "Art. 51 of the UN Charter (self-defence only)", "Art. 51 der UN-Charta (nur Selbstverteidigung)"},
    {"request-of-attacked", "a request from the attacked state", "ein Ersuchen des angegriffenen Staates"},
    {"domestic-law", "the parties' domestic law", "das innerstaatliche Recht der Parteien"},
    {"constitutional-processes", "its constitutional processes", "seine verfassungsmäßigen Verfahren"},
    {"deems-necessary", "what it deems necessary", "was es für nötig hält"},
    {"council-consensus", "a consensus of the alliance's council", "ein Konsens des Bündnisrates"},
    {"no-armed-force-without-consent", "no armed force without its consent", "keine Waffengewalt ohne seine Zustimmung"},
    {"unsc-reporting", "reporting to the UN Security Council", "die Meldung an den UN-Sicherheitsrat"},
    // A weak fact of the finding itself (src/reasoning/cascade.cc), not a condition.
    {"the clause's text", "the clause's text", "der Wortlaut der Klausel"},
};

constexpr std::array<std::string_view, 12> kMonthsEn = {"January", "February", "March",     "April",   "May",      "June",
                                                        "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthsDe = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                                                        "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

}  // namespace

std::string condition(std::string_view name, Language l) {
  for (const auto& w : kWords)
    if (w.name == name) return std::string(l == Language::de ? w.de : w.en);
  if (name.rfind("declared: ", 0) == 0)
    return fmt::format(fmt::runtime(l == Language::de ? "die erklärte Auslegung ({})" : "the declared interpretation ({})"),
                       name.substr(10));
  std::string s(name);  // a name this table does not know yet: readable, not hidden
  for (char& c : s)
    if (c == '-') c = ' ';
  return s;
}

std::string date(Date d, Language l) {
  if (l == Language::de) return fmt::format("{}. {} {}", d.day(), kMonthsDe[d.month() - 1], d.year());
  return fmt::format("{} {} {}", d.day(), kMonthsEn[d.month() - 1], d.year());
}

std::string list(const std::vector<std::string>& items, Language l) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? (l == Language::de ? " und " : " and ") : ", ";
    out += items[i];
  }
  return out;
}

std::string reading(Reading r, Language l) {
  const bool de = l == Language::de;
  switch (r) {
    case Reading::literal: return de ? "der wörtlichen Lesart" : "the literal reading";
    case Reading::self_defence: return de ? "der Selbstverteidigungs-Lesart" : "the self-defence reading";
    case Reading::charter: return de ? "der Lesart nach der UN-Charta" : "the UN Charter reading";
    case Reading::declared: return de ? "der Lesart nach den erklärten Auslegungen" : "the declared reading";
  }
  return "?";
}

std::string policy(HonouringPolicy p, Language l) {
  const bool de = l == Language::de;
  if (p == HonouringPolicy::all) return de ? "wenn jede Pflicht erfüllt wird" : "if every obligation is honoured";
  return de ? "wenn nur Pflichten ohne Ermessensvorbehalt erfüllt werden"
            : "if only obligations that leave no room for discretion are honoured";
}

}  // namespace casus::words

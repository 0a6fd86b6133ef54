// The self-contained HTML report (include/casus/html_report.h).
#include "casus/html_report.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "casus/timeline.h"
#include "report/wording.h"

namespace casus {
namespace {

constexpr const char* kStyle = R"(body{font-family:sans-serif;max-width:72rem;margin:1rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}
pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem;font-size:.85rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .4rem;font-size:.9rem;text-align:left}
.problem{color:#a00;font-weight:bold}.graph svg{max-width:100%;height:auto}
details{margin:.4rem 0}summary{cursor:pointer})";

std::string svg_element(const std::string& svg) {
  const size_t at = svg.find("<svg");
  return at == std::string::npos ? std::string() : svg.substr(at);
}

std::string outcome_words(const Finding& f, bool de) {
  switch (f.outcome) {
    case Outcome::obliged: return de ? "verpflichtet" : "obliged";
    case Outcome::discretionary: return de ? "ausgelöst, Antwort im Ermessen" : "triggered, response discretionary";
    case Outcome::not_obliged: return de ? "nicht verpflichtet" : "not obliged";
    case Outcome::conditional: return de ? "bedingt" : "conditional";
    case Outcome::not_triggered: return de ? "nicht ausgelöst" : "not triggered";
  }
  return "?";
}

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string render_html(const Corpus& c, const ScenarioReport& r, Language l, const HtmlGraph& graph) {
  const bool de = l == Language::de;
  const Summary s = summarize(c, r, l);
  auto e = [](std::string_view x) { return html_escape(x); };
  std::string h = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                              "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
                              to_string(l), e(s.title), kStyle, e(s.title));
  h += fmt::format("<p>{} {}</p>\n", e(r.scenario->file),
                   de ? "— erstellt von casus; jede Aussage folgt aus der Herleitung unten."
                      : "— made by casus; every statement follows from the trace below.");

  // Summary.
  h += fmt::format("<h2 id=\"summary\">{}</h2>\n", de ? "Zusammenfassung" : "Summary");
  auto list = [&](const char* en, const char* ger, const std::vector<std::string>& items) {
    if (items.empty()) return;
    h += fmt::format("<h3>{}</h3>\n<ul>\n", de ? ger : en);
    for (const auto& x : items) h += "<li>" + e(x) + "</li>\n";
    h += "</ul>\n";
  };
  list("What happens", "Was geschieht", s.events);
  h += fmt::format("<h3>{}</h3>\n", de ? "Wer reagieren muss, wer darf, wer nicht" : "Who must respond, who may, who need not");
  for (const auto& st : s.states) {
    h += fmt::format("<h4>{}</h4>\n<ul>\n", e(st.name));
    for (const auto& x : st.sentences) h += "<li>" + e(x) + "</li>\n";
    h += "</ul>\n";
  }
  list("Who enters, in what order", "Wer in welcher Reihenfolge eintritt", s.entries);
  list("Resting on facts not fully verified", "Gestützt auf nicht vollständig geprüfte Angaben", s.unverified);
  list("Not bound by any treaty in the corpus", "Durch keinen Vertrag im Korpus gebunden", s.unbound);
  list("Notes", "Hinweise", s.notes);

  // Graph.
  h += fmt::format("<h2 id=\"graph\">{}</h2>\n<div class=\"graph\">\n", de ? "Kaskade" : "Cascade");
  const std::string svg = svg_element(graph.svg);
  if (!svg.empty()) h += svg + "\n";
  else
    h += fmt::format("<p class=\"problem\">{}: {}</p>\n", de ? "Kein Bild" : "No picture",
                     e(graph.problem.empty() ? (de ? "kein SVG übergeben" : "no SVG was given") : graph.problem));
  h += "</div>\n";

  // Timeline of the treaties binding the states the summary names.
  h += fmt::format("<h2 id=\"timeline\">{}</h2>\n", de ? "Verträge im Zeitverlauf" : "Treaties over time");
  std::vector<StateId> states;
  for (const auto& st : s.states)
    if (st.war) states.insert(states.end(), st.states.begin(), st.states.end());
  for (const auto& ev : r.scenario->events) {
    for (const auto& b : ev.by) states.push_back(b);
    if (!ev.target.empty()) states.push_back(ev.target);
  }
  std::set<StateId> seen;
  for (const auto& st : states) {
    if (!seen.insert(st).second || !c.state(st)) continue;
    const auto tl = treaty_timeline(c, st);
    if (tl.empty()) continue;
    h += fmt::format("<details><summary>{}</summary>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                     e(c.display_name(st, de)), de ? "Datum" : "Date", de ? "Was" : "What", de ? "Vertrag" : "Treaty",
                     de ? "Status" : "Status");
    for (const auto& x : tl) {
      const Treaty* t = c.treaty(x.treaty);
      h += fmt::format("<tr><td>{}</td><td>{}{}</td><td>{}</td><td>[{}]</td></tr>\n", e(x.date.str()), e(x.kind),
                       x.detail.empty() ? "" : " (" + e(x.detail) + ")", e(t ? treaty_short_name(*t, l) : x.treaty),
                       to_string(x.status));
    }
    h += "</table>\n</details>\n";
  }

  // The trace: each triggered clause with its words, sources and status, per evaluation; then the full
  // text report.
  h += fmt::format("<h2 id=\"trace\">{}</h2>\n", de ? "Herleitung" : "Trace");
  for (const auto& ev : r.evaluations) {
    h += fmt::format("<h3>{} {} · {} {}</h3>\n", de ? "Lesart" : "reading", to_string(ev.reading),
                     de ? "Annahme" : "policy", to_string(ev.policy));
    if (!ev.applicable) {
      h += "<p>" + e(ev.not_applicable_because) + "</p>\n";
      continue;
    }
    bool any = false;
    for (const auto& f : ev.findings) {
      if (f.outcome == Outcome::not_triggered) continue;
      any = true;
      h += fmt::format("<details><summary>{} → {}: {} — {}{}</summary>\n", e(c.display_name(f.holder, de)),
                       e(c.display_name(f.beneficiary, de)), e(article_name(*f.treaty, *f.provision, l)),
                       e(outcome_words(f, de)), f.honoured ? (de ? ", erfüllt" : ", honoured") : "");
      h += "<pre>" + e(wording_lines(*f.provision, "")) + "</pre>\n<table>\n";
      for (const auto& cd : f.conditions)
        h += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>[{}]</td></tr>\n", to_string(cd.value), e(cd.name),
                         e(cd.detail), to_string(cd.evidence));
      for (const auto& g : f.gates)
        h += fmt::format("<tr><td>{}</td><td>gate {} ({})</td><td>{}{}</td><td></td></tr>\n",
                         g.value == Truth::unknown ? "—" : std::string(to_string(g.value)), to_string(g.kind),
                         to_string(g.gate_class), g.quote.empty() ? "" : "&quot;" + e(g.quote) + "&quot; ", e(g.detail));
      h += "</table>\n";
      if (!f.honour_note.empty()) h += "<p>→ " + e(f.honour_note) + "</p>\n";
      h += "</details>\n";
    }
    if (!any) h += de ? "<p>(keine Bestimmung ausgelöst)</p>\n" : "<p>(no provision triggered)</p>\n";
  }
  h += fmt::format("<details><summary>{}</summary>\n<pre>{}</pre>\n</details>\n",
                   de ? "Vollständige Herleitung (Text, englisch)" : "Full trace (text)", e(render_text(c, r)));
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace casus

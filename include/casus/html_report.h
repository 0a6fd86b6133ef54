// One self-contained HTML file for a scenario: the summary, the cascade graph (SVG the caller rendered,
// e.g. with Graphviz), the treaties of the parties over time, and the trace with each clause's words,
// source and status. Nothing in it is fetched: no script, style sheet, font or image from elsewhere.
#pragma once

#include <string>

#include "casus/report.h"
#include "casus/summary.h"

namespace casus {

struct HtmlGraph {
  std::string svg;      // an <svg> element (an XML prolog or DOCTYPE before it is dropped); may be empty
  std::string problem;  // why there is no picture ("Graphviz's dot was not found"), shown in its place
};

std::string render_html(const Corpus& corpus, const ScenarioReport& report, Language language, const HtmlGraph& graph);

// Text escaped for HTML element content and attribute values.
std::string html_escape(std::string_view s);

}  // namespace casus

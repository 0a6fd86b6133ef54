// The cascade as a graph: states as nodes grouped by the side they fight on in each war, edges from the
// scenario's own uses of force and from each entry to the state it defends, labelled with the article
// that caused it, the round and the reading/policy. One cluster (Graphviz) or subgraph (Mermaid) per
// evaluation of the report.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "casus/report.h"
#include "casus/summary.h"

namespace casus {

enum class GraphFormat { dot, mermaid };
std::optional<GraphFormat> parse_graph_format(std::string_view s);  // "dot" | "mermaid"

std::string render_graph(const Corpus& corpus, const ScenarioReport& report, GraphFormat format,
                         Language language = Language::en);

}  // namespace casus

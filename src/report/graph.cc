// Graphviz and Mermaid renderings of the cascade (include/casus/graph.h).
#include "casus/graph.h"

#include <cctype>

#include <fmt/format.h>

#include "report/summary_words.h"

namespace casus {
namespace {

// Side colours: the side that opened hostilities, the other side.
constexpr const char* kFill[2] = {"#f4cccc", "#cfe2f3"};

std::string quoted_dot(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\\\"") : c == '\\' ? std::string("\\\\") : std::string(1, c);
  return out + "\"";
}

std::string quoted_mermaid(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("#quot;") : std::string(1, c);
  return out + "\"";
}

std::string node_id(size_t ev, int war, std::string_view state) {
  std::string id = fmt::format("e{}_w{}_", ev, war);
  for (char c : state) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return id;
}

struct Edge {
  std::string from, to, label;
  bool attack;
};

struct Cluster {
  std::string title;
  struct Side {
    std::string title;
    int colour;
    std::vector<std::pair<std::string, std::string>> nodes;  // id, label
  };
  std::vector<Side> sides;
  std::vector<Edge> edges;
};

// The graph's content, independent of its syntax.
std::vector<Cluster> clusters(const Corpus& c, const ScenarioReport& r, Language l) {
  const bool de = l == Language::de;
  std::vector<Cluster> out;
  for (size_t i = 0; i < r.evaluations.size(); ++i) {
    const Evaluation& ev = r.evaluations[i];
    const std::string rp = fmt::format("{} · {}", to_string(ev.reading), to_string(ev.policy));
    Cluster cl;
    cl.title = de ? fmt::format("Lesart {} · Annahme {}", to_string(ev.reading), to_string(ev.policy))
                  : fmt::format("reading {} · policy {}", to_string(ev.reading), to_string(ev.policy));
    if (!ev.applicable) {
      cl.title += de ? " (nicht anwendbar)" : " (does not apply)";
      out.push_back(cl);
      continue;
    }
    for (size_t w = 0; w < ev.wars.size(); ++w) {
      for (int sd = 0; sd < 2; ++sd) {
        Cluster::Side side;
        side.colour = sd;
        std::vector<std::string> first;
        for (const auto& [st, s] : ev.wars[w].sides)
          if (s == sd) {
            side.nodes.push_back({node_id(i, static_cast<int>(w), st), c.display_name(st, de)});
            if (first.empty()) first.push_back(c.display_name(st, de));
          }
        if (side.nodes.empty()) continue;
        side.title = (ev.wars.size() > 1 ? fmt::format("{} {}: ", de ? "Krieg" : "war", w + 1) : std::string()) +
                     (sd == 0 ? (de ? "eröffnet die Feindseligkeiten" : "opened hostilities")
                              : (de ? "die andere Seite" : "the other side"));
        cl.sides.push_back(side);
      }
      // The scenario's own uses of force (round 0), then every entry caused by a finding.
      for (const auto& u : ev.uses) {
        if (u.war != static_cast<int>(w) || ev.events[u.event].round > 0 || u.actors.empty()) continue;
        for (const auto& a : u.actors)
          cl.edges.push_back({node_id(i, u.war, a), node_id(i, u.war, u.target),
                              fmt::format("{} {} ({})", u.armed ? (de ? "Angriff" : "attack") : (de ? "Kriegserklärung" : "declaration of war"),
                                          u.from.str(), to_string(u.character)),
                              true});
      }
      for (const auto& e : ev.entries) {
        if (e.war != static_cast<int>(w) || e.finding < 0) continue;
        const Finding& f = ev.findings[e.finding];
        if (ev.wars[w].side_of(f.beneficiary) < 0) continue;
        cl.edges.push_back({node_id(i, e.war, f.beneficiary), node_id(i, e.war, e.state),
                            fmt::format("{} {}: {} — {}", de ? "Runde" : "round", e.round,
                                        article_name(*f.treaty, *f.provision, l), rp),
                            false});
      }
    }
    out.push_back(cl);
  }
  return out;
}

}  // namespace

std::optional<GraphFormat> parse_graph_format(std::string_view s) {
  if (s == "dot") return GraphFormat::dot;
  if (s == "mermaid") return GraphFormat::mermaid;
  return std::nullopt;
}

std::string render_graph(const Corpus& corpus, const ScenarioReport& report, GraphFormat format, Language l) {
  const auto cls = clusters(corpus, report, l);
  std::string out;
  if (format == GraphFormat::dot) {
    out += fmt::format("digraph cascade {{\n  label={};\n  labelloc=t;\n  rankdir=LR;\n  fontname=\"sans-serif\";\n"
                       "  node [shape=box, style=\"rounded,filled\", fontname=\"sans-serif\"];\n"
                       "  edge [fontname=\"sans-serif\", fontsize=10];\n",
                       quoted_dot(report.scenario->title));
    for (size_t i = 0; i < cls.size(); ++i) {
      out += fmt::format("  subgraph cluster_e{} {{\n    label={};\n", i, quoted_dot(cls[i].title));
      if (cls[i].sides.empty()) out += fmt::format("    e{}_none [label={}, shape=plaintext, style=\"\"];\n", i,
                                                    quoted_dot(l == Language::de ? "kein Krieg" : "no war"));
      for (size_t s = 0; s < cls[i].sides.size(); ++s) {
        const auto& side = cls[i].sides[s];
        out += fmt::format("    subgraph cluster_e{}_s{} {{\n      label={};\n      style=dashed;\n", i, s, quoted_dot(side.title));
        for (const auto& [id, label] : side.nodes)
          out += fmt::format("      {} [label={}, fillcolor=\"{}\"];\n", id, quoted_dot(label), kFill[side.colour]);
        out += "    }\n";
      }
      for (const auto& e : cls[i].edges)
        out += fmt::format("    {} -> {} [label={}{}];\n", e.from, e.to, quoted_dot(e.label),
                           e.attack ? ", color=\"#cc0000\", penwidth=2" : "");
      out += "  }\n";
    }
    return out + "}\n";
  }
  out += "flowchart LR\n";
  out += fmt::format("  classDef side0 fill:{}\n  classDef side1 fill:{}\n", kFill[0], kFill[1]);
  for (size_t i = 0; i < cls.size(); ++i) {
    out += fmt::format("  subgraph e{} [{}]\n", i, quoted_mermaid(cls[i].title));
    if (cls[i].sides.empty()) out += fmt::format("    e{}_none[{}]\n", i, quoted_mermaid(l == Language::de ? "kein Krieg" : "no war"));
    for (size_t s = 0; s < cls[i].sides.size(); ++s) {
      const auto& side = cls[i].sides[s];
      out += fmt::format("    subgraph e{}_s{} [{}]\n", i, s, quoted_mermaid(side.title));
      for (const auto& [id, label] : side.nodes) out += fmt::format("      {}[{}]:::side{}\n", id, quoted_mermaid(label), side.colour);
      out += "    end\n";
    }
    for (const auto& e : cls[i].edges)
      out += fmt::format("    {} {}|{}| {}\n", e.from, e.attack ? "==>" : "-->", quoted_mermaid(e.label), e.to);
    out += "  end\n";
  }
  return out;
}

}  // namespace casus

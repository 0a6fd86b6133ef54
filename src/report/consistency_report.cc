// The report of `casus consistency`: one block per provision, one line per leg and measure, with the
// clause's source and the measure's, and the regime's dated events (the Panel of Experts' end) after.
#include <map>
#include <set>

#include <fmt/format.h>

#include "casus/consistency.h"
#include "report/wording.h"

namespace casus {

std::string render_consistency_text(const Corpus& corpus, const Treaty& t, Date d, const std::vector<Tension>& ts) {
  std::string out = fmt::format("casus consistency — {} ({}) against binding UN Security Council measures on {}\n",
                                t.short_name, t.id, d.str());
  if (corpus.law().resolutions.empty()) {
    out += "  The corpus has no corpus/unsc.toml: no measures to compare.\n";
    return out;
  }
  const Provision* current = nullptr;
  std::set<std::tuple<const Provision*, StateId, StateId, const Measure*>> shown;
  for (const auto& x : ts) {
    if (x.provision != current) {
      current = x.provision;
      out += fmt::format("\nArt. {} ({}, {})\n", x.provision->article, x.provision->label, to_string(x.provision->kind));
      out += wording_lines(*x.provision, "  ");
    }
    if (!shown.insert({x.provision, x.holder, x.beneficiary, x.measure}).second) continue;
    out += fmt::format("  {} → {}: {} — {} para. {} ({} {}) [{}]\n", x.holder, x.beneficiary, x.act.why,
                       x.resolution->symbol, x.measure->paragraph.empty() ? "(number not read)" : x.measure->paragraph, to_string(x.measure->kind), x.measure->target,
                       to_string(x.measure->provenance.status));
    if (!x.measure->quote.empty()) out += fmt::format("      \"{}\"\n", x.measure->quote);
    out += fmt::format("      measure source: {}\n", source_line(x.measure->provenance));
  }
  if (ts.empty()) out += "  No provision's performance needs an act the measures in force forbid.\n";
  else
    out += "\nUnder Arts. 25 and 103 of the Charter a binding Council decision prevails over a treaty obligation "
           "of a UN member: the treaty cannot be performed in these respects while the measures stand.\n";
  bool any = false;
  for (const auto& e : corpus.law().regime_events) {
    if (e.date.reached_by(d) != Truth::yes) continue;
    if (!any) out += "\nDated facts about the regime (they end no measure):\n";
    any = true;
    out += fmt::format("  {} {} by {}: summary (ours): {} — {}\n", e.date.str(), e.kind, e.by.empty() ? "—" : e.by,
                       e.summary, source_line(e.provenance));
  }
  return out;
}

nlohmann::json render_consistency_json(const Corpus& corpus, const Treaty& t, Date d, const std::vector<Tension>& ts) {
  using nlohmann::json;
  json items = json::array();
  for (const auto& x : ts)
    items.push_back({{"article", x.provision->article},
                     {"label", x.provision->label},
                     {"holder", x.holder},
                     {"beneficiary", x.beneficiary},
                     {"act", to_string(x.act.act)},
                     {"subject", x.act.subject},
                     {"why", x.act.why},
                     {"resolution", x.resolution->id},
                     {"symbol", x.resolution->symbol},
                     {"paragraph", x.measure->paragraph},
                     {"measure_kind", to_string(x.measure->kind)},
                     {"quote", x.measure->quote},
                     {"measure_status", to_string(x.measure->provenance.status)},
                     {"measure_source", x.measure->provenance.source},
                     {"clause", wording_json(*x.provision)}});
  json events = json::array();
  for (const auto& e : corpus.law().regime_events)
    if (e.date.reached_by(d) == Truth::yes)
      events.push_back({{"date", e.date.str()}, {"kind", e.kind}, {"by", e.by}, {"summary", e.summary},
                        {"status", to_string(e.provenance.status)}, {"source", e.provenance.source}});
  return {{"treaty", t.id}, {"date", d.str()}, {"tensions", items}, {"regime_events", events}};
}

}  // namespace casus

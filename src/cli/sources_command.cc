// `casus sources [TREATY]`: how many provisions rest on each authority class of source, and with which
// status, per treaty and for the whole curated corpus. A provision rests on the strongest of its own
// source (article number and content) and the sources of its texts.
#include <array>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"

namespace casus::cli {
namespace {

constexpr std::array kClasses = {Authority::official, Authority::scholarly_edition, Authority::press,
                                 Authority::secondary, Authority::unspecified};

int strength(Authority a) {
  switch (a) {
    case Authority::official: return 4;
    case Authority::scholarly_edition: return 3;
    case Authority::press: return 2;
    case Authority::secondary: return 1;
    case Authority::unspecified: return 0;
  }
  return 0;
}

struct Counts {
  int provisions = 0;
  std::array<std::array<int, 3>, kClasses.size()> by;  // [class][V, P, U]
  Counts() { for (auto& r : by) r.fill(0); }
  void add(const Provision& p) {
    Authority best = p.provenance.authority;
    for (const auto& w : p.texts)
      if (strength(w.provenance.authority) > strength(best)) best = w.provenance.authority;
    size_t ci = 0;
    while (kClasses[ci] != best) ++ci;
    ++by[ci][static_cast<size_t>(p.provenance.status)];
    ++provisions;
  }
  int of(size_t ci) const { return by[ci][0] + by[ci][1] + by[ci][2]; }
};

std::string cell(const Counts& c, size_t ci) {
  int n = c.of(ci);
  if (!n) return "—";
  return fmt::format("{} ({}V {}P {}U)", n, c.by[ci][0], c.by[ci][1], c.by[ci][2]);
}

}  // namespace

int sources(const GlobalOptions& g, const std::string& id, bool json) {
  auto c = load_corpus_or_report(g);
  if (!c) return 1;
  if (!id.empty() && !c->treaty(id)) {
    std::cerr << fmt::format("casus sources: no treaty \"{}\" in the corpus\n", id);
    return 1;
  }
  Counts total;
  nlohmann::json rows = nlohmann::json::array();
  std::string text = fmt::format("{:<24} {:>5}  {:<18} {:<18} {:<18} {:<18}\n", "treaty", "prov.", "official",
                                 "scholarly-edition", "press", "secondary");
  for (const auto& t : c->treaties()) {
    if (!id.empty() && t.id != id) continue;
    Counts k;
    for (const auto& p : t.provisions) {
      k.add(p);
      total.add(p);
    }
    text += fmt::format("{:<24} {:>5}  {:<18} {:<18} {:<18} {:<18}\n", t.id, k.provisions, cell(k, 0), cell(k, 1),
                        cell(k, 2), cell(k, 3));
    nlohmann::json r = {{"treaty", t.id}, {"provisions", k.provisions}};
    for (size_t ci = 0; ci < kClasses.size(); ++ci)
      r[std::string(to_string(kClasses[ci]))] = {{"V", k.by[ci][0]}, {"P", k.by[ci][1]}, {"U", k.by[ci][2]}};
    rows.push_back(r);
  }
  const int strong = total.of(0) + total.of(1);
  if (id.empty()) {
    text += fmt::format("{:<24} {:>5}  {:<18} {:<18} {:<18} {:<18}\n", "all", total.provisions, cell(total, 0),
                        cell(total, 1), cell(total, 2), cell(total, 3));
    text += fmt::format("official or scholarly-edition: {} of {} provisions ({:.0f} %); [V] on press or secondary: {}\n",
                        strong, total.provisions, total.provisions ? 100.0 * strong / total.provisions : 0.0,
                        total.by[2][0] + total.by[3][0]);
  }
  if (total.of(4))
    text += fmt::format("unclassified (built in code, e.g. from ATOP): {}\n", total.of(4));
  if (json)
    std::cout << nlohmann::json{{"treaties", rows}, {"provisions", total.provisions}, {"official_or_scholarly", strong}}.dump(2)
              << "\n";
  else
    std::cout << text;
  return 0;
}

}  // namespace casus::cli

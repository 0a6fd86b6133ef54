#include "report/wording.h"

#include <fmt/format.h>

namespace casus {

std::string source_line(const Provenance& p) {
  if (p.source.empty()) return fmt::format("[{}] (no source named)", to_string(p.status));
  if (p.authority == Authority::unspecified) return fmt::format("[{}] {}", to_string(p.status), p.source);
  return fmt::format("[{}, {}] {}", to_string(p.status), to_string(p.authority), p.source);
}

namespace {

std::string one_text(const Wording& w, std::string_view indent, const Provenance* same_as) {
  std::string out = fmt::format("{}words, {} [{}{}]: \"{}\"\n", indent, describe(w), to_string(w.provenance.status),
                                w.provenance.authority == Authority::unspecified
                                    ? ""
                                    : fmt::format(", {}", to_string(w.provenance.authority)),
                                w.text);
  if (!same_as || w.provenance.source != same_as->source)
    out += fmt::format("{}  seen at: {}\n", indent, w.provenance.source);
  if (!w.provenance.note.empty()) out += fmt::format("{}  note: {}\n", indent, w.provenance.note);
  return out;
}

}  // namespace

std::string wording_lines(const Provision& p, std::string_view indent) {
  std::string out;
  for (const auto& w : p.texts) out += one_text(w, indent, &p.provenance);
  if (!p.summary.empty()) out += fmt::format("{}summary (ours): {}\n", indent, p.summary);
  out += fmt::format("{}article and content {}\n", indent, source_line(p.provenance));
  return out;
}

std::string statement_words(const std::vector<Wording>& texts, const std::string& summary, std::string_view indent) {
  std::string out;
  for (const auto& w : texts) out += one_text(w, indent, nullptr);
  if (!summary.empty()) out += fmt::format("{}summary (ours): {}\n", indent, summary);
  return out;
}

std::string citations_line(const Treaty& t) {
  std::string out;
  for (const auto& c : t.citations) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{} [{}]", c.str(), to_string(c.provenance.status));
  }
  return out;
}

nlohmann::json provenance_json(const Provenance& p) {
  return {{"status", to_string(p.status)}, {"authority", to_string(p.authority)}, {"source", p.source},
          {"note", p.note}};
}

nlohmann::json texts_json(const std::vector<Wording>& texts) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& w : texts)
    out.push_back({{"text", w.text}, {"language", w.language}, {"standing", to_string(w.standing)}, {"by", w.by},
                   {"described", describe(w)}, {"provenance", provenance_json(w.provenance)}});
  return out;
}

nlohmann::json wording_json(const Provision& p) {
  return {{"texts", texts_json(p.texts)},
          {"summary", p.summary.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.summary)},
          {"provenance", provenance_json(p.provenance)}};
}

nlohmann::json declared_json(const DeclaredStatement& d) {
  return {{"id", d.id}, {"date", d.date.str()}, {"by", d.by}, {"kind", d.kind}, {"about", d.about},
          {"official", d.official}, {"condition", to_string(d.condition)}, {"summary", d.summary},
          {"quote", d.quote}, {"provenance", provenance_json(d.provenance)}};
}

nlohmann::json citations_json(const Treaty& t) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : t.citations)
    out.push_back({{"citation", c.str()}, {"series", c.series}, {"volume", c.volume}, {"page", c.page},
                   {"number", c.number}, {"provenance", provenance_json(c.provenance)}});
  return out;
}

}  // namespace casus

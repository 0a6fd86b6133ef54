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

// Each layout is written once, with the JsonWriter (the report writes these for every provision it
// names, on every request); the tree forms other views combine are that text parsed back.
void write_provenance(JsonWriter& w, const Provenance& p) {
  w.begin_object().field("status", to_string(p.status)).field("authority", to_string(p.authority));
  w.field("source", p.source).field("note", p.note).end_object();
}

void write_texts(JsonWriter& w, const std::vector<Wording>& texts) {
  w.begin_array();
  for (const auto& x : texts) {
    w.begin_object().field("text", x.text).field("language", x.language).field("standing", to_string(x.standing));
    w.field("by", x.by).field("described", describe(x)).key("provenance");
    write_provenance(w, x.provenance);
    w.end_object();
  }
  w.end_array();
}

void write_wording(JsonWriter& w, const Provision& p) {
  w.begin_object().key("texts");
  write_texts(w, p.texts);
  w.key("summary").string_or_null(p.summary).key("provenance");
  write_provenance(w, p.provenance);
  w.end_object();
}

void write_citations(JsonWriter& w, const Treaty& t) {
  w.begin_array();
  for (const auto& c : t.citations) {
    w.begin_object().field("citation", c.str()).field("series", c.series).field("volume", c.volume);
    w.field("page", c.page).field("number", c.number).key("provenance");
    write_provenance(w, c.provenance);
    w.end_object();
  }
  w.end_array();
}

namespace {
template <class Write>
nlohmann::json as_tree(Write&& write) {
  JsonWriter w;
  write(w);
  return nlohmann::json::parse(w.take());
}
}  // namespace

nlohmann::json provenance_json(const Provenance& p) {
  return as_tree([&](JsonWriter& w) { write_provenance(w, p); });
}
nlohmann::json texts_json(const std::vector<Wording>& texts) {
  return as_tree([&](JsonWriter& w) { write_texts(w, texts); });
}
nlohmann::json wording_json(const Provision& p) {
  return as_tree([&](JsonWriter& w) { write_wording(w, p); });
}

nlohmann::json declared_json(const DeclaredStatement& d) {
  return {{"id", d.id}, {"date", d.date.str()}, {"by", d.by}, {"kind", d.kind}, {"about", d.about},
          {"official", d.official}, {"condition", to_string(d.condition)}, {"summary", d.summary},
          {"quote", d.quote}, {"provenance", provenance_json(d.provenance)}};
}

nlohmann::json citations_json(const Treaty& t) {
  return as_tree([&](JsonWriter& w) { write_citations(w, t); });
}

}  // namespace casus

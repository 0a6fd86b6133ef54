// How every report shows what a provision says: the treaty's words (verbatim, in quotation marks, with
// language, standing and translator) apart from our summary (labelled, never in quotation marks), and
// each source with its authority class and status. One place, so that text, JSON, show, diff and the
// evaluation trace cannot drift apart, and so that no report ever prints a summary as a quotation.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "casus/law.h"
#include "report/json_writer.h"
#include "casus/model.h"

namespace casus {

// "[V, official] https://…" — a source with its status and authority class.
std::string source_line(const Provenance& p);

// The provision's words or summary as indented lines (each ends in '\n'):
//   words, KCNA English translation [V, official]: "In case …"
//     seen at: https://…
//   summary (ours): Neither side …
//   article and content [P, press]: https://…
std::string wording_lines(const Provision& p, std::string_view indent);

// The same for a statement or an understanding: its words (quoted, labelled) or our summary.
std::string statement_words(const std::vector<Wording>& texts, const std::string& summary, std::string_view indent);

// Treaty-series citations, one line: "34 UNTS 243 [U]; 63 Stat. 2241 [V, official]".
std::string citations_line(const Treaty& t);

// JSON for the same fields: {"texts": [...], "summary": ..., "provenance": {status, authority, source,
// note}}, written into a report (write_*) or as a tree (*_json: the same text parsed back).
void write_provenance(JsonWriter& w, const Provenance& p);
void write_texts(JsonWriter& w, const std::vector<Wording>& texts);
void write_wording(JsonWriter& w, const Provision& p);
void write_citations(JsonWriter& w, const Treaty& t);
nlohmann::json wording_json(const Provision& p);
nlohmann::json texts_json(const std::vector<Wording>& texts);
nlohmann::json provenance_json(const Provenance& p);
nlohmann::json citations_json(const Treaty& t);
// A declared interpretation or practice (corpus/declared.toml) as `show --json` and the API's treaty
// view give it: id, date, by, kind, about, official, condition, summary, quote, provenance.
nlohmann::json declared_json(const DeclaredStatement& d);

}  // namespace casus

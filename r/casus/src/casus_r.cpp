// The C++ side of the R package: .Call entry points over the casus libraries.
// dyads: the in-memory table (casus/research/dyad_table.h) copied into R vectors,
// no text in between. evaluate: the engine's JSON report turned into nested lists
// (the report's schema, not the engine's structs, is the interface).
#include <Rcpp.h>

#include <cstring>
#include <optional>
#include <string>

#include "casus/corpus.h"
#include "casus/diagnostics.h"
#include "casus/report.h"
#include "casus/research/dyad_table.h"
#include "casus/scenario.h"

#ifndef CASUS_DEFAULT_CORPUS
#define CASUS_DEFAULT_CORPUS "corpus"
#endif

namespace {

using namespace casus;

SEXP to_r(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return R_NilValue;
    case nlohmann::json::value_t::boolean: return Rcpp::wrap(j.get<bool>());
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return Rcpp::wrap(j.get<double>());
    case nlohmann::json::value_t::string: return Rcpp::wrap(j.get<std::string>());
    case nlohmann::json::value_t::array: {
      Rcpp::List out(j.size());
      for (std::size_t i = 0; i < j.size(); ++i) out[i] = to_r(j[i]);
      return out;
    }
    case nlohmann::json::value_t::object: {
      Rcpp::List out(j.size());
      Rcpp::CharacterVector names(j.size());
      std::size_t i = 0;
      for (auto it = j.begin(); it != j.end(); ++it, ++i) {
        out[i] = to_r(it.value());
        names[i] = it.key();
      }
      out.attr("names") = names;
      return out;
    }
    default: return R_NilValue;
  }
}

}  // namespace

extern "C" SEXP casus_dyads_r(SEXP data_dir, SEXP years, SEXP names, SEXP system, SEXP mry, SEXP add, SEXP states,
                              SEXP atop, SEXP similarity, SEXP threads) {
  BEGIN_RCPP
  research::DyadTableRequest q;
  const std::string dir = Rcpp::as<std::string>(data_dir);
  if (!dir.empty()) q.data_dir = dir;
  q.years = Rcpp::as<std::vector<int>>(years);
  const std::string n = Rcpp::as<std::string>(names);
  if (n == "ps13") q.names = research::SimilarityNames::kPs13;
  else if (n == "haege") q.names = research::SimilarityNames::kHaege;
  else if (n == "all") q.names = research::SimilarityNames::kAll;
  else Rcpp::stop("names: expected \"ps13\", \"haege\" or \"all\", got \"" + n + "\"");
  q.system = Rcpp::as<std::string>(system);
  q.mry = Rcpp::as<bool>(mry);
  q.add = Rcpp::as<std::vector<std::string>>(add);
  q.states = Rcpp::as<std::vector<int>>(states);
  q.atop = Rcpp::as<bool>(atop);
  q.similarity = Rcpp::as<bool>(similarity);
  q.threads = static_cast<unsigned>(Rcpp::as<int>(threads));
  auto t = research::dyad_table(q);
  if (!t) Rcpp::stop(t.error().message());
  const auto& table = t.value();
  Rcpp::List out(table.columns.size());
  Rcpp::CharacterVector col_names(table.columns.size());
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const auto& col = table.columns[c];
    col_names[c] = col.name;
    if (col.integer) {  // casus's integer NA is INT_MIN, which is R's NA_integer_
      Rcpp::IntegerVector v(col.ints.size());
      if (!col.ints.empty()) std::memcpy(v.begin(), col.ints.data(), col.ints.size() * sizeof(int));
      out[c] = v;
    } else {  // NaN is written as NA_real_ so that is.na() and R's printing say NA
      Rcpp::NumericVector v(col.reals.size());
      for (std::size_t i = 0; i < col.reals.size(); ++i) v[i] = std::isnan(col.reals[i]) ? NA_REAL : col.reals[i];
      out[c] = v;
    }
  }
  out.attr("names") = col_names;
  out.attr("class") = "data.frame";
  out.attr("row.names") = Rcpp::IntegerVector::create(NA_INTEGER, -static_cast<int>(table.rows));
  return out;
  END_RCPP
}

extern "C" SEXP casus_evaluate_r(SEXP scenario, SEXP reading, SEXP policy, SEXP corpus) {
  BEGIN_RCPP
  std::string root = Rcpp::as<std::string>(corpus);
  if (root.empty()) root = CASUS_DEFAULT_CORPUS;
  Diagnostics diag;
  auto files = corpus_files_in(root, diag);
  std::optional<Corpus> c;
  if (diag.ok()) c = load_corpus(files, diag);
  if (!c) Rcpp::stop("the corpus at \"" + root + "\" was not loaded:\n" + diag.str());
  const std::string file = Rcpp::as<std::string>(scenario);
  auto sc = load_scenario(file, *c, diag);
  if (!sc) Rcpp::stop(diag.str() + file + ": scenario not evaluated");
  const std::string r = Rcpp::as<std::string>(reading), p = Rcpp::as<std::string>(policy);
  if (r == "both") sc->readings = {Reading::literal, Reading::self_defence};
  else if (!r.empty()) {
    auto parsed = parse_reading(r);
    if (!parsed) Rcpp::stop("reading: expected \"literal\", \"self-defence\" or \"both\", got \"" + r + "\"");
    sc->readings = {*parsed};
  }
  if (p == "both") sc->policies = {HonouringPolicy::all, HonouringPolicy::automatic_only};
  else if (!p.empty()) {
    auto parsed = parse_policy(p);
    if (!parsed) Rcpp::stop("policy: expected \"all\", \"automatic-only\" or \"both\", got \"" + p + "\"");
    sc->policies = {*parsed};
  }
  return to_r(render_json(*c, evaluate_all(*c, *sc)));
  END_RCPP
}

extern "C" void R_init_casus(DllInfo* dll) {
  static const R_CallMethodDef calls[] = {{"casus_dyads_r", reinterpret_cast<DL_FUNC>(&casus_dyads_r), 10},
                                          {"casus_evaluate_r", reinterpret_cast<DL_FUNC>(&casus_evaluate_r), 4},
                                          {nullptr, nullptr, 0}};
  R_registerRoutines(dll, nullptr, calls, nullptr, nullptr);
  R_useDynamicSymbols(dll, FALSE);
}

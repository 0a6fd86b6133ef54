// casus._casus: the C++ side of the Python package. Two entry points:
//  * dyads(...)  -> the dyad-year table as numpy arrays, column by column (no text);
//  * evaluate_json(...) -> an evaluation as the engine's JSON report (schema in
//    docs/json-output.md), which the Python side turns into dicts and lists.
// The evaluation is bridged through its JSON report on purpose: the engine's
// C++ structs are being reshaped, the JSON schema is the stable interface.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "casus/corpus.h"
#include "casus/diagnostics.h"
#include "casus/report.h"
#include "casus/research/dyad_table.h"
#include "casus/scenario.h"

namespace py = pybind11;
using namespace casus;

namespace {

// Hands a std::vector to numpy without copying: the array's base owns the vector.
template <class T>
py::array_t<T> to_numpy(std::vector<T>&& v) {
  auto* owner = new std::vector<T>(std::move(v));
  py::capsule free_when_done(owner, [](void* p) { delete static_cast<std::vector<T>*>(p); });
  return py::array_t<T>({static_cast<py::ssize_t>(owner->size())}, {static_cast<py::ssize_t>(sizeof(T))}, owner->data(),
                        free_when_done);
}

[[noreturn]] void raise(const research::Error& e) {
  if (e.kind == research::ErrorKind::kInvalidArgument) throw py::value_error(e.message());
  throw std::runtime_error(e.message());  // pybind11: RuntimeError
}

// [(name, kind, values[, mask])]: kind "int" (no NA), "Int" (int32 with an NA mask), "float" (NaN = NA).
py::list dyads(std::optional<std::string> data_dir, std::vector<int> years, std::string names, std::string system,
               bool mry, std::vector<std::string> add, std::vector<int> states, std::vector<std::pair<int, int>> pairs,
               std::string ndir, bool atop, bool similarity, unsigned threads) {
  research::DyadTableRequest q;
  q.data_dir = std::move(data_dir);
  q.years = std::move(years);
  if (names == "ps13") q.names = research::SimilarityNames::kPs13;
  else if (names == "haege") q.names = research::SimilarityNames::kHaege;
  else if (names == "all") q.names = research::SimilarityNames::kAll;
  else throw py::value_error("names: expected \"ps13\", \"haege\" or \"all\", got \"" + names + "\"");
  if (ndir == "directed") q.ndir = research::NonDirected::kDirected;
  else if (ndir == "max") q.ndir = research::NonDirected::kMax;
  else if (ndir == "lower") q.ndir = research::NonDirected::kLowerFirst;
  else throw py::value_error("ndir: expected \"directed\", \"max\" or \"lower\", got \"" + ndir + "\"");
  q.system = std::move(system);
  q.mry = mry;
  q.add = std::move(add);
  q.states = std::move(states);
  q.dyads = std::move(pairs);
  q.atop = atop;
  q.similarity = similarity;
  q.threads = threads;
  std::optional<research::Result<research::DyadTable>> t;
  {
    py::gil_scoped_release unlocked;  // the computation touches no Python object
    t.emplace(research::dyad_table(q));
  }
  if (!*t) raise(t->error());
  py::list out;
  for (auto& c : t->value().columns) {
    if (!c.integer) {
      out.append(py::make_tuple(c.name, "float", to_numpy(std::move(c.reals))));
      continue;
    }
    std::vector<bool> na(c.ints.size());
    bool any = false;
    for (std::size_t i = 0; i < c.ints.size(); ++i)
      if (c.ints[i] == research::kIntNa) any = na[i] = true;
    if (!any) {
      out.append(py::make_tuple(c.name, "int", to_numpy(std::move(c.ints))));
      continue;
    }
    std::vector<std::uint8_t> mask(na.begin(), na.end());
    for (auto& v : c.ints)
      if (v == research::kIntNa) v = 0;
    out.append(py::make_tuple(c.name, "Int", to_numpy(std::move(c.ints)), to_numpy(std::move(mask))));
  }
  return out;
}

std::string evaluate_json(const std::string& scenario, std::optional<std::string> reading,
                          std::optional<std::string> policy, const std::string& corpus_dir) {
  Diagnostics diag;
  auto files = corpus_files_in(corpus_dir, diag);
  std::optional<Corpus> corpus;
  if (diag.ok()) corpus = load_corpus(files, diag);
  if (!corpus) throw std::runtime_error("the corpus at \"" + corpus_dir + "\" was not loaded:\n" + diag.str());
  auto sc = load_scenario(scenario, *corpus, diag);
  if (!sc) throw py::value_error(diag.str() + scenario + ": scenario not evaluated");
  if (reading) {
    if (*reading == "both") sc->readings = {Reading::literal, Reading::self_defence};
    else if (auto r = parse_reading(*reading)) sc->readings = {*r};
    else throw py::value_error("reading: expected \"literal\", \"self-defence\" or \"both\", got \"" + *reading + "\"");
  }
  if (policy) {
    if (*policy == "both") sc->policies = {HonouringPolicy::all, HonouringPolicy::automatic_only};
    else if (auto p = parse_policy(*policy)) sc->policies = {*p};
    else throw py::value_error("policy: expected \"all\", \"automatic-only\" or \"both\", got \"" + *policy + "\"");
  }
  ScenarioReport report = evaluate_all(*corpus, *sc);
  return render_json_text(*corpus, report);
}

}  // namespace

PYBIND11_MODULE(_casus, m) {
  m.doc() = "casus: alliance treaties as code, and the research data researchers merge (C++ core)";
  m.def("dyads", &dyads, py::arg("data_dir"), py::arg("years"), py::arg("names"), py::arg("system"), py::arg("mry"),
        py::arg("add"), py::arg("states"), py::arg("dyads"), py::arg("ndir"), py::arg("atop"), py::arg("similarity"),
        py::arg("threads"));
  m.def("evaluate_json", &evaluate_json, py::arg("scenario"), py::arg("reading"), py::arg("policy"), py::arg("corpus"));
  m.attr("default_corpus") = CASUS_DEFAULT_CORPUS;
}

#include "casus/research/codebook.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "sha256.h"

#ifndef CASUS_VERSION
#define CASUS_VERSION "unknown"
#endif

namespace casus::research {

std::string casus_version() { return std::string("casus ") + CASUS_VERSION; }

const std::vector<DatasetCitation>& dataset_citations() {
  // The references of docs/research.md §1 (and the MID 5.0 README in the data directory).
  static const std::vector<DatasetCitation> v = {
      {"atop", "ATOP 5.1",
       "Leeds, B. A., J. M. Ritter, S. M. Mitchell & A. G. Long. 2002. \"Alliance Treaty Obligations and Provisions, "
       "1815-1944.\" International Interactions 28: 237-260. Codebook: Leeds 2022, ATOP Codebook v5.1 (9 Aug 2022).",
       {"atop-5.1/atop5_1m.csv"}},
      {"cow-states", "COW State System Membership v2016",
       "Correlates of War Project. 2017. \"State System Membership List, v2016.\"",
       {"cow-states-2016/system2016.csv", "cow-states-2016/states2016.csv"}},
      {"cow-majors", "COW major powers v2016", "Correlates of War Project. 2017. \"State System Membership List, v2016.\"",
       {"cow-states-2016/majors2016.csv"}},
      {"gw", "Gleditsch-Ward states",
       "Gleditsch, K. S. & M. D. Ward. 1999. \"Interstate System Membership: A Revised List of the Independent States "
       "since 1816.\" International Interactions 25(4): 393-413.",
       {"gleditsch-ward-states/iisystem.dat"}},
      {"nmc", "COW National Material Capabilities 6.0",
       "Singer, J. D., S. Bremer & J. Stuckey. 1972. \"Capability Distribution, Uncertainty, and Major Power War, "
       "1820-1965.\" In B. Russett (ed.), Peace, War, and Numbers, 19-48. Sage.",
       {"cow-nmc-6.0/NMC-60-abridged.csv"}},
      {"mid", "COW Militarized Interstate Disputes 5.0",
       "Palmer, G., R. W. McManus, V. D'Orazio, M. R. Kenwick, M. Karstens, C. Bloch, N. Dietrich, K. Kahn, K. Ritter "
       "& M. J. Soules. 2022. \"The MID5 Dataset, 2011-2014: Procedures, Coding Rules, and Description.\" Conflict "
       "Management and Peace Science 39(4): 470-482.",
       {"cow-mid-5.0/MIDB 5.0.csv"}},
      {"war", "COW Inter-State War 4.0", "Sarkees, M. R. & F. Wayman. 2010. Resort to War: 1816-2007. CQ Press.",
       {"cow-interstate-war-4.0/Inter-StateWarData_v4.0.csv"}},
      {"cow-alliances", "COW Formal Alliances 4.1 (user-supplied)",
       "Gibler, D. M. 2009. International Military Alliances, 1648-2008. CQ Press.",
       {"cow-alliances-4.1/alliance_v4.1_by_member.csv"}},
  };
  return v;
}

const std::vector<std::string>& method_citations() {
  static const std::vector<std::string> v = {
      "Miller, S. V. 2022. \"peacesciencer: An R Package for Quantitative Peace Science Research.\" Conflict "
      "Management and Peace Science 39(6): 755-779. (column names and conventions)",
      "Haege, F. M. 2011. \"Choice or Circumstance? Adjusting Measures of Foreign Policy Similarity for Chance "
      "Agreement.\" Political Analysis 19(3): 287-305.",
      "Signorino, C. S. & J. M. Ritter. 1999. \"Tau-b or Not Tau-b: Measuring the Similarity of Foreign Policy "
      "Positions.\" International Studies Quarterly 43(1): 115-144.",
      "Cohen, J. 1960. \"A Coefficient of Agreement for Nominal Scales.\" Educational and Psychological Measurement "
      "20(1): 37-46; Cohen, J. 1968. \"Weighted Kappa.\" Psychological Bulletin 70(4): 213-220.",
      "Scott, W. A. 1955. \"Reliability of Content Analysis: The Case of Nominal Scale Coding.\" Public Opinion "
      "Quarterly 19(3): 321-325.",
      "Kendall, M. G. 1938. \"A New Measure of Rank Correlation.\" Biometrika 30(1/2): 81-93.",
  };
  return v;
}

ColumnDoc column_doc(const std::string& name) {
  static const std::map<std::string, std::pair<const char*, const char*>> docs = {
      {"ccode1", {"integer", "COW code of the first state (whose obligations the ATOP columns describe)"}},
      {"ccode2", {"integer", "COW code of the second state"}},
      {"gwcode1", {"integer", "Gleditsch-Ward code of the first state"}},
      {"gwcode2", {"integer", "Gleditsch-Ward code of the second state"}},
      {"ccode", {"integer", "COW state code"}},
      {"gwcode", {"integer", "Gleditsch-Ward state code"}},
      {"year", {"integer", "year"}},
      {"microstate", {"integer", "1 if the state is on Gleditsch's microstates list"}},
      {"microstate1", {"integer", "1 if the first state is on Gleditsch's microstates list"}},
      {"microstate2", {"integer", "1 if the second state is on Gleditsch's microstates list"}},
      {"atop_defense", {"integer", "1 if state 1 has an ATOP defense obligation toward state 2 that year; NA outside 1815-2018"}},
      {"atop_offense", {"integer", "1 if state 1 has an ATOP offense obligation toward state 2 that year; NA outside 1815-2018"}},
      {"atop_neutral", {"integer", "1 if state 1 has an ATOP neutrality obligation toward state 2 that year; NA outside 1815-2018"}},
      {"atop_nonagg", {"integer", "1 if state 1 has an ATOP non-aggression obligation toward state 2 that year; NA outside 1815-2018"}},
      {"atop_consul", {"integer", "1 if state 1 has an ATOP consultation obligation toward state 2 that year; NA outside 1815-2018"}},
      {"sallyvus", {"real", "peacesciencer 1.3: S, valued directed ATOP ties 0..3, unweighted, squared: 1 - 2 sum d^2 / (9 n)"}},
      {"sallyvua", {"real", "peacesciencer 1.3: S, valued, unweighted, absolute: 1 - 2 sum |d| / (3 n)"}},
      {"sallybus", {"real", "peacesciencer 1.3: S, binary ties (>= 1), unweighted, squared"}},
      {"sallybua", {"real", "peacesciencer 1.3: S, binary ties, unweighted, absolute"}},
      {"sallyvwa", {"real", "peacesciencer 1.3: S, valued, CINC-weighted, absolute: 1 - 2 sum w|d| / (3 sum w); NA without CINC"}},
      {"sallybwa", {"real", "peacesciencer 1.3: S, binary, CINC-weighted, absolute; NA without CINC"}},
      {"pallyv", {"real", "peacesciencer 1.3: nominal Scott's pi on the valued ties (levels 0..3)"}},
      {"pallyb", {"real", "peacesciencer 1.3: nominal Scott's pi on the binary ties"}},
      {"kallyv", {"real", "peacesciencer 1.3: Cohen's kappa, squared weights ((a-b)/3)^2 on levels 0..3 (fpsim::cohenk)"}},
      {"kallyb", {"real", "peacesciencer 1.3: Cohen's kappa on the binary ties"}},
      {"taub", {"real", "Kendall's tau-b of the valued portfolios (peacesciencer 1.3 ties with --names ps13, Haege's with --names haege); NA when a portfolio entry is missing (false dyad) or constant"}},
      {"kallyv_psych", {"real", "psych::cohen.kappa weighted kappa: squared weights on the rank of the categories observed in the pair"}},
      {"taub_haege", {"real", "Kendall's tau-b of Haege's non-directed valued portfolios"}},
      {"srsvas", {"real", "Haege: S, squared distances, valued non-directed ties: 1 - 2 sum (x-y)^2 / (9 n)"}},
      {"srsvaa", {"real", "Haege: S, absolute distances, valued ties: 1 - 2 sum |x-y| / (3 n)"}},
      {"srswvaa", {"real", "Haege: CINC-weighted S, absolute distances, valued ties"}},
      {"kappava", {"real", "Haege: Cohen's kappa, squared distances, valued ties"}},
      {"piva", {"real", "Haege: Scott's pi, squared distances, valued ties"}},
      {"srsba", {"real", "Haege: S, binary ties"}},
      {"srswba", {"real", "Haege: CINC-weighted S, binary ties"}},
      {"kappaba", {"real", "Haege: Cohen's kappa, binary ties"}},
      {"piba", {"real", "Haege: Scott's pi, binary ties"}},
      {"cowmaj", {"integer", "1 if a COW major power on some day of the year; NA after 2016"}},
      {"cowmaj1", {"integer", "1 if state 1 is a COW major power on some day of the year; NA after 2016"}},
      {"cowmaj2", {"integer", "1 if state 2 is a COW major power on some day of the year; NA after 2016"}},
      {"cowmidonset", {"integer", "1 if a COW MID 5.0 between the two (opposite sides, same day) has its onset this year; NA after 2014"}},
      {"cowmidongoing", {"integer", "1 if the two are on opposite sides of a COW MID on some day of the year; NA after 2014"}},
      {"cowinteronset", {"integer", "1 if a COW inter-state war (episode) between the two has its onset this year; NA after 2007"}},
      {"cowinterongoing", {"integer", "1 if the two are on opposite sides of a COW inter-state war on some day of the year; NA after 2007"}},
  };
  static const std::map<std::string, const char*> nmc = {
      {"milex", "NMC 6.0 military expenditure (thousands of current USD; GBP before 1914)"},
      {"milper", "NMC 6.0 military personnel (thousands)"},
      {"irst", "NMC 6.0 iron and steel production (thousands of tons)"},
      {"pec", "NMC 6.0 primary energy consumption (thousands of coal-ton equivalents)"},
      {"tpop", "NMC 6.0 total population (thousands)"},
      {"upop", "NMC 6.0 urban population (thousands)"},
      {"cinc", "NMC 6.0 Composite Index of National Capability"},
  };
  if (auto it = docs.find(name); it != docs.end()) return {name, it->second.first, it->second.second};
  std::string base = name;
  std::string side;
  if (!base.empty() && (base.back() == '1' || base.back() == '2')) {
    side = base.substr(base.size() - 1);
    base.pop_back();
  }
  if (auto it = nmc.find(base); it != nmc.end()) {
    return {name, "real", side.empty() ? it->second : fmt::format("{}, state {}", it->second, side)};
  }
  return {name, "", ""};
}

Result<nlohmann::json> make_codebook(const CodebookInput& in) {
  nlohmann::json j;
  j["casus_version"] = casus_version();
  j["command_line"] = in.command_line;
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  j["created_utc"] = stamp;
  j["rows"] = in.rows;
  j["data_dir"] = in.data_dir;
  j["datasets"] = nlohmann::json::array();
  for (const auto& key : in.dataset_keys) {
    for (const auto& d : dataset_citations()) {
      if (d.key != key) continue;
      nlohmann::json files = nlohmann::json::array();
      for (const auto& f : d.files) {
        const std::string path = in.data_dir + "/" + f;
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) continue;  // an optional file the run did not use
        auto sum = internal::sha256_file(path);
        if (!sum) return sum.error();
        files.push_back({{"path", f}, {"bytes", std::filesystem::file_size(path, ec)}, {"sha256", sum.value()}});
      }
      j["datasets"].push_back({{"key", d.key}, {"name", d.name}, {"citation", d.citation}, {"files", files}});
    }
  }
  j["columns"] = nlohmann::json::array();
  for (const auto& c : in.columns) {
    const ColumnDoc doc = column_doc(c);
    j["columns"].push_back({{"name", c}, {"type", doc.type}, {"definition", doc.definition}});
  }
  j["method_citations"] = method_citations();
  j["definitions"] = "docs/research.md, section 3";
  return j;
}

}  // namespace casus::research

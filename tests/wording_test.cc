// The treaty's words and our summaries are never confused, in any report: every output format of
// every command (show, show --json, diff, diff --json, run, run --json) is searched for a summary in
// quotation marks, and `show --json` must carry every wording, summary, reason and source that the
// text shows. Also: the diff marks a difference that stems only from two translations, and pairs
// provisions by content.
#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <string>

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace {

using casus::test::corpus;

// Outputs are cached by arguments: the tests below read the same reports (the corpus does not change
// while they run), and each run of the binary loads the whole corpus.
std::string casus_out(const std::string& args, int* code = nullptr) {
  static std::map<std::string, std::pair<std::string, int>> cache;
  if (auto it = cache.find(args); it != cache.end()) {
    if (code) *code = it->second.second;
    return it->second.first;
  }
  auto [rc, out] = casus::test::run_casus(args);
  if (code) *code = rc;
  cache[args] = {out, rc};
  return out;
}

// Every summary in the corpus (provisions, statements, understandings, unencoded articles, declared
// readings and sanctions-regime events). A summary
// is identified by its first 40 characters, enough to be unique and to survive line wrapping in none.
std::set<std::string> all_summaries() {
  std::set<std::string> out;
  auto add = [&](const std::string& s) {
    if (!s.empty()) out.insert(s.substr(0, 40));
  };
  for (const auto& t : corpus().treaties()) {
    for (const auto& p : t.provisions) add(p.summary);
    for (const auto& s : t.statements) add(s.summary);
    for (const auto& u : t.understandings) add(u.summary);
    for (const auto& u : t.unencoded) add(u.summary);
  }
  for (const auto& d : corpus().law().declared) add(d.summary);
  for (const auto& e : corpus().law().regime_events) add(e.summary);
  return out;
}

// Fails when a summary follows a quotation mark (straight or typographic) in a text report.
void expect_no_quoted_summary(const std::string& out, const std::string& what) {
  static const std::set<std::string> summaries = all_summaries();
  ASSERT_FALSE(summaries.empty());
  for (const auto& s : summaries)
    for (const char* q : {"\"", "“", "'"}) {
      EXPECT_EQ(out.find(q + s), std::string::npos) << what << ": a summary in quotation marks: " << q << s;
    }
}

// In JSON a summary may only be the value of a "summary" key, never of "text" or "quote".
void expect_summaries_only_under_summary(const nlohmann::json& j, const std::string& what) {
  static const std::set<std::string> summaries = all_summaries();
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) {
      if ((k == "text" || k == "quote") && v.is_string()) {
        EXPECT_EQ(summaries.count(v.get<std::string>().substr(0, 40)), 0u)
            << what << ": a summary as \"" << k << "\": " << v.get<std::string>();
      }
      expect_summaries_only_under_summary(v, what);
    }
  } else if (j.is_array()) {
    for (const auto& v : j) expect_summaries_only_under_summary(v, what);
  }
}

TEST(Wording, NoReportFormatQuotesASummary) {
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& t : corpus().treaties()) {
    expect_no_quoted_summary(casus_out("show " + t.id), "show " + t.id);
    expect_summaries_only_under_summary(nlohmann::json::parse(casus_out("show --json " + t.id)),
                                        "show --json " + t.id);
    // Each related pair once (relations are mostly listed in both files), earlier id first.
    for (const auto& r : t.related) pairs.insert(r < t.id ? std::pair{r, t.id} : std::pair{t.id, r});
  }
  for (const auto& [a, b] : pairs) {
    expect_no_quoted_summary(casus_out("diff " + a + " " + b), "diff " + a + " " + b);
    expect_summaries_only_under_summary(nlohmann::json::parse(casus_out("diff --json " + a + " " + b)),
                                        "diff --json " + a + " " + b);
  }
  for (const auto& f : casus::test::files_in("examples", ".toml")) {
    expect_no_quoted_summary(casus_out("run '" + f + "'"), "run " + f);
    expect_summaries_only_under_summary(nlohmann::json::parse(casus_out("run --json '" + f + "'")), "run --json " + f);
  }
}

// The test's own check must be able to fail: a summary put in quotation marks is found.
TEST(Wording, TheQuotedSummaryCheckCanFail) {
  const std::string s = *all_summaries().begin();
  EXPECT_NONFATAL_FAILURE(expect_no_quoted_summary("words: \"" + s + "\"", "probe"), "a summary in quotation marks");
}

void strings_of(const nlohmann::json& j, std::set<std::string>& out) {
  if (j.is_string()) out.insert(j.get<std::string>());
  else if (j.is_structured())
    for (const auto& v : j) strings_of(v, out);
}

bool json_has(const std::set<std::string>& strings, const std::string& s) {
  for (const auto& x : strings)
    if (x.find(s) != std::string::npos) return true;
  return false;
}

// Every wording, summary, reason, note and source line of `show` is also in `show --json`.
TEST(Wording, ShowJsonCarriesEveryFieldTheTextShows) {
  const std::array<std::string, 7> labels = {"summary (ours): ", "why: ", "seen at: ", "note: ",
                                             "article and content [", "statement ", "treaty series  "};
  for (const auto& t : corpus().treaties()) {
    std::set<std::string> strings;
    strings_of(nlohmann::json::parse(casus_out("show --json " + t.id)), strings);
    const std::string text = casus_out("show " + t.id);
    size_t pos = 0, checked = 0;
    while (pos < text.size()) {
      size_t eol = text.find('\n', pos);
      std::string line = text.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
      pos = eol == std::string::npos ? text.size() : eol + 1;
      // A quoted wording: everything between the first '"' and the last.
      if (auto q = line.find(": \""); q != std::string::npos && line.back() == '"') {
        std::string words = line.substr(q + 3, line.size() - q - 4);
        EXPECT_TRUE(json_has(strings, words)) << t.id << ": not in --json: " << words;
        ++checked;
      }
      for (const auto& l : labels) {
        auto at = line.find(l);
        if (at == std::string::npos) continue;
        std::string rest = line.substr(at + l.size());
        // The source after "[V, official] " or the free text after the label.
        if (auto b = rest.find("] "); b != std::string::npos && (l.back() == '[' || l == "statement " || l == "treaty series  "))
          rest = rest.substr(b + 2);
        if (rest.empty() || rest == "(no source named)") continue;
        EXPECT_TRUE(json_has(strings, rest)) << t.id << ": not in --json: " << rest;
        ++checked;
      }
    }
    EXPECT_GT(checked, 0u) << t.id;
  }
}

TEST(Wording, ShowListsAll23ArticlesOfThe2024Treaty) {
  const std::string out = casus_out("show ru-kp-2024");
  EXPECT_NE(out.find("23 numbered articles:"), std::string::npos) << out;
  for (int a = 1; a <= 23; ++a)
    EXPECT_NE(out.find("\n  Art. " + std::to_string(a) + " — "), std::string::npos) << "Art. " << a << " missing";
  EXPECT_NE(out.find("\n  Preamble — not encoded"), std::string::npos);
  EXPECT_NE(out.find("words, KCNA English translation"), std::string::npos);
}

TEST(Diff, MarksADifferenceThatStemsOnlyFromTwoTranslations) {
  const std::string out = casus_out("diff su-kp-1961 ru-kp-2024");
  EXPECT_NE(out.find("~ speed: immediately → without-delay — translation only: the TASS English translation"),
            std::string::npos) << out;
  // Both wordings are shown, each labelled with its translator.
  EXPECT_NE(out.find("words, UNTS English translation"), std::string::npos) << out;
  EXPECT_NE(out.find("words, KCNA English translation"), std::string::npos) << out;
  auto j = nlohmann::json::parse(casus_out("diff --json su-kp-1961 ru-kp-2024"));
  bool found = false;
  for (const auto& c : j["changes"])
    if (!c["from"].is_null() && c["from"]["label"] == "mutual-assistance") {
      found = true;
      EXPECT_EQ(c["change"], "qualified");
      EXPECT_EQ(c["to"]["wording"]["texts"][0]["by"], "KCNA");
    }
  EXPECT_TRUE(found);
}

TEST(Diff, PairsByContentNotByArticleNumber) {
  const std::string out = casus_out("diff su-kp-1961 ru-kp-2024");
  // 1961 Art. 3 (consultation on all international questions) is not the 2024 Art. 3 (threat
  // consultation): the threat clause is added, and the general one pairs with 2024 Art. 2.
  EXPECT_NE(out.find("+ ADDED    Art. 3 threat-consultation"), std::string::npos) << out;
  EXPECT_NE(out.find("Art. 3 consultation (consultation) [V] → Art. 2 dialogue"), std::string::npos) << out;
  EXPECT_EQ(out.find("Art. 3 consultation (consultation) [V] → Art. 3 threat-consultation"), std::string::npos) << out;
}

TEST(Sources, CountsProvisionsByAuthorityAndFindsNoVerifiedPressSource) {
  int code = -1;
  const std::string out = casus_out("sources", &code);
  ASSERT_EQ(code, 0) << out;
  EXPECT_NE(out.find("[V] on press or secondary: 0"), std::string::npos) << out;
  auto j = nlohmann::json::parse(casus_out("sources --json"));
  int total = 0;
  for (const auto& t : j["treaties"]) total += t["provisions"].get<int>();
  EXPECT_EQ(total, j["provisions"].get<int>());
  size_t provisions = 0;
  for (const auto& t : corpus().treaties()) provisions += t.provisions.size();
  EXPECT_EQ(static_cast<size_t>(total), provisions);
  EXPECT_EQ(casus_out("sources no-such-treaty", &code).find("no treaty"), 0u + std::string("casus sources: ").size());
  EXPECT_EQ(code, 1);
}

}  // namespace

namespace {

// The README's table of sources for the whole corpus is the output of `casus sources`, not a copy
// that drifts: every class row must match the command's counts.
TEST(Sources, ReadmeTableMatchesTheCommand) {
  const std::string readme = casus::test::read_file(std::string(CASUS_SOURCE_DIR) + "/README.md");
  auto j = nlohmann::json::parse(casus_out("sources --json"));
  for (const char* cls : {"official", "scholarly-edition", "press", "secondary"}) {
    int v = 0, p = 0, u = 0;
    for (const auto& t : j["treaties"]) {
      v += t[cls]["V"].get<int>();
      p += t[cls]["P"].get<int>();
      u += t[cls]["U"].get<int>();
    }
    const std::string row = "| " + std::string(cls) + " | " + std::to_string(v + p + u) + " | " + std::to_string(v) +
                            " | " + std::to_string(p) + " | " + std::to_string(u) + " |";
    EXPECT_NE(readme.find(row), std::string::npos) << "README lacks the row " << row;
  }
}

}  // namespace

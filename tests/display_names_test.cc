// Reports name states as a journalist prints them ("North Korea"), not by their ISO 3166-1 names
// ("Korea, Democratic People's Republic of"); the JSON keeps the ISO name beside the display name.
#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include "test_support.h"

namespace {

// Standard output only: the reports, without warnings.
std::string run(const std::string& args) {
  casus::test::CasusCall how;
  how.redirect = "2>/dev/null";
  return casus::test::run_casus(args, how).out;
}

const char* kIsoPrk = "Korea, Democratic People's Republic of";

TEST(DisplayNames, TextRunReportPrintsDisplayNames) {
  const std::string out = run("run examples/korea-1995.toml --trace");
  EXPECT_NE(out.find("PRK (North Korea)"), std::string::npos) << out.substr(0, 2000);
  EXPECT_EQ(out.find(kIsoPrk), std::string::npos);
}

TEST(DisplayNames, JsonRunReportCarriesBothNames) {
  const auto j = nlohmann::json::parse(run("run --json examples/korea-1995.toml"));
  ASSERT_TRUE(j.contains("states")) << j.dump().substr(0, 500);
  const auto& prk = j["states"]["PRK"];
  EXPECT_EQ(prk["name"], "North Korea");
  EXPECT_EQ(prk["name_de"], "Nordkorea");
  EXPECT_EQ(prk["iso_name"], kIsoPrk);
  // Every state id the evaluation names has an entry.
  for (const auto& ev : j["evaluations"])
    for (const auto& f : ev["findings"]) {
      EXPECT_TRUE(j["states"].contains(f["holder"].get<std::string>())) << f["holder"];
      EXPECT_TRUE(j["states"].contains(f["beneficiary"].get<std::string>())) << f["beneficiary"];
    }
}

TEST(DisplayNames, ShowPrintsDisplayNameAndJsonKeepsIso) {
  const std::string text = run("show su-kp-1961");
  EXPECT_NE(text.find("North Korea"), std::string::npos) << text.substr(0, 2000);
  EXPECT_EQ(text.find(kIsoPrk), std::string::npos);
  const auto j = nlohmann::json::parse(run("show --json su-kp-1961"));
  bool seen = false;
  for (const auto& m : j["members"])
    if (m["state"] == "PRK") {
      seen = true;
      EXPECT_EQ(m["name"], "North Korea");
      EXPECT_EQ(m["iso_name"], kIsoPrk);
    }
  EXPECT_TRUE(seen);
}

}  // namespace

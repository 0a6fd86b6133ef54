// The state registry: every ISO 3166-1 entry, every COW state (when the research data directory is
// there), display and German names, and the messages for ids that name no state.
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "casus/corpus.h"
#include "corpus/cow_state_list.h"
#include "corpus/iso_codes.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace casus;

namespace {

const std::string kCowFile = cow_states_in(CASUS_DATA_DIR);

// The repository's corpus with the COW state list read from the data directory.
const Corpus* corpus_with_cow() {
  static const Corpus* c = [] () -> const Corpus* {
    if (!fs::exists(kCowFile)) return nullptr;
    Diagnostics diag;
    auto files = corpus_files_in(std::string(CASUS_SOURCE_DIR) + "/corpus", diag);
    files.cow_states = kCowFile;
    auto loaded = load_corpus(files, diag);
    EXPECT_TRUE(loaded.has_value()) << diag.str();
    return loaded ? new Corpus(std::move(*loaded)) : nullptr;
  }();
  return c;
}

#define REQUIRE_COW_DATA()                                                                              \
  do {                                                                                                  \
    if (!fs::exists(kCowFile)) GTEST_SKIP() << "research data absent (COW state list): " << kCowFile; \
  } while (0)

size_t count(const Corpus& c, StateSource s) {
  size_t n = 0;
  for (const auto& st : c.states()) n += st.source == s;
  return n;
}

}  // namespace

// Every ISO 3166-1 entry is a state, except those corpus/locations.toml lists as a place of another
// state (Guam, the Falklands, Réunion, Greenland).
TEST(StateRegistry, EveryIso3166EntryIsAStateOrAPlaceOfOne) {
  Diagnostics diag;
  const IsoCodes* iso = IsoCodes::installed(diag);
  ASSERT_NE(iso, nullptr) << diag.str();
  const Corpus& c = test::corpus();
  size_t states = 0, places = 0;
  std::set<std::string> as_places;
  for (const auto& [code, name] : iso->countries()) {
    if (const State* s = c.state(code)) {
      ++states;
      EXPECT_EQ(s->name_en, name.en) << code;
      EXPECT_EQ(s->iso, IsoList::iso3166_1) << code;
    } else {
      const Location* l = c.location(code);
      ASSERT_NE(l, nullptr) << code << " is neither a state nor a location";
      EXPECT_NE(l->part_of, code);
      ++places;
      as_places.insert(code);
    }
  }
  EXPECT_EQ(as_places, (std::set<std::string>{"FLK", "GRL", "GUM", "REU"}));
  EXPECT_EQ(states + places, iso->countries().size());
  EXPECT_GE(iso->countries().size(), 249u) << "iso-codes lists fewer ISO 3166-1 entries than 4.15 did";
  // Without the COW list: the curated entries and the ISO ones, nothing else.
  EXPECT_FALSE(c.cow_states_read());
  EXPECT_EQ(count(c, StateSource::cow), 0u);
  EXPECT_EQ(c.states().size(), count(c, StateSource::curated) + count(c, StateSource::iso));
  EXPECT_EQ(count(c, StateSource::curated), 88u);  // corpus/states.toml: 78 states named by treaties, 10 COW crosswalk rows
  EXPECT_EQ(count(c, StateSource::iso), 160u);
}

TEST(StateRegistry, AfghanistanIsAStateThoughNoTreatyNamesIt) {
  const State* s = test::corpus().state("AFG");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->source, StateSource::iso);
  EXPECT_EQ(s->name_en, "Afghanistan");
  EXPECT_EQ(s->display_de, "Afghanistan");
}

// Display names: iso-codes' common names, the file's display_en where iso-codes has none; the ISO
// name kept beside it; German from the .mo catalogue.
TEST(StateRegistry, DisplayNamesAreTheOnesAJournalistPrints) {
  const Corpus& c = test::corpus();
  struct Row { const char* id; const char* display; const char* iso_name; const char* display_de; };
  for (const Row& r : {Row{"PRK", "North Korea", "Korea, Democratic People's Republic of", "Nordkorea"},
                       Row{"KOR", "South Korea", "Korea, Republic of", "Südkorea"},
                       Row{"TWN", "Taiwan", "Taiwan, Province of China", "Taiwan"},
                       Row{"RUS", "Russia", "Russian Federation", "Russland"},
                       Row{"IRN", "Iran", "Iran, Islamic Republic of", "Iran"},
                       Row{"SYR", "Syria", "Syrian Arab Republic", "Syrien"},
                       Row{"VNM", "Vietnam", "Viet Nam", "Vietnam"},
                       Row{"LAO", "Laos", "Lao People's Democratic Republic", "Laos"},
                       Row{"BOL", "Bolivia", "Bolivia, Plurinational State of", "Bolivien"},
                       Row{"TZA", "Tanzania", "Tanzania, United Republic of", "Tansania"},
                       Row{"VEN", "Venezuela", "Venezuela, Bolivarian Republic of", "Venezuela"},
                       Row{"MDA", "Moldova", "Moldova, Republic of", "Moldau"},
                       Row{"CZE", "Czechia", "Czechia", "Tschechien"},
                       Row{"SUN", "Soviet Union", "USSR, Union of Soviet Socialist Republics", "Sowjetunion"}}) {
    const State* s = c.state(r.id);
    ASSERT_NE(s, nullptr) << r.id;
    EXPECT_EQ(s->display_en, r.display) << r.id;
    EXPECT_EQ(s->name_en, r.iso_name) << r.id;
    EXPECT_EQ(s->display_de, r.display_de) << r.id;
    EXPECT_EQ(c.display_name(r.id), r.display);
    EXPECT_EQ(c.display_name(r.id, true), r.display_de);
  }
  EXPECT_EQ(c.state("DEU")->name_de, "Deutschland");  // from the catalogue, not typed
}

TEST(StateRegistry, UnknownIdGetsTheNearestMatches) {
  const Corpus& c = test::corpus();
  const std::string m = c.unknown_state("PKR");
  EXPECT_NE(m.find("found \"PKR\"; did you mean PRK (Korea, Democratic People's Republic of)"), std::string::npos) << m;
  EXPECT_NE(c.unknown_state("Afganistan").find("did you mean AFG (Afghanistan)?"), std::string::npos);
  EXPECT_NE(c.unknown_state("north korea").find("PRK (Korea, Democratic People's Republic of)"), std::string::npos);
  EXPECT_NE(c.unknown_state("NORDKOREA").find("PRK"), std::string::npos);  // German name, any case
  EXPECT_NE(c.unknown_state("prk").find("did you mean PRK"), std::string::npos);
  EXPECT_EQ(c.unknown_state("ZZZ").find("did you mean"), std::string::npos);
  // A COW id without the COW list: the message says where COW states come from.
  const std::string cow = c.unknown_state("cow-265");
  EXPECT_NE(cow.find("research data directory"), std::string::npos) << cow;
  EXPECT_EQ(cow.find("did you mean"), std::string::npos);
  auto near = nearest_states(c.states(), "Ottoman Empire", 3);
  ASSERT_FALSE(near.empty());
  EXPECT_EQ(near.front()->id, "TUR");
}

TEST(StateRegistry, ListingQueryMatchesIdsNamesAndCowCodes) {
  const Corpus& c = test::corpus();
  EXPECT_TRUE(state_matches(*c.state("PRK"), "korea"));
  EXPECT_TRUE(state_matches(*c.state("PRK"), "nordkorea"));
  EXPECT_TRUE(state_matches(*c.state("PRK"), "731"));
  EXPECT_FALSE(state_matches(*c.state("PRK"), "73"));  // a code matches whole, not in part
  EXPECT_TRUE(state_matches(*c.state("GBR"), "ukg"));  // COW abbreviation
  EXPECT_FALSE(state_matches(*c.state("GBR"), "korea"));
}

TEST(StateRegistryWithCow, EveryCowStateIsAState) {
  REQUIRE_COW_DATA();
  const Corpus* c = corpus_with_cow();
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->cow_states_read());
  Diagnostics diag;
  auto rows = read_cow_state_list(kCowFile, diag);
  ASSERT_TRUE(rows) << diag.str();
  std::set<int> codes;
  for (const auto& r : *rows) codes.insert(r.ccode);
  EXPECT_EQ(rows->size(), 243u);  // spells, as the data README says
  EXPECT_EQ(codes.size(), 217u);  // state codes
  for (int code : codes) {
    bool held = false;
    for (const auto& s : c->states())
      held |= s.cow_code == code || std::find(s.cow_also.begin(), s.cow_also.end(), code) != s.cow_also.end();
    EXPECT_TRUE(held) << "COW " << code << " is no state's";
  }
  EXPECT_EQ(count(*c, StateSource::cow), 21u);
  EXPECT_EQ(c->states().size(), 88u + 160u + 21u);
  // Each COW-only state has its own id and COW's name; none duplicates an ISO state.
  const State* gdr = c->state("cow-265");
  ASSERT_NE(gdr, nullptr);
  EXPECT_EQ(gdr->name_en, "German Democratic Republic");
  ASSERT_EQ(gdr->cow_spells.size(), 1u);
  EXPECT_EQ(gdr->cow_spells[0].from.str(), "1954-03-25");
  EXPECT_EQ(gdr->cow_spells[0].to.str(), "1990-10-02");
  ASSERT_NE(c->state("cow-817"), nullptr);
  EXPECT_EQ(c->state("cow-817")->name_en, "Republic of Vietnam");
  // By name: Afghanistan gets COW 700 and its dates; curated ids keep their codes (USSR = SUN, 365).
  EXPECT_EQ(c->state("AFG")->cow_code, 700);
  EXPECT_FALSE(c->state("AFG")->cow_spells.empty());
  EXPECT_EQ(c->state("SUN")->cow_code, 365);
  EXPECT_EQ(c->state("GMY")->cow_code, 255);
  EXPECT_EQ(c->state("TUR")->cow_code, 640);
  // COW 260 (the FRG) is DEU's (cow_also), not a state of its own: ATOP's rows with 260 map to DEU.
  EXPECT_EQ(c->state("cow-260"), nullptr);
  // The crosswalk rows: names COW and ISO spell differently.
  EXPECT_EQ(c->state("CIV")->cow_code, 437);
  EXPECT_EQ(c->state("cow-437"), nullptr);
  EXPECT_EQ(c->unknown_state("cow-265x").find("research data directory"), std::string::npos);
}

TEST(CowStateList, MalformedRowsAreLocatedErrors) {
  const fs::path dir = fs::temp_directory_path() / "casus-cow-list-test";
  fs::create_directories(dir);
  const std::string file = (dir / "states2016.csv").string();
  std::ofstream(file) << "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n"
                         "USA,2,United States of America,1816,1,1,2016,12,31,2016\n"
                         "XXX,2x,Nowhere,1816,1,1,2016,12,31,2016\n"
                         "YYY,3,Later,1900,1,1,1899,12,31,2016\n";
  Diagnostics diag;
  EXPECT_FALSE(read_cow_state_list(file, diag).has_value());
  const std::string all = diag.str();
  EXPECT_NE(all.find(file + ":3:2: ccode: expected a whole number; found \"2x\""), std::string::npos) << all;
  EXPECT_NE(all.find(file + ":4:1: endyear: expected the end on or after the start"), std::string::npos) << all;
  std::ofstream(file) << "a,b\n1,2\n";
  Diagnostics d2;
  EXPECT_FALSE(read_cow_state_list(file, d2).has_value());
  EXPECT_NE(d2.str().find("expected a column \"stateabb\""), std::string::npos) << d2.str();
  fs::remove_all(dir);
}

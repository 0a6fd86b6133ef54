// Geometry of treaty areas: the rules (continent, north of a parallel, a boundary of rhumb lines),
// on points on both sides and on the edges, and the corpus's NATO Art. 6 and Rio Art. 4 regions.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "corpus/geometry.h"
#include "test_support.h"

using namespace casus;

namespace {

Geography at(double lat, double lon, double precision = 0) {
  Geography g;
  g.point = GeoPoint{lat, lon};
  g.precision = precision;
  g.island = true;
  g.waters = "north-atlantic";
  return g;
}

GeoRule tropic() {
  GeoRule r;
  r.kind = GeoRuleKind::north_of_parallel;
  r.label = "islands clause";
  r.latitude = 23.44;
  r.tolerance = 0.01;
  r.parallel = "the Tropic of Cancer";
  r.islands_only = true;
  r.waters = {"north-atlantic"};
  return r;
}

Containment in(const std::string& region, const std::string& place, const char* date = "2025-06-01") {
  const Corpus& c = test::corpus();
  const Region* r = c.region(region);
  const Location* l = c.location(place);
  EXPECT_NE(r, nullptr) << region;
  EXPECT_NE(l, nullptr) << place;
  if (!r || !l) return {Truth::unknown, "missing"};
  return region_contains(c, *r, *l, *Date::parse(date));
}

}  // namespace

TEST(GeoRule, NorthOfTheTropicOnBothSidesAndOnTheLine) {
  const GeoRule r = tropic();
  EXPECT_EQ(rule_holds(r, at(28.3, -15.6), nullptr), Truth::yes);
  EXPECT_EQ(rule_holds(r, at(18.2, -66.5), nullptr), Truth::no);
  // Within the Tropic's own tolerance: undecided, either side of it.
  EXPECT_EQ(rule_holds(r, at(23.445, -30), nullptr), Truth::unknown);
  EXPECT_EQ(rule_holds(r, at(23.435, -30), nullptr), Truth::unknown);
  // Just beyond it: decided. "North of" is strict: the line itself (with no tolerance) is not north.
  EXPECT_EQ(rule_holds(r, at(23.46, -30), nullptr), Truth::yes);
  EXPECT_EQ(rule_holds(r, at(23.42, -30), nullptr), Truth::no);
  GeoRule exact = r;
  exact.tolerance = 0;
  EXPECT_EQ(rule_holds(exact, at(23.44, -30), nullptr), Truth::no);
  // A place's own uncertainty: a centroid 1° north with a 2° radius may lie on either side.
  EXPECT_EQ(rule_holds(r, at(24.44, -30, 2.0), nullptr), Truth::unknown);
  EXPECT_EQ(rule_holds(r, at(26.0, -30, 2.0), nullptr), Truth::yes);
}

TEST(GeoRule, IslandsClauseNeedsAnIslandInTheNorthAtlantic) {
  const GeoRule r = tropic();
  Geography pacific = at(28.2, -177.4);  // Midway: north of the Tropic, but in the Pacific
  pacific.waters = "pacific";
  std::string why;
  EXPECT_EQ(rule_holds(r, pacific, &why), Truth::no);
  EXPECT_NE(why.find("pacific"), std::string::npos) << why;
  Geography mainland = at(40, -5);
  mainland.island = false;
  EXPECT_EQ(rule_holds(r, mainland, nullptr), Truth::no);
  Geography no_point;
  no_point.island = true;
  EXPECT_FALSE(rule_holds(r, no_point, nullptr).has_value());  // the rule cannot speak to it
}

TEST(GeoRule, OnContinent) {
  GeoRule r;
  r.kind = GeoRuleKind::on_continent;
  r.continents = {"europe", "north-america"};
  Geography g;
  g.continent = "north-america";
  EXPECT_EQ(rule_holds(r, g, nullptr), Truth::yes);
  g.continent = "oceania";
  EXPECT_EQ(rule_holds(r, g, nullptr), Truth::no);
  g.continent.clear();
  EXPECT_FALSE(rule_holds(r, g, nullptr).has_value());
}

TEST(Boundary, SquareInsideOutsideAndEdges) {
  const std::vector<GeoPoint> sq{{0, 0}, {0, 10}, {10, 10}, {10, 0}};
  EXPECT_EQ(inside_boundary(sq, {5, 5}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(sq, {5, 15}, 0), Truth::no);
  EXPECT_EQ(inside_boundary(sq, {15, 5}, 0), Truth::no);
  EXPECT_EQ(inside_boundary(sq, {-0.001, 5}, 0), Truth::no);
  // The boundary belongs to the region: a point on an edge or a vertex is inside.
  EXPECT_EQ(inside_boundary(sq, {0, 5}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(sq, {5, 10}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(sq, {10, 5}, 0), Truth::yes);  // the top edge, along a parallel
  EXPECT_EQ(inside_boundary(sq, {10.001, 5}, 0), Truth::no);
  EXPECT_EQ(inside_boundary(sq, {0, 0}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(sq, {10, 10}, 0), Truth::yes);
  // An uncertain point whose radius crosses the edge is undecided; one well inside is not.
  EXPECT_EQ(inside_boundary(sq, {5, 9.5}, 1.0), Truth::unknown);
  EXPECT_EQ(inside_boundary(sq, {5, 5}, 1.0), Truth::yes);
}

TEST(Boundary, AcrossTheAntimeridianAndToAPole) {
  const std::vector<GeoPoint> dateline{{0, 170}, {10, 170}, {10, -170}, {0, -170}};
  EXPECT_EQ(inside_boundary(dateline, {5, 175}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(dateline, {5, -175}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(dateline, {5, 180}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(dateline, {5, 0}, 0), Truth::no);
  EXPECT_EQ(inside_boundary(dateline, {5, 160}, 0), Truth::no);
  // From 60°N up meridians to the North Pole, between 100°W and 10°W.
  const std::vector<GeoPoint> cap{{60, -10}, {90, -10}, {90, -100}, {60, -100}};
  EXPECT_EQ(inside_boundary(cap, {70, -50}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(cap, {89.9, -50}, 0), Truth::yes);
  EXPECT_EQ(inside_boundary(cap, {50, -50}, 0), Truth::no);
  EXPECT_EQ(inside_boundary(cap, {70, 0}, 0), Truth::no);
}

// Edges are rhumb lines (straight on a Mercator chart), not straight lines of latitude and longitude:
// from the Equator at 0° to 60°N 60°E, the rhumb line crosses 30°N at about 25.0°E, not at 30°E.
TEST(Boundary, EdgesAreRhumbLines) {
  const std::vector<GeoPoint> tri{{0, 0}, {60, 60}, {0, 60}};
  EXPECT_EQ(inside_boundary(tri, {30, 27}, 0), Truth::yes);  // east of the rhumb line
  EXPECT_EQ(inside_boundary(tri, {30, 24}, 0), Truth::no);
}

TEST(Boundary, ShapeProblemsAreNamed) {
  GeoRule r;
  r.kind = GeoRuleKind::within_boundary;
  r.boundary = {{0, 0}, {90, 10}, {0, 10}};
  EXPECT_NE(boundary_problem(r).find("meridian"), std::string::npos);
  r.boundary = {{0, 0}, {1, 1}};
  EXPECT_NE(boundary_problem(r).find("three points"), std::string::npos);
  r.boundary_complete = false;
  r.boundary = {{-90, -90}, {10, -90}, {0, -97}, {90, -97}};
  EXPECT_NE(boundary_problem(r).find("do not fall"), std::string::npos);
}

// The Rio Art. 4 line's western half, as encoded in corpus/locations.toml.
TEST(RioLine, WestOfTheWesternLimitIsOutsideEastIsOpen) {
  const Region* rio = test::corpus().region("rio-art4-zone");
  ASSERT_NE(rio, nullptr);
  ASSERT_EQ(rio->rules.size(), 1u);
  const GeoRule& line = rio->rules[0];
  ASSERT_FALSE(line.boundary_complete);
  const double w = line.window;
  EXPECT_EQ(west_of_limit_outside(line.boundary, {21.3, -157.8}, 0, w), Truth::no);   // Honolulu
  EXPECT_EQ(west_of_limit_outside(line.boundary, {13.45, 144.78}, 0, w), Truth::no);  // Guam
  EXPECT_EQ(west_of_limit_outside(line.boundary, {37.5, 127.0}, 0, w), Truth::no);    // Seoul
  EXPECT_EQ(west_of_limit_outside(line.boundary, {-51.8, -59.5}, 0, w), Truth::unknown);  // Falklands
  EXPECT_EQ(west_of_limit_outside(line.boundary, {61.2, -149.9}, 0, w), Truth::unknown);  // Anchorage
  // Either side of the Equator point 0°N 97°W, and on it.
  EXPECT_EQ(west_of_limit_outside(line.boundary, {0, -97.5}, 0, w), Truth::no);
  EXPECT_EQ(west_of_limit_outside(line.boundary, {0, -96.5}, 0, w), Truth::unknown);
  EXPECT_EQ(west_of_limit_outside(line.boundary, {0, -97.0}, 0, w), Truth::unknown);
  EXPECT_EQ(west_of_limit_outside(line.boundary, {0, -97.5}, 1.0, w), Truth::unknown);  // radius crosses it
  // Along 90°W from the South Pole to 30°S, and across the antimeridian between 50°N and 54°N at 170°E.
  EXPECT_EQ(west_of_limit_outside(line.boundary, {-60, -91}, 0, w), Truth::no);
  EXPECT_EQ(west_of_limit_outside(line.boundary, {-60, -89}, 0, w), Truth::unknown);
  EXPECT_EQ(west_of_limit_outside(line.boundary, {52, 169}, 0, w), Truth::no);
  EXPECT_EQ(west_of_limit_outside(line.boundary, {52, 171}, 0, w), Truth::unknown);
  // Beyond the window (Europe, reached westward across Asia): not decided by the western half.
  EXPECT_EQ(west_of_limit_outside(line.boundary, {48.9, 2.35}, 0, w), Truth::unknown);
}

// The corpus regions, place by place, with the rule named in the answer.
TEST(CorpusRegions, NatoArticle6ByComputation) {
  auto hi = in("nato-art6-territory", "US-HI");
  EXPECT_EQ(hi.value, Truth::no);
  EXPECT_NE(hi.why.find("by computation"), std::string::npos) << hi.why;
  EXPECT_NE(hi.why.find("continent is oceania"), std::string::npos) << hi.why;
  auto cn = in("nato-art6-territory", "ES-CN");
  EXPECT_EQ(cn.value, Truth::yes);
  EXPECT_NE(cn.why.find("islands clause: holds"), std::string::npos) << cn.why;
  EXPECT_EQ(in("nato-art6-territory", "GUM").value, Truth::no);
  EXPECT_EQ(in("nato-art6-territory", "FLK").value, Truth::no);
  EXPECT_EQ(in("nato-art6-territory", "REU").value, Truth::no);
  EXPECT_EQ(in("nato-art6-territory", "JP-47").value, Truth::no);
  EXPECT_EQ(in("nato-art6-territory", "US-AK").value, Truth::yes);  // its member row
  EXPECT_EQ(in("nato-art6-territory", "GRL").value, Truth::yes);
  EXPECT_EQ(in("nato-art6-territory", "RU-KRS").value, Truth::no);  // no geography: by its state, not listed
  EXPECT_EQ(in("nato-art6-forces-area", "ES-CN").value, Truth::yes);
  EXPECT_EQ(in("nato-art6-forces-area", "US-HI").value, Truth::no);
}

TEST(CorpusRegions, RioArticle3TerritoryOrArticle4Line) {
  auto hi = in("rio-art4-zone", "US-HI");
  EXPECT_EQ(hi.value, Truth::yes);  // west of the line, but the territory of an American State
  EXPECT_NE(hi.why.find("west of the region's western limit"), std::string::npos) << hi.why;
  EXPECT_NE(hi.why.find("USA lies in rio-art4-zone"), std::string::npos) << hi.why;
  EXPECT_EQ(in("rio-art4-zone", "GUM").value, Truth::yes);
  auto ok = in("rio-art4-zone", "JP-47");
  EXPECT_EQ(ok.value, Truth::no);
  auto fk = in("rio-art4-zone", "FLK");
  EXPECT_EQ(fk.value, Truth::unknown);
  EXPECT_NE(fk.why.find("not encoded"), std::string::npos) << fk.why;
}

// Bad geography and bad rules in locations.toml are located errors, and nothing is loaded.
TEST(CorpusRegions, BadGeographyIsRejectedWithItsPlace) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "casus-bad-geography";
  fs::create_directories(dir);
  const std::string locations = (dir / "locations.toml").string();
  std::ofstream(locations) << "[[locations]]\n"          // 1
                              "id = \"nowhere\"\n"
                              "name_en = \"Nowhere\"\n"
                              "part_of = \"USA\"\n"
                              "status = \"U\"\n"          // 5
                              "source = \"test\"\n"
                              "[locations.geography]\n"
                              "lat = 95.0\n"
                              "lon = 10\n"
                              "precision = 1\n"           // 10
                              "point = \"guess\"\n"
                              "waters = \"baltic\"\n"
                              "status = \"U\"\n"
                              "source = \"test\"\n"
                              "[[regions]]\n"             // 15
                              "id = \"r\"\n"
                              "name = \"r\"\n"
                              "status = \"V\"\n"
                              "source = \"test\"\n"
                              "[[regions.rules]]\n"       // 20
                              "kind = \"within-boundary\"\n"
                              "label = \"l\"\n"
                              "quote = \"q\"\n"
                              "status = \"V\"\n"
                              "source = \"test\"\n"       // 25
                              "[[regions.rules.points]]\n"
                              "lat = 0\nlon = 0\n"
                              "[[regions.rules.points]]\n"
                              "lat = 90\nlon = 10\n"
                              "[[regions.rules.points]]\n"
                              "lat = 0\nlon = 10\n";
  Diagnostics diag;
  CorpusFiles files{std::string(CASUS_SOURCE_DIR) + "/corpus/states.toml", locations, {}};
  EXPECT_FALSE(load_corpus(files, diag).has_value());
  const std::string all = diag.str();
  EXPECT_NE(all.find(locations + ":8:7: locations[0].geography.lat: expected a latitude from -90 to 90; found 95"),
            std::string::npos) << all;
  EXPECT_NE(all.find("locations[0].geography.point: expected \"approximate centroid\" or \"cited point\"; found \"guess\""),
            std::string::npos) << all;
  EXPECT_NE(all.find("locations[0].geography.waters: expected one of"), std::string::npos) << all;
  EXPECT_NE(all.find("regions[0].rules[0].points: expected an edge to a pole to be a meridian"), std::string::npos) << all;
  fs::remove_all(dir);
}

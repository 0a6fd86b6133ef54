// Whether a place lies in a region: the rows of corpus/locations.toml, and the geometric rules by which
// some treaties define their areas (NATO Art. 6: "north of the Tropic of Cancer"; the Rio Treaty's
// Art. 4 line). Pure functions of the corpus; the reasoning code calls region_contains().
#pragma once

#include <string>
#include <vector>

#include "casus/corpus.h"

namespace casus {

// An answer and the facts it rests on: the row or rule, with its status ([V]/[P]/[U]).
struct Containment {
  Truth value = Truth::no;
  std::string why;
};

// Is `place` inside `region` on day d? In this order, at the place and then at each state it is part
// of: a listed exclusion (outside), a disputed row (unknown), a member row (inside, within its dates);
// then, for a place that carries a geography, the region's rules: one that holds puts it inside; when
// all fail it is outside, unless the region says its rules only add to the listed territories
// (Region::rules_only_add), in which case the state it is part of is asked next.
Containment region_contains(const Corpus& corpus, const Region& region, const Location& place, Date d);

// One rule for one place: yes, no, or unknown (the place's uncertainty straddles the line); nullopt
// when the rule does not speak to the place (it lacks the facts the rule needs). `why` says which.
std::optional<Truth> rule_holds(const GeoRule& rule, const Geography& g, std::string* why);

// Point-in-polygon for a closed boundary (GeoRule::boundary): rhumb lines between vertices, latitude
// +-90 a pole. A point on the boundary is inside. `precision` > 0: the answer for the point and for
// the eight points at that distance around it, unknown where they disagree.
Truth inside_boundary(const std::vector<GeoPoint>& boundary, GeoPoint p, double precision);

// For a boundary given only as its western limit (South Pole to North Pole): no when the point lies
// west of the limit by less than `window` degrees of longitude, unknown otherwise.
Truth west_of_limit_outside(const std::vector<GeoPoint>& limit, GeoPoint p, double precision, double window);

// Problems with a boundary's shape (empty when usable): too few points, an edge to a pole that is not
// a meridian, a western limit whose latitudes do not rise from pole to pole.
std::string boundary_problem(const GeoRule& rule);

std::string format_point(GeoPoint p);  // "21.30°N 157.80°W"

}  // namespace casus

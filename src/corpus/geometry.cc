#include "corpus/geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace casus {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kInf = std::numeric_limits<double>::infinity();

bool is_pole(const GeoPoint& p) { return std::abs(p.lat) >= 90.0; }

// Mercator ordinate: rhumb lines are straight in (longitude, y).
double mercator(double lat) {
  if (lat >= 90.0) return kInf;
  if (lat <= -90.0) return -kInf;
  return std::log(std::tan(kPi / 4 + lat * kPi / 360.0));
}

// Longitudes made continuous along the boundary (each step taken the short way round).
std::vector<double> unwrapped(const std::vector<GeoPoint>& b) {
  std::vector<double> x(b.size());
  for (size_t i = 0; i < b.size(); ++i) {
    if (i == 0) {
      x[i] = b[i].lon;
      continue;
    }
    double step = std::fmod(b[i].lon - b[i - 1].lon, 360.0);
    if (step > 180.0) step -= 360.0;
    if (step <= -180.0) step += 360.0;
    x[i] = x[i - 1] + step;
  }
  return x;
}

// The edge's longitude where it crosses latitude `lat` (the edge spans it).
double x_at(double xa, const GeoPoint& a, double xb, const GeoPoint& b, double lat) {
  if (is_pole(a) || is_pole(b) || xa == xb) return is_pole(a) ? xb : xa;
  const double ya = mercator(a.lat), yb = mercator(b.lat), y = mercator(lat);
  if (ya == yb) return xa;
  return xa + (y - ya) / (yb - ya) * (xb - xa);
}

// Shifts `lon` by whole turns into [from, from + 360).
double into(double lon, double from) {
  double v = std::fmod(lon - from, 360.0);
  if (v < 0) v += 360.0;
  return from + v;
}

bool inside_exact(const std::vector<GeoPoint>& b, const std::vector<double>& x, GeoPoint p) {
  const double lo = *std::min_element(x.begin(), x.end());
  const double px = into(p.lon, lo);
  bool inside = false;
  const size_t n = b.size();
  for (size_t i = 0; i < n; ++i) {
    const size_t j = (i + 1) % n;
    const GeoPoint &a = b[i], &c = b[j];
    // The closing edge between two pole points runs along the pole itself: it bounds nothing.
    if (is_pole(a) && is_pole(c) && a.lat == c.lat) continue;
    const double lat_lo = std::min(a.lat, c.lat), lat_hi = std::max(a.lat, c.lat);
    if (p.lat < lat_lo || p.lat > lat_hi) continue;
    if (a.lat == c.lat) {  // along a parallel: the ray runs along it; on it is on the boundary
      if (p.lat == a.lat && px >= std::min(x[i], x[j]) - 1e-9 && px <= std::max(x[i], x[j]) + 1e-9) return true;
      continue;
    }
    const double ex = x_at(x[i], a, x[j], c, p.lat);
    if (std::abs(ex - px) < 1e-9) return true;  // on the boundary: inside (the region is closed)
    // Half-open in latitude so that a vertex is counted once.
    if ((a.lat > p.lat) != (c.lat > p.lat) && ex > px) inside = !inside;
  }
  return inside;
}

// The point and the eight points `precision` degrees around it (longitude scaled by latitude).
std::vector<GeoPoint> around(GeoPoint p, double precision) {
  std::vector<GeoPoint> out{p};
  if (precision <= 0) return out;
  const double c = std::max(std::cos(p.lat * kPi / 180.0), 0.05);
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx) {
      if (!dx && !dy) continue;
      double k = (dx && dy) ? std::sqrt(0.5) : 1.0;
      out.push_back({std::clamp(p.lat + dy * precision * k, -89.999, 89.999), p.lon + dx * precision * k / c});
    }
  return out;
}

std::string status_of(const Provenance& p) { return fmt::format("[{}]", to_string(p.status)); }

std::string place_facts(const Geography& g) {
  std::vector<std::string> parts;
  if (g.point)
    parts.push_back(fmt::format("{}{}{}", format_point(*g.point), g.precision > 0 ? fmt::format(" ±{}°", g.precision) : "",
                                g.point_kind.empty() ? "" : ", " + g.point_kind));
  if (g.island) parts.push_back("an island");
  if (!g.waters.empty()) parts.push_back("in the " + g.waters);
  if (!g.continent.empty()) parts.push_back("continent " + g.continent);
  return fmt::format("{} {}", fmt::join(parts, ", "), status_of(g.provenance));
}

std::string rule_name(const GeoRule& r) {
  return r.label.empty() ? std::string("a geometric rule") : r.label;
}

Truth within(const RegionEntry& e, Date d) {
  Truth begun = e.from ? e.from->reached_by(d) : Truth::yes;
  Truth over = e.to ? e.to->reached_by(Date::from_days(d.days_since_epoch() - 1)) : Truth::no;
  return begun && !over;
}

const RegionEntry* listed(const std::vector<RegionEntry>& entries, const std::string& loc) {
  for (const auto& e : entries)
    if (e.location == loc) return &e;
  return nullptr;
}

std::string dates_of(const RegionEntry& e) {
  if (!e.from && !e.to) return "";
  return fmt::format(" ({}–{})", e.from ? e.from->str() : "", e.to ? e.to->str() : "");
}

}  // namespace

std::string format_point(GeoPoint p) {
  return fmt::format("{:.2f}°{} {:.2f}°{}", std::abs(p.lat), p.lat >= 0 ? 'N' : 'S', std::abs(p.lon),
                     p.lon >= 0 ? 'E' : 'W');
}

std::string boundary_problem(const GeoRule& rule) {
  const auto& b = rule.boundary;
  if (b.size() < (rule.boundary_complete ? 3u : 2u)) return "expected at least three points";
  for (const auto& p : b)
    if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180)
      return fmt::format("expected latitudes in [-90, 90] and longitudes in [-180, 180]; found {}, {}", p.lat, p.lon);
  const size_t n = b.size();
  for (size_t i = 0; i + 1 < n || (rule.boundary_complete && i < n); ++i) {
    const GeoPoint &a = b[i], &c = b[(i + 1) % n];
    if ((is_pole(a) != is_pole(c)) && a.lon != c.lon)
      return fmt::format("expected an edge to a pole to be a meridian (point {} and {} differ in longitude)", i + 1,
                         (i + 1) % n + 1);
  }
  if (!rule.boundary_complete) {
    if (b.front().lat != -90 || b.back().lat != 90) return "expected a western limit from the South Pole (-90) to the North Pole (90)";
    for (size_t i = 1; i < n; ++i)
      if (b[i].lat < b[i - 1].lat) return fmt::format("expected latitudes that do not fall along the limit (point {})", i + 1);
  }
  return "";
}

Truth inside_boundary(const std::vector<GeoPoint>& boundary, GeoPoint p, double precision) {
  const auto x = unwrapped(boundary);
  bool any_in = false, any_out = false;
  for (const auto& q : around(p, precision)) (inside_exact(boundary, x, q) ? any_in : any_out) = true;
  return any_in && any_out ? Truth::unknown : truth_of(any_in);
}

Truth west_of_limit_outside(const std::vector<GeoPoint>& limit, GeoPoint p, double precision, double window) {
  const auto x = unwrapped(limit);
  bool any_out = false, any_open = false;
  for (const auto& q : around(p, precision)) {
    // The limit's longitude at the point's latitude (latitudes rise along it).
    double lx = x.back();
    for (size_t i = 0; i + 1 < limit.size(); ++i)
      if (q.lat >= limit[i].lat && q.lat <= limit[i + 1].lat) {
        lx = x_at(x[i], limit[i], x[i + 1], limit[i + 1], q.lat);
        break;
      }
    const double west = into(lx - q.lon, 0.0);  // degrees the point lies west of the limit
    (west > 0 && west < window ? any_out : any_open) = true;
  }
  return any_out && !any_open ? Truth::no : Truth::unknown;
}

std::optional<Truth> rule_holds(const GeoRule& rule, const Geography& g, std::string* why) {
  auto say = [&](std::string s) {
    if (why) *why = std::move(s);
  };
  const std::string name = rule_name(rule);
  switch (rule.kind) {
    case GeoRuleKind::on_continent: {
      if (g.continent.empty()) return std::nullopt;
      bool in = std::find(rule.continents.begin(), rule.continents.end(), g.continent) != rule.continents.end();
      say(fmt::format("{}: {} (\"{}\") {}: the place's continent is {}", name, in ? "holds" : "fails", rule.quote,
                      status_of(rule.provenance), g.continent));
      return truth_of(in);
    }
    case GeoRuleKind::north_of_parallel: {
      if (!g.point) return std::nullopt;
      if (rule.islands_only && !g.island) {
        say(fmt::format("{}: fails: the place is not an island", name));
        return Truth::no;
      }
      if (!rule.waters.empty() && std::find(rule.waters.begin(), rule.waters.end(), g.waters) == rule.waters.end()) {
        say(fmt::format("{}: fails: the place lies in the {}, not in the {}", name, g.waters.empty() ? "(unknown waters)" : g.waters,
                        fmt::join(rule.waters, " or ")));
        return Truth::no;
      }
      const double margin = g.precision + rule.tolerance;
      const double lat = g.point->lat;
      Truth v = lat - margin > rule.latitude ? Truth::yes : lat + margin <= rule.latitude ? Truth::no : Truth::unknown;
      say(fmt::format("{}: {} (\"{}\") {}: latitude {:.2f}° ±{}° against {} at {:.2f}°", name,
                      v == Truth::yes ? "holds" : v == Truth::no ? "fails" : "undecided", rule.quote,
                      status_of(rule.provenance), lat, margin, rule.parallel, rule.latitude));
      return v;
    }
    case GeoRuleKind::within_boundary: {
      if (!g.point) return std::nullopt;
      if (rule.boundary_complete) {
        Truth v = inside_boundary(rule.boundary, *g.point, g.precision);
        say(fmt::format("{}: {} (\"{}\") {}: {} {} the line", name, v == Truth::yes ? "holds" : v == Truth::no ? "fails" : "undecided",
                        rule.quote, status_of(rule.provenance), format_point(*g.point),
                        v == Truth::yes ? "lies within" : v == Truth::no ? "lies outside" : "lies too near"));
        return v;
      }
      Truth v = west_of_limit_outside(rule.boundary, *g.point, g.precision, rule.window);
      say(v == Truth::no
              ? fmt::format("{}: fails (\"{}\") {}: {} lies west of the region's western limit", name, rule.quote,
                            status_of(rule.provenance), format_point(*g.point))
              : fmt::format("{}: undecided {}: {} lies east of the western limit, and {}", name, status_of(rule.provenance),
                            format_point(*g.point), rule.missing));
      return v;
    }
  }
  return std::nullopt;
}

Containment region_contains(const Corpus& corpus, const Region& region, const Location& place, Date d) {
  std::string at = place.id;
  const Location* loc = &place;
  std::vector<std::string> said;  // what the rules said on the way up
  Truth open = Truth::no;         // rules_only_add: the rules left the place open
  auto with_rules = [&](std::string s) {
    if (said.empty()) return s;
    return fmt::format("{}; {}", fmt::join(said, "; "), s);
  };
  for (int depth = 0; depth < 8; ++depth) {
    if (const RegionEntry* e = listed(region.excluded, at); e && within(*e, d) != Truth::no)
      return {!within(*e, d), with_rules(fmt::format("{} lies outside {} [{}]", at, region.id, to_string(e->provenance.status)))};
    if (const RegionEntry* e = listed(region.disputed, at))
      return {Truth::unknown, with_rules(fmt::format("whether {} lies in {} is disputed: {} [{}]", at, region.id,
                                                     e->provenance.note, to_string(e->provenance.status)))};
    if (const RegionEntry* e = listed(region.members, at)) {
      Truth t = within(*e, d);
      std::string w = fmt::format("{} {} {}{} [{}]", at,
                                  t == Truth::yes ? "lies in" : t == Truth::no ? "does not then lie in" : "may lie in",
                                  region.id, dates_of(*e), to_string(e->provenance.status));
      if (t != Truth::no) return {t, with_rules(w)};
    }
    if (loc && loc->geography && !region.rules.empty()) {
      Truth any = Truth::no;
      std::vector<std::string> reasons;
      bool spoke = false;
      for (const auto& rule : region.rules) {
        std::string w;
        auto v = rule_holds(rule, *loc->geography, &w);
        if (!v) continue;
        spoke = true;
        if (*v == Truth::yes) {
          return {Truth::yes, with_rules(fmt::format("{} ({}) lies in {} by computation: {}", at,
                                                     place_facts(*loc->geography), region.id, w))};
        }
        any = any || *v;
        reasons.push_back(w);
      }
      if (spoke) {
        const std::string w = fmt::format("{} ({}): {}", at, place_facts(*loc->geography), fmt::join(reasons, "; "));
        if (!region.rules_only_add) {
          if (any == Truth::unknown) return {Truth::unknown, fmt::format("whether {} lies in {} is open: {}", at, region.id, w)};
          return {Truth::no, fmt::format("{} lies outside {} by computation: {}", at, region.id, w)};
        }
        // The listed territories may still hold the place: ask the state it is part of.
        if (any == Truth::unknown) open = Truth::unknown;
        said.push_back(fmt::format("{} {} {} by its rules: {}", at, any == Truth::unknown ? "may lie in" : "is not in",
                                   region.id, w));
      }
    }
    const Location* l = corpus.location(at);
    if (!l || l->part_of == at || l->part_of.empty()) break;
    at = l->part_of;
    loc = corpus.location(at);
  }
  return {open, with_rules(fmt::format("{} is not listed in {}", place.id, region.id))};
}

}  // namespace casus

// Finding states by what a user types: ids and names, in English or German, with typing errors.
#include <algorithm>
#include <cctype>
#include <string>

#include <fmt/format.h>

#include "casus/corpus.h"

namespace casus {
namespace {

// Lower-cases ASCII letters; other bytes (UTF-8 umlauts) are compared as they are.
std::string fold(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours ("PKR" -> "PRK") each cost 1.
size_t edit_distance(const std::string& a, const std::string& b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i)
    for (size_t j = 1; j <= m; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

// How far `query` is from the state: 0 is an exact id or name, larger is worse; SIZE_MAX is "not near".
size_t distance_to(const State& s, const std::string& q) {
  size_t best = SIZE_MAX;
  // Ids are short: one edit at most for three letters, two for longer ids ("cow-256").
  // Scores are doubled so that, at equal distance, an id with the same letters in another order
  // ("PKR" for PRK) comes before one with a letter changed (PER).
  const std::string id = fold(s.id);
  const size_t id_limit = id.size() <= 3 ? 1 : 2;
  // An edit distance is at least the difference in length: the quadratic computation is skipped where it
  // cannot come within the limit (a long string given as an id made this take seconds; found by fuzzing).
  auto within = [&](const std::string& a, size_t lim) { return (a.size() > q.size() ? a.size() - q.size() : q.size() - a.size()) <= lim; };
  if (size_t d = within(id, id_limit) ? edit_distance(q, id) : SIZE_MAX; d <= id_limit) {
    std::string a = q, b = id;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    best = 2 * d + (d > 0 && a != b ? 1 : 0);
  }
  std::vector<const std::string*> names{&s.display_en, &s.name_en, &s.display_de, &s.name_de};
  for (const auto& o : s.other_names) names.push_back(&o);
  for (const std::string* name : names) {
    if (name->empty()) continue;
    const std::string n = fold(*name);
    const size_t limit = std::max<size_t>(1, n.size() / 4);
    if (within(n, limit))
      if (size_t d = edit_distance(q, n); d <= limit) best = std::min(best, 2 * d);
    // "korea" in "korea, democratic people's republic of": near, but after any close spelling.
    if (q.size() >= 4 && n.find(q) != std::string::npos) best = std::min(best, 2 * limit + 2);
  }
  if (!s.cow_abbr.empty() && fold(s.cow_abbr) == q) best = std::min<size_t>(best, 2);
  return best;
}

}  // namespace

std::string_view to_string(StateSource s) {
  switch (s) {
    case StateSource::curated: return "curated";
    case StateSource::iso: return "iso";
    case StateSource::cow: return "cow";
  }
  return "?";
}

std::vector<const State*> nearest_states(const std::vector<State>& states, std::string_view query, size_t limit) {
  const std::string q = fold(query);
  std::vector<std::pair<size_t, const State*>> scored;
  for (const auto& s : states)
    if (size_t d = distance_to(s, q); d != SIZE_MAX) scored.emplace_back(d, &s);
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
  });
  std::vector<const State*> out;
  for (const auto& [d, s] : scored) {
    if (out.size() == limit) break;
    out.push_back(s);
  }
  return out;
}

bool is_cow_state_id(std::string_view id) {
  if (id.size() < 5 || id.substr(0, 4) != "cow-") return false;
  return std::all_of(id.begin() + 4, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string unknown_state_message(const std::vector<State>& states, std::string_view id, bool cow_list_read) {
  std::string msg = fmt::format("expected a state id (`casus states` lists them); found \"{}\"", id);
  if (is_cow_state_id(id) && !cow_list_read)
    return msg + ": ids cow-NNN name states of the COW state list, which is read only from the research data "
                 "directory (--data-dir DIR, or $CASUS_DATA, or ../shared/data); it was not read";
  auto near = nearest_states(states, id, 3);
  if (near.empty()) return msg;
  std::string names;
  for (size_t i = 0; i < near.size(); ++i) {
    if (i) names += i + 1 == near.size() ? " or " : ", ";
    names += fmt::format("{} ({})", near[i]->id, near[i]->name_en);
  }
  return msg + "; did you mean " + names + "?";
}

bool state_matches(const State& s, std::string_view query) {
  const std::string q = fold(query);
  if (q.empty()) return true;
  if (std::to_string(s.cow_code) == q && s.cow_code) return true;
  std::vector<const std::string*> texts{&s.id, &s.display_en, &s.name_en, &s.display_de, &s.name_de, &s.cow_abbr};
  for (const auto& o : s.other_names) texts.push_back(&o);
  for (const std::string* t : texts)
    if (!t->empty() && fold(*t).find(q) != std::string::npos) return true;
  return false;
}

}  // namespace casus

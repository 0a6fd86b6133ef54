#include "reasoning/war.h"

#include <algorithm>

#include <fmt/format.h>

namespace casus {

int War::side_of(std::string_view state) const {
  for (const auto& [s, side] : sides_)
    if (s == state) return side;
  return -1;
}

void War::join(const StateId& state, int side) {
  if (side_of(state) < 0) sides_.emplace_back(state, side);
}

std::vector<StateId> War::apply(const ScenarioEvent& e, int event_index) {
  std::vector<StateId> joined;
  auto put = [&](const StateId& s, int side) {
    if (side_of(s) >= 0) return;
    sides_.emplace_back(s, side);
    joined.push_back(s);
  };
  switch (e.kind) {
    case EventKind::armed_attack:
    case EventKind::declaration_of_war: {
      int target_side = side_of(e.target);
      int attacker_side = -1;
      for (const auto& a : e.by)
        if (side_of(a) >= 0) attacker_side = side_of(a);
      if (target_side < 0 && attacker_side < 0) {
        // Hostilities open: the attackers' side is the initiator side.
        attacker_side = initiator_side_;
        target_side = 1 - attacker_side;
      } else if (attacker_side < 0) {
        attacker_side = 1 - target_side;
      } else if (target_side < 0) {
        target_side = 1 - attacker_side;
      }
      for (const auto& a : e.by) put(a, attacker_side);
      put(e.target, target_side);
      for (const auto& a : e.by) {
        hostilities_.push_back({a, e.target, e.date, e.kind == EventKind::armed_attack, e.limited, event_index});
        if (opening_ < 0 && e.kind == EventKind::armed_attack) opening_ = static_cast<int>(hostilities_.size()) - 1;
      }
      break;
    }
    case EventKind::request_for_assistance:
      requests_.push_back(e);
      break;
    default:
      break;
  }
  return joined;
}

bool War::at_war(std::string_view a, std::string_view b) const {
  for (const auto& h : hostilities_)
    if ((h.from == a && h.to == b) || (h.from == b && h.to == a)) return true;
  int sa = side_of(a), sb = side_of(b);
  return sa >= 0 && sb >= 0 && sa != sb;
}

Truth War::in_state_of_war(std::string_view state, Date d, std::string* why) const {
  bool limited_only = false;
  for (const auto& h : hostilities_) {
    if (h.date > d || (h.from != state && h.to != state)) continue;
    if (!h.armed) {
      if (why) *why = fmt::format("declaration of war between {} and {} on {}", h.from, h.to, h.date.str());
      return Truth::yes;
    }
    if (!h.limited) {
      if (why) *why = fmt::format("armed attack by {} on {} on {}", h.from, h.to, h.date.str());
      return Truth::yes;
    }
    limited_only = true;
  }
  if (why)
    *why = limited_only ? "only limited armed attacks and no declaration of war"
                        : "no armed attack or declaration of war involving it";
  return Truth::no;
}

std::vector<StateId> War::attackers_of(std::string_view target, Date d) const {
  std::vector<StateId> out;
  for (const auto& h : hostilities_)
    if (h.to == target && h.date <= d && std::find(out.begin(), out.end(), h.from) == out.end())
      out.push_back(h.from);
  return out;
}

const ScenarioEvent* War::request(std::string_view from, std::string_view to) const {
  for (const auto& r : requests_) {
    if (std::find(r.by.begin(), r.by.end(), from) == r.by.end()) continue;
    if (r.to.empty() || std::find(r.to.begin(), r.to.end(), to) != r.to.end()) return &r;
  }
  return nullptr;
}

}  // namespace casus

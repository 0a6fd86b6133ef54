// The war as it stands while a scenario is evaluated: who is a belligerent on which side, who
// attacked whom and when, who declared war, who asked for help. Built up event by event by the
// cascade; read by the condition and gate checks.
//
// One war per scenario: the side of the state that opens hostilities is the initiator side, and every
// later belligerent joins one of the two sides.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casus/evaluation.h"

namespace casus {

class War {
 public:
  struct Hostility {
    StateId from, to;
    Date date;
    bool armed = true;    // false for a declaration of war without an attack
    bool limited = false; // an armed attack that does not create a state of war
    int event = -1;
  };

  // Applies an event's effect on sides and hostilities. Returns the states that became belligerents.
  std::vector<StateId> apply(const ScenarioEvent& e, int event_index);
  // Puts a state on a side (an ally's entry). No effect if it already has a side.
  void join(const StateId& state, int side);

  int side_of(std::string_view state) const;  // 0, 1, or -1 when not a belligerent
  int initiator_side() const { return initiator_side_; }
  const Hostility* opening() const { return opening_ < 0 ? nullptr : &hostilities_[opening_]; }

  bool at_war(std::string_view a, std::string_view b) const;
  // Is `state` in a state of war by day d: an unlimited armed attack or a declaration involving it?
  Truth in_state_of_war(std::string_view state, Date d, std::string* why) const;
  // Distinct states that attacked `target` by day d.
  std::vector<StateId> attackers_of(std::string_view target, Date d) const;
  // The request for assistance from `from` to `to` (an empty addressee list means every ally).
  const ScenarioEvent* request(std::string_view from, std::string_view to) const;
  // Is `state` mobilized (it or an event says so) by day d?
  const std::vector<Hostility>& hostilities() const { return hostilities_; }

 private:
  std::vector<std::pair<StateId, int>> sides_;
  std::vector<Hostility> hostilities_;
  std::vector<ScenarioEvent> requests_;
  int initiator_side_ = 0;
  int opening_ = -1;
};

}  // namespace casus

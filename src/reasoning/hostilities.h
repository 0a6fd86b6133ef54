// The hostilities as they stand while a scenario is evaluated: every use of force so far, each with its
// legal characterisation, the wars they form and each war's sides, and the requests for assistance.
// Built up event by event by the cascade; read by the condition and gate checks.
//
// Characterising force (docs/engine.md): a use whose legal basis the scenario does not state is
// self-defence when its target used force first against the actor, and a first use otherwise; a
// stated basis is checked against the record (self-defence needs an earlier attack on the actor,
// collective defence one on the defended state, an authorisation a resolution against the target) and
// is `claimed` (undecided) where the record does not bear it out. An entry made to honour an obligation
// is collective defence when the use it answers is a first use.
#pragma once

#include <string>
#include <vector>

#include "casus/evaluation.h"

namespace casus {

class Hostilities {
 public:
  Hostilities(const Corpus& corpus, Date scenario_date, ClaimAssumption claims, std::vector<UseOfForce>& uses,
              std::vector<War>& wars)
      : corpus_(corpus), scenario_date_(scenario_date), claims_(claims), uses_(uses), wars_(wars) {}

  void add_request(const ScenarioEvent& e) { requests_.push_back(e); }

  struct Joined {
    StateId state;
    int war, side;
  };
  // Records the use of force of an armed attack or declaration of war. `answers` is the use an
  // honouring entry responds to (-1 for the scenario's own events), `on_behalf_of` its beneficiary.
  // Returns the index of the new use; `joined` receives the states that became belligerents.
  int apply(const ScenarioEvent& e, int event_index, int answers, const StateId& on_behalf_of,
            std::vector<Joined>& joined);
  // Puts a state on a side of a war (an ally's entry). No effect if it already has one there.
  void join(int war, const StateId& state, int side);

  // The characterisation that counts, given the evaluation's assumption about claims.
  Character effective(const UseOfForce& u) const;
  const UseOfForce& use(int i) const { return uses_[i]; }
  const std::vector<UseOfForce>& uses() const { return uses_; }
  const War& war(int i) const { return wars_[i]; }

  // Has either state used force against the other (by day d)?
  bool fighting(std::string_view a, std::string_view b, Date d) const;
  // Is `state` in a state of war with someone by day d: an unlimited armed attack or a declaration?
  Truth in_state_of_war(std::string_view state, Date d, std::string* why) const;
  // Distinct states that used force against `target` by day d.
  std::vector<StateId> attackers_of(std::string_view target, Date d) const;
  // The request for assistance from `from` to `to` (an empty addressee list means every ally).
  const ScenarioEvent* request(std::string_view from, std::string_view to) const;

 private:
  int war_for(const ScenarioEvent& e, int answers);
  void characterise(UseOfForce& u, const ScenarioEvent& e, int answers, const StateId& on_behalf_of) const;
  // The earliest recorded use by `actor` against `target` that is itself a first use (or claimed).
  int earlier_attack(const StateId& actor, const StateId& target) const;

  const Corpus& corpus_;
  Date scenario_date_;
  ClaimAssumption claims_;
  std::vector<UseOfForce>& uses_;
  std::vector<War>& wars_;
  std::vector<ScenarioEvent> requests_;
};

}  // namespace casus

#include "casus/model.h"

namespace casus {

GateClass gate_class(GateKind kind) {
  switch (kind) {
    case GateKind::un_charter_art_51:
    case GateKind::request_of_attacked:
      return GateClass::legal_condition;
    case GateKind::unsc_reporting:
      return GateClass::procedural;
    default:
      return GateClass::discretion;
  }
}

const Provision* Treaty::provision(std::string_view label) const {
  for (const auto& p : provisions)
    if (p.label == label) return &p;
  return nullptr;
}

}  // namespace casus

// CINC shares by state and year (NMC 6.0), for capability-weighted S.
#pragma once

#include <optional>
#include <vector>

#include "casus/research/nmc.h"

namespace casus::research {

class CapabilityIndex {
 public:
  CapabilityIndex() = default;
  static CapabilityIndex build(const std::vector<NmcStateYear>& nmc);

  // True when NMC has at least one CINC value in `year` (1816-2016 for v6.0).
  bool covers(int year) const { return year >= first_ && year <= last_; }
  // CINC of COW state `ccode` in `year`; nullopt when NMC has none (missing or -9).
  std::optional<double> cinc(int ccode, int year) const;

 private:
  static constexpr int kMaxCode = 1000;
  int first_ = 0, last_ = -1;
  std::vector<double> values_;  // (year - first_) * kMaxCode + ccode; negative = missing
};

}  // namespace casus::research

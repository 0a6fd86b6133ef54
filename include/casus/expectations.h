// Checking a scenario's [expect] tables against its evaluations: the test harness and
// `casus run --check-expectations` both use this. Each failure names the expectation's file and line,
// what was expected and what the engine found.
#pragma once

#include <string>
#include <vector>

#include "casus/report.h"

namespace casus {

// Empty when every expectation holds. An expectation restricted to a reading or policy the report
// does not contain is itself a failure (it would otherwise pass without being checked).
std::vector<std::string> check_expectations(const ScenarioReport& report);

}  // namespace casus

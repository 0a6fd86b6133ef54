#include "casus/truth.h"

namespace casus {

std::string_view to_string(Truth t) {
  switch (t) {
    case Truth::yes: return "yes";
    case Truth::no: return "no";
    case Truth::unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace casus

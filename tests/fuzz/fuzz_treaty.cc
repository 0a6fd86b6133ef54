// libFuzzer target: one treaty file, read against the repository's registry (states and places).
#include <cstdlib>

#include "corpus/registry.h"
#include "corpus/treaty_loader.h"
#include "fuzz_support.h"

namespace {

const casus::Registry& registry() {
  static const casus::Registry reg = [] {
    casus::Diagnostics diag;
    const std::string root = CASUS_SOURCE_DIR "/corpus/";
    // No COW state list (it lives in the research data, which the fuzz targets do not read).
    auto r = casus::load_registry(root + "states.toml", root + "locations.toml", "", diag);
    if (!r) casus::fuzz::fail("the repository's registry does not load:\n" + diag.str());
    return std::move(*r);
  }();
  return reg;
}

}  // namespace

// The one-time load before the first input, so that it is not counted against the first input's
// -timeout (on a loaded machine it took longer than the whole limit: a false "timeout" finding).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)registry();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const casus::Registry& reg = registry();
  const std::string& file = casus::fuzz::write_input(data, size);
  casus::Diagnostics diag;
  auto treaty = casus::load_treaty_file(file, reg, diag);
  casus::fuzz::require_value_xor_located(treaty.has_value(), diag, file);
  return 0;
}

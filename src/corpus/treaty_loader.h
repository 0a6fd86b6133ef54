// Reads one treaty file into the model. Checks what a single file can show (types, keys, enums,
// required provenance, labels); references to states, regions and other treaties are checked by
// load_corpus() once every file is read. States and regions are checked here, against the registry.
#pragma once

#include <optional>
#include <string>

#include "casus/diagnostics.h"
#include "casus/model.h"
#include "corpus/registry.h"
#include "corpus/toml_reader.h"

namespace casus {

std::optional<Treaty> load_treaty_file(const std::string& file, const Registry& reg, Diagnostics& diag);

// Shared with the scenario loader and understandings: reads a [trigger] table.
Trigger read_trigger(const TomlReader& t, const Registry& reg);

}  // namespace casus

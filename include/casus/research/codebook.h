// What casus writes beside its data: the codebook (column definitions, the
// datasets read with versions, files and SHA-256 checksums, the command line,
// the casus version) and the citations `casus cite` prints.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/research/result.h"

namespace casus::research {

struct DatasetCitation {
  std::string key;       // "atop", "cow-states", ...
  std::string name;      // "ATOP 5.1"
  std::string citation;  // the reference to cite
  std::vector<std::string> files;  // relative to the data directory
};

// Every dataset casus can read, in a fixed order.
const std::vector<DatasetCitation>& dataset_citations();
// References for the similarity measures and the conventions followed.
const std::vector<std::string>& method_citations();

struct ColumnDoc {
  std::string name, type, definition;
};
// The definition of a column casus writes (docs/research.md §3); type is
// "integer" or "real". Unknown names get an empty definition.
ColumnDoc column_doc(const std::string& name);

struct CodebookInput {
  std::vector<std::string> columns;
  std::vector<std::string> dataset_keys;  // which datasets were read
  std::string data_dir;
  std::string command_line;
  long long rows = 0;
};

// The codebook as JSON; dataset files are hashed (SHA-256). Fails on a file
// that cannot be read.
Result<nlohmann::json> make_codebook(const CodebookInput& in);

// "casus 0.1.0"
std::string casus_version();

}  // namespace casus::research

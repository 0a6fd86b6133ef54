// libFuzzer target for one reader of the research datasets; CMake builds it once per reader, naming
// the reader function in CASUS_FUZZ_READER. The readers' public API takes a path, so the input goes
// through a file. Contract: a value, or an error that is located (names the file) and says what was
// expected; never an I/O error for a readable file.
#include "casus/research/atop.h"
#include "casus/research/cow_alliance.h"
#include "casus/research/cow_mid.h"
#include "casus/research/cow_states.h"
#include "casus/research/cow_war.h"
#include "casus/research/csv_table.h"
#include "casus/research/gw_states.h"
#include "casus/research/nmc.h"
#include "fuzz_support.h"

namespace {
// CsvTable::read_file, the layer under every reader, taken on its own.
[[maybe_unused]] casus::research::Result<casus::research::CsvTable> read_csv_table(const std::string& path) {
  return casus::research::CsvTable::read_file(path);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& file = casus::fuzz::write_input(data, size);
  auto r = CASUS_FUZZ_READER(file);
  if (r.ok()) return 0;
  const auto& e = r.error();
  if (e.kind == casus::research::ErrorKind::kIo) casus::fuzz::fail("an I/O error on a readable file: " + e.message());
  if (e.where.rfind(file, 0) != 0) casus::fuzz::fail("an error that does not name the file: " + e.message());
  if (e.what.empty()) casus::fuzz::fail("an error without a message: " + e.message());
  return 0;
}

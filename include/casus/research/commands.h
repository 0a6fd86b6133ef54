// The research subcommands of the casus command line.
//
//   casus dyads     directed dyad-years with ATOP and similarity columns
//   casus datasets  load every research dataset and print what was read
//
// register_commands() only adds the subcommands and their options to `app`;
// nothing is read until a subcommand runs. A subcommand that fails prints one
// clear message to stderr ("casus dyads: path:line:column: field: ...") and
// throws CLI::RuntimeError with a non-zero exit code (1 for bad data or I/O,
// 2 for an impossible request), which CLI11_PARSE / app.exit() turn into the
// process exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace casus::research {

void register_commands(CLI::App& app);

}  // namespace casus::research

// casus_research_cli: the research subcommands alone (same code as in `casus`).
#include <CLI/CLI.hpp>

#include "casus/research/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"casus research-data commands"};
  app.require_subcommand(1);
  casus::research::register_commands(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}

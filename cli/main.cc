// vbtask: Vietnamese directive documents to structured data.
// main only wires the subcommands; each lives in its own file.
#include <CLI/CLI.hpp>

#include "cli/analysis_commands.h"
#include "cli/extract_command.h"
#include "cli/repair_command.h"
#include "cli/serve_command.h"
#include "pipeline/ocr/ocr.h"

int main(int argc, char** argv) {
  vbtask::RestartWithSingleThreadedOcr(argv);
  CLI::App app{"vbtask: Vietnamese directive documents to structured JSON"};
  app.set_version_flag("--version", std::string("vbtask ") + VBTASK_VERSION);
  app.require_subcommand(1);
  int exit_code = 0;
  vbtask::cli::RegisterExtractCommand(app, &exit_code);
  vbtask::cli::RegisterRepairCommand(app, &exit_code);
  vbtask::cli::RegisterLmCommand(app, &exit_code);
  vbtask::cli::RegisterEvalCommand(app, &exit_code);
  vbtask::cli::RegisterStoreCommands(app, &exit_code);
  vbtask::cli::RegisterServeCommand(app, &exit_code);
  vbtask::cli::RegisterCompareCommand(app, &exit_code);
  vbtask::cli::RegisterLinkCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return exit_code;
}

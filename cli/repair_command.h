// The OCR-repair subcommands: `vbtask repair` (show the repairs of a
// document), `vbtask lm build` (train the repair language model) and
// `vbtask eval` (measure repair; generate OCR-like noise).
#ifndef VBTASK_CLI_REPAIR_COMMAND_H_
#define VBTASK_CLI_REPAIR_COMMAND_H_

#include <CLI/CLI.hpp>

namespace vbtask::cli {

// Each adds its subcommand; when chosen, `*exit_code` receives its result.
void RegisterRepairCommand(CLI::App& app, int* exit_code);
void RegisterLmCommand(CLI::App& app, int* exit_code);
void RegisterEvalCommand(CLI::App& app, int* exit_code);

// Adds `--repair off|safe|full` to a command.
void AddRepairModeOption(CLI::App* cmd, std::string* mode);

}  // namespace vbtask::cli

#endif  // VBTASK_CLI_REPAIR_COMMAND_H_

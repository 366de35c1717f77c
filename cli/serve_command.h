// `vbtask serve`: the pipeline as an HTTP service (serve/server.h).
#ifndef VBTASK_CLI_SERVE_COMMAND_H_
#define VBTASK_CLI_SERVE_COMMAND_H_

#include <CLI/CLI.hpp>

namespace vbtask::cli {

// Adds the subcommand; when it is chosen, `*exit_code` receives its result:
// 0 after SIGINT or SIGTERM stopped it, 2 when it could not start (rules,
// address).
void RegisterServeCommand(CLI::App& app, int* exit_code);

}  // namespace vbtask::cli

#endif  // VBTASK_CLI_SERVE_COMMAND_H_

// `vbtask compare` and `vbtask link`: what the documents of a corpus do to
// each other (task alignment between a directive and a document carrying
// it down; the citation graph).
#ifndef VBTASK_CLI_ANALYSIS_COMMANDS_H_
#define VBTASK_CLI_ANALYSIS_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace vbtask::cli {

void RegisterCompareCommand(CLI::App& app, int* exit_code);
void RegisterLinkCommand(CLI::App& app, int* exit_code);

}  // namespace vbtask::cli

#endif  // VBTASK_CLI_ANALYSIS_COMMANDS_H_

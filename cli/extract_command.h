// `vbtask extract`: documents in, one JSON document per input out.
#ifndef VBTASK_CLI_EXTRACT_COMMAND_H_
#define VBTASK_CLI_EXTRACT_COMMAND_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace vbtask::cli {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string format = "json";
  std::string rules_dir;
  unsigned jobs = 0;  // 0: one per core
  std::string encoding;  // empty: detect per input
  std::string repair = "safe";
  unsigned ocr_jobs = 0;  // 0: one per core
  std::string adapt = "batch";  // or "document": what repair learns from
};

// Adds the subcommand; when it is chosen, `*exit_code` receives its result.
void RegisterExtractCommand(CLI::App& app, int* exit_code);

// Exit codes: 0 all inputs processed, 1 some failed, 2 the run could not
// start (bad rules, unknown --encoding).
int RunExtract(const ExtractOptions& options);

}  // namespace vbtask::cli

#endif  // VBTASK_CLI_EXTRACT_COMMAND_H_

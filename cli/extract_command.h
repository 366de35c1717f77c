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
  bool keep_other = false;  // keep the structure of inputs classed `other`
  std::string db;  // a store (store/store.h) to load the documents into
};

// Adds the subcommand; when it is chosen, `*exit_code` receives its result.
void RegisterExtractCommand(CLI::App& app, int* exit_code);

// Exit codes: 0 all inputs processed, 1 some failed (or the store refused
// a write), 2 the run could not start (bad rules, unknown --encoding, a
// store that cannot be opened).
int RunExtract(const ExtractOptions& options);

// `vbtask index OUTDIR... --db PATH` (JSON already written into a store)
// and `vbtask query --db PATH [SQL] [--search WORDS]`.
void RegisterStoreCommands(CLI::App& app, int* exit_code);

}  // namespace vbtask::cli

#endif  // VBTASK_CLI_EXTRACT_COMMAND_H_

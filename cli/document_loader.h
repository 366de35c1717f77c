// Documents for the commands that work on what extract made (compare,
// link): a vbtask JSON output is read back (model FromJson), any other
// input is processed through the pipeline on the spot.
#ifndef VBTASK_CLI_DOCUMENT_LOADER_H_
#define VBTASK_CLI_DOCUMENT_LOADER_H_

#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/driver/pipeline.h"
#include "pipeline/model/document.h"

namespace vbtask::cli {

class DocumentLoader {
 public:
  explicit DocumentLoader(std::string rules_dir) : rules_dir_(std::move(rules_dir)) {}

  // A file holding a vbtask/2 JSON document is read back; a JSON file of
  // another shape is an error naming the file and the place; anything else
  // is processed (the pipeline's rules are loaded on first need).
  Result<Document> Load(const std::string& path);

 private:
  std::string rules_dir_;
  std::unique_ptr<PipelineRules> pipeline_rules_;
};

// The `.json` files under `dir`, recursively, sorted; `.jsonl` files too
// (one document a line). A file that cannot be read or is not a vbtask
// document is reported in `errors` ("path: what") and skipped.
std::vector<Document> LoadOutputDirectory(const std::string& dir,
                                          std::vector<std::string>* errors);

}  // namespace vbtask::cli

#endif  // VBTASK_CLI_DOCUMENT_LOADER_H_

// Turning command-line arguments into the list of inputs and their output
// names.
#ifndef VBTASK_DRIVER_INPUT_FILES_H_
#define VBTASK_DRIVER_INPUT_FILES_H_

#include <string>
#include <vector>

namespace vbtask {

struct InputFile {
  std::string path;         // as read ("-" for standard input)
  std::string output_name;  // relative name under -o DIR, ends in .json
};

// Expands directories recursively (sorted, hidden entries skipped, only the
// document file types vbtask reads). Arguments that do not exist are kept
// so that the batch reports them as failed inputs.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args);

}  // namespace vbtask

#endif  // VBTASK_DRIVER_INPUT_FILES_H_

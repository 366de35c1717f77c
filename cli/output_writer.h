// Writing an output file atomically: a temporary file in the same
// directory, then rename, so a reader (or a crash) never sees half a file.
#ifndef VBTASK_CLI_OUTPUT_WRITER_H_
#define VBTASK_CLI_OUTPUT_WRITER_H_

#include <string>
#include <string_view>

#include "pipeline/base/status.h"

namespace vbtask::cli {

Status WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace vbtask::cli

#endif  // VBTASK_CLI_OUTPUT_WRITER_H_

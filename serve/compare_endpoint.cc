#include "serve/compare_endpoint.h"

namespace vbtask::serve {

HttpAnswer AnswerCompare(const std::vector<SourceFile>& /*documents*/,
                         const PipelineRules& /*rules*/) {
  return ErrorAnswer(501, "compare is not built into this server; extract each version "
                          "with POST /v2/extract");
}

}  // namespace vbtask::serve

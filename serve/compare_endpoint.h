// POST /v2/compare: a directive (the first file) and a document carrying it
// down (the second) in, the vbtask-compare/1 JSON that `vbtask compare
// PARENT CHILD` prints for them out (pipeline/compare/).
#ifndef VBTASK_SERVE_COMPARE_ENDPOINT_H_
#define VBTASK_SERVE_COMPARE_ENDPOINT_H_

#include <vector>

#include "pipeline/compare/compare.h"
#include "pipeline/driver/pipeline.h"
#include "serve/http_answer.h"

namespace vbtask::serve {

// `documents`: the uploaded files in the order of the request, each
// processed as POST /v2/extract processes one. `compare_rules` null: the
// server was started without them, and the answer is 501.
HttpAnswer AnswerCompare(const std::vector<SourceFile>& documents, const PipelineRules& rules,
                         const CompareRules* compare_rules, unsigned ocr_workers);

}  // namespace vbtask::serve

#endif  // VBTASK_SERVE_COMPARE_ENDPOINT_H_

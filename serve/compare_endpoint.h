// POST /v2/compare: two versions of a document in, what changed out.
//
// The comparison is not part of this build: the endpoint exists so that
// clients find it in the API and get a clear answer (501, JSON) rather
// than a 404. When a comparison library is linked in, it is called from
// AnswerCompare and nowhere else in the server.
#ifndef VBTASK_SERVE_COMPARE_ENDPOINT_H_
#define VBTASK_SERVE_COMPARE_ENDPOINT_H_

#include <vector>

#include "pipeline/driver/pipeline.h"
#include "serve/http_answer.h"

namespace vbtask::serve {

// `documents`: the uploaded files in the order of the request.
HttpAnswer AnswerCompare(const std::vector<SourceFile>& documents, const PipelineRules& rules);

}  // namespace vbtask::serve

#endif  // VBTASK_SERVE_COMPARE_ENDPOINT_H_

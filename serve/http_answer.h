// What an endpoint answers, before it goes on the wire: status, content
// type and body. Errors are JSON objects
//   {"error": {"status": 422, "code": "not_a_document", "message": "…"}}
// with the HTTP status repeated and a code a program can test.
#ifndef VBTASK_SERVE_HTTP_ANSWER_H_
#define VBTASK_SERVE_HTTP_ANSWER_H_

#include <string>
#include <string_view>

#include "pipeline/base/status.h"

namespace vbtask::serve {

struct HttpAnswer {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// The codes, by status: 400 bad_request, 404 not_found, 413 too_large,
// 422 not_a_document, 500 internal, 501 not_implemented, 503 busy,
// 504 timeout; anything else "error".
std::string_view ErrorCode(int status);

HttpAnswer ErrorAnswer(int status, std::string_view message);

// A pipeline failure: a document the pipeline cannot read (empty, binary,
// damaged, no text) is 422, a failure of the server itself 500.
HttpAnswer FailureAnswer(const Status& status);

}  // namespace vbtask::serve

#endif  // VBTASK_SERVE_HTTP_ANSWER_H_

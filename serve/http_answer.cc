#include "serve/http_answer.h"

#include <nlohmann/json.hpp>

namespace vbtask::serve {

std::string_view ErrorCode(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 404: return "not_found";
    case 413: return "too_large";
    case 422: return "not_a_document";
    case 500: return "internal";
    case 501: return "not_implemented";
    case 503: return "busy";
    case 504: return "timeout";
    default: return "error";
  }
}

HttpAnswer ErrorAnswer(int status, std::string_view message) {
  nlohmann::ordered_json error;
  error["status"] = status;
  error["code"] = ErrorCode(status);
  error["message"] = message;
  nlohmann::ordered_json body;
  body["error"] = std::move(error);
  // Messages name files and quote their bytes; never fail on bad UTF-8.
  return {status, "application/json",
          body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"};
}

HttpAnswer FailureAnswer(const Status& status) {
  return ErrorAnswer(status.code() == StatusCode::kInvalidInput ? 422 : 500, status.message());
}

}  // namespace vbtask::serve

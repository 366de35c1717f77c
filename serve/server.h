// `vbtask serve`: the pipeline as an HTTP service, for programs that would
// rather post a file than run a process per document.
//
//   POST /v2/extract   one document (the raw body, or one file of a
//                      multipart form) → its vbtask JSON (extract_endpoint.h)
//   POST /v2/compare   two documents → 501 in this build (compare_endpoint.h)
//   GET  /health       {"status": "ok", "workers", "running", "waiting", "queue"}
//   GET  /version      {"name": "vbtask", "version", "schema"}
//
// The rules are loaded once and shared read-only by every request. At most
// `jobs` documents are processed at once and `queue` more wait; beyond that
// a request is answered 503 at once. Errors are JSON (http_answer.h): 400
// bad query or no document, 404 no such endpoint, 413 body over the limit,
// 422 not a document the pipeline can read, 503 busy, 504 over the time
// limit.
#ifndef VBTASK_SERVE_SERVER_H_
#define VBTASK_SERVE_SERVER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "pipeline/base/status.h"
#include "pipeline/compare/compare.h"
#include "pipeline/driver/pipeline.h"
#include "serve/extract_endpoint.h"

namespace vbtask::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8070;  // 0: any free port; Server::port() tells which
  unsigned jobs = 0;  // documents processed at once; 0: one per core
  size_t queue = 16;  // documents waiting for a worker before 503
  size_t max_body_bytes = size_t{64} << 20;  // larger requests get 413
  // From the request read to the answer, waiting included; then 504. A
  // document already being processed is finished and dropped.
  std::chrono::milliseconds request_timeout{std::chrono::seconds(120)};
  // Tesseract engines for the scanned pages of one document: the server
  // already runs `jobs` documents in parallel.
  unsigned ocr_jobs = 1;
  bool log_requests = true;  // one line per request on stderr
  // What POST /v2/compare needs; null: it answers 501. Must outlive the
  // server.
  const CompareRules* compare_rules = nullptr;
};

// What turns an upload into a Document; ExtractDocument by default. Tests
// put a slow one in to see the limits work.
using Extractor = std::function<Result<Document>(const SourceFile&, const ExtractQuery&)>;

class Server {
 public:
  // `rules` must outlive the server.
  Server(const PipelineRules& rules, ServerOptions options, Extractor extractor = nullptr);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Takes the address and port; an address in use or not local is an
  // IoError naming it.
  Status Bind();
  // The bound port (after Bind), or -1.
  int port() const;
  // Answers requests until Stop(); call after Bind.
  Status Run();
  // From any thread: stops accepting, lets the requests in hand finish.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vbtask::serve

#endif  // VBTASK_SERVE_SERVER_H_

#include "serve/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <future>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/compare_endpoint.h"
#include "serve/work_pool.h"

namespace vbtask::serve {
namespace {

void Send(const HttpAnswer& answer, httplib::Response& res) {
  res.status = answer.status;
  res.set_content(answer.body, answer.content_type);
}

HttpAnswer JsonAnswer(const nlohmann::ordered_json& body) {
  return {200, "application/json", body.dump(2) + "\n"};
}

// A POST body, read by the endpoint itself rather than by httplib: httplib
// would take a body sent as application/x-www-form-urlencoded (what `curl
// --data-binary` sends unless told otherwise) for form fields, and refuse
// one over 8 KiB.
struct Body {
  bool multipart = false;
  std::string raw;
  httplib::MultipartFormDataItems parts;  // in the order sent
};

Result<Body> ReadBody(const httplib::Request& req, httplib::Response& res,
                      const httplib::ContentReader& reader, size_t max_body_bytes) {
  Body body;
  body.multipart = req.is_multipart_form_data();
  // Without a length or chunks, httplib would read until the client closes
  // the connection, and a client waiting for the answer never does.
  if (!req.has_header("Content-Length") &&
      req.get_header_value("Transfer-Encoding").find("chunked") == std::string::npos) {
    return body;
  }
  bool read = body.multipart
                  ? reader(
                        [&](const httplib::MultipartFormData& header) {
                          body.parts.push_back(header);
                          return true;
                        },
                        [&](const char* data, size_t length) {
                          body.parts.back().content.append(data, length);
                          return true;
                        })
                  : reader([&](const char* data, size_t length) {
                      body.raw.append(data, length);
                      return true;
                    });
  if (read) return body;
  // httplib says which: over the limit, or a body it could not read.
  if (res.status == 413) {
    return Status::InvalidInput("request body over the limit of " +
                                std::to_string(max_body_bytes) + " bytes");
  }
  return Status::InvalidInput("cannot read the request body");
}

// The document of an extract request: the part named "file" of a multipart
// form, or its only part, or else the raw body.
Result<SourceFile> UploadOf(const Body& body) {
  if (!body.multipart) {
    if (body.raw.empty()) {
      return Status::InvalidInput(
          "no document: send the file as the request body or as a multipart part named "
          "\"file\"");
    }
    return SourceFile{"-", body.raw};
  }
  const httplib::MultipartFormData* part = nullptr;
  size_t named_file = 0;
  for (const httplib::MultipartFormData& p : body.parts) {
    if (p.name == "file") {
      part = &p;
      ++named_file;
    }
  }
  if (body.parts.size() == 1) {
    part = &body.parts.front();
  } else if (named_file != 1) {
    return Status::InvalidInput("send one document, as the multipart part named \"file\" (" +
                                std::to_string(body.parts.size()) +
                                " parts; options go in the query string)");
  }
  return SourceFile{part->filename.empty() ? "-" : part->filename, part->content};
}

// A request's document waiting for, or in, a worker.
struct Job {
  SourceFile source;
  ExtractQuery query;
  std::atomic<bool> abandoned{false};  // its request timed out
  std::promise<Result<Document>> done;
};

unsigned WorkersFor(unsigned jobs) {
  return jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

struct Server::Impl {
  Impl(const PipelineRules& r, ServerOptions o, Extractor e)
      : rules(r),
        options(std::move(o)),
        extractor(std::move(e)),
        pool(WorkersFor(options.jobs), options.queue) {}

  void Route();
  void Extract(const httplib::Request& req, httplib::Response& res,
               const httplib::ContentReader& reader);
  void Log(const httplib::Request& req, const httplib::Response& res);

  const PipelineRules& rules;
  const ServerOptions options;
  const Extractor extractor;
  WorkPool pool;
  httplib::Server http;
  int port = -1;
  std::mutex log_mu;
  // Stop() may come before Run() has started listening (a signal at
  // start-up): Run then does not start, or Stop waits until it has.
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> in_run{false};
};

void Server::Impl::Extract(const httplib::Request& req, httplib::Response& res,
                           const httplib::ContentReader& reader) {
  // The body first, so that a connection kept alive is left at the next
  // request whatever the answer.
  auto body = ReadBody(req, res, reader, options.max_body_bytes);
  if (!body.ok()) {
    return Send(ErrorAnswer(res.status == 413 ? 413 : 400, body.status().message()), res);
  }
  // req.params holds the query string alone: the body was not read by httplib.
  auto query = ParseExtractQuery(req.params, rules.decode);
  if (!query.ok()) return Send(ErrorAnswer(400, query.status().message()), res);
  auto upload = UploadOf(*body);
  if (!upload.ok()) return Send(ErrorAnswer(400, upload.status().message()), res);
  auto job = std::make_shared<Job>();
  job->source = std::move(upload.value());
  if (!query->path.empty()) job->source.path = query->path;
  job->query = std::move(query.value());
  std::future<Result<Document>> result = job->done.get_future();
  bool queued = pool.TrySubmit([this, job] {
    if (job->abandoned) return;
    Result<Document> doc = Status::Internal(job->source.path + ": extraction failed");
    try {
      doc = extractor(job->source, job->query);
    } catch (const std::exception& e) {
      doc = Status::Internal(job->source.path + ": " + e.what());
    }
    job->done.set_value(std::move(doc));
  });
  if (!queued) {
    res.set_header("Retry-After", "1");
    return Send(ErrorAnswer(503, "busy: " + std::to_string(pool.workers()) +
                                     " documents in progress and " +
                                     std::to_string(pool.max_waiting()) +
                                     " waiting; retry later"),
                res);
  }
  if (result.wait_for(options.request_timeout) != std::future_status::ready) {
    job->abandoned = true;
    return Send(ErrorAnswer(504, job->source.path + ": not done within " +
                                     std::to_string(options.request_timeout.count()) + " ms"),
                res);
  }
  Result<Document> doc = result.get();
  if (!doc.ok()) return Send(FailureAnswer(doc.status()), res);
  Send(DocumentAnswer(*doc, job->query.format), res);
}

void Server::Impl::Log(const httplib::Request& req, const httplib::Response& res) {
  if (!options.log_requests) return;
  std::string query = req.target.find('?') != std::string::npos
                          ? req.target.substr(req.target.find('?'))
                          : "";
  std::lock_guard<std::mutex> lock(log_mu);
  std::cerr << "vbtask serve: " << req.method << " " << req.path << query << " " << res.status
            << " " << res.body.size() << " bytes\n";
}

void Server::Impl::Route() {
  // Enough connection threads that a request beyond the work queue still
  // reaches its handler and hears 503, and /health answers under load.
  const size_t connections = pool.workers() + pool.max_waiting() + 4;
  http.new_task_queue = [connections] { return new httplib::ThreadPool(connections); };
  http.set_payload_max_length(options.max_body_bytes);
  // httplib's default sets SO_REUSEPORT, which lets a second server bind
  // the same port and take half the requests; only SO_REUSEADDR (a quick
  // restart over TIME_WAIT) is wanted.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  http.Post("/v2/extract", [this](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& reader) {
    Extract(req, res, reader);
  });
  http.Post("/v2/compare", [this](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& reader) {
    auto body = ReadBody(req, res, reader, options.max_body_bytes);
    if (!body.ok()) {
      return Send(ErrorAnswer(res.status == 413 ? 413 : 400, body.status().message()), res);
    }
    auto documents = std::make_shared<std::vector<SourceFile>>();
    for (const httplib::MultipartFormData& part : body->parts) {
      documents->push_back({part.filename, part.content});
    }
    // Two documents to process: a worker's job like an extraction, under
    // the same queue and time limits.
    auto done = std::make_shared<std::promise<HttpAnswer>>();
    std::future<HttpAnswer> answer = done->get_future();
    bool queued = pool.TrySubmit([this, documents, done] {
      try {
        done->set_value(
            AnswerCompare(*documents, rules, options.compare_rules, options.ocr_jobs));
      } catch (const std::exception& e) {
        done->set_value(ErrorAnswer(500, e.what()));
      }
    });
    if (!queued) {
      res.set_header("Retry-After", "1");
      return Send(ErrorAnswer(503, "busy: retry later"), res);
    }
    if (answer.wait_for(options.request_timeout) != std::future_status::ready) {
      return Send(ErrorAnswer(504, "compare not done within " +
                                       std::to_string(options.request_timeout.count()) +
                                       " ms"),
                  res);
    }
    Send(answer.get(), res);
  });
  http.Get("/health", [this](const httplib::Request&, httplib::Response& res) {
    nlohmann::ordered_json health;
    health["status"] = "ok";
    health["workers"] = pool.workers();
    health["running"] = pool.running();
    health["waiting"] = pool.waiting();
    health["queue"] = pool.max_waiting();
    Send(JsonAnswer(health), res);
  });
  http.Get("/version", [](const httplib::Request&, httplib::Response& res) {
    nlohmann::ordered_json version;
    version["name"] = "vbtask";
    version["version"] = VBTASK_VERSION;
    version["schema"] = kSchemaVersion;
    Send(JsonAnswer(version), res);
  });
  // Statuses httplib sets itself (404, 413, a malformed request's 400) get
  // the same JSON errors as the endpoints'.
  http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = res.status == 404   ? "no endpoint " + req.method + " " + req.path
                          : res.status == 413 ? "request body over the limit of " +
                                                    std::to_string(options.max_body_bytes) +
                                                    " bytes"
                                              : "malformed HTTP request";
    Send(ErrorAnswer(res.status, message), res);
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        std::string message = "internal error";
        try {
          if (error) std::rethrow_exception(error);
        } catch (const std::exception& e) {
          message += std::string(": ") + e.what();
        } catch (...) {
        }
        Send(ErrorAnswer(500, message), res);
      });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    Log(req, res);
  });
}

Server::Server(const PipelineRules& rules, ServerOptions options, Extractor extractor) {
  unsigned ocr_jobs = options.ocr_jobs;
  if (!extractor) {
    extractor = [&rules, ocr_jobs](const SourceFile& source, const ExtractQuery& query) {
      return ExtractDocument(source, query, rules, ocr_jobs);
    };
  }
  impl_ = std::make_unique<Impl>(rules, std::move(options), std::move(extractor));
  impl_->Route();
}

Server::~Server() { Stop(); }

Status Server::Bind() {
  const ServerOptions& o = impl_->options;
  bool bound = false;
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.host);
    bound = impl_->port > 0;
  } else {
    bound = impl_->http.bind_to_port(o.host, o.port);
    if (bound) impl_->port = o.port;
  }
  if (!bound) {
    impl_->port = -1;
    return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                           " (address in use, or not an address of this machine)");
  }
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::Run() {
  if (impl_->port < 0) return Status::Internal("Server::Run before a successful Bind");
  impl_->in_run = true;
  bool listened = impl_->stop_requested || impl_->http.listen_after_bind();
  impl_->in_run = false;
  if (!listened) {
    return Status::IoError("the server stopped accepting connections on port " +
                           std::to_string(impl_->port));
  }
  return Status::Ok();
}

void Server::Stop() {
  if (!impl_) return;
  impl_->stop_requested = true;
  while (impl_->in_run && !impl_->http.is_running()) std::this_thread::yield();
  impl_->http.stop();
}

}  // namespace vbtask::serve

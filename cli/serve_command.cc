#include "cli/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/repair_command.h"
#include "pipeline/driver/pipeline.h"
#include "serve/server.h"

namespace vbtask::cli {
namespace {

struct ServeCommandOptions {
  serve::ServerOptions server;
  std::string rules_dir;
  std::string repair = "safe";
  size_t max_body_mb = 64;
  double timeout_seconds = 120;
};

// SIGINT and SIGTERM, blocked in every thread and taken by one that stops
// the server: a signal handler could not safely call into it. Made before
// any other thread, which inherits the mask.
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  }
  ~StopSignals() { Disarm(); }

  void StopOnArrival(serve::Server* server) {
    waiter_ = std::thread([this, server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      if (!disarmed_) server->Stop();
    });
  }

  // Ends the waiting thread (waking it if no signal came); call before the
  // server is destroyed.
  void Disarm() {
    if (!waiter_.joinable()) return;
    disarmed_ = true;
    pthread_kill(waiter_.native_handle(), SIGTERM);
    waiter_.join();
  }

 private:
  sigset_t signals_;
  std::atomic<bool> disarmed_{false};
  std::thread waiter_;
};

int RunServe(const ServeCommandOptions& options) {
  StopSignals stop_signals;
  ::signal(SIGPIPE, SIG_IGN);  // a client gone mid-answer is not fatal
  std::string rules_dir = options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir;
  auto rules = PipelineRules::Load(rules_dir);
  if (!rules.ok()) {
    std::cerr << "vbtask: " << rules.status().message() << "\n";
    return 2;
  }
  ParseRepairMode(options.repair, &rules->repair_mode);
  auto compare_rules = CompareRules::Load(rules_dir);
  if (!compare_rules.ok()) {
    std::cerr << "vbtask: " << compare_rules.status().message() << "\n";
    return 2;
  }
  serve::ServerOptions server_options = options.server;
  server_options.compare_rules = &compare_rules.value();
  server_options.max_body_bytes = options.max_body_mb << 20;
  server_options.request_timeout =
      std::chrono::milliseconds(static_cast<long long>(options.timeout_seconds * 1000));
  serve::Server server(*rules, server_options);
  stop_signals.StopOnArrival(&server);
  Status s = server.Bind();
  if (s.ok()) {
    // Scripts read the port from this line (with --port 0).
    std::cout << "vbtask serve: listening on http://" << server_options.host << ":"
              << server.port() << std::endl;
    s = server.Run();
  }
  stop_signals.Disarm();
  if (!s.ok()) {
    std::cerr << "vbtask serve: " << s.message() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ServeCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Answer extraction requests over HTTP (POST /v2/extract; see README)");
  cmd->add_option("--host", options->server.host, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", options->server.port,
                  "Port (default 8070; 0 picks a free one and prints it)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("-j,--jobs", options->server.jobs,
                  "Documents processed at once (default: one per core)");
  cmd->add_option("--queue", options->server.queue,
                  "Documents waiting for a worker before the server answers 503 (default 16)");
  cmd->add_option("--max-body-mb", options->max_body_mb,
                  "Largest request body in MiB; larger ones get 413 (default 64)")
      ->check(CLI::Range(size_t{1}, size_t{4096}));
  cmd->add_option("--timeout", options->timeout_seconds,
                  "Seconds a request may take, waiting included; then 504 (default 120)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--ocr-jobs", options->server.ocr_jobs,
                  "Scanned pages of one document OCR'd in parallel (default 1)");
  cmd->add_option("--rules", options->rules_dir,
                  "Rules directory (default: beside an installed binary, $VBTASK_RULES, "
                  "or the source checkout's)");
  AddRepairModeOption(cmd, &options->repair);
  cmd->add_flag("!--no-log", options->server.log_requests, "Do not log requests on stderr");
  cmd->callback([options, exit_code] { *exit_code = RunServe(*options); });
}

}  // namespace vbtask::cli

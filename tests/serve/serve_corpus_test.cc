// `vbtask serve` as a deployment runs it: the binary started on a free
// local port, every corpus file posted at once from several clients, each
// answer compared byte for byte with what `vbtask extract` writes for the
// file, the error statuses checked, then stopped with SIGTERM.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "pipeline/driver/input_files.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// A `vbtask serve` child process; its port is read from the line it
// prints once listening.
class ServeProcess {
 public:
  ServeProcess(const std::vector<std::string>& args, const fs::path& log) {
    int out[2];
    if (::pipe(out) != 0) return;
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(err, STDERR_FILENO);
      ::close(out[0]);
      std::vector<char*> argv{const_cast<char*>(VBTASK_BINARY), const_cast<char*>("serve")};
      for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      ::execv(VBTASK_BINARY, argv.data());
      ::_exit(127);
    }
    ::close(out[1]);
    out_ = out[0];
    first_line_ = ReadLine(60000);
    auto colon = first_line_.rfind(':');
    if (first_line_.find("listening on http://127.0.0.1:") != std::string::npos) {
      port_ = std::stoi(first_line_.substr(colon + 1));
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && !stopped_) Stop();
    if (out_ >= 0) ::close(out_);
  }

  int port() const { return port_; }
  const std::string& first_line() const { return first_line_; }

  // SIGTERM, then the exit status (-1 if it did not exit normally).
  int Stop() {
    stopped_ = true;
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  std::string ReadLine(int timeout_ms) {
    std::string line;
    pollfd p{out_, POLLIN, 0};
    char c;
    while (::poll(&p, 1, timeout_ms) > 0 && ::read(out_, &c, 1) == 1 && c != '\n') {
      line.push_back(c);
    }
    return line;
  }

  pid_t pid_ = -1;
  int out_ = -1;
  int port_ = -1;
  bool stopped_ = false;
  std::string first_line_;
};

std::string QueryEncode(const std::string& value) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += {'%', hex[c >> 4], hex[c & 15]};
    }
  }
  return out;
}

class ServeCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::current_path(VBTASK_SOURCE_DIR);
    dir_ = fs::temp_directory_path() / ("vbtask_serve_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ServeCorpus, AnswersAreTheCommandLinesOutputByteForByte) {
  std::vector<InputFile> inputs = ExpandInputs({"corpus"});
  ASSERT_GE(inputs.size(), 40u);
  // What the command line writes for each file on its own (a batch of one
  // adapts repair to itself, as --adapt document does).
  std::string cli = std::string(VBTASK_BINARY) + " extract --adapt document -j 2 -o " +
                    (dir_ / "cli").string() + " corpus 2>" + (dir_ / "cli.err").string();
  ASSERT_EQ(std::system(cli.c_str()), 0) << *ReadWholeFile((dir_ / "cli.err").string());

  ServeProcess server({"--port", "0", "-j", "2", "--max-body-mb", "1"}, dir_ / "serve.log");
  ASSERT_GT(server.port(), 0) << "first line: " << server.first_line();

  // Four clients take the files in turn; even ones go as a raw body named
  // in the query, odd ones as a multipart file.
  std::atomic<size_t> next{0};
  std::vector<std::string> answers(inputs.size());
  std::vector<int> statuses(inputs.size(), 0);
  auto client_loop = [&] {
    httplib::Client client("127.0.0.1", server.port());
    client.set_read_timeout(300, 0);
    for (size_t i = next++; i < inputs.size(); i = next++) {
      auto bytes = ReadWholeFile(inputs[i].path);
      if (!bytes.ok()) continue;
      httplib::Result res =
          i % 2 == 0
              ? client.Post("/v2/extract?path=" + QueryEncode(inputs[i].path), *bytes,
                            "application/octet-stream")
              : client.Post("/v2/extract", httplib::MultipartFormDataItems{
                                               {"file", *bytes, inputs[i].path,
                                                "application/octet-stream"}});
      if (!res) continue;
      statuses[i] = res->status;
      answers[i] = res->body;
    }
  };
  std::vector<std::thread> clients;
  for (int k = 0; k < 4; ++k) clients.emplace_back(client_loop);
  for (std::thread& t : clients) t.join();

  for (size_t i = 0; i < inputs.size(); ++i) {
    SCOPED_TRACE(inputs[i].path);
    auto want = ReadWholeFile((dir_ / "cli" / inputs[i].output_name).string());
    ASSERT_TRUE(want.ok());
    EXPECT_EQ(statuses[i], 200) << answers[i];
    EXPECT_TRUE(answers[i] == *want) << testing::LineDiff(*want, answers[i]);
  }

  // Errors, from the same server.
  httplib::Client client("127.0.0.1", server.port());
  struct Case {
    const char* what;
    httplib::Result res;
    int status;
  };
  Case cases[] = {
      {"bad encoding", client.Post("/v2/extract?encoding=KOI8", "x", "text/plain"), 400},
      {"no document", client.Post("/v2/extract", "", "text/plain"), 400},
      {"over 1 MiB", client.Post("/v2/extract", std::string(1536 * 1024, 'a'), "text/plain"),
       413},
      {"not a document",
       client.Post("/v2/extract", std::string("\x7f" "ELF\x00\x01\x02", 7), "text/plain"), 422},
      {"compare one file", client.Post("/v2/compare", "x", "text/plain"), 400},
      {"unknown", client.Get("/v3/extract"), 404},
  };
  for (Case& c : cases) {
    SCOPED_TRACE(c.what);
    ASSERT_TRUE(c.res) << httplib::to_string(c.res.error());
    EXPECT_EQ(c.res->status, c.status) << c.res->body;
    Json body = Json::parse(c.res->body, nullptr, false);
    EXPECT_EQ(body["error"]["status"], c.status) << c.res->body;
  }
  // A directive and the plan carrying it down: what `vbtask compare` prints.
  {
    const std::string parent = "corpus/directives/01_ct_tinhuy_chuyendoiso.txt";
    const std::string child = "corpus/directives/11_kh_huyenuy_chuyendoiso.txt";
    std::string cmd = std::string(VBTASK_BINARY) + " compare " + parent + " " + child +
                      " -o " + (dir_ / "compare.json").string();
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    httplib::MultipartFormDataItems files = {
        {"parent", *ReadWholeFile(parent), parent, "text/plain"},
        {"child", *ReadWholeFile(child), child, "text/plain"}};
    auto res = client.Post("/v2/compare", files);
    ASSERT_TRUE(res) << httplib::to_string(res.error());
    EXPECT_EQ(res->status, 200) << res->body;
    auto want = ReadWholeFile((dir_ / "compare.json").string());
    ASSERT_TRUE(want.ok());
    EXPECT_TRUE(res->body == *want) << testing::LineDiff(*want, res->body);
  }
  auto health = client.Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(Json::parse(health->body)["workers"], 2);

  // A second server on the same port cannot start, and says why.
  std::string clash = std::string(VBTASK_BINARY) + " serve --port " +
                      std::to_string(server.port()) + " 2>" + (dir_ / "clash.err").string();
  int clash_status = std::system(clash.c_str());
  EXPECT_EQ(WEXITSTATUS(clash_status), 2);
  EXPECT_NE(ReadWholeFile((dir_ / "clash.err").string())->find("cannot listen on 127.0.0.1:"),
            std::string::npos);

  EXPECT_EQ(server.Stop(), 0);
  auto log = ReadWholeFile((dir_ / "serve.log").string());
  ASSERT_TRUE(log.ok());
  EXPECT_NE(log->find("POST /v2/extract 200"), std::string::npos) << *log;
  EXPECT_NE(log->find("POST /v2/extract?encoding=KOI8 400"), std::string::npos) << *log;
}

}  // namespace
}  // namespace vbtask

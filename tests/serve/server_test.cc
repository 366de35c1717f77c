// The HTTP server in this process, with a stand-in extractor where a test
// needs a document to take its time: statuses and JSON errors of every
// endpoint, the work queue's 503 and the time limit's 504.
#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <thread>

#include "pipeline/base/sha256.h"
#include "tests/test_support.h"

namespace vbtask::serve {
namespace {

using Json = nlohmann::json;

class ServerTest : public ::testing::Test {
 protected:
  void Start(ServerOptions options, Extractor extractor = nullptr) {
    options.host = "127.0.0.1";
    options.port = 0;
    options.log_requests = false;
    server_ = std::make_unique<Server>(testing::Rules(), options, std::move(extractor));
    ASSERT_TRUE(server_->Bind().ok());
    ASSERT_GT(server_->port(), 0);
    runner_ = std::thread([this] { run_status_ = server_->Run(); });
  }
  void TearDown() override {
    if (!server_) return;
    Open();
    server_->Stop();
    runner_.join();
    EXPECT_TRUE(run_status_.ok()) << run_status_.message();
    server_.reset();  // its workers call the stand-in, which uses members below
  }

  std::unique_ptr<httplib::Client> Client() {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client->set_read_timeout(60, 0);
    return client;
  }

  // A stand-in extractor that holds each document until Open().
  Extractor Held() {
    return [this](const SourceFile& source, const ExtractQuery&) -> Result<Document> {
      std::unique_lock<std::mutex> lock(mu_);
      ++held_;
      changed_.notify_all();
      changed_.wait(lock, [this] { return open_; });
      Document doc;
      doc.source.path = source.path;
      return doc;
    };
  }
  void AwaitHeld(int n) {
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [&] { return held_ >= n; });
  }
  void Open() {
    std::lock_guard<std::mutex> lock(mu_);
    open_ = true;
    changed_.notify_all();
  }

  std::unique_ptr<Server> server_;
  std::thread runner_;
  Status run_status_;
  std::mutex mu_;
  std::condition_variable changed_;
  int held_ = 0;
  bool open_ = false;
};

// The JSON error a response carries, checked against its status.
Json ErrorOf(const httplib::Result& res, int status) {
  EXPECT_TRUE(res) << httplib::to_string(res.error());
  if (!res) return {};
  EXPECT_EQ(res->status, status) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  Json body = Json::parse(res->body, nullptr, false);
  EXPECT_TRUE(body.contains("error")) << res->body;
  EXPECT_EQ(body["error"]["status"], status);
  return body["error"];
}

const char* kDirective =
    "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 07/KH-UBND\n"
    "KẾ HOẠCH\nvề vệ sinh môi trường\n"
    "1. Công an xã chủ trì, phối hợp với Đoàn Thanh niên ra quân dọn vệ sinh.\n";

TEST_F(ServerTest, ExtractsARawBodyOrAMultipartFile) {
  ServerOptions options;
  options.jobs = 2;
  Start(options);
  auto client = Client();
  auto doc = ProcessSource({"kh.txt", kDirective}, testing::Rules());
  ASSERT_TRUE(doc.ok());

  auto raw = client->Post("/v2/extract?path=kh.txt", kDirective, "text/plain");
  ASSERT_TRUE(raw);
  EXPECT_EQ(raw->status, 200);
  EXPECT_EQ(raw->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(raw->body, EmitJson(*doc, JsonLayout::kPretty));

  httplib::MultipartFormDataItems form = {{"file", kDirective, "kh.txt", "text/plain"}};
  auto multipart = client->Post("/v2/extract", form);
  ASSERT_TRUE(multipart);
  EXPECT_EQ(multipart->status, 200);
  EXPECT_EQ(multipart->body, raw->body);

  // curl --data-binary sends a body as a form unless told otherwise: it is
  // still the document, however long.
  std::string long_directive = kDirective;
  for (int i = 2; i <= 200; ++i) {
    long_directive += std::to_string(i) + ". Các thôn tổ chức ra quân vệ sinh đường làng.\n";
  }
  ASSERT_GT(long_directive.size(), 8192u);
  auto form_typed = client->Post("/v2/extract?path=kh.txt", long_directive,
                                 "application/x-www-form-urlencoded");
  ASSERT_TRUE(form_typed);
  EXPECT_EQ(form_typed->status, 200) << form_typed->body;
  Json long_doc = Json::parse(form_typed->body, nullptr, false);
  EXPECT_EQ(long_doc["source"]["path"], "kh.txt");
  EXPECT_EQ(long_doc["source"]["sha256"], Sha256Hex(long_directive));

  auto unnamed = client->Post("/v2/extract", kDirective, "text/plain");
  ASSERT_TRUE(unnamed);
  EXPECT_EQ(Json::parse(unnamed->body)["source"]["path"], "-");

  auto csv = client->Post("/v2/extract?format=csv&path=kh.txt", kDirective, "text/plain");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv->body.find("kh.txt,07/KH-UBND"), std::string::npos) << csv->body;
}

TEST_F(ServerTest, BadRequestsAreJsonErrors) {
  ServerOptions options;
  options.max_body_bytes = 1000;
  Start(options);
  auto client = Client();
  struct Case {
    const char* what;
    httplib::Result res;
    int status;
    const char* message_part;
  };
  httplib::MultipartFormDataItems two_files = {{"a", "x", "a.txt", "text/plain"},
                                               {"b", "y", "b.txt", "text/plain"}};
  Case cases[] = {
      {"no body", client->Post("/v2/extract", "", "text/plain"), 400, "no document"},
      {"bad option", client->Post("/v2/extract?repair=maybe", kDirective, "text/plain"), 400,
       "repair=\"maybe\""},
      {"unknown option", client->Post("/v2/extract?lang=vi", kDirective, "text/plain"), 400,
       "unknown query parameter \"lang\""},
      {"two files", client->Post("/v2/extract", two_files), 400, "send one document"},
      {"too large", client->Post("/v2/extract", std::string(5000, 'a'), "text/plain"), 413,
       "over the limit of 1000 bytes"},
      {"binary", client->Post("/v2/extract?path=x.bin", std::string("\x7f" "ELF\x00\x01", 6),
                              "application/octet-stream"),
       422, "x.bin: binary content"},
      {"no endpoint", client->Get("/v1/extract"), 404, "no endpoint GET /v1/extract"},
      {"compare", client->Post("/v2/compare", two_files), 501, "compare is not built"},
  };
  for (Case& c : cases) {
    SCOPED_TRACE(c.what);
    Json error = ErrorOf(c.res, c.status);
    EXPECT_NE(error["message"].get<std::string>().find(c.message_part), std::string::npos)
        << error;
  }
}

TEST_F(ServerTest, HealthAndVersion) {
  ServerOptions options;
  options.jobs = 3;
  options.queue = 5;
  Start(options);
  auto client = Client();
  auto health = client->Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  Json h = Json::parse(health->body);
  EXPECT_EQ(h["status"], "ok");
  EXPECT_EQ(h["workers"], 3);
  EXPECT_EQ(h["queue"], 5);
  EXPECT_EQ(h["running"], 0);
  auto version = client->Get("/version");
  ASSERT_TRUE(version);
  Json v = Json::parse(version->body);
  EXPECT_EQ(v["name"], "vbtask");
  EXPECT_EQ(v["version"], VBTASK_VERSION);
  EXPECT_EQ(v["schema"], "vbtask/2");
}

TEST_F(ServerTest, BusyBeyondTheQueue) {
  ServerOptions options;
  options.jobs = 1;
  options.queue = 1;
  Start(options, Held());
  // One document in the worker, one waiting: the third is refused at once.
  std::vector<std::thread> admitted;
  std::atomic<int> ok{0};
  for (int i = 0; i < 2; ++i) {
    admitted.emplace_back([&, i] {
      auto res = Client()->Post("/v2/extract?path=" + std::to_string(i), "x", "text/plain");
      if (res && res->status == 200) ++ok;
    });
    if (i == 0) AwaitHeld(1);
  }
  // The second is queued once /health says so.
  for (int tries = 0; tries < 1000; ++tries) {
    auto h = Client()->Get("/health");
    if (h && Json::parse(h->body)["waiting"] == 1) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  auto refused = Client()->Post("/v2/extract", "x", "text/plain");
  Json error = ErrorOf(refused, 503);
  EXPECT_EQ(error["code"], "busy");
  EXPECT_EQ(refused->get_header_value("Retry-After"), "1");
  Open();
  for (std::thread& t : admitted) t.join();
  EXPECT_EQ(ok.load(), 2);
}

TEST_F(ServerTest, OverTheTimeLimit) {
  ServerOptions options;
  options.jobs = 1;
  options.request_timeout = std::chrono::milliseconds(200);
  Start(options, Held());
  auto res = Client()->Post("/v2/extract?path=slow.txt", "x", "text/plain");
  Json error = ErrorOf(res, 504);
  EXPECT_EQ(error["code"], "timeout");
  EXPECT_NE(error["message"].get<std::string>().find("slow.txt: not done within 200 ms"),
            std::string::npos);
}

TEST(Server, AnAddressInUseIsAnError) {
  ServerOptions options;
  options.port = 0;
  options.log_requests = false;
  Server first(testing::Rules(), options);
  ASSERT_TRUE(first.Bind().ok());
  options.port = first.port();
  Server second(testing::Rules(), options);
  Status s = second.Bind();
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_NE(s.message().find("cannot listen on 127.0.0.1:" + std::to_string(first.port())),
            std::string::npos)
      << s.message();
}

TEST(Server, StopBeforeRunReturnsAtOnce) {
  ServerOptions options;
  options.port = 0;
  options.log_requests = false;
  Server server(testing::Rules(), options);
  ASSERT_TRUE(server.Bind().ok());
  server.Stop();
  EXPECT_TRUE(server.Run().ok());
}

}  // namespace
}  // namespace vbtask::serve

// The extract endpoint without a socket: query options, answers in each
// format, errors as JSON with their HTTP status.
#include "serve/extract_endpoint.h"

#include <gtest/gtest.h>

#include "pipeline/emit/csv.h"
#include "pipeline/emit/emit.h"
#include "tests/test_support.h"

namespace vbtask::serve {
namespace {

using Json = nlohmann::json;

TEST(ParseExtractQuery, TheCommandLineOptions) {
  const DecodeRules& decode = testing::Rules().decode;
  auto none = ParseExtractQuery({}, decode);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->path, "");
  EXPECT_EQ(none->format, OutputFormat::kJson);
  EXPECT_EQ(none->decode.encoding, "");
  EXPECT_FALSE(none->repair.has_value());

  auto all = ParseExtractQuery(
      {{"path", "a/b.txt"}, {"format", "csv"}, {"encoding", "TCVN3"}, {"repair", "off"}},
      decode);
  ASSERT_TRUE(all.ok()) << all.status().message();
  EXPECT_EQ(all->path, "a/b.txt");
  EXPECT_EQ(all->format, OutputFormat::kCsv);
  EXPECT_EQ(all->decode.encoding, "TCVN3");
  EXPECT_EQ(all->repair, RepairMode::kOff);
  EXPECT_EQ(ParseExtractQuery({{"format", "jsonl"}}, decode)->format, OutputFormat::kJsonLine);
  EXPECT_EQ(ParseExtractQuery({{"format", "xlsx"}}, decode)->format, OutputFormat::kXlsx);
}

TEST(ParseExtractQuery, BadOptionsAreNamed) {
  const DecodeRules& decode = testing::Rules().decode;
  struct Case {
    QueryParams params;
    const char* message_part;
  } cases[] = {
      {{{"format", "xml"}}, "format=\"xml\""},
      {{{"encoding", "KOI8-R"}}, "unknown encoding \"KOI8-R\"; valid names: "},
      {{{"repair", "maybe"}}, "repair=\"maybe\""},
      {{{"jobs", "2"}}, "unknown query parameter \"jobs\""},
      {{{"repair", "off"}, {"repair", "full"}}, "\"repair\" given more than once"},
  };
  for (const Case& c : cases) {
    auto q = ParseExtractQuery(c.params, decode);
    ASSERT_FALSE(q.ok()) << c.message_part;
    EXPECT_EQ(q.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(q.status().message().find(c.message_part), std::string::npos)
        << q.status().message();
  }
}

const char* kDirective =
    "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 07/KH-UBND\nAn Bình, ngày 3 tháng 4 năm 2024\n"
    "KẾ HOẠCH\nvề vệ sinh môi trường\n"
    "1. Công an xã chủ trì, phối hợp với Đoàn Thanh niên ra quân dọn vệ sinh, "
    "hoàn thành trước ngày 30/4/2024.\n"
    "2. Văn phòng UBND xã tổng hợp báo cáo.\n";

TEST(ExtractDocument, IsWhatTheCommandLineWritesForOneFile) {
  const PipelineRules& rules = testing::Rules();
  SourceFile source{"kh.txt", kDirective};
  auto served = ExtractDocument(source, {}, rules, 1);
  ASSERT_TRUE(served.ok()) << served.status().message();
  auto cli = ProcessSource(source, rules);
  ASSERT_TRUE(cli.ok());
  EXPECT_EQ(EmitJson(*served, JsonLayout::kPretty), EmitJson(*cli, JsonLayout::kPretty));
  EXPECT_EQ(DocumentAnswer(*served, OutputFormat::kJson).body,
            EmitJson(*cli, JsonLayout::kPretty));

  HttpAnswer line = DocumentAnswer(*served, OutputFormat::kJsonLine);
  EXPECT_EQ(line.content_type, "application/x-ndjson");
  EXPECT_EQ(line.body, EmitJson(*cli, JsonLayout::kOneLine) + "\n");
  HttpAnswer csv = DocumentAnswer(*served, OutputFormat::kCsv);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body, CsvPreamble() + CsvRows(*cli));
  HttpAnswer xlsx = DocumentAnswer(*served, OutputFormat::kXlsx);
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.content_type,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
}

TEST(ExtractDocument, TheQueryRepairModeOverridesTheRules) {
  const PipelineRules& rules = testing::Rules();
  // Typed text is repaired only with signs of OCR damage: here three.
  SourceFile noisy{"n.txt",
                   "KẾ HOẠCH\n1. Tăng cường công tác tuyên truyên vê chuyên đôi sô, "
                   "phối hợp v i các ngành; báo cáo kêt quả năm 202S.\n"};
  ExtractQuery off;
  off.repair = RepairMode::kOff;
  auto kept = ExtractDocument(noisy, off, rules, 1);
  ASSERT_TRUE(kept.ok());
  EXPECT_TRUE(kept->repairs.empty());
  auto repaired = ExtractDocument(noisy, {}, rules, 1);
  ASSERT_TRUE(repaired.ok());
  EXPECT_FALSE(repaired->repairs.empty());
}

TEST(ExtractDocument, UnreadableInputIsNotADocument) {
  struct Case {
    std::string bytes;
    const char* message_part;
  } cases[] = {
      {"", "x: empty file"},
      {std::string("\x7f" "ELF\x00\x01", 6), "x: binary content"},
  };
  for (const Case& c : cases) {
    auto doc = ExtractDocument({"x", c.bytes}, {}, testing::Rules(), 1);
    ASSERT_FALSE(doc.ok());
    HttpAnswer a = FailureAnswer(doc.status());
    EXPECT_EQ(a.status, 422);
    Json body = Json::parse(a.body);
    EXPECT_EQ(body["error"]["status"], 422);
    EXPECT_EQ(body["error"]["code"], "not_a_document");
    EXPECT_NE(body["error"]["message"].get<std::string>().find(c.message_part),
              std::string::npos)
        << a.body;
  }
}

TEST(ErrorAnswer, StatusCodeAndMessage) {
  struct Case {
    int status;
    const char* code;
  } cases[] = {{400, "bad_request"}, {404, "not_found"},       {413, "too_large"},
               {422, "not_a_document"}, {500, "internal"},    {501, "not_implemented"},
               {503, "busy"},        {504, "timeout"},         {418, "error"}};
  for (const Case& c : cases) {
    HttpAnswer a = ErrorAnswer(c.status, "tệp \"x\" \xC3");  // bad UTF-8 survives
    EXPECT_EQ(a.status, c.status);
    EXPECT_EQ(a.content_type, "application/json");
    Json body = Json::parse(a.body);
    EXPECT_EQ(body["error"]["status"], c.status);
    EXPECT_EQ(body["error"]["code"], c.code);
    EXPECT_EQ(body["error"]["message"].get<std::string>().substr(0, 9), "tệp \"x\"");
  }
  EXPECT_EQ(FailureAnswer(Status::IoError("disk")).status, 500);
}

}  // namespace
}  // namespace vbtask::serve

// The model's JSON both ways: every golden output reads back and writes
// again byte for byte, and what is not a vbtask document is an error value.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/model/serialized.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

TEST(ModelJson, EveryGoldenOutputReadsBackAndWritesTheSameBytes) {
  int files = 0;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath("output"))) {
    if (entry.path().extension() != ".json") continue;
    SCOPED_TRACE(entry.path().filename().string());
    auto bytes = ReadWholeFile(entry.path().string());
    ASSERT_TRUE(bytes.ok());
    auto doc = ParseDocumentJson(*bytes);
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    std::string again = EmitJson(*doc, JsonLayout::kPretty);
    EXPECT_TRUE(again == *bytes) << testing::LineDiff(*bytes, again);
    ++files;
  }
  EXPECT_GE(files, 40);
}

TEST(ModelJson, MsgpackKeepsEveryField) {
  Document doc = testing::ProcessString(
      "TỈNH ỦY HÀ GIANG\nSố 12-CT/TU\nHà Giang, ngày 05 tháng 3 năm 2021\nCHỈ THỊ\n"
      "về chuyển đổi số\n1. Sở Tài chính chủ trì, phối hợp với Công an tỉnh "
      "thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2022 trước ngày 30/6/2021.\n");
  auto back = FromMsgpack(ToMsgpack(doc));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(EmitJson(*back, JsonLayout::kPretty), EmitJson(doc, JsonLayout::kPretty));
  EXPECT_FALSE(FromMsgpack("\xc1 not msgpack").ok());
}

TEST(ModelJson, WhatIsNotAVbtaskDocumentIsAnErrorNamingThePlace) {
  // A minimal valid document, then variants of it.
  const std::string head =
      R"({"schema":"vbtask/2","source":{"path":"a","format":"text","encoding":"UTF-8",)"
      R"("sha256":"","pages":1},"document":{"type":null,"type_code":null,"number":null,)"
      R"("number_parts":null,"key":null,"date":null,"place":null,"issuer":null,)"
      R"("parent_org":null,"subject":null,"recipients":[],"addressees":[],"campaigns":[],)"
      R"("distribution":[],"signer":{"name":null,"authority":null,"position":null},)"
      R"("mottos":[],"attachments":[]},"text":"Một.","preamble":{"start":0,"end":0},)";
  const std::string tail = R"("citations":[],"footnotes":[],"repairs":[],"warnings":[]})";
  const std::string item =
      R"({"id":"1","path":["1"],"label":"1.","kind":"task","parent":null,"text":"Một.",)"
      R"("span":{"start":0,"end":4},"page":1,"lead":[],"cooperate":[],"time":[],"citations":[]})";
  auto with_item = [&](const std::string& it) { return head + R"("items":[)" + it + "]," + tail; };
  auto replaced = [&](std::string s, const std::string& from, const std::string& to) {
    return s.replace(s.find(from), from.size(), to);
  };
  ASSERT_TRUE(ParseDocumentJson(with_item(item)).ok())
      << ParseDocumentJson(with_item(item)).status().message();
  // A cited document with one mention in item 1, which cites it by index.
  const std::string kCited =
      R"({"type":null,"number":null,"name":"Một","date":null,"issuer":null,"key":"mot",)"
      R"("relation":"based_on","mentions":[{"span":{"start":0,"end":3},"item":"1",)"
      R"("footnote":null,"text":"Một"}]})";
  {
    std::string cited = replaced(with_item(replaced(item, R"("citations":[]})",
                                                    R"("citations":[0]})")),
                                 R"("citations":[],"foot)",
                                 R"("citations":[)" + kCited + R"(],"foot)");
    auto doc = ParseDocumentJson(cited);
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    ASSERT_EQ(doc->citations.size(), 1u);
    EXPECT_EQ(doc->citations[0].relation, CitationRelation::kBasedOn);
    EXPECT_EQ(doc->citations[0].mentions[0].item, 0);
    EXPECT_EQ(doc->items[0].facts.citations, std::vector<int>{0});
  }

  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{\"schema\": ", "malformed JSON"},
      {"[1, 2]", "a document must be a JSON object"},
      {replaced(with_item(item), "vbtask/2", "vbtask/1"), "schema: \"vbtask/1\" is not vbtask/2"},
      {replaced(with_item(item), R"("format":"text")", R"("format":"fax")"),
       "source.format: \"fax\" is not text, pdf, scan, image, docx, odt or doc"},
      {replaced(with_item(item), R"("pages":1)", R"("pages":"1")"),
       "source.pages: expected an integer"},
      {replaced(with_item(item), R"("kind":"task")", R"("kind":"chore")"),
       "items[0].kind: \"chore\" is not section, task or bullet"},
      {replaced(with_item(item), R"("end":4})", R"("end":9})"),
       "items[0].span.end: past the end of the text"},
      {replaced(with_item(item), R"("text":"Một.","span")", R"("text":"Hai.","span")"),
       "items[0].text: differs from the document's text at its span"},
      {replaced(with_item(item), R"("parent":null)", R"("parent":"0")"),
       "items[0].parent: no earlier item has this id"},
      {replaced(with_item(item), R"("lead":[])",
                R"("lead":[{"text":"a","name":"a","level":"thon","kind":"state"}])"),
       "items[0].lead[0].level: \"thon\" is not none, trung-uong, tinh, huyen, xa or co-quan"},
      {replaced(with_item(item), R"("warnings":[])", R"("warnings":[{"code":"oops","message":""}])"),
       "warnings[0].code: \"oops\" is not missing_element"},
      {replaced(with_item(item), R"("repairs":[])", R"("repairs":{})"), "repairs: expected an array"},
      {replaced(with_item(item), R"("footnotes":[],)", ""), "no key \"footnotes\""},
      // vbtask/2: an item's citations are indices into the document's.
      {replaced(with_item(item), R"("citations":[]})", R"("citations":[0]})"),
       "items[0].citations[0]: not an index into the document's citations"},
      {replaced(replaced(with_item(item), R"("citations":[],"foot)",
                         R"("citations":[)" + kCited + R"(],"foot)"),
                R"("item":"1")", R"("item":"9")"),
       "citations[0].mentions[0].item: no item has this id"},
      {replaced(replaced(with_item(item), R"("citations":[],"foot)",
                         R"("citations":[)" + kCited + R"(],"foot)"),
                R"("relation":"based_on")", R"("relation":"cites")"),
       "citations[0].relation: \"cites\" is not based_on"},
  };
  for (const auto& [json, error] : cases) {
    auto doc = ParseDocumentJson(json);
    ASSERT_FALSE(doc.ok()) << json;
    EXPECT_NE(doc.status().message().find(error), std::string::npos)
        << doc.status().message() << "\nwanted: " << error;
  }
}

}  // namespace
}  // namespace vbtask

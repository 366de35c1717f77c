// The spreadsheet output: RFC 4180 quoting, the columns of an item row, a
// BOM so that Excel reads UTF-8.
#include "pipeline/emit/csv.h"

#include <gtest/gtest.h>

namespace vbtask {
namespace {

// Reads RFC 4180 records back: the fields of each, quotes undone.
std::vector<std::vector<std::string>> ParseCsv(std::string_view csv) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      fields.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(fields));
      fields.clear();
      ++i;
    } else {
      field.push_back(c);
    }
  }
  EXPECT_TRUE(fields.empty() && field.empty()) << "last record without CRLF";
  return records;
}

TEST(CsvRecord, QuotesOnlyWhatNeedsIt) {
  struct Case {
    std::vector<std::string_view> fields;
    std::string want;
  } cases[] = {
      {{"a", "b"}, "a,b\r\n"},
      {{"", ""}, ",\r\n"},
      {{"Sở Y tế"}, "Sở Y tế\r\n"},
      {{"Sở Y tế, Sở Tài chính"}, "\"Sở Y tế, Sở Tài chính\"\r\n"},
      {{"phong trào \"Dân vận khéo\""}, "\"phong trào \"\"Dân vận khéo\"\"\"\r\n"},
      {{"dòng một\ndòng hai"}, "\"dòng một\ndòng hai\"\r\n"},
      {{"a\rb"}, "\"a\rb\"\r\n"},
      {{"\""}, "\"\"\"\"\r\n"},
      {{"-1", "2024-12-31"}, "-1,2024-12-31\r\n"},
  };
  for (const Case& c : cases) {
    std::string got = CsvRecord(c.fields);
    EXPECT_EQ(got, c.want);
    auto back = ParseCsv(got);
    ASSERT_EQ(back.size(), 1u) << got;
    EXPECT_EQ(back[0], std::vector<std::string>(c.fields.begin(), c.fields.end())) << got;
  }
}

TEST(CsvPreamble, ByteOrderMarkThenTheColumns) {
  std::string p = CsvPreamble();
  ASSERT_EQ(p.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(p.substr(3),
            "source,number,date,issuer,item,text,lead,cooperate,deadline\r\n");
}

Item MakeItem(const std::string& text, const std::string& id, std::string* doc_text) {
  Item item;
  item.id = id;
  item.begin = doc_text->size();
  *doc_text += text;
  item.end = doc_text->size();
  *doc_text += "\n";
  return item;
}

TEST(CsvRows, OneRowPerItemWithItsFacts) {
  Document doc;
  doc.source.path = "in/chi thi, số 5.txt";
  doc.header.number = "05-CT/TU";
  doc.header.date = "2024-03-15";
  doc.header.issuer = "TỈNH ỦY";
  Item a = MakeItem("Sở Y tế chủ trì, phối hợp với UBND các huyện \"rà soát\"\n"
                    "hoàn thành trước ngày 30/6/2024.",
                    "1", &doc.text);
  a.facts.lead = {{"Sở Y tế", "Sở Y tế", AgencyLevel::kTinh, AgencyKind::kState}};
  a.facts.cooperate = {
      {"UBND các huyện", "Ủy ban nhân dân các huyện", AgencyLevel::kHuyen, AgencyKind::kState},
      {"Hội, đoàn thể", "", AgencyLevel::kNone, AgencyKind::kOther}};
  a.facts.time = {{"hằng năm", TimeKind::kFrequency, "yearly"},
                  {"trước ngày 30/6/2024", TimeKind::kDeadline, "2024-06-30"},
                  {"trong thời hạn 5 ngày làm việc", TimeKind::kDeadline, ""}};
  Item b = MakeItem("Báo cáo kết quả.", "1.a", &doc.text);
  doc.items = {a, b};

  auto rows = ParseCsv(CsvRows(doc));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{
                         "in/chi thi, số 5.txt", "05-CT/TU", "2024-03-15", "TỈNH ỦY", "1",
                         "Sở Y tế chủ trì, phối hợp với UBND các huyện \"rà soát\"\n"
                         "hoàn thành trước ngày 30/6/2024.",
                         "Sở Y tế", "Ủy ban nhân dân các huyện; Hội, đoàn thể",
                         "2024-06-30; trong thời hạn 5 ngày làm việc"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"in/chi thi, số 5.txt", "05-CT/TU",
                                               "2024-03-15", "TỈNH ỦY", "1.a",
                                               "Báo cáo kết quả.", "", "", ""}));
}

TEST(CsvRows, ADocumentWithoutItemsStillHasItsRow) {
  Document doc;
  doc.source.path = "-";
  doc.header.number = "12/TB-UBND";
  auto rows = ParseCsv(CsvRows(doc));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"-", "12/TB-UBND", "", "", "", "", "", "", ""}));
}

}  // namespace
}  // namespace vbtask

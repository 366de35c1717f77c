// The item table as an Excel workbook, read back with the project's own
// zip and XML readers: the sheet's rows hold the table's fields as text.
#include "pipeline/emit/xlsx.h"

#include <gtest/gtest.h>

#include "pipeline/docx/docx_internal.h"
#include "pipeline/emit/item_table.h"

namespace vbtask {
namespace {

// The cells of the workbook's only sheet, row by row (shared strings
// resolved); an empty cell is "".
std::vector<std::vector<std::string>> ReadSheet(const std::string& xlsx) {
  using namespace docx_internal;
  std::vector<std::string> names;
  auto parts = ReadZipParts({"t.xlsx", xlsx},
                            {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"}, &names);
  EXPECT_TRUE(parts.ok()) << parts.status().message();
  if (!parts.ok() || parts->count("xl/worksheets/sheet1.xml") == 0) return {};
  std::vector<std::string> shared;
  if (parts->count("xl/sharedStrings.xml")) {
    auto strings = ParseXml("t.xlsx", "sharedStrings", parts->at("xl/sharedStrings.xml"));
    EXPECT_TRUE(strings.ok());
    for (xmlNode* si = xmlDocGetRootElement(strings->get())->children; si; si = si->next) {
      if (si->type == XML_ELEMENT_NODE) shared.push_back(Content(si));
    }
  }
  auto sheet = ParseXml("t.xlsx", "sheet1", parts->at("xl/worksheets/sheet1.xml"));
  EXPECT_TRUE(sheet.ok());
  std::vector<std::vector<std::string>> rows;
  const xmlNode* data = nullptr;
  for (xmlNode* n = xmlDocGetRootElement(sheet->get())->children; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && std::string((const char*)n->name) == "sheetData") data = n;
  }
  EXPECT_NE(data, nullptr);
  for (const xmlNode* row = data ? data->children : nullptr; row; row = row->next) {
    if (row->type != XML_ELEMENT_NODE) continue;
    std::vector<std::string> cells;
    for (const xmlNode* c = row->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string ref = Attr(c, nullptr, "r");
      size_t column = static_cast<size_t>(ref[0] - 'A');
      cells.resize(column + 1);
      std::string value = Content(c);
      cells[column] = Attr(c, nullptr, "t") == "s" ? shared.at(std::stoul(value)) : value;
    }
    cells.resize(ItemTableColumns().size());
    rows.push_back(cells);
  }
  return rows;
}

TEST(XlsxWorkbook, TheItemTableAsTextCells) {
  Document a;
  a.source.path = "a, \"b\".txt";
  a.header.number = "12-KH/TU";
  a.header.date = "2024-05-02";
  a.text = "Sở Nội vụ chủ trì \"rà soát\", báo cáo\ntrước ngày 30/6/2024.\n1.2 & <3>";
  Item first;
  first.id = "1.2";
  first.begin = 0;
  first.end = a.text.find("\n1.2");
  first.facts.lead = {{"Sở Nội vụ", "Sở Nội vụ", AgencyLevel::kTinh, AgencyKind::kState}};
  first.facts.time = {{"trước ngày 30/6/2024", TimeKind::kDeadline, "2024-06-30"}};
  Item second;
  second.id = "-1";
  second.begin = first.end + 1;
  second.end = a.text.size();
  a.items = {first, second};
  Document empty;
  empty.source.path = "-";

  auto xlsx = XlsxWorkbook({&a, &empty});
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
  auto rows = ReadSheet(*xlsx);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], std::vector<std::string>(ItemTableColumns().begin(),
                                              ItemTableColumns().end()));
  std::vector<TableRow> want = ItemTableRows(a);
  EXPECT_EQ(rows[1], want[0]);
  EXPECT_EQ(rows[2], want[1]);
  EXPECT_EQ(rows[1][4], "1.2");
  EXPECT_EQ(rows[1][5], "Sở Nội vụ chủ trì \"rà soát\", báo cáo\ntrước ngày 30/6/2024.");
  EXPECT_EQ(rows[2][5], "1.2 & <3>");
  EXPECT_EQ(rows[3], ItemTableRows(empty)[0]);
}

TEST(XlsxWorkbook, AnOverlongFieldIsCutToACell) {
  Document doc;
  doc.text = std::string(40000, 'a') + "ộ";
  Item item;
  item.id = "1";
  item.end = doc.text.size();
  doc.items = {item};
  auto xlsx = XlsxWorkbook({&doc});
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  auto rows = ReadSheet(*xlsx);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][5], std::string(32766, 'a') + "…");
}

TEST(XlsxWorkbook, AnUnwritableDirectoryIsAnError) {
  Document doc;
  auto xlsx = XlsxWorkbook({&doc}, "/nonexistent/dir");
  ASSERT_FALSE(xlsx.ok());
  EXPECT_EQ(xlsx.status().code(), StatusCode::kIoError);
  EXPECT_NE(xlsx.status().message().find("/nonexistent/dir/vbtask-"), std::string::npos)
      << xlsx.status().message();
}

}  // namespace
}  // namespace vbtask

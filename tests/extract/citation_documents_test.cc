// vbtask/2: citations are distinct cited documents. Mentions of one
// document (equal keys) are grouped in order of first mention, the first
// mention that gives a date gives it, the relation comes from the cue
// before the mention, and items cite documents by index.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model/names.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::ProcessString;

// A plan of a commune whose items are `items` ("1. …\n2. …\n").
std::string PlanWith(const std::string& items) {
  return "ỦY BAN NHÂN DÂN\nXÃ BÌNH MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nSố: 7/KH-UBND\n"
         "Bình Minh, ngày 10 tháng 4 năm 2025\nKẾ HOẠCH\nTuyên truyền pháp luật năm 2025\n" +
         items;
}

struct Expected {
  const char* number_or_name;  // the number, or the name of a named document
  const char* date;            // "" when none
  const char* relation;
  size_t mentions;
};

struct DocumentsCase {
  const char* name;
  const char* items;
  std::vector<Expected> cited;  // in order of first mention
};

class CitedDocuments : public ::testing::TestWithParam<DocumentsCase> {};

TEST_P(CitedDocuments, OnceEachWithTheirMentions) {
  const DocumentsCase& c = GetParam();
  Document d = ProcessString(PlanWith(c.items));
  ASSERT_EQ(d.citations.size(), c.cited.size()) << c.items;
  for (size_t i = 0; i < c.cited.size(); ++i) {
    const Citation& got = d.citations[i];
    const Expected& want = c.cited[i];
    EXPECT_EQ(got.number.empty() ? got.name : got.number, want.number_or_name) << i;
    EXPECT_EQ(got.date, want.date) << i;
    EXPECT_EQ(NameOf(got.relation), want.relation) << i;
    EXPECT_EQ(got.mentions.size(), want.mentions) << i;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CitedDocuments,
    ::testing::Values(
        DocumentsCase{"LawCitedThreeTimesIsOneDocument",
                      "1. Phổ biến Luật Phòng cháy và chữa cháy tới từng hộ dân.\n"
                      "2. Kiểm tra các chợ theo Luật Phòng cháy và chữa cháy.\n"
                      "3. Tổng kết việc thi hành Luật Phòng cháy và chữa cháy vào cuối năm.\n",
                      {{"Luật Phòng cháy và chữa cháy", "", "mentions", 3}}},
        DocumentsCase{"LaterMentionWithoutDateKeepsTheDate",
                      "1. Thực hiện Kế hoạch số 15/KH-UBND ngày 02/01/2025 của Ủy ban "
                      "nhân dân huyện.\n"
                      "2. Các thôn bám sát Kế hoạch số 15/KH-UBND để tổ chức.\n",
                      {{"15/KH-UBND", "2025-01-02", "implements", 2}}},
        DocumentsCase{"CanCuIsBasedOn",
                      "1. Căn cứ Quyết định số 45/QĐ-UBND ngày 05/02/2025 của Ủy ban "
                      "nhân dân huyện, xã lập danh sách.\n",
                      {{"45/QĐ-UBND", "2025-02-05", "based_on", 1}}},
        DocumentsCase{"ThucHienIsImplements",
                      "1. Thực hiện Chỉ thị số 08-CT/HU ngày 03/3/2025 của Huyện ủy.\n",
                      {{"08-CT/HU", "2025-03-03", "implements", 1}}},
        DocumentsCase{"SuaDoiIsAmends",
                      "1. Trình văn bản sửa đổi, bổ sung Quyết định số 30/QĐ-UBND ngày "
                      "01/6/2023 của xã.\n",
                      {{"30/QĐ-UBND", "2023-06-01", "amends", 1}}},
        DocumentsCase{"ThayTheIsReplaces",
                      "1. Ban hành quy chế mới thay thế Quyết định số 12/QĐ-UBND ngày "
                      "10/10/2022.\n",
                      {{"12/QĐ-UBND", "2022-10-10", "replaces", 1}}},
        DocumentsCase{"ReportOnCarryingOutIsReportsOn",
                      "1. Báo cáo kết quả 5 năm thực hiện Chỉ thị số 10-CT/TU ngày "
                      "02/5/2020 của Tỉnh ủy.\n",
                      {{"10-CT/TU", "2020-05-02", "reports_on", 1}}},
        DocumentsCase{"PlainMentionIsMentions",
                      "1. Tham khảo Kế hoạch số 21/KH-UBND ngày 04/4/2025 khi soạn tài liệu.\n",
                      {{"21/KH-UBND", "2025-04-04", "mentions", 1}}}),
    [](const ::testing::TestParamInfo<DocumentsCase>& info) { return info.param.name; });

TEST(CitedDocuments, ItemsCiteDocumentsByIndexOnceEach) {
  Document d = ProcessString(PlanWith(
      "1. Thực hiện Chỉ thị số 08-CT/HU ngày 03/3/2025 và Kế hoạch số 15/KH-UBND "
      "ngày 02/01/2025.\n"
      "2. Theo Kế hoạch số 15/KH-UBND, rà soát Chỉ thị số 08-CT/HU và Kế hoạch "
      "số 15/KH-UBND.\n"));
  ASSERT_EQ(d.citations.size(), 2u);
  EXPECT_EQ(d.citations[0].number, "08-CT/HU");
  EXPECT_EQ(d.citations[1].number, "15/KH-UBND");
  EXPECT_EQ(d.citations[1].mentions.size(), 3u);
  ASSERT_EQ(d.items.size(), 2u);
  EXPECT_EQ(d.items[0].facts.citations, (std::vector<int>{0, 1}));
  EXPECT_EQ(d.items[1].facts.citations, (std::vector<int>{1, 0}));
  // Each mention knows its item, and its span still points into the text.
  for (const Citation& c : d.citations) {
    for (const CitationMention& m : c.mentions) {
      ASSERT_GE(m.item, 0);
      const Item& it = d.items[m.item];
      EXPECT_TRUE(m.begin >= it.begin && m.end <= it.end);
      EXPECT_EQ(d.text.substr(m.begin, m.end - m.begin), m.text);
    }
  }
}

}  // namespace
}  // namespace vbtask

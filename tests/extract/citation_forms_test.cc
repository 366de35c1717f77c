// Cited documents as real directives print them: laws by their whole name,
// issuer codes with digits, stray spaces in numbers, "văn bản số …".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::ProcessString;

struct CitationCase {
  const char* name;
  const char* sentence;          // one item of a plan
  const char* number;            // "" for a document cited by name
  const char* text_or_name;      // the name (or number's citation text) expected
};

class CitationForms : public ::testing::TestWithParam<CitationCase> {};

std::string PlanWith(const std::string& item) {
  return "ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nSố: 20/KH-UBND\n"
         "An Hòa, ngày 3 tháng 3 năm 2025\nKẾ HOẠCH\nPhòng cháy năm 2025\n"
         "1. " + item + "\n2. Báo cáo kết quả về Ủy ban nhân dân xã.\n";
}

TEST_P(CitationForms, OneCitationWithItsWholeNumberOrName) {
  const CitationCase& c = GetParam();
  auto d = ProcessString(PlanWith(c.sentence));
  const auto& cits = d.citations;
  ASSERT_EQ(cits.size(), 1u) << c.sentence;
  EXPECT_EQ(cits[0].number, c.number);
  if (*c.number == '\0') {
    EXPECT_EQ(cits[0].name, c.text_or_name);
  } else {
    ASSERT_EQ(cits[0].mentions.size(), 1u);
    EXPECT_EQ(cits[0].mentions[0].text, c.text_or_name);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CitationForms,
    ::testing::Values(
        CitationCase{"LawNameWithCommasAndVa",
                     "Thực hiện Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ, các thôn "
                     "rà soát bình chữa cháy.",
                     "", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"},
        CitationCase{"LawNameWithYear",
                     "Tuyên truyền Luật Bảo vệ môi trường năm 2020 đến từng hộ dân.", "",
                     "Luật Bảo vệ môi trường"},
        CitationCase{"LawWithItsNumber",
                     "Thực hiện đúng Luật Đất đai số 31/2024/QH15 khi giao đất.",
                     "31/2024/QH15", "Luật Đất đai số 31/2024/QH15"},
        CitationCase{"IssuerCodeWithDigits",
                     "Triển khai Nghị quyết số 76/2025/UBTVQH15 về sắp xếp thôn.",
                     "76/2025/UBTVQH15", "Nghị quyết số 76/2025/UBTVQH15"},
        CitationCase{"SpacesAroundTheDash",
                     "Áp dụng Thông tư số 21/2025/TT - BNV khi tuyển dụng.",
                     "21/2025/TT-BNV", "Thông tư số 21/2025/TT - BNV"},
        CitationCase{"DocumentOfNoNamedType",
                     "Thực hiện theo văn bản số 1297/SNNMT-KS của Sở.",
                     "1297/SNNMT-KS", "văn bản số 1297/SNNMT-KS"},
        CitationCase{"PartyCharter", "Chấp hành nghiêm Điều lệ Đảng và quy định của xã.",
                     "", "Điều lệ Đảng"}),
    [](const ::testing::TestParamInfo<CitationCase>& info) { return info.param.name; });

TEST(CitationForms, LawInLowerCaseIsNotALawsName) {
  auto d = ProcessString(PlanWith("Nâng cao ý thức chấp hành luật đất đai của người dân."));
  EXPECT_TRUE(d.citations.empty());
}

TEST(CitationForms, ChromeOfAWebPageCitesNothing) {
  auto d = ProcessString(
      "|\nChính sách bảo vệ dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP.\n|\n" +
      PlanWith("Rà soát hộ dân.") +
      "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hai\n"
      "|\nCâu hỏi thường gặp về Luật Đất đai năm 2024\n");
  EXPECT_TRUE(d.citations.empty());
}

}  // namespace
}  // namespace vbtask

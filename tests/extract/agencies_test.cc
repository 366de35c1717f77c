// Agency names as objects, roles in items, and the document-level facts.
#include <gtest/gtest.h>

#include "pipeline/extract/extract.h"
#include "pipeline/model/names.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

const AgencyLexicon& Lexicon() { return testing::Rules().extract.agencies; }

struct DescribeCase {
  const char* printed;
  const char* name;
  const char* level;
  const char* kind;
};

TEST(AgencyLexicon, DescribesNameLevelAndKind) {
  const DescribeCase cases[] = {
      {"Ban Dân vận Tỉnh uỷ", "Ban Dân vận Tỉnh ủy", "tinh", "party"},
      {"Ban Dân vận Thành ủy", "Ban Dân vận Thành ủy", "huyen", "party"},
      {"UBND thành phố", "Ủy ban nhân dân thành phố", "huyen", "state"},
      {"HĐND", "Hội đồng nhân dân", "none", "state"},
      {"UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam", "none", "front"},
      {"Ban Thường vụ Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn", "tinh", "front"},
      {"Đảng đoàn Hội đồng nhân dân tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh", "tinh", "party"},
      {"Sở Nội vụ", "Sở Nội vụ", "tinh", "state"},
      {"Bộ Chính trị", "Bộ Chính trị", "trung-uong", "party"},
      {"các Phòng thuộc Ban", "Các phòng thuộc Ban", "co-quan", "state"},
      {"Đảng ủy xã", "Đảng ủy xã", "xa", "party"},
      {"các cơ quan thông tin đại chúng", "Các cơ quan thông tin đại chúng", "none", "other"},
      {"các ban Tỉnh ủy", "Các ban Tỉnh ủy", "tinh", "party"},
  };
  for (const DescribeCase& c : cases) {
    Agency a = Lexicon().Describe(c.printed);
    EXPECT_EQ(a.text, c.printed);
    EXPECT_EQ(a.name, c.name) << c.printed;
    EXPECT_EQ(NameOf(a.level), c.level) << c.printed;
    EXPECT_EQ(NameOf(a.kind), c.kind) << c.printed;
  }
}

std::vector<std::string> Texts(const std::vector<Agency>& a) {
  std::vector<std::string> out;
  for (const Agency& x : a) out.push_back(x.text);
  return out;
}

TEST(ExtractRoles, DiacriticsDecideTheOpening) {
  // "sơ kết" folds like "Sở" but is a verb, not an agency.
  auto d = testing::ProcessString(
      "1. Định kỳ phối hợp sơ kết, đánh giá kết quả.\n"
      "2. Đề nghị Công an  tỉnh chỉ  đạo tuần tra.\n");
  EXPECT_TRUE(d.items[0].facts.cooperate.empty());
  EXPECT_EQ(Texts(d.items[1].facts.lead), std::vector<std::string>{"Công an  tỉnh"});
}

TEST(ExtractRoles, NamesWithAndParenthesesAndLeadThrough) {
  auto d = testing::ProcessString(
      "1. Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực, giúp việc) "
      "chủ trì, phối hợp với Sở Tài chính và Công an tỉnh triển khai.\n"
      "2. Đảng ủy Quân sự huyện lãnh đạo Ban Chỉ huy Quân sự huyện làm tốt công tác.\n"
      "3. Ủy ban nhân dân các huyện, thị xã, thành phố:\n"
      "a) Rà soát các điểm xung yếu.\n"
      "4. Giao Ủy ban Kiểm tra Đảng ủy chủ trì kiểm tra.\n");
  const auto& items = d.items;
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(Texts(items[0].facts.lead),
            std::vector<std::string>{"Sở Nông nghiệp và Phát triển nông thôn"});
  EXPECT_EQ(Texts(items[0].facts.cooperate),
            (std::vector<std::string>{"Sở Tài chính", "Công an tỉnh"}));
  EXPECT_EQ(Texts(items[1].facts.lead), (std::vector<std::string>{
                                      "Đảng ủy Quân sự huyện", "Ban Chỉ huy Quân sự huyện"}));
  EXPECT_EQ(Texts(items[3].facts.lead), std::vector<std::string>{
                                      "Ủy ban nhân dân các huyện, thị xã, thành phố"});
  EXPECT_EQ(Texts(items[4].facts.lead), std::vector<std::string>{"Ủy ban Kiểm tra Đảng ủy"});
}

TEST(DocumentFacts, AddresseesCampaignsNumberPartsAndChecks) {
  auto d = testing::ProcessString(
      "TỈNH ỦY HÀ GIANG\n"
      "Số 12-CT/TU\n"
      "Hà Giang, ngày 05 tháng 3 năm 2021\n"
      "KẾ HOẠCH\n"
      "về thực hiện phong trào thi đua “Dân vận khéo”\n"
      "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2022 của Bộ Chính trị và Nghị quyết "
      "Đại hội XIII, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền, Mặt trận "
      "và các đoàn thể tập trung thực hiện tốt các nội dung sau:\n"
      "1. Đẩy mạnh các phong trào “Gia đình học tập”, “Dòng họ học tập” và “Cộng "
      "đồng học tập”.\n");
  const Document& f = d;
  EXPECT_EQ(Texts(f.addressees), (std::vector<std::string>{
                                     "các cấp ủy", "chính quyền", "Mặt trận", "các đoàn thể"}));
  EXPECT_EQ(f.campaigns, (std::vector<std::string>{"Dân vận khéo", "Gia đình học tập",
                                                   "Dòng họ học tập", "Cộng đồng học tập"}));
  ASSERT_TRUE(f.number_parts.has_value());
  EXPECT_EQ(f.number_parts->seq, "12");
  EXPECT_EQ(f.number_parts->type_code, "CT");
  EXPECT_EQ(f.number_parts->issuer_code, "TU");
  EXPECT_EQ(f.key, "12-CT/TU@2021");
  // Extract's checks come after segment's warnings.
  std::vector<WarningCode> codes;
  for (const Warning& w : f.warnings) codes.push_back(w.code);
  ASSERT_GE(codes.size(), 2u);
  EXPECT_EQ(std::vector<WarningCode>(codes.end() - 2, codes.end()),
            (std::vector<WarningCode>{WarningCode::kTypeCodeMismatch,
                                      WarningCode::kDateBeforeCitation}));
  ASSERT_EQ(d.citations.size(), 2u);
  EXPECT_EQ(d.citations[0].key, "05-CT/TW@2022");
  EXPECT_EQ(d.citations[1].name, "Nghị quyết Đại hội XIII");
  EXPECT_EQ(d.citations[1].key, "nghi-quyet-dai-hoi-xiii");
}

TEST(DocumentFacts, StateNumbers) {
  auto d = testing::ProcessString(
      "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\n"
      "Số: 1847/UBND-KT\n"
      "Bình Định, ngày 20 tháng 3 năm 2024\n"
      "V/v phòng cháy, chữa cháy rừng\n"
      "Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\n"
      "1. Tăng cường kiểm tra.\n");
  const Document& f = d;
  ASSERT_TRUE(f.number_parts.has_value());
  EXPECT_EQ(f.number_parts->seq, "1847");
  EXPECT_EQ(f.number_parts->type_code, "");
  EXPECT_EQ(f.number_parts->issuer_code, "UBND-KT");
  EXPECT_EQ(Texts(f.addressees), std::vector<std::string>{
                                     "Ủy ban nhân dân các huyện, thị xã, thành phố"});
  auto q = testing::ProcessString(
      "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 12/2024/QĐ-UBND\n"
      "Bình Định, ngày 20 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBan hành Quy chế\n"
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n");
  EXPECT_EQ(q.number_parts->year, "2024");
  EXPECT_EQ(q.number_parts->type_code, "QĐ");
  EXPECT_EQ(q.number_parts->issuer_code, "UBND");
  // A speck after the number, read by OCR as a quote.
  auto o = testing::ProcessString(
      "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 118/KH-UBND '\n"
      "Hà Tĩnh, ngày 22 tháng 3 năm 2024\nKẾ HOẠCH\nPhòng chống thiên tai\n"
      "1. Tăng cường kiểm tra.\n");
  EXPECT_EQ(ToJson(o)["document"]["number"], "118/KH-UBND");
  // The star under the issuer, read by OCR as "%".
  auto star = testing::ProcessString(
      "TỈNH ỦY BẮC GIANG\nBAN TUYÊN GIÁO\n%\nSố 42-HD/BTGTU\n\n"
      "ĐẢNG CỘNG SẢN VIỆT NAM\nBắc Giang, ngày 8 tháng 2 năm 2024\n\nHƯỚNG DẪN\n"
      "học tập chuyên đề năm 2024\nI. MỤC ĐÍCH\n1. Nắm vững nội dung.\n");
  EXPECT_EQ(ToJson(star)["document"]["number"], "42-HD/BTGTU");
  EXPECT_EQ(ToJson(star)["document"]["date"], "2024-02-08");
}

}  // namespace
}  // namespace vbtask

#include "pipeline/reconstruct/reconstruct.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

ReconstructedText Rebuild(const std::string& raw) {
  const auto& r = testing::Rules();
  NormalizedText n = Normalize(raw, r.normalize);
  return Reconstruct(n.text, r.classifier, r.reconstruct);
}

std::vector<std::string> Paragraphs(const ReconstructedText& t) {
  std::vector<std::string> out;
  for (const Paragraph& p : t.paragraphs) {
    out.push_back(t.text.substr(p.begin, p.end - p.begin));
  }
  return out;
}

const char* kWrap =
    "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân\n";

TEST(Reconstruct, JoinsLinesWhenEveryLineIsFollowedByABlankLine) {
  std::string raw = std::string(kWrap) + "\n" +
                    "vận trong tình hình mới, Ban Dân tộc yêu cầu các phòng thực hiện\n\n"
                    "một số nội dung sau:\n\n"
                    "1. Tiếp tục nghiên cứu, học tập nhằm thấm nhuần tư tưởng Hồ\n\n"
                    "Chí Minh về dân vận.\n\n"
                    "2. Thực hiện tốt Quy chế dân chủ ở cơ sở.\n";
  auto p = Paragraphs(Rebuild(raw));
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[1], "1. Tiếp tục nghiên cứu, học tập nhằm thấm nhuần tư tưởng Hồ "
                  "Chí Minh về dân vận.");
}

// pdftotext -layout: the last line of a centred title reaches as far right
// as a full body line, yet the indented body below starts a paragraph.
TEST(Reconstruct, KeepsACentredTitleLineOutOfTheFirstBodyParagraph) {
  const std::string title =
      "                                     CHỈ THỊ\n"
      "       Về tăng cường công tác bảo vệ trẻ em và phòng, chống tai nạn,\n"
      "                     thương tích, đuối nước trẻ em dịp hè năm 2024\n\n\n";
  const std::string body =
      "       Những năm gần đây, công tác bảo vệ, chăm sóc trẻ em được các cấp quan\n"
      "tâm chỉ đạo và có nhiều chuyển biến tích cực; hệ thống pháp luật về trẻ em\n"
      "từng bước được hoàn thiện.\n";
  auto p = Paragraphs(Rebuild(title + body));
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[1], "Về tăng cường công tác bảo vệ trẻ em và phòng, chống tai nạn, "
                  "thương tích, đuối nước trẻ em dịp hè năm 2024");
  EXPECT_EQ(p[2].rfind("Những năm gần đây", 0), 0u);
}

TEST(Reconstruct, JoinsANumberSplitAfterItsHyphen) {
  std::string raw = std::string(kWrap) + "thực hiện Nghị quyết số 25-\n NQ/TW của Ban Chấp hành Trung ương.\n";
  auto p = Paragraphs(Rebuild(raw));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("số 25-NQ/TW của"), std::string::npos);
}

TEST(Reconstruct, LiftsASuperscriptFootnoteOutOfItsParagraph) {
  std::string raw =
      "1. Quán triệt các văn bản của Đảng về công tác dân vận¹; tổ chức học tập, "
      "phổ biến cách làm hay, sáng tạo\n\n"
      "¹ Trọng tâm là Nghị quyết Đại hội XIII của Đảng.\n\n"
      "trong phong trào thi đua để nhân rộng.\n";
  ReconstructedText t = Rebuild(raw);
  auto p = Paragraphs(t);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("sáng tạo trong phong trào"), std::string::npos);
  ASSERT_EQ(t.footnotes.size(), 1u);
  EXPECT_EQ(t.footnotes[0].marker, "1");
  EXPECT_EQ(t.footnotes[0].text, "Trọng tâm là Nghị quyết Đại hội XIII của Đảng.");
}

TEST(Reconstruct, HandlesPdftotextLayoutPages) {
  std::string raw =
      "      UBND TỈNH QUẢNG NAM                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "    SỞ GIAO THÔNG VẬN TẢI                    Độc lập - Tự do - Hạnh phúc\n"
      "     Số: 15/SGTVT-VP                  Quảng Nam, ngày 3 tháng 4 năm 2024\n"
      "\n"
      "1. Kiểm soát chặt chẽ xe chở vật liệu xây dựng và khoáng sản1. Các đơn vị\n"
      "phối hợp với lực lượng công an để xử lý nghiêm các trường hợp vi phạm về\n"
      "1 Theo Chỉ thị số 10/CT-TTg của Thủ tướng Chính phủ.\n"
      "\f                                   2\n"
      "tải trọng của phương tiện.\n";
  ReconstructedText t = Rebuild(raw);
  auto p = Paragraphs(t);
  ASSERT_GE(p.size(), 7u);
  EXPECT_EQ(p[0], "UBND TỈNH QUẢNG NAM");  // left column first
  EXPECT_EQ(p[1], "SỞ GIAO THÔNG VẬN TẢI");
  EXPECT_EQ(p[2], "Số: 15/SGTVT-VP");
  EXPECT_EQ(p[3], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  const std::string& item = p.back();
  EXPECT_NE(item.find("khoáng sản¹. Các đơn vị"), std::string::npos) << item;
  EXPECT_NE(item.find("vi phạm về tải trọng"), std::string::npos) << item;
  ASSERT_EQ(t.footnotes.size(), 1u);
  EXPECT_EQ(t.footnotes[0].marker, "1");
  EXPECT_EQ(t.pages, 2);
}

TEST(Reconstruct, KeepsHeadingAndSubjectApart) {
  auto p = Paragraphs(Rebuild(" CHỈ THỊ \nvề lãnh đạo đẩy mạnh phong trào thi đua\n------\n"));
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0], "CHỈ THỊ");
}

TEST(Reconstruct, DashAfterAWrapIsNotABullet) {
  std::string raw = std::string(kWrap) +
                    "vận, góp phần phát triển kinh tế\n- xã hội của địa phương.\n";
  EXPECT_EQ(Paragraphs(Rebuild(raw)).size(), 1u);
}

TEST(Reconstruct, NumberWithACommaAfterAWrapIsNotALabel) {
  std::string raw = std::string(kWrap) +
                    "vận ở các thôn Na Lốc, Cốc Phương, Sả Hồ và thôn Na Lốc\n"
                    "2, Ban Dân tộc yêu cầu các phòng thực hiện như sau:\n"
                    "1. Tiếp tục nghiên cứu, học tập.\n";
  auto p = Paragraphs(Rebuild(raw));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_NE(p[0].find("thôn Na Lốc 2, Ban"), std::string::npos);
}

TEST(Reconstruct, MapsParagraphsBackToTheNormalizedText) {
  std::string raw = "Dòng một của đoạn văn bản\n\nhai.\n";
  const auto& r = testing::Rules();
  NormalizedText n = Normalize(raw, r.normalize);
  ReconstructedText t = Reconstruct(n.text, r.classifier, r.reconstruct);
  size_t at = t.text.find("hai");
  EXPECT_EQ(n.text.substr(t.to_normalized.ToInput(at), 3), "hai");
}

}  // namespace
}  // namespace vbtask

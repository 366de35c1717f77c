// Typed text is repaired only when it shows the damage OCR leaves; the
// signs are counted so that names, abbreviations, codes and foreign words
// of clean text are not taken for damage.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/repair/repair.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

const RepairModel& Model() { return testing::Rules().repair; }

struct SignCase {
  const char* text;
  size_t ill_formed, glyph_gaps, mixed_case, misread_numbers, stray_marks;
};

TEST(DamageSignature, CountsEachSignOnce) {
  const SignCase cases[] = {
      // Clean text: names of the highlands, abbreviations with Đ, codes,
      // a legal reference with one letter, English and "v/v".
      {"Sở GTVT tỉnh Đắk Lắk phối hợp với huyện Krông Búk theo NĐ 15.", 0, 0, 0, 0, 0},
      {"Căn cứ điểm b khoản 2 Điều 5; V/v triển khai tuyến QL14B và 5G.", 0, 0, 0, 0, 0},
      {"Khẩu hiệu “Smart city is a goal” được treo tại trụ sở.", 0, 0, 0, 0, 0},
      {"Văn bản bổsung được gửi kèm.", 0, 0, 0, 0, 0},  // glued, not OCR
      // One sign of each kind.
      {"Tăng cường công tác quản lý xuât nhập khẩu.", 1, 0, 0, 0, 0},
      {"Phối hợp v i các ngành triển khai.", 0, 1, 0, 0, 0},
      {"PHONG TRÀO XÂY DựNG NÔNG THÔN MỚI", 0, 0, 1, 0, 0},
      {"Kế hoạch năm 202S của ƯBND xã.", 0, 0, 1, 1, 0},
      {"ĩI. NHIỆM VỤ", 0, 0, 0, 1, 0},
      {"Thực hiện chủ trương của nhà‘nước về cải cách.", 0, 0, 0, 0, 1},
  };
  for (const SignCase& c : cases) {
    DamageSignature s = SurveyDamage(c.text, Model());
    EXPECT_EQ(s.ill_formed, c.ill_formed) << c.text << "\n" << s.Describe();
    EXPECT_EQ(s.glyph_gaps, c.glyph_gaps) << c.text << "\n" << s.Describe();
    EXPECT_EQ(s.mixed_case, c.mixed_case) << c.text << "\n" << s.Describe();
    EXPECT_EQ(s.misread_numbers, c.misread_numbers) << c.text << "\n" << s.Describe();
    EXPECT_EQ(s.stray_marks, c.stray_marks) << c.text << "\n" << s.Describe();
  }
}

std::string Repeat(const std::string& paragraph, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += paragraph + "\n\n";
  return out;
}

const char kClean[] =
    "Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị rà soát hồ sơ lưu trữ, "
    "đang tải lên hệ thống quản lý văn bản; báo cáo kết quả trước ngày 15 "
    "tháng 6 năm 2025 qua địa chỉ thư điện tử của Văn phòng.";
const char kDamaged[] =
    "Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị rà soát hồ sơ lưu trữ, "
    "phối hợp v i Phòng Nội vụ; báo cáo kêt quả trước ngày 15 tháng 6 năm "
    "202S qua địa chỉ thư điện tử của Văn phòng.";

TEST(DecideRepair, TypedTextWithoutSignsIsLeftAlone) {
  RepairDecision d = DecideRepair(Repeat(kClean, 20), Model(), TextOrigin::kTyped);
  EXPECT_FALSE(d.repair) << d.reason;
  EXPECT_NE(d.reason.find("repair skipped"), std::string::npos) << d.reason;
  EXPECT_EQ(d.signature.signs(), 0u);
}

TEST(DecideRepair, OneTypoInAShortTextIsNoSignOfOcr) {
  RepairDecision d = DecideRepair("Báo cáo kêt quả thực hiện.", Model(), TextOrigin::kTyped);
  EXPECT_EQ(d.signature.signs(), 1u);
  EXPECT_FALSE(d.repair) << d.reason;
}

TEST(DecideRepair, TypedTextWithOcrDamageIsRepaired) {
  RepairDecision d = DecideRepair(Repeat(kDamaged, 3), Model(), TextOrigin::kTyped);
  EXPECT_TRUE(d.repair) << d.reason;
}

TEST(DecideRepair, OcrTextIsAlwaysRepaired) {
  RepairDecision d = DecideRepair(Repeat(kClean, 3), Model(), TextOrigin::kOcr);
  EXPECT_TRUE(d.repair) << d.reason;
}

// Through the pipeline: a clean typed document gets no change and says
// why; the same document damaged is repaired.
TEST(DecideRepair, PipelineSkipsCleanTypedTextAndSaysWhy) {
  const std::string header =
      "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n"
      "Rà soát hồ sơ lưu trữ năm 2025\n\n";
  Document clean = testing::ProcessString(header + "1. " + Repeat(kClean, 10));
  EXPECT_TRUE(clean.repairs.empty());
  bool said = false;
  for (const Warning& w : clean.warnings) said |= w.code == WarningCode::kRepairSkipped;
  EXPECT_TRUE(said);

  Document damaged = testing::ProcessString(header + "1. " + Repeat(kDamaged, 10));
  EXPECT_FALSE(damaged.repairs.empty());
  for (const Warning& w : damaged.warnings) {
    EXPECT_NE(w.code, WarningCode::kRepairSkipped) << w.message;
  }
}

}  // namespace
}  // namespace vbtask

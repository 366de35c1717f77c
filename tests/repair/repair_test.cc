#include "pipeline/repair/repair.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "pipeline/base/utf8.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

const RepairModel& Model() { return testing::Rules().repair; }

RepairedText RepairOf(const std::string& text, RepairMode mode = RepairMode::kSafe) {
  return RepairText(text, Model(), mode);
}

// Each repair's span holds its `to` text, and undoing every repair gives
// the input back.
void ExpectReversible(const std::string& input, const RepairedText& r) {
  std::string undone;
  size_t copied = 0;
  for (const Repair& rep : r.repairs) {
    EXPECT_EQ(r.text.substr(rep.begin, rep.end - rep.begin), rep.to);
    undone += r.text.substr(copied, rep.begin - copied) + rep.from;
    copied = rep.end;
  }
  undone += r.text.substr(copied);
  EXPECT_EQ(undone, input);
}

struct Case {
  const char* damaged;
  const char* repaired;
  const char* rule;
  RepairMode mode = RepairMode::kSafe;
};

class ErrorModelTest : public ::testing::TestWithParam<Case> {};

TEST_P(ErrorModelTest, RepairsTheDamage) {
  const Case& c = GetParam();
  RepairedText r = RepairOf(c.damaged, c.mode);
  EXPECT_EQ(r.text, c.repaired);
  ASSERT_FALSE(r.repairs.empty());
  EXPECT_EQ(NameOf(r.repairs[0].rule), c.rule);
  EXPECT_GT(r.repairs[0].confidence, 0.5);
  ExpectReversible(c.damaged, r);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ErrorModelTest,
    ::testing::Values(
        Case{"Các đơn vị thực hiện tôt nhiệm vụ được giao.",
             "Các đơn vị thực hiện tốt nhiệm vụ được giao.", "diacritic"},
        // A real word in the wrong place: only --repair full dares.
        Case{"Chú trọng đôi mới nội dung và hình thức tuyên truyền.",
             "Chú trọng đổi mới nội dung và hình thức tuyên truyền.",
             "diacritic", RepairMode::kFull},
        // A real word never seen beside its neighbours: --repair safe
        // replaces it when the context clearly prefers a variant.
        Case{"Không để xảy ra tình trạng gây phiên hà cho người dân.",
             "Không để xảy ra tình trạng gây phiền hà cho người dân.",
             "diacritic"},
        Case{"Tăng cường công tác đối ngoại của Nhà nư c và Nhân dân.",
             "Tăng cường công tác đối ngoại của Nhà nước và Nhân dân.",
             "dropped_glyph"},
        Case{"Hội nghị Ban  hấp hành Đảng bộ tỉnh lần thứ ba.",
             "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ba.", "dropped_glyph"},
        // Two spaces inside a line are themselves evidence of a lost
        // glyph; the restored word takes the capital the lexicon gives
        // the name it starts.
        Case{"Báo cáo Ban Chấp hành  ông đoàn cơ quan.",
             "Báo cáo Ban Chấp hành Công đoàn cơ quan.", "dropped_glyph"},
        Case{"Báo cáo ủ y  ban nhân dân tỉnh.",
             "Báo cáo Ủy  ban nhân dân tỉnh.", "split_syllable"},
        Case{"Phát huy vai tr , trách nhiệm của người đứng đầu.",
             "Phát huy vai trò, trách nhiệm của người đứng đầu.",
             "dropped_glyph"},
        Case{"Kế hoạch thực hiện đến năm 202S.",
             "Kế hoạch thực hiện đến năm 2025.", "number"},
        Case{"Giữ gìn sự đoàn kết trong bội bộ cơ quan.",
             "Giữ gìn sự đoàn kết trong nội bộ cơ quan.", "letter_confusion"},
        // An abbreviation that lost its first capital at a two-space gap.
        Case{"Báo cáo Ban Tuyên giáo (các  TGTU) và Ban Dân vận.",
             "Báo cáo Ban Tuyên giáo (các BTGTU) và Ban Dân vận.",
             "dropped_glyph"},
        Case{"Kế hoạch số 12/KH-ƯBND của tỉnh.",
             "Kế hoạch số 12/KH-UBND của tỉnh.", "letter_confusion"},
        Case{"cơ quan hành chính nhà‘nước các cấp",
             "cơ quan hành chính nhà nước các cấp", "stray_mark"},
        Case{"II. XÂY DựNG MÔ HÌNH", "II. XÂY DỰNG MÔ HÌNH", "case"}));

TEST(Repair, JoinsASyllableSplitBySpaces) {
  RepairedText r = RepairOf("Thường trực Ủy ban Kiểm tra tỉnh ủ y  viên", RepairMode::kFull);
  ASSERT_EQ(r.repairs.size(), 1u);
  EXPECT_EQ(r.repairs[0].rule, RepairRule::kSplitSyllable);
  EXPECT_EQ(r.repairs[0].to, "ủy");
}

TEST(Repair, GuardsNumbersAndProtectedWords) {
  // No plausible year, no known abbreviation, no change.
  for (const char* text : {"Phát hành năm 1S00 tại kho lưu trữ.",
                           "Số 12S/QĐ-TTg ngày 5/5/2021.",
                           "Đảng ủy Khối CQ&DN tỉnh, Quyết định của TTg.",
                           // "Q" may have been CQ or NQ: no guess.
                           "Đảng ủy Khối  Q&DN tỉnh."}) {
    RepairedText r = RepairOf(text, RepairMode::kFull);
    EXPECT_TRUE(r.repairs.empty()) << text << " -> " << r.text;
  }
}

TEST(Repair, OffChangesNothing) {
  RepairedText r = RepairOf("Các đơn vị thực hiện tôt nhiệm vụ.", RepairMode::kOff);
  EXPECT_TRUE(r.repairs.empty());
  EXPECT_EQ(r.text, "Các đơn vị thực hiện tôt nhiệm vụ.");
}

TEST(Repair, PipelineReportsRepairsOnTheRepairedText) {
  const std::string input =
      "KẾ HOẠCH\nThực hiện công tác dân vận\n\n1. Các phòng thực hiện tôt "
      "nhiệm vụ gắn v i đẩy mạnh học tập.\n2. Báo cáo kêt quả trước ngày 15/12.\n";
  // Three signs of damage: typed text with fewer is left as printed.
  Document doc = testing::ProcessString(input);
  ASSERT_GE(doc.repairs.size(), 2u);
  for (const Repair& r : doc.repairs) {
    EXPECT_EQ(doc.text.substr(r.begin, r.end - r.begin), r.to);
  }
  EXPECT_NE(doc.text.find("thực hiện tốt nhiệm vụ gắn với đẩy"),
            std::string::npos);
  // Items are cut from the paragraphs the repair moved.
  for (const Item& it : doc.items) {
    ASSERT_LE(it.end, doc.text.size());
    EXPECT_LE(it.begin, it.end);
  }
  bool item_has_fix = false;
  for (const Item& it : doc.items) {
    std::string own = doc.text.substr(it.begin, it.end - it.begin);
    item_has_fix |= own.find("tốt") != std::string::npos;
  }
  EXPECT_TRUE(item_has_fix);
}

}  // namespace
}  // namespace vbtask

namespace vbtask {
namespace {

TEST(RepairModel, ReportsABadCostWithItsLine) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "repair_rules";
  fs::remove_all(dir);
  fs::copy(testing::SourcePath("rules"), dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "repair/error_costs.tsv", std::ios::app);
    out << "tone\tmany\n";
  }
  auto model = RepairModel::Load(dir.string());
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.status().message().find("repair/error_costs.tsv:"),
            std::string::npos)
      << model.status().message();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vbtask

namespace vbtask {
namespace {

// The document prints "phân luồng" twice: that is evidence for repairing
// the damaged third one, which the trained model alone leaves alone.
TEST(Repair, AdaptsToWhatTheDocumentPrints) {
  const std::string damaged = "Tổ chức phân luổng giao thông.\n";
  EXPECT_TRUE(RepairText(damaged, testing::Rules().repair, RepairMode::kSafe)
                  .repairs.empty());
  RepairedText r = RepairText(
      "Thực hiện tốt công tác phân luồng.\nBố trí lực lượng phân luồng.\n" +
          damaged,
      testing::Rules().repair, RepairMode::kSafe);
  ASSERT_EQ(r.repairs.size(), 1u);
  EXPECT_EQ(r.repairs[0].from, "luổng");
  EXPECT_EQ(r.repairs[0].to, "luồng");
}

// Damage printed twice is no evidence: words next to a two-space gap do
// not teach the document model, so both "hấp hành" are repaired.
TEST(Repair, DoesNotLearnFromWordsNextToAGap) {
  RepairedText r = RepairText(
      "Hội nghị Ban  hấp hành mở rộng.\nBáo cáo của Ban  hấp hành khóa mới.\n",
      testing::Rules().repair, RepairMode::kSafe);
  ASSERT_EQ(r.repairs.size(), 2u);
  EXPECT_EQ(r.repairs[0].to, "Chấp");
  EXPECT_EQ(r.repairs[1].to, "Chấp");
}

// A sentence wrapped over lines: the word before the break is context
// for the word after it, across blank lines too.
TEST(Repair, ReadsASentenceAcrossLineBreaks) {
  const std::string damaged = "huyên tổ chức thực hiện.\n";
  EXPECT_TRUE(RepairText(damaged, testing::Rules().repair, RepairMode::kSafe)
                  .repairs.empty());
  RepairedText r = RepairText("Sở Nội vụ hướng dẫn các\n\n" + damaged,
                              testing::Rules().repair, RepairMode::kSafe);
  ASSERT_EQ(r.repairs.size(), 1u);
  EXPECT_EQ(r.repairs[0].to, "huyện");
  ExpectReversible("Sở Nội vụ hướng dẫn các\n\n" + damaged, r);
}

// A fragment before the space ending a line lost its last glyph there;
// the next line tells which.
TEST(Repair, RestoresAGlyphLostAtALineBreak) {
  const std::string damaged =
      "Sở Tài chính chủ trì tham mưu b \ntrí kinh phí thực hiện.\n";
  RepairedText r =
      RepairText(damaged, testing::Rules().repair, RepairMode::kSafe);
  ASSERT_EQ(r.repairs.size(), 1u);
  EXPECT_EQ(r.repairs[0].to, "bố");
  ExpectReversible(damaged, r);
}

}  // namespace
}  // namespace vbtask

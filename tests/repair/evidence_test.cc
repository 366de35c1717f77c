// What a batch prints adapts repair to the batch (RepairEvidence), but only
// for text that is not a real word.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/repair/repair.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

const RepairModel& Model() { return testing::Rules().repair; }

std::string Repaired(const std::string& text, const RepairEvidence* batch) {
  return RepairText(text, Model(), RepairMode::kSafe, batch).text;
}

TEST(RepairEvidence, CountsPairsPrintedTwiceInTheBatch) {
  RepairEvidence batch(Model());
  batch.AddDocument("Hội nghị tổng kết công tác năm.\n");
  EXPECT_EQ(batch.likely_pairs(), 0u);
  batch.AddDocument("Hội nghị tổng kết công tác năm.\n");
  EXPECT_GE(batch.likely_pairs(), 1u);
}

TEST(RepairEvidence, DamageNearAGapTeachesNothing) {
  RepairEvidence batch(Model());
  for (int k = 0; k < 3; ++k) batch.AddDocument("Ban  hấp hành\n");
  EXPECT_EQ(batch.likely_pairs(), 0u);
}

TEST(RepairEvidence, AGlyphDroppedInOneDocumentIsRestoredFromTheOthers) {
  // Alone, the model fills "Tân L c" with its likeliest syllable, "Lộc".
  const std::string damaged = "Trường tiểu học Tân L c báo cáo kết quả.\n";
  RepairEvidence batch(Model());
  batch.AddDocument("Ủy ban nhân dân huyện Tân Lạc báo cáo.\n");
  batch.AddDocument("Công an huyện Tân Lạc phối hợp thực hiện.\n");
  batch.AddDocument(damaged);
  EXPECT_EQ(Repaired(damaged, nullptr).find("Tân Lạc"), std::string::npos)
      << "the model alone restores it: the test shows nothing";
  EXPECT_EQ(Repaired(damaged, &batch),
            "Trường tiểu học Tân Lạc báo cáo kết quả.\n");
}

TEST(RepairEvidence, ARealWordIsNotChangedOnTheBatchsWord) {
  // "các phương" is printed all over the batch; "các phường" is right too.
  RepairEvidence batch(Model());
  for (int k = 0; k < 4; ++k) {
    batch.AddDocument("Xây dựng các phương án ứng phó; rà soát các phương tiện.\n");
  }
  const std::string text = "Ủy ban nhân dân các phường, xã triển khai.\n";
  batch.AddDocument(text);
  EXPECT_EQ(Repaired(text, &batch), text);
}

TEST(RepairSplitSyllable, ACapitalStartsANewWord) {
  const std::string text = "Ủy ban nhân dân xã Phú C u triển khai kế hoạch.\n";
  EXPECT_EQ(Repaired(text, nullptr).find("PhúC"), std::string::npos);
}

}  // namespace
}  // namespace vbtask

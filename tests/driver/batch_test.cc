// ProcessBatch: files in parallel, two passes when repair adapts to the
// batch; bad inputs reach the sink as errors, the others go on, and the
// spool is gone afterwards.
#include "pipeline/driver/batch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

class BatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vbtask-batch-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "spool");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

TEST_F(BatchTest, BadInputsAreReportedAndTheOthersProcessed) {
  std::vector<std::string> paths = {
      testing::SourcePath("corpus/seeds/001_30e07dfc586e8ac1.txt"),
      Write("empty.txt", ""),
      (dir_ / "missing.txt").string(),
      testing::SourcePath("corpus/directives/13_kh_phong_tnmt_moitruong_ocr.txt"),
  };
  BatchOptions options;
  options.spool_dir = (dir_ / "spool").string();
  auto docs = testing::ProcessAsBatch(paths, options);
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_TRUE(docs[0].ok());
  ASSERT_FALSE(docs[1].ok());
  EXPECT_NE(docs[1].status().message().find("empty.txt"), std::string::npos);
  ASSERT_FALSE(docs[2].ok());
  EXPECT_NE(docs[2].status().message().find("missing.txt"), std::string::npos);
  ASSERT_TRUE(docs[3].ok());
  EXPECT_FALSE(docs[3]->repairs.empty());
  EXPECT_TRUE(fs::is_empty(dir_ / "spool")) << "spool left behind";
}

TEST_F(BatchTest, ADocumentComesOutAsItsIngestedText) {
  // Through the spool and back: the same document whether adapted to a
  // batch of itself and a clean text or processed alone.
  const std::string pdf = testing::SourcePath("corpus/pdf/003_138bcd714f36f0f1.pdf");
  auto alone = ProcessFile(pdf, testing::Rules());
  ASSERT_TRUE(alone.ok());
  auto docs = testing::ProcessAsBatch(
      {pdf, testing::SourcePath("corpus/seeds/001_30e07dfc586e8ac1.txt")});
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(ToJson(*docs[0]).dump(), ToJson(*alone).dump());
}

TEST_F(BatchTest, ABadSpoolDirectoryStopsTheBatch) {
  BatchOptions options;
  options.spool_dir = Write("not-a-directory", "x");
  auto docs = testing::ProcessAsBatch(
      {testing::SourcePath("corpus/seeds/001_30e07dfc586e8ac1.txt"),
       testing::SourcePath("corpus/seeds/002_4653ab8526411b1c.txt")},
      options);
  ASSERT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].status().message().find("not-a-directory"), std::string::npos);
}

}  // namespace
}  // namespace vbtask

// Repair must leave correct text alone: the clean seeds and directives of
// the corpus get no change at all in the default mode.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/repair/repair.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

TEST(DoNoHarm, CleanCorpusTextsGetNoRepairs) {
  namespace fs = std::filesystem;
  size_t files = 0;
  for (const char* dir : {"corpus/seeds", "corpus/directives"}) {
    for (const auto& entry : fs::directory_iterator(testing::SourcePath(dir))) {
      std::string name = entry.path().filename().string();
      // Seeds 000 and 004 and the *_ocr directives are the damaged ones.
      if (name.rfind("000_", 0) == 0 || name.rfind("004_", 0) == 0 ||
          name.find("_ocr") != std::string::npos) {
        continue;
      }
      ++files;
      auto bytes = ReadWholeFile(entry.path().string());
      ASSERT_TRUE(bytes.ok());
      RepairedText r = RepairText(*bytes, testing::Rules().repair,
                                  RepairMode::kSafe);
      for (const Repair& rep : r.repairs) {
        ADD_FAILURE() << name << ": " << rep.from << " -> " << rep.to;
      }
    }
  }
  EXPECT_GE(files, 15u);
}

}  // namespace
}  // namespace vbtask

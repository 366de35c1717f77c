// Repair must leave correct text alone: the clean seeds and directives of
// the corpus get no change at all in the default mode.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/driver/pipeline.h"
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
      // Through the whole pipeline: decoding (one directive is UTF-16),
      // normalization and paragraphs, as repair sees its input in use.
      auto doc = ProcessFile(entry.path().string(), testing::Rules());
      ASSERT_TRUE(doc.ok()) << doc.status().message();
      const std::vector<Repair>& repairs = doc->repairs;
      for (const Repair& rep : repairs) {
        ADD_FAILURE() << name << ": " << rep.from << " -> " << rep.to;
      }
    }
  }
  EXPECT_GE(files, 15u);
}

}  // namespace
}  // namespace vbtask

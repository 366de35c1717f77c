// Repair must leave correct text alone: the clean seeds and directives of
// the corpus get no change at all in the default mode.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/driver/pipeline.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

bool IsDamaged(const std::string& name) {
  // Seeds 000 and 004 and the *_ocr directives are the damaged ones.
  return name.rfind("000_", 0) == 0 || name.rfind("004_", 0) == 0 ||
         name.find("_ocr") != std::string::npos;
}

std::vector<std::string> CorpusTexts() {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  for (const char* dir : {"corpus/seeds", "corpus/directives"}) {
    for (const auto& entry : fs::directory_iterator(testing::SourcePath(dir))) {
      paths.push_back(entry.path().string());
    }
  }
  return paths;
}

void ExpectNoRepairs(const std::string& path, const Result<Document>& doc) {
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  for (const Repair& rep : doc->repairs) {
    ADD_FAILURE() << path << ": " << rep.from << " -> " << rep.to;
  }
}

TEST(DoNoHarm, CleanCorpusTextsGetNoRepairs) {
  size_t files = 0;
  for (const std::string& path : CorpusTexts()) {
    if (IsDamaged(std::filesystem::path(path).filename().string())) continue;
    ++files;
    // Through the whole pipeline: decoding (one directive is UTF-16),
    // normalization and paragraphs, as repair sees its input in use.
    ExpectNoRepairs(path, ProcessFile(path, testing::Rules()));
  }
  EXPECT_GE(files, 15u);
}

// In one batch with the damaged texts, what the batch prints must not
// change a clean text either.
TEST(DoNoHarm, CleanCorpusTextsGetNoRepairsInABatch) {
  std::vector<std::string> paths = CorpusTexts();
  auto docs = testing::ProcessAsBatch(paths);
  for (size_t i = 0; i < paths.size(); ++i) {
    if (IsDamaged(std::filesystem::path(paths[i]).filename().string())) continue;
    ExpectNoRepairs(paths[i], docs[i]);
  }
}

}  // namespace
}  // namespace vbtask

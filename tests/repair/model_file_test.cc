// rules/repair/model.tsv is generated; it must match what `vbtask lm build`
// makes from the sources it names and the current lexicon.
#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/driver/pipeline.h"
#include "pipeline/repair/repair.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

TEST(ModelFile, IsUpToDate) {
  auto model = ReadWholeFile(testing::SourcePath("rules/repair/model.tsv"));
  ASSERT_TRUE(model.ok());
  std::vector<SourceFile> texts;
  std::vector<std::string> names;
  std::istringstream lines(*model);
  const std::string marker = "# source: ";
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(marker, 0) != 0) continue;
    names.push_back(line.substr(marker.size()));
    auto text = ReadWholeFile(
        testing::SourcePath("corpus/directives/" + names.back()));
    ASSERT_TRUE(text.ok()) << names.back();
    texts.push_back({names.back(), std::move(text.value())});
  }
  ASSERT_GE(names.size(), 5u);
  for (const std::string& name : names) {
    EXPECT_EQ(name.find("_ocr"), std::string::npos) << "damaged text in training";
  }
  auto rebuilt = BuildLanguageModel(texts, names, testing::SourcePath("rules"));
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status().message();
  EXPECT_TRUE(*rebuilt == *model)
      << "rules/repair/model.tsv is stale: run\n  cd corpus/directives && "
         "vbtask lm build <the sources it lists> -o ../../rules/repair/model.tsv";
}

}  // namespace
}  // namespace vbtask

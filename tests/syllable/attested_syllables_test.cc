#include "pipeline/syllable/attested_syllables.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "tests/test_support.h"

namespace vbtask {
namespace {

const TextFolder& Folder() {
  static const TextFolder folder =
      std::move(TextFolder::Load(testing::SourcePath("rules")).value());
  return folder;
}

TEST(AttestedSyllables, DebianListHasTheCommonSyllables) {
  auto set = AttestedSyllables::Load(AttestedSyllables::DefaultPath(), Folder());
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_GT(set->size(), 6000u);
  for (const char* s : {"nước", "với", "Chính", "ỦY", "uỷ", "hòa", "hoà", "đảng"}) {
    EXPECT_TRUE(set->Contains(s)) << s;
  }
  for (const char* s : {"nưc", "kêt", "tôt", "quyêt", "202S"}) {
    EXPECT_FALSE(set->Contains(s)) << s;
  }
}

TEST(AttestedSyllables, SkipsCountAndFlagsAndRejectsEmptyLists) {
  const std::string path = ::testing::TempDir() + "/attested_test.dic";
  {
    std::ofstream out(path);
    out << "3\nnước/AB\nhai từ\nvới\n";
  }
  auto set = AttestedSyllables::Load(path, Folder());
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(set->size(), 2u);
  EXPECT_TRUE(set->Contains("NƯỚC"));
  {
    std::ofstream out(path);
    out << "0\n";
  }
  auto empty = AttestedSyllables::Load(path, Folder());
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find(path), std::string::npos);
  std::remove(path.c_str());
  auto missing = AttestedSyllables::Load(path, Folder());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("hunspell-vi"), std::string::npos);
}

}  // namespace
}  // namespace vbtask

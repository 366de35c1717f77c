#include "pipeline/syllable/phonotactics.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

const Phonotactics& Model() {
  static const Phonotactics model =
      std::move(Phonotactics::Load(testing::SourcePath("rules")).value());
  return model;
}

TEST(Phonotactics, DecomposesIntoParts) {
  auto p = Model().Decompose("Nguyễn");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->onset, U"ng");
  EXPECT_EQ(p->medial, U"u");
  EXPECT_EQ(p->nucleus, U"yê");
  EXPECT_EQ(p->coda, U"n");
  EXPECT_EQ(p->tone, Tone::kNga);
  auto q = Model().Decompose("quyết");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->onset, U"qu");
  EXPECT_EQ(q->nucleus, U"yê");
  EXPECT_EQ(q->tone, Tone::kSac);
}

TEST(Phonotactics, AcceptsCommonSyllables) {
  for (const char* s : {"tốt", "kết", "học", "nghị", "ghi", "gì", "gìn", "hoà",
                        "hòa", "Ủy", "khuya", "chuyện", "người", "ĐẢNG", "ăn",
                        "thuở", "mùa", "kỹ", "quốc", "a", "ý", "chỉnh"}) {
    EXPECT_TRUE(Model().IsWellFormed(s)) << s;
  }
}

TEST(Phonotactics, RejectsBrokenConstraints) {
  for (const char* s : {"tôt", "kêt", "biêt", "săc", "ka", "gha", "ngha", "ce",
                        "nge", "tă", "tiê", "miac", "nưc", "202S", "hh", ""}) {
    EXPECT_FALSE(Model().IsWellFormed(s)) << s;
  }
}

TEST(Phonotactics, ToneOfALetter) {
  Tone t;
  EXPECT_EQ(Model().Toneless(U'Ế', &t), U'ê');
  EXPECT_EQ(t, Tone::kSac);
  EXPECT_EQ(Model().Toneless(U'ự', &t), U'ư');
  EXPECT_EQ(t, Tone::kNang);
  EXPECT_EQ(Model().Toneless(U'Ơ', &t), U'ơ');
  EXPECT_EQ(t, Tone::kNgang);
}

}  // namespace
}  // namespace vbtask

#include "pipeline/normalize/normalize.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

std::string Norm(const std::string& s) {
  return Normalize(s, testing::Rules().normalize).text;
}

TEST(Normalize, ComposesToNfc) {
  EXPECT_EQ(Norm("Vie\xCC\xA3\xCC\x82t"), "Việt");  // e + dot below + circumflex
}

TEST(Normalize, ReplacesLookAlikesAndInvisibles) {
  EXPECT_EQ(Norm("\xC3\x90" "ảng"), "Đảng");           // Ð U+00D0
  EXPECT_EQ(Norm("Tỉnh\xC2\xA0ủy"), "Tỉnh ủy");        // no-break space
  EXPECT_EQ(Norm("chuyển\xC2\xAD" "đổi"), "chuyểnđổi"); // soft hyphen
  EXPECT_EQ(Norm("a\xE2\x80\x8B" "b"), "ab");           // zero width space
  EXPECT_EQ(Norm("“Dân vận khéo”"), "“Dân vận khéo”");  // quotes stay
}

TEST(Normalize, RemovesMarkdownResidue) {
  EXPECT_EQ(Norm("**ĐẢNG BỘ TỈNH**  "), "ĐẢNG BỘ TỈNH");
  EXPECT_EQ(Norm("**Kính gửi:** - UBND"), "Kính gửi: - UBND");
  EXPECT_EQ(Norm("\\*"), "*");
  EXPECT_EQ(Norm("*V/v tăng cường\ncông tác*"), "V/v tăng cường\ncông tác");
  EXPECT_EQ(Norm("(*hàng năm*)"), "(hàng năm)");
  EXPECT_EQ(Norm("**1. Mở\nđầu**"), "1. Mở\nđầu");
  EXPECT_EQ(Norm("## Tiêu đề"), "Tiêu đề");
  EXPECT_EQ(Norm("- Kính gửi:*"), "- Kính gửi:");
}

TEST(Normalize, TurnsPipeTablesIntoTabSeparatedRows) {
  EXPECT_EQ(Norm("| STT | Nội dung |\n|---|---|\n| 1 | **Rà soát** |"),
            "STT\tNội dung\n1\tRà soát");
}

TEST(Normalize, UnifiesLineEndsAndIsolatesFormFeeds) {
  EXPECT_EQ(Norm("a\r\nb\rc\fd"), "a\nb\nc\n\f\nd");
}

TEST(Normalize, MapsOffsetsBackToTheDecodedText) {
  std::string in = "**Số** 12";
  NormalizedText n = Normalize(in, testing::Rules().normalize);
  ASSERT_EQ(n.text, "Số 12");
  EXPECT_EQ(n.to_decoded.ToInput(0), 2u);  // "S" after "**"
  EXPECT_EQ(n.to_decoded.ToInput(n.text.find("12")), in.find("12"));
}

TEST(Fold, SkeletonHasOneBytePerCodePoint) {
  const TextFolder& f = testing::Rules().classifier.folder();
  EXPECT_EQ(f.Skeleton("KÉ HOẠCH"), "ke hoach");
  EXPECT_EQ(f.Skeleton("Đảng “X” – ¹"), "dang \"x\" - ^");
  std::string s = "Thực hiện";
  EXPECT_EQ(f.Skeleton(s).size(), 9u);
}

TEST(Fold, MatchKeyIgnoresTonePlacementButNotDiacritics) {
  const TextFolder& f = testing::Rules().classifier.folder();
  EXPECT_EQ(f.MatchKey("Tỉnh uỷ"), f.MatchKey("tỉnh ủy"));
  EXPECT_EQ(f.MatchKey("hoà bình"), f.MatchKey("Hòa bình"));
  EXPECT_EQ(f.MatchKey("thuỷ lợi"), f.MatchKey("thủy lợi"));
  EXPECT_EQ(f.MatchKey("quý"), "quý");  // qu- onset keeps the mark on y
  EXPECT_NE(f.MatchKey("mục"), f.MatchKey("mức"));
}

}  // namespace
}  // namespace vbtask

#include "pipeline/base/utf8.h"

#include <gtest/gtest.h>

namespace vbtask {
namespace {

TEST(Utf8, ValidatesAndReportsOffset) {
  size_t bad = 99;
  EXPECT_TRUE(utf8::IsValid("Đảng ủy", &bad));
  EXPECT_FALSE(utf8::IsValid(std::string("ab\xC3\x28", 4), &bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(utf8::IsValid(std::string("\xED\xA0\x80", 3), &bad));  // surrogate
  EXPECT_FALSE(utf8::IsValid(std::string("\xC0\xAF", 2), &bad));      // overlong
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(utf8::CountCodePoints("Việt Nam"), 8u);
  utf8::CodePointCounter c("ấy là");
  EXPECT_EQ(c.ToCodePoints(3), 1u);
  EXPECT_EQ(c.ToCodePoints(std::string("ấy là").size()), 5u);
}

TEST(Utf8, TrimsUnicodeSpaces) {
  EXPECT_EQ(utf8::Trim("\xC2\xA0 abc \t"), "abc");
}

}  // namespace
}  // namespace vbtask

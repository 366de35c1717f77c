// The golden tests' failure message: where a stale output first differs.
#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

TEST(LineDiff, ShowsTheFirstDifferenceWithContext) {
  struct Case {
    const char* want;
    const char* got;
    const char* diff;
  };
  const Case cases[] = {
      {"a\nb\n", "a\nb\n", "no difference"},
      {"a\nb\nc\nd\ne\n", "a\nb\nc\nX\ne\n",
       "first difference at line 4:\n  b\n  c\n- d\n+ X\n"},
      {"a\n", "a\nb\n", "first difference at line 2:\n  a\n+ b\n"},
      {"x\ny\n", "y\n", "first difference at line 1:\n- x\n"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(testing::LineDiff(c.want, c.got), c.diff) << c.want;
  }
}

}  // namespace
}  // namespace vbtask

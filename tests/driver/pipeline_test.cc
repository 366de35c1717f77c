// The driver: a PDF text layer typed in a legacy font is decoded before the
// text stages see it.
#include "pipeline/driver/pipeline.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

TEST(DecodeTextLayer, LegacyFontMojibakeIsDecoded) {
  const PipelineRules& rules = testing::Rules();
  const std::string clean =
      "BAN CHẤP HÀNH TRUNG ƯƠNG\nBộ Chính trị yêu cầu các cấp ủy tập trung "
      "lãnh đạo thực hiện tốt nhiệm vụ.\n";
  auto mojibake = EncodeLegacy(clean, "UTF-8+TCVN3-mojibake", rules.decode);
  ASSERT_TRUE(mojibake.ok()) << mojibake.status().message();
  ASSERT_NE(*mojibake, clean);
  DecodedText decoded = DecodeTextLayer(*mojibake, rules);
  EXPECT_EQ(decoded.text, clean);
  EXPECT_EQ(decoded.encoding, "UTF-8+TCVN3-mojibake");

  DecodedText untouched = DecodeTextLayer(clean, rules);
  EXPECT_EQ(untouched.text, clean);
  EXPECT_EQ(untouched.encoding, "UTF-8");
}

}  // namespace
}  // namespace vbtask

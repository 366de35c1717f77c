#include "pipeline/decode/decode.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

struct DecodeCase {
  std::string name;
  std::string bytes;
  std::string text;      // expected text when ok
  std::string encoding;  // expected encoding when ok
  std::string error;     // expected substring of the error otherwise
};

void PrintTo(const DecodeCase& c, std::ostream* os) { *os << c.name; }

class DecodeTable : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(DecodeTable, DecodesOrNamesTheProblem) {
  const DecodeCase& c = GetParam();
  auto r = Decode(SourceFile{"doc.txt", c.bytes}, testing::Rules().decode);
  if (c.error.empty()) {
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->text, c.text);
    EXPECT_EQ(r->encoding, c.encoding);
  } else {
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("doc.txt"), std::string::npos);
    EXPECT_NE(r.status().message().find(c.error), std::string::npos)
        << r.status().message();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, DecodeTable,
    ::testing::Values(
        DecodeCase{"utf8", "Chỉ thị", "Chỉ thị", "UTF-8", ""},
        DecodeCase{"utf8_bom", "\xEF\xBB\xBF" "Đảng", "Đảng", "UTF-8-BOM", ""},
        DecodeCase{"utf16le", std::string("\xFF\xFE\x10\x01\x61\x00", 6), "Đa",
                   "UTF-16LE", ""},
        DecodeCase{"utf16be", std::string("\xFE\xFF\x01\x10\x00\x61", 6), "Đa",
                   "UTF-16BE", ""},
        DecodeCase{"empty", "", "", "", "empty file"},
        DecodeCase{"blank", " \n\n ", "", "", "only white space"},
        DecodeCase{"utf16_blank", std::string("\xFF\xFE\x20\x00\x0A\x00", 6), "",
                   "", "only white space"},
        DecodeCase{"invalid_utf8", "ab\xC3(", "", "",
                   "invalid UTF-8 at byte offset 2"},
        DecodeCase{"binary", std::string("PK\x03\x04\x00\x00", 6), "", "",
                   "binary content"},
        DecodeCase{"lone_surrogate", std::string("\xFF\xFE\x00\xD8\x61\x00", 6),
                   "", "", "unpaired UTF-16 surrogate"}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace vbtask

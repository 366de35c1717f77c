// List labels as Word prints them from numbering.xml.
#include <gtest/gtest.h>

#include "pipeline/docx/docx.h"
#include "tests/docx/office_zip.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::NumberedPara;

std::string Level(int ilvl, const std::string& fmt, const std::string& text,
                  const std::string& extra = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\">" + extra + "<w:numFmt w:val=\"" +
         fmt + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

// A Vietnamese plan's outline: I. / 1. / a) / - / +.
const std::string kOutline =
    "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "upperRoman", "%1.") +
    Level(1, "decimal", "%2.") + Level(2, "lowerLetter", "%3)") +
    Level(3, "bullet", "\xEF\x80\xAD") /* U+F02D, the Symbol dash */ +
    Level(4, "bullet", "+") + "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

struct Case {
  const char* name;
  std::string numbering, styles, body;
  std::vector<std::string> lines;
};

std::vector<Case> Cases() {
  return {
      {"OutlineLevels", kOutline, "",
       NumberedPara(1, 0, "MỤC ĐÍCH") + NumberedPara(1, 1, "Mục đích") +
           NumberedPara(1, 2, "Tuyên truyền") + NumberedPara(1, 3, "Cán bộ") +
           NumberedPara(1, 4, "Đảng viên") + NumberedPara(1, 2, "Vận động") +
           NumberedPara(1, 0, "NHIỆM VỤ") + NumberedPara(1, 1, "Lãnh đạo"),
       {"I. MỤC ĐÍCH", "1. Mục đích", "a) Tuyên truyền", "- Cán bộ", "+ Đảng viên",
        "b) Vận động", "II. NHIỆM VỤ", "1. Lãnh đạo"}},
      {"MultiLevelAndNoDVietnameseLetter",
       "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "decimal", "%1.") +
           Level(1, "decimal", "%1.%2.") + Level(2, "lowerLetter", "%3)") +
           "</w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/></w:num>",
       "",
       NumberedPara(3, 0, "Chung") + NumberedPara(3, 1, "Một") + NumberedPara(3, 1, "Hai") +
           NumberedPara(3, 2, "a") + NumberedPara(3, 2, "b") + NumberedPara(3, 2, "c") +
           NumberedPara(3, 2, "d") + NumberedPara(3, 2, "e") + NumberedPara(3, 0, "Riêng") +
           NumberedPara(3, 1, "Ba"),
       {"1. Chung", "1.1. Một", "1.2. Hai", "a) a", "b) b", "c) c", "d) d", "e) e",
        "2. Riêng", "2.1. Ba"}},
      {"StartAndStartOverride",
       "<w:abstractNum w:abstractNumId=\"0\">" +
           Level(0, "decimal", "%1.", "<w:start w:val=\"3\"/>") +
           "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
           "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
           "<w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>",
       "",
       NumberedPara(1, 0, "ba") + NumberedPara(1, 0, "bốn") + NumberedPara(2, 0, "bảy") +
           NumberedPara(2, 0, "tám") + NumberedPara(1, 0, "năm"),
       {"3. ba", "4. bốn", "7. bảy", "8. tám", "5. năm"}},
      {"LowerLevelRestartRule",
       "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "upperRoman", "%1.") +
           Level(1, "decimal", "%2.") +
           Level(2, "lowerRoman", "%3.", "<w:lvlRestart w:val=\"1\"/>") +
           "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
       "",
       NumberedPara(1, 0, "A") + NumberedPara(1, 2, "x") + NumberedPara(1, 1, "B") +
           NumberedPara(1, 2, "y") + NumberedPara(1, 0, "C") + NumberedPara(1, 2, "z"),
       // Level 3 restarts only after level 1: level 2's "1." does not restart it.
       {"I. A", "i. x", "1. B", "ii. y", "II. C", "i. z"}},
      {"NumberingThroughTheParagraphStyle", kOutline,
       "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
       "</w:numPr></w:pPr></w:style>"
       "<w:style w:type=\"paragraph\" w:styleId=\"Muc2\"><w:basedOn w:val=\"Muc\"/><w:pPr>"
       "<w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>",
       NumberedPara(-1, 0, "MỘT", "Muc") + NumberedPara(-1, 0, "Con", "Muc2") +
           NumberedPara(-1, 0, "HAI", "Muc") + NumberedPara(-1, 0, "Thường"),
       {"I. MỘT", "1. Con", "II. HAI", "Thường"}},
  };
}

class NumberingTest : public ::testing::TestWithParam<Case> {};

TEST_P(NumberingTest, LabelsAreWhatWordPrints) {
  const Case& c = GetParam();
  SourceFile file{"numbering.docx", testing::Docx(c.body, c.numbering, c.styles)};
  const PipelineRules& rules = testing::Rules();
  auto text = ReadOfficeDocument(file, rules.docx, rules.decode);
  ASSERT_TRUE(text.ok()) << text.status().message();
  std::vector<std::string> lines;
  for (size_t b = 0, e; b < text->text.size(); b = e + 1) {
    e = text->text.find('\n', b);
    lines.push_back(text->text.substr(b, e - b));
  }
  EXPECT_EQ(lines, c.lines);
}

INSTANTIATE_TEST_SUITE_P(Docx, NumberingTest, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace vbtask

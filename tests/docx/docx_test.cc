// Word and OpenDocument files through the whole pipeline: the corpus
// versions of directive 16 extract as its text does; notes, tracked
// changes, legacy fonts; every bad input is an error naming the file.
#include <gtest/gtest.h>

#include <cstdlib>

#include "pipeline/model/names.h"
#include "tests/docx/office_zip.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::Docx;

Document MustProcess(const std::string& relative) {
  auto bytes = ReadWholeFile(testing::SourcePath(relative));
  EXPECT_TRUE(bytes.ok());
  auto doc = ProcessSource({relative, bytes.ok() ? *bytes : ""}, testing::Rules());
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? std::move(doc.value()) : Document{};
}

struct CorpusCase {
  const char* file;
  const char* format;
};

class OfficeCorpusTest : public ::testing::TestWithParam<CorpusCase> {};

TEST_P(OfficeCorpusTest, ExtractsAsTheTextVersionDoes) {
  static const Document text =
      MustProcess("corpus/directives/16_kh_bandanvan_tinh_phancong_bang.txt");
  Document doc = MustProcess(GetParam().file);
  EXPECT_EQ(NameOf(doc.source.format), GetParam().format);
  const Header& got = doc.header;
  const Header& want = text.header;
  EXPECT_EQ(got.number, want.number);
  EXPECT_EQ(got.date, want.date);
  EXPECT_EQ(got.issuer, want.issuer);
  EXPECT_EQ(testing::ItemIds(doc), testing::ItemIds(text));
  EXPECT_EQ(testing::ItemIds(doc),
            (std::vector<std::string>{"I", "I.1", "I.2", "II", "PL1.1", "PL1.2", "PL1.3"}));
  // The generator adds a footnote, a tracked change (deleting "sớm và ")
  // and, in the Word file, a paragraph typed in .VnTime.
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].text, "Bản chụp gửi kèm theo Kế hoạch này.");
  bool warned = false;
  for (const Warning& w : doc.warnings) warned |= w.code == WarningCode::kTrackedChanges;
  EXPECT_TRUE(warned);
  EXPECT_EQ(doc.text.find("sớm và"), std::string::npos);
  EXPECT_NE(doc.text.find("phải hoàn thành đúng tiến độ"), std::string::npos);
  EXPECT_NE(doc.text.find("Các phòng thuộc Ban căn cứ Phụ lục"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Docx, OfficeCorpusTest,
    ::testing::Values(
        CorpusCase{"corpus/docx/16_kh_bandanvan_tinh_phancong_bang_word.docx", "docx"},
        CorpusCase{"corpus/docx/16_kh_bandanvan_tinh_phancong_bang_writer.odt", "odt"}));

std::string OfficeText(const std::string& bytes) {
  const PipelineRules& rules = testing::Rules();
  auto text = ReadOfficeDocument({"t.docx", bytes}, rules.docx, rules.decode);
  EXPECT_TRUE(text.ok()) << text.status().message();
  return text.ok() ? text->text : "";
}

std::string WRun(const std::string& inner, const std::string& rpr = "") {
  return "<w:r><w:rPr>" + rpr + "</w:rPr>" + inner + "</w:r>";
}

TEST(DocxText, FieldsBreaksSymbolsAndTextBoxes) {
  std::string body =
      "<w:p>" + WRun("<w:t>Ngày </w:t>") + WRun("<w:fldChar w:fldCharType=\"begin\"/>") +
      WRun("<w:instrText>DATE</w:instrText>") + WRun("<w:fldChar w:fldCharType=\"separate\"/>") +
      WRun("<w:t>05</w:t>") + WRun("<w:fldChar w:fldCharType=\"end\"/>") +
      WRun("<w:tab/><w:t>tháng</w:t><w:br/><w:t>6</w:t><w:noBreakHyphen/><w:t>7</w:t>") +
      "</w:p><w:p>" + WRun("<w:t>Trang một</w:t><w:br w:type=\"page\"/>") + "</w:p>" +
      "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
      "markup-compatibility/2006\"><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
      "<w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p>"
      "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
  EXPECT_EQ(OfficeText(Docx(body)), "Ngày 05 tháng 6-7\nTrang một\n\f\nHộp chữ\n");
}

TEST(DocxText, LegacyFontRunsAreDecoded) {
  // "Bộ Chính trị" typed in TCVN3 with .VnTime, and "HÀ NỘI" in .VnTimeH,
  // the bytes stored as the Windows-1252 characters they show.
  std::string body =
      "<w:p>" + WRun("<w:t>Bé ChÝnh trÞ</w:t>", "<w:rFonts w:ascii=\".VnTime\"/>") + "</w:p>" +
      "<w:p>" + WRun("<w:t>Hµ néi</w:t>", "<w:rFonts w:ascii=\".VnTimeH\"/>") + "</w:p>" +
      "<w:p>" + WRun("<w:t>Bé ChÝnh trÞ</w:t>") + "</w:p>";
  std::string text = OfficeText(Docx(body));
  EXPECT_EQ(text.substr(0, text.find('\n')), "Bộ Chính trị");
  EXPECT_NE(text.find("\nHÀ NỘI\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\nBé ChÝnh trÞ\n"), std::string::npos) << text;  // Unicode font
}

TEST(DocxText, HeaderTableIsReadColumnByColumnAndNotesFollowTheBody) {
  auto cell = [](const std::string& a, const std::string& b) {
    return "<w:tc><w:p><w:r><w:t>" + a + "</w:t></w:r></w:p><w:p><w:r><w:t>" + b +
           "</w:t></w:r></w:p></w:tc>";
  };
  std::string body = "<w:tbl><w:tr>" + cell("ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND") +
                     cell("CỘNG HÒA", "Hà Nội, ngày 1 tháng 2 năm 2025") + "</w:tr></w:tbl>" +
                     "<w:p>" + WRun("<w:t>Thực hiện chỉ thị </w:t>") +
                     WRun("<w:footnoteReference w:id=\"2\"/>") + "</w:p>";
  std::string notes =
      "<w:footnote w:id=\"2\"><w:p>" + WRun("<w:footnoteRef/>") + WRun("<w:t> Ghi chú.</w:t>") +
      "</w:p></w:footnote>";
  EXPECT_EQ(OfficeText(Docx(body, "", "", notes)),
            "ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nCỘNG HÒA\nHà Nội, ngày 1 tháng 2 năm 2025\n"
            "Thực hiện chỉ thị¹\n¹ Ghi chú.\n");
}

struct BadCase {
  const char* name;
  std::string bytes;
  const char* message;
};

std::vector<BadCase> BadCases() {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  auto wide = [](const std::string& s) {
    std::string w;
    for (char c : s) w += std::string(1, c) + '\0';
    return w;
  };
  return {
      {"NotADocument", testing::Zip({{"notes.txt", "hello"}}),
       "neither a Word (DOCX) nor an OpenDocument"},
      {"MissingDocumentXml", testing::Zip({{"[Content_Types].xml", "<Types/>"}}),
       "without word/document.xml"},
      {"MalformedXml", testing::Zip({{"word/document.xml", "<w:document><w:body>"}}),
       "word/document.xml: malformed XML"},
      {"ZipBomb",
       testing::Zip({{"word/document.xml", std::string(70u << 20, ' ')}}),
       "possible zip bomb"},
      {"TruncatedZip", Docx("<w:p/>").substr(0, 40), "zip"},
      {"EncryptedOoxml", ole + std::string(512, '\0') + wide("EncryptedPackage"), "encrypted"},
      {"OleThatIsNotWord", ole + std::string(512, '\0') + wide("Workbook"),
       "not a Word document"},
  };
}

class BadOfficeInputTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadOfficeInputTest, IsAnErrorNamingTheFile) {
  auto doc = ProcessSource({"in/bad.docx", GetParam().bytes}, testing::Rules());
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message().rfind("in/bad.docx: ", 0), 0u) << doc.status().message();
  EXPECT_NE(doc.status().message().find(GetParam().message), std::string::npos)
      << doc.status().message();
}

INSTANTIATE_TEST_SUITE_P(Docx, BadOfficeInputTest, ::testing::ValuesIn(BadCases()),
                         [](const auto& info) { return std::string(info.param.name); });

bool HasSoffice() { return std::system("command -v soffice >/dev/null 2>&1") == 0; }

TEST(LegacyDoc, NeedsLibreOffice) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  std::string word;
  for (char c : std::string("WordDocument")) word += std::string(1, c) + '\0';
  auto doc = ProcessSource({"old.doc", ole + std::string(512, '\0') + word}, testing::Rules());
  ASSERT_FALSE(doc.ok());
  if (HasSoffice()) {
    // A fake container: LibreOffice is there but cannot convert it.
    EXPECT_NE(doc.status().message().find("old.doc: LibreOffice could not convert"),
              std::string::npos) << doc.status().message();
  } else {
    EXPECT_NE(doc.status().message().find("old.doc: reading a legacy Word .doc needs "
                                          "LibreOffice"),
              std::string::npos) << doc.status().message();
  }
}

TEST(LegacyDoc, ConvertsThroughLibreOffice) {
  if (!HasSoffice()) GTEST_SKIP() << "soffice is not on PATH";
  // LibreOffice writes the .doc, vbtask reads it back through LibreOffice.
  std::string dir = ::testing::TempDir() + "vbtask_doc_" + std::to_string(::getpid());
  std::string src = testing::SourcePath("corpus/docx/16_kh_bandanvan_tinh_phancong_bang_word.docx");
  std::string cmd = "soffice --headless --convert-to doc --outdir " + dir + " " + src +
                    " >/dev/null 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto bytes = ReadWholeFile(dir + "/16_kh_bandanvan_tinh_phancong_bang_word.doc");
  ASSERT_TRUE(bytes.ok());
  auto doc = ProcessSource({"16.doc", *bytes}, testing::Rules());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->source.format, SourceFormat::kDoc);
  EXPECT_EQ(doc->header.number, "27-KH/BDVTU");
}

}  // namespace
}  // namespace vbtask

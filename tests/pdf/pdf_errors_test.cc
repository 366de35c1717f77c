// PDFs that cannot be read give an error naming the file and the reason.
#include "pipeline/pdf/pdf.h"

#include <gtest/gtest.h>

#include "pipeline/driver/pipeline.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

std::string ErrorOf(const std::string& bytes) {
  auto pages = ReadPdfPages(SourceFile{"in/doc.pdf", bytes});
  return pages.ok() ? "" : pages.status().message();
}

std::string GoodPdf() {
  auto bytes = ReadWholeFile(
      testing::SourcePath("corpus/pdf/08_cv_so_gtvt_antoangiaothong.pdf"));
  EXPECT_TRUE(bytes.ok());
  return bytes.ok() ? *bytes : "";
}

TEST(PdfErrors, GoodPdfHasPagesWithLines) {
  auto pages = ReadPdfPages(SourceFile{"doc.pdf", GoodPdf()});
  ASSERT_TRUE(pages.ok()) << pages.status().message();
  ASSERT_GE(pages->size(), 2u);
  EXPECT_EQ((*pages)[1].number, 2);
  EXPECT_FALSE((*pages)[0].lines.empty());
  EXPECT_GT((*pages)[0].lines[0].font_size, 5);
}

TEST(PdfErrors, Truncated) {
  std::string good = GoodPdf();
  EXPECT_EQ(ErrorOf(good.substr(0, good.size() / 2)),
            "in/doc.pdf: truncated PDF (no %%EOF at the end)");
}

TEST(PdfErrors, Corrupt) {
  EXPECT_EQ(ErrorOf("%PDF-1.4\nnothing of a PDF here\n%%EOF\n"),
            "in/doc.pdf: not a readable PDF (corrupt)");
}

TEST(PdfErrors, Encrypted) {
  EXPECT_EQ(ErrorOf(testing::EncryptedPdf()),
            "in/doc.pdf: encrypted PDF (a password is needed to open it)");
}

TEST(PdfErrors, NoPages) {
  EXPECT_EQ(ErrorOf(testing::NoPagesPdf()), "in/doc.pdf: PDF has no pages");
}

TEST(PdfErrors, PageWithoutTextLayerComesOutEmpty) {
  auto pages = ReadPdfPages(SourceFile{"doc.pdf", testing::BlankPagePdf()});
  ASSERT_TRUE(pages.ok());
  ASSERT_EQ(pages->size(), 1u);
  EXPECT_TRUE((*pages)[0].lines.empty());
}

TEST(PdfErrors, PdfIsRecognisedByItsSignatureNotItsName) {
  EXPECT_TRUE(LooksLikePdf("%PDF-1.7\n"));
  EXPECT_FALSE(LooksLikePdf(" %PDF-1.7\n"));
  auto doc = ProcessSource(SourceFile{"scan.txt", GoodPdf()}, testing::Rules());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->source.format, SourceFormat::kPdf);
}

}  // namespace
}  // namespace vbtask

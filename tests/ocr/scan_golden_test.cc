// Golden test of the OCR path on whole documents: multi-page corpus PDFs
// made into noisy image-only scans (150 and 300 dpi) must give the ids of at
// least 90% of the items of their text version, and its number and date
// exactly. The word error rate of the unrepaired OCR text is printed.
// (bench/scan_accuracy.cc measures every corpus PDF the same way.)
#include <gtest/gtest.h>

#include <cstdio>

#include "tests/test_support.h"
#include "tools/scan/scan_corpus.h"

namespace vbtask {
namespace {

using Json = nlohmann::ordered_json;

struct Scan {
  const char* stem;
  double dpi;
};

class ScanGolden : public ::testing::TestWithParam<Scan> {};

TEST_P(ScanGolden, ScanReadsLikeTheTextVersion) {
  const std::string stem = GetParam().stem;
  const double dpi = GetParam().dpi;
  const std::string pdf_path = testing::SourcePath("corpus/pdf/" + stem + ".pdf");
  const std::string text_path = TextVersionPath(testing::SourcePath("corpus"), pdf_path);
  ASSERT_FALSE(text_path.empty()) << stem;
  const PipelineRules& rules = testing::RulesWithoutRepair();

  auto bytes = ReadWholeFile(pdf_path);
  ASSERT_TRUE(bytes.ok());
  auto scan = MakeScannedPdf(SourceFile{pdf_path, *bytes}, {.dpi = dpi});
  ASSERT_TRUE(scan.ok()) << scan.status().message();
  auto read = ProcessSource(SourceFile{stem + ".scan.pdf", *scan}, rules);
  ASSERT_TRUE(read.ok()) << read.status().message();
  auto text = ProcessFile(text_path, rules);
  ASSERT_TRUE(text.ok()) << text.status().message();

  Json got = ToJson(*read);
  EXPECT_EQ(got["source"]["format"], "scan");
  EXPECT_GE(got["source"]["pages"].get<int>(), 2);
  ScanScore score = CompareWithText(got, ToJson(*text));
  std::printf("%s at %.0f dpi: %d/%d item ids, %d/%d with their kind, WER %.1f%%\n",
              stem.c_str(), dpi, score.ids_found, score.items, score.kinds_found, score.items,
              100 * score.word_error_rate);
  EXPECT_GE(score.items, 5);
  EXPECT_GE(10 * score.ids_found, 9 * score.items);
  EXPECT_TRUE(score.number) << got["document"]["number"];
  EXPECT_TRUE(score.date) << got["document"]["date"];
}

// 001 at 150 dpi: labels "1." and "2." read as "k" and "^." on the whole
// page (a second look at their lines reads them right), and "5." joined to
// the line below by a word box stretched over both.
INSTANTIATE_TEST_SUITE_P(Corpus, ScanGolden,
                         ::testing::Values(Scan{"003_138bcd714f36f0f1", 150},
                                           Scan{"001_30e07dfc586e8ac1", 150},
                                           Scan{"01_ct_tinhuy_chuyendoiso", 300}));

TEST(ScanCorpus, SameSeedGivesTheSameScan) {
  PageImage image;
  image.width = image.bytes_per_row = 40;
  image.height = 30;
  image.pixels.assign(40 * 30, 255);
  for (int x = 5; x < 35; ++x) image.pixels[15 * 40 + x] = 0;  // a rule
  PageImage again = image, other = image;
  AddScanNoise(image, {.seed = 3});
  AddScanNoise(again, {.seed = 3});
  AddScanNoise(other, {.seed = 4});
  EXPECT_EQ(image.pixels, again.pixels);
  EXPECT_NE(image.pixels, other.pixels);
}

TEST(ScanCorpus, WordErrorRateCountsEditsOverReferenceWords) {
  EXPECT_DOUBLE_EQ(WordErrorRate("a b c d", "a b c d"), 0);
  EXPECT_DOUBLE_EQ(WordErrorRate("a b c d", "a x c"), 0.5);  // one swap, one drop
  EXPECT_DOUBLE_EQ(WordErrorRate("", "a"), 0);
}

}  // namespace
}  // namespace vbtask

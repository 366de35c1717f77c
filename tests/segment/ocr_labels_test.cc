// Item labels as OCR prints them: glued to their keyword, without their
// dot, or misread so that they break their siblings' sequence.
#include <gtest/gtest.h>

#include "pipeline/segment/segment.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

struct LabelCase {
  const char* name;
  const char* text;
  std::vector<std::string> ids;
  int inferred;  // "label_inferred" warnings expected
};

class OcrLabels : public ::testing::TestWithParam<LabelCase> {};

TEST_P(OcrLabels, IdsFollowTheLabelsAndTheirSequence) {
  const LabelCase& c = GetParam();
  Document d = testing::ProcessString(c.text);
  EXPECT_EQ(testing::ItemIds(d), c.ids);
  int inferred = 0;
  for (const Warning& w : d.warnings) inferred += w.code == WarningCode::kLabelInferred;
  EXPECT_EQ(inferred, c.inferred);
}

INSTANTIATE_TEST_SUITE_P(
    Segment, OcrLabels,
    ::testing::Values(
        LabelCase{"KeywordGluedToItsNumeralAndTheNextWord",
                  "PHẦNI.MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu rộng trong cán bộ.\n"
                  "PhầnII. NỘI DUNG HỌC TẬP\n1. Chuyên đề năm 2025.\n"
                  "PHẦN III.TỔ CHỨC THỰC HIỆN\n1. Các chi bộ xây dựng kế hoạch.\n",
                  {"Phần I", "Phần I.1", "Phần II", "Phần II.1", "Phần III",
                   "Phần III.1"},
                  0},
        // "Mục" glued to a word without a dot is a word.
        LabelCase{"GluedWordWithoutADotIsNoLabel",
                  "1. Nội dung\nMụcIV của kế hoạch được sửa đổi.\n", {"1"}, 0},
        LabelCase{"RomanNumeralWithoutItsDotBeforeAHeading",
                  "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n"
                  "II NỘI DUNG\n1. Tuyên truyền trên báo chí.\n"
                  "III, TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa chủ trì.\n",
                  {"I", "I.1", "II", "II.1", "III", "III.1"},
                  0},
        // Without a dot, "V" and "VÌ" open sentences or headings, not items.
        LabelCase{"SentencesStartingWithNumeralLettersAreNoLabels",
                  "1. Nội dung\nV các xã còn lại, thực hiện trong quý II.\n"
                  "VÌ VẬY CẦN TẬP TRUNG CHỈ ĐẠO\nI ĐÃ được giao nhiệm vụ.\n",
                  {"1"},
                  0},
        // "ll." is II; "1I." is II too, which repeats its predecessor: the
        // sequence makes it III.
        LabelCase{"RomanNumeralsWithOnesAndLowercaseL",
                  "I. MỤC ĐÍCH\n1. Một.\nll. NỘI DUNG\n1. Hai.\n1I. KINH PHÍ\n1. Ba.\n",
                  {"I", "I.1", "II", "II.1", "III", "III.1"},
                  1},
        // The children of the misread section follow its inferred id.
        LabelCase{"RepeatedRomanTakesTheNextNumberAndCarriesItsChildren",
                  "I. MỤC ĐÍCH\n1. Một.\nII. NỘI DUNG\n1. Hai.\n2. Ba.\n"
                  "II. TỔ CHỨC THỰC HIỆN\n1. Bốn.\n2. Năm.\nIV. KINH PHÍ\n1. Sáu.\n",
                  {"I", "I.1", "II", "II.1", "II.2", "III", "III.1", "III.2", "IV",
                   "IV.1"},
                  1},
        // The next Roman label is the one expected: the repeat is no misread
        // of it.
        LabelCase{"RepeatBeforeItsExpectedNumberIsLeftAlone",
                  "I. MỤC ĐÍCH\nI. YÊU CẦU\nII. NỘI DUNG\n", {"I", "I", "II"}, 0},
        LabelCase{"DigitsReadAsLettersInANumberedList",
                  "II. NỘI DUNG\nI. Tuyên truyền trên các phương tiện.\n"
                  "2. Tổ chức hội nghị.\n3. Kiểm tra.\n4. Sơ kết.\nS. Tổng kết năm.\n"
                  "6. Khen thưởng.\n",
                  {"II", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6"},
                  2},
        LabelCase{"LetterReadAsADigitBeforeItsList",
                  "1. Nội dung\n2. Theo dõi tiến độ, cụ thể:\n8) Cập nhật hồ sơ.\n"
                  "b) Đôn đốc xử lý.\nc) Báo cáo.\n3. Trả kết quả.\n",
                  {"1", "2", "2.a", "2.b", "2.c", "3"},
                  1},
        LabelCase{"ParagraphWhereALabelWasLost",
                  "PHẦN I. MỤC ĐÍCH\nGiúp cán bộ nắm vững nội dung.\n"
                  "2. Việc học tập phải nghiêm túc.\n3. Gắn với tự phê bình.\n"
                  "Thường xuyên kiểm tra, đôn đốc.\n5. Sơ kết hằng năm.\n",
                  {"Phần I", "Phần I.1", "Phần I.2", "Phần I.3", "Phần I.4",
                   "Phần I.5"},
                  2},
        // The first label lost after an opening that announces the list;
        // without the colon the paragraph is only more of the opening.
        LabelCase{"FirstLabelLostAfterAnOpeningThatEndsInAColon",
                  "Ban Thường vụ Huyện ủy yêu cầu:\nTiếp tục tuyên truyền sâu rộng.\n"
                  "2. Các xã báo cáo kết quả.\n3. Văn phòng theo dõi.\n",
                  {"1", "2", "3"},
                  1},
        LabelCase{"OpeningWithoutAColonKeepsItsParagraph",
                  "Ban Thường vụ Huyện ủy yêu cầu như sau.\nTiếp tục tuyên truyền.\n"
                  "2. Các xã báo cáo kết quả.\n3. Văn phòng theo dõi.\n",
                  {"2", "3"},
                  0},
        // Between "2." and "3." nothing is missing: the paragraph goes on
        // item 2; nor is anything lost where two paragraphs fill the gap.
        LabelCase{"ContinuationParagraphsAreNoLostLabels",
                  "1. Một.\n2. Hai, gồm:\nCác xã báo cáo.\n3. Ba.\n"
                  "Tiếp tục theo dõi.\nCác xã báo cáo.\n5. Năm.\n",
                  {"1", "2", "3", "5"},
                  0},
        LabelCase{"LetterThatContinuesItsOwnListStaysALetter",
                  "1. Nội dung\na) Một.\nb) Hai.\nc) Ba.\nd) Bốn.\nđ) Năm.\ne) Sáu.\n"
                  "g) Bảy.\nh) Tám.\ni) Chín.\nk) Mười.\nl) Mười một.\n2. Kinh phí.\n",
                  {"1", "1.a", "1.b", "1.c", "1.d", "1.đ", "1.e", "1.g", "1.h", "1.i",
                   "1.k", "1.l", "2"},
                  0},
        // "c" is a known misreading of "e", the letter due after "đ)"; it is
        // no misreading of "đ", due after "d)".
        LabelCase{"LetterMisreadInItsSequence",
                  "1. Nội dung\na) Một.\nb) Hai.\nc) Ba.\nd) Bốn.\nđ) Năm.\nc) Sáu.\n"
                  "g) Bảy.\n",
                  {"1", "1.a", "1.b", "1.c", "1.d", "1.đ", "1.e", "1.g"},
                  1},
        // "_IL": a speck, then II with its second I read as L, no dot.
        LabelCase{"RomanNumeralAfterASpeckWithLReadForI",
                  "I. MỤC ĐÍCH\n1. Một.\n_IL MỤC TIÊU\n1. Hai.\n",
                  {"I", "I.1", "II", "II.1"},
                  0},
        LabelCase{"ArabicWithASemicolonInItsSequence",
                  "Ban Thường vụ yêu cầu:\n1; Tiếp tục lãnh đạo thực hiện.\n"
                  "2. Các cấp ủy báo cáo.\n",
                  {"1", "2"},
                  0},
        LabelCase{"ArabicAfterASpeckDot",
                  "1. Các cấp ủy lãnh đạo.\n.2. Ủy ban nhân dân huyện chỉ đạo:\n"
                  "- Hoàn thành đăng ký.\n_3. Công an huyện phối hợp.\n",
                  {"1", "2", "2.-1", "3"},
                  0},
        LabelCase{"DottedLabelWithACommaForItsLastDot",
                  "1. Công tác phòng ngừa\n1.1. Kiện toàn Ban Chỉ huy.\n"
                  "1.2. Rà soát phương án\n1.2.1, Các huyện rà soát phương án.\n"
                  "1.2.2. Các chủ đập rà soát quy trình.\n",
                  {"1", "1.1", "1.2", "1.2.1", "1.2.2"},
                  0},
        // "1;" opening a section stays item 1 though "2." after it was
        // lost too; the paragraph in the gap is item 2.
        LabelCase{"LooseFirstLabelOfASectionWhoseSecondWasLost",
                  "PHẦN III. TỔ CHỨC THỰC HIỆN\n1; Các huyện ủy chỉ đạo học tập.\n"
                  "Trung tâm Chính trị mở lớp bồi dưỡng.\n3. Báo Bắc Giang mở chuyên mục.\n",
                  {"Phần III", "Phần III.1", "Phần III.2", "Phần III.3"},
                  1},
        LabelCase{"ArabicWithAColonInItsSequence",
                  "1. Nâng cao nhận thức.\n2: Đẩy mạnh phong trào thi đua.\n"
                  "_......3, Rà soát mô hình.\n4. Sơ kết.\n",
                  {"1", "2", "3", "4"},
                  0},
        // Out of sequence, or before a lowercase word, "5:" is text.
        LabelCase{"ArabicWithAColonOutOfSequenceIsText",
                  "1. Nâng cao nhận thức.\n5: Đẩy mạnh phong trào.\n"
                  "2, các xã còn lại.\n2. Rà soát mô hình.\n",
                  {"1", "2"},
                  0},
        // A list that skips a number lost a label: "6." is not read as "5.".
        LabelCase{"SkippedNumberIsALostLabelNotAMisreadOne",
                  "1. Một.\n2. Hai.\n3. Ba.\n4. Bốn.\n6. Sáu.\n7. Bảy.\n",
                  {"1", "2", "3", "4", "6", "7"},
                  0},
        // OCR put the keyword on a line of its own.
        LabelCase{"KeywordOnTheLineBeforeItsNumeral",
                  "PHẦN I. MỤC ĐÍCH\n1. Một.\nPHẦN\nII. NỘI DUNG\n1. Hai.\n",
                  {"Phần I", "Phần I.1", "Phần II", "Phần II.1"},
                  0},
        // "ChươngÏ": the numeral glued to its keyword, alone on its line.
        LabelCase{"KeywordGluedToItsNumeralAtTheEndOfTheLine",
                  "ChươngÏ\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
                  "Chương II\nTỔ CHỨC THỰC HIỆN\nĐiều 2. Trách nhiệm\n",
                  {"Chương I", "Chương I.Điều 1", "Chương II", "Chương II.Điều 2"},
                  0},
        // With "Chương I" lost, "Chương II" still closes the "Điều" and
        // the numbered points before it: a chapter is never part of an
        // article.
        LabelCase{"ChapterClosesTheArticleBeforeIt",
                  "QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nĐiều 2. Nguyên tắc làm việc:\n"
                  "1. Công khai.\n2. Đúng hạn.\nChương II\nTỔ CHỨC THỰC HIỆN\n"
                  "Điều 3. Trách nhiệm\n",
                  {"Điều 1", "Điều 2", "Điều 2.1", "Điều 2.2", "Chương II",
                   "Chương II.Điều 3"},
                  0},
        LabelCase{"LetterNotAMisreadingOfTheOneDue",
                  "1. Nội dung\na) Một.\nb) Hai.\nc) Ba.\nd) Bốn.\nc) Năm.\n",
                  {"1", "1.a", "1.b", "1.c", "1.d", "1.c"},
                  0}),
    [](const ::testing::TestParamInfo<LabelCase>& info) { return info.param.name; });

// The label stays as printed; only the id is inferred.
TEST(OcrLabelsPrinted, InferredItemKeepsItsPrintedLabelAndKind) {
  Document d =
      testing::ProcessString("PHẦNI.MỤC ĐÍCH\n1. Một.\nPHẦN I. NỘI DUNG\n1. Hai.\n");
  ASSERT_EQ(d.items.size(), 4u);
  EXPECT_EQ(d.items[0].label, "PHẦNI.");
  EXPECT_EQ(d.items[0].kind, ItemKind::kSection);
  EXPECT_EQ(d.items[2].id, "Phần II");
  EXPECT_EQ(d.items[2].label, "PHẦN I.");
}

}  // namespace
}  // namespace vbtask

namespace vbtask {
namespace {

// A wrapped sentence's last words alone on a line ("quy định.") name a
// document type but open no attachment: attachment titles are in capitals.
TEST(OcrAttachments, TypeNameInLowercaseOpensNoAttachment) {
  Document d = testing::ProcessString(
                            "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nSố: 12/QĐ-UBND\n"
                            "Đức Trọng, ngày 2 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
                            "Ban hành Quy chế làm việc\n"
                            "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n"
                            "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n"
                            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n"
                            "QUY CHẾ\nLàm việc của Ủy ban nhân dân huyện\n"
                            "Điều 1. Công chức làm việc đúng giờ theo\n\nquy định.\n\n"
                            "Điều 2. Trưởng phòng chịu trách nhiệm.\n");
  EXPECT_EQ(testing::ItemIds(d),
            (std::vector<std::string>{"Điều 1", "PL1.Điều 1", "PL1.Điều 2"}));
  EXPECT_EQ(d.attachment_types, (std::vector<std::string>{"Quy chế"}));
}

}  // namespace
}  // namespace vbtask

// The layout stage on hand-built pages: words placed as a PDF text layer
// places them (PDF points, y downwards, a character 0.4 font size wide).
#include "pipeline/layout/layout.h"

#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/base/utf8.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

constexpr double kLeft = 85, kRight = 510, kSize = 13;

const LayoutRules& Rules() {
  static const LayoutRules* rules = [] {
    auto r = LayoutRules::Load(testing::SourcePath("rules"));
    if (!r.ok()) std::abort();
    return new LayoutRules(std::move(r.value()));
  }();
  return *rules;
}

double TextWidth(const std::string& s, double size) {
  return 0.4 * size * utf8::CountCodePoints(s);
}

// A line of words from x0 with ordinary spaces, or stretched to end at x1.
Line MakeLine(const std::string& text, double x0, double y, double size = kSize,
              double x1 = 0) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  double ink = 0;
  for (const auto& w : words) ink += TextWidth(w, size);
  double space = 0.3 * size;
  if (x1 > 0 && words.size() > 1) space = (x1 - x0 - ink) / (words.size() - 1);
  std::vector<Word> out;
  double x = x0;
  for (const auto& w : words) {
    double width = TextWidth(w, size);
    out.push_back({w, {x, y, x + width, y + 1.3 * size}, size, y + size});
    x += width + space;
  }
  return GroupIntoLines(out).at(0);
}

Line Centred(const std::string& text, double y, double size = kSize) {
  return MakeLine(text, (kLeft + kRight - TextWidth(text, size)) / 2, y, size);
}

Line Full(const std::string& text, double y, double indent = 0) {
  return MakeLine(text, kLeft + indent, y, kSize, kRight);
}

Page MakePage(int number, std::vector<Line> lines) {
  Page p;
  p.number = number;
  p.width = 595, p.height = 842;
  p.lines = std::move(lines);
  return p;
}

std::vector<std::string> OutputLines(const std::vector<Page>& pages) {
  std::vector<std::string> out;
  std::istringstream in(PagesToText(pages, Rules()));
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// Merges the rows of a two-column header as a PDF has them: one line per row.
Line Row(Line left, const Line& right) {
  for (const Word& w : right.words) left.words.push_back(w);
  return GroupIntoLines(left.words).at(0);
}

const char* kBody1 = "Thực hiện Kế hoạch số 87/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân huyện về công tác";
const char* kBody2 = "bảo vệ môi trường năm 2024, Phòng Tài nguyên và Môi trường xây dựng kế hoạch như sau:";

TEST(Layout, TwoColumnHeaderComesOutAsLeftBlockThenRightBlock) {
  Page p = MakePage(1, {
      Row(MakeLine("UBND HUYỆN THĂNG BÌNH", 100, 40),
          MakeLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 40)),
      Row(MakeLine("PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", 90, 56),
          MakeLine("Độc lập - Tự do - Hạnh phúc", 330, 56)),
      Row(MakeLine("Số: 36/KH-TNMT", 120, 72),
          MakeLine("Thăng Bình, ngày 4 tháng 4 năm 2024", 310, 74)),
      Centred("KẾ HOẠCH", 110),
      Full(kBody1, 140, 28),
      Full(kBody2, 157),
  });
  std::vector<std::string> want = {
      "UBND HUYỆN THĂNG BÌNH", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
      "Số: 36/KH-TNMT", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Thăng Bình, ngày 4 tháng 4 năm 2024", "",
      "KẾ HOẠCH", std::string(kBody1) + " " + kBody2};
  EXPECT_EQ(OutputLines({p}), want);
}

// As OCR gives it: the "*" under the issuer is a line of its own, its font
// the height of the star, and the number comes on a row below it.
TEST(Layout, SmallStarUnderTheIssuerKeepsTheHeaderOpen) {
  Page p = MakePage(1, {
      Row(MakeLine("TỈNH ỦY BẮC GIANG", 110, 65, 11.7),
          MakeLine("ĐẢNG CỘNG SẢN VIỆT NAM", 315, 65, 11.7)),
      Row(MakeLine("BAN TUYÊN GIÁO", 121, 83.5, 7.7),
          MakeLine("Bắc Giang, ngày 8 tháng 2 năm 2024", 308, 83.5, 7.7)),
      MakeLine("*", 173, 100.6, 4),
      MakeLine("Số 42-HD/BTGTU", 128, 112.6, 9.6),
      Centred("HƯỚNG DẪN", 141.6),
      Full(kBody1, 170, 28),
  });
  std::vector<std::string> want = {
      "TỈNH ỦY BẮC GIANG", "BAN TUYÊN GIÁO", "*", "Số 42-HD/BTGTU", "",
      "ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Giang, ngày 8 tháng 2 năm 2024", "",
      "HƯỚNG DẪN", kBody1};
  EXPECT_EQ(OutputLines({p}), want);
}

// OCR reads the star under the issuer as letters, in a word as narrow as
// the star and with the font size of the row; it would be taken for the end
// of the issuer's name.
TEST(Layout, StarReadAsLettersByOcrIsAStarAgain) {
  Line star;
  star.words.push_back({"he", {172, 82, 178, 96}, kSize, 94});
  Page p = MakePage(1, {
      Row(MakeLine("TỈNH ỦY QUẢNG TRỊ", 110, 65),
          MakeLine("ĐẢNG CỘNG SẢN VIỆT NAM", 315, 65)),
      Row(star, MakeLine("Đông Hà, ngày 12 tháng 3 năm 2024", 308, 82)),
      MakeLine("Số 28-CT/TU", 128, 99),
      Centred("CHỈ THỊ", 130),
      Full(kBody1, 160, 28),
  });
  std::vector<std::string> want = {
      "TỈNH ỦY QUẢNG TRỊ", "*", "Số 28-CT/TU", "",
      "ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày 12 tháng 3 năm 2024", "",
      "CHỈ THỊ", kBody1};
  EXPECT_EQ(OutputLines({p}), want);
}

TEST(Layout, PageNumbersAndRunningTitlesAreDropped) {
  std::vector<Page> pages;
  for (int n = 1; n <= 3; ++n) {
    std::string number = std::to_string(n);
    pages.push_back(MakePage(n, {
        Centred(n == 2 ? "- 2 -" : number, 30, 12),
        Centred("Kế hoạch số 36/KH-TNMT", 50, 11),
        Full(kBody1, 100, 28),
        Full(kBody2, 117),
        Centred("Trang " + number + "/3", 800, 11),
    }));
  }
  std::vector<std::string> got = OutputLines(pages);
  std::vector<std::string> want;
  for (int n = 1; n <= 3; ++n) {
    if (n > 1) want.push_back("\f");
    want.push_back(std::string(kBody1) + " " + kBody2);
  }
  EXPECT_EQ(got, want);
}

TEST(Layout, FootnoteInSmallerFontIsAttachedToItsMarker) {
  Line body = Full("nhiều vụ liên quan đến xe tải chở vật liệu xây dựng và khoáng sản", 100);
  double x = body.box.x1;
  body.words.push_back({"1", {x + 0.5, 100, x + 4, 109}, 7.5, 107});
  body.words.push_back({".", {x + 4.2, 100, x + 7.5, 116.9}, kSize, 113});
  body = GroupIntoLines(body.words).at(0);
  Page p = MakePage(1, {
      Full(kBody1, 83, 28), body,
      Full("Thực hiện Công điện số 02/CĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh về", 117, 28),
      MakeLine("bảo đảm trật tự an toàn giao thông.", kLeft, 134),
      MakeLine("1Theo báo cáo của Ban An toàn giao thông tỉnh, năm 2023 có 23 vụ tai", kLeft, 760, 10),
      MakeLine("nạn giao thông do xe tải gây ra.", kLeft, 772, 10),
  });
  std::vector<std::string> got = OutputLines({p});
  ASSERT_EQ(got.size(), 3u);
  EXPECT_NE(got[0].find("khoáng sản¹."), std::string::npos) << got[0];
  EXPECT_EQ(got[1].rfind("Thực hiện Công điện", 0), 0u);
  EXPECT_EQ(got[2], "¹ Theo báo cáo của Ban An toàn giao thông tỉnh, năm 2023 có 23 "
                    "vụ tai nạn giao thông do xe tải gây ra.");
}

TEST(Layout, SmallTextAtTheFootWithoutAMarkerIsNotAFootnote) {
  Page p = MakePage(1, {
      Full(kBody1, 100, 28), MakeLine("thực hiện./.", kLeft, 117),
      MakeLine("Nơi nhận:", kLeft, 700, 11), MakeLine("- Như trên;", kLeft, 714, 11),
  });
  std::vector<std::string> got = OutputLines({p});
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[2], "- Như trên;");
}

TEST(Layout, ParagraphRunsOnAcrossThePageBreakWithItsFootnotesAfterIt) {
  Page one = MakePage(1, {Full(kBody1, 100, 28), Full(kBody2, 117), Full(kBody1, 134)});
  Page two = MakePage(2, {MakeLine("Nhân dân được biết.", kLeft, 60),
                          Full(kBody1, 77, 28)});
  std::vector<std::string> got = OutputLines({one, two});
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], std::string(kBody1) + " " + kBody2 + " " + kBody1 +
                        " Nhân dân được biết.");
  EXPECT_EQ(got[1], "\f");
  EXPECT_EQ(got[2], kBody1);
}

TEST(Layout, ShortLastLineEndsTheParagraph) {
  Page p = MakePage(1, {Full(kBody1, 100, 28), MakeLine("môi trường.", kLeft, 117),
                        MakeLine("Nhân dân", kLeft, 134)});
  std::vector<std::string> got = OutputLines({p});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "Nhân dân");
}

TEST(Layout, WrappedCentredTitleIsOneLine) {
  Page p = MakePage(1, {
      Centred("KẾ HOẠCH", 80),
      Full("Triển khai phong trào Ngày Chủ nhật xanh - sạch - đẹp và phân loại rác", 97),
      Centred("thải sinh hoạt tại nguồn", 114),
      Full(kBody1, 140, 28)});
  std::vector<std::string> got = OutputLines({p});
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1], "Triển khai phong trào Ngày Chủ nhật xanh - sạch - đẹp và phân "
                    "loại rác thải sinh hoạt tại nguồn");
}

}  // namespace
}  // namespace vbtask

namespace vbtask {
namespace {

// An OCR'd word box swollen by a comma and an accent ("đốc," reaching into
// the line above) stays with the words the engine read on its line.
TEST(Layout, OcrWordStaysOnItsEngineLineWhateverItsBox) {
  std::vector<Word> words;
  auto add = [&](const std::string& text, double x0, double y0, double y1, int line) {
    Word w{text, {x0, y0, x0 + TextWidth(text, kSize), y1}, kSize, y0 + kSize};
    w.source_line = line;
    words.push_back(w);
  };
  add("5.", kLeft, 100, 117, 0);
  add("Thường", kLeft + 20, 100, 117, 0);
  add("xuyên", kLeft + 70, 100, 117, 0);
  add("đốc,", kLeft, 106, 137, 1);
  add("kiểm", kLeft + 40, 118, 135, 1);
  add("tra", kLeft + 80, 118, 135, 1);
  std::vector<Line> lines = GroupIntoLines(words);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].words.front().text, "5.");
  EXPECT_EQ(lines[0].words.size(), 3u);
  EXPECT_EQ(lines[1].words.front().text, "đốc,");
}

}  // namespace
}  // namespace vbtask

namespace vbtask {
namespace {

// A scanned page an e-office system signed carries the stamp's lines as
// text; they are not the page's own text, so the page goes to OCR.
TEST(OwnTextBytes, SignatureStampLinesAreNotThePagesText) {
  Page stamped = MakePage(1, {MakeLine("Ký bởi: Sở Nội vụ tỉnh An Giang", 400, 40, 8),
                              MakeLine("Cơ quan: Tỉnh An Giang", 400, 50, 8),
                              MakeLine("Thời gian ký: 05.03.2025 09:12:44 +07:00", 400, 60, 8)});
  EXPECT_EQ(OwnTextBytes(stamped, Rules()), 0u);

  Page typed = stamped;
  typed.lines.push_back(Full("Các cơ quan, đơn vị triển khai thực hiện nghiêm túc.", 120));
  EXPECT_GT(OwnTextBytes(typed, Rules()), 40u);
}

}  // namespace
}  // namespace vbtask

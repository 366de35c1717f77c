#include <unicode/uchar.h>

#include <algorithm>

#include "pipeline/base/utf8.h"
#include "pipeline/layout/layout_internal.h"

namespace vbtask::layout {
namespace {

// The header sits in the top part of the first page and starts with a row
// that has text in both columns within its first lines.
constexpr double kHeaderShare = 0.45;
constexpr size_t kFirstRowWithin = 3;
// Before both columns are seen, lines of the header may be this many font
// sizes apart; once they are, a blank line ends it.
constexpr double kOpenGap = 2.5;
constexpr double kClosedGap = 0.8;
// A line this wide is body text, not a header cell.
constexpr double kBodyWidthShare = 0.7;
// How far (in font sizes) a cell line may reach over the column boundary.
constexpr double kBoundarySlack = 1.0;
// A lone word in a header cell narrower than this many font sizes is the
// mark under the issuer (a star): no name or number is that short.
constexpr double kMarkWidth = 0.8;

bool HasLetters(const std::string& text) {
  for (size_t p = 0; p < text.size();) {
    if (u_isalpha(utf8::Next(text, p))) return true;
  }
  return false;
}

// OCR may read the star under the issuer as letters ("he", "x"), which
// later stages would take for the end of the issuer's name; it is written
// as the star the text layer of a typed header has.
void RestoreStar(Line& cell) {
  if (cell.words.size() != 1) return;
  Word& w = cell.words[0];
  if (w.box.width() < kMarkWidth * cell.font_size && HasLetters(w.text)) w.text = "*";
}

}  // namespace

HeaderColumns TakeHeaderColumns(Page& page) {
  HeaderColumns out;
  if (page.lines.empty()) return out;
  double text_left = page.lines[0].box.x0, text_right = page.lines[0].box.x1;
  for (const Line& l : page.lines) {
    text_left = std::min(text_left, l.box.x0);
    text_right = std::max(text_right, l.box.x1);
  }
  // The boundary is where the right column starts: the leftmost start of
  // the right piece of a two-piece row.
  double boundary = text_right;
  bool two_columns = false;
  size_t end = 0;
  double bottom = page.lines[0].box.y0;
  // Gaps are measured in the largest font of the header so far: OCR gives
  // the small "*" under the issuer a font of its own height, and in that
  // font the ordinary gap above it would end the header.
  double header_font = 0;
  for (; end < page.lines.size(); ++end) {
    const Line& l = page.lines[end];
    double slack = kBoundarySlack * l.font_size;
    double gap = l.box.y0 - bottom;
    header_font = std::max(header_font, l.font_size);
    if (l.box.y0 > kHeaderShare * page.height ||
        gap > (two_columns ? kClosedGap * header_font : kOpenGap * l.font_size)) {
      break;
    }
    std::vector<Line> split = SplitAtColumnGaps(l);
    if (split.size() == 1) {
      if (l.box.width() > kBodyWidthShare * (text_right - text_left)) break;
      bool crosses = l.box.x0 < boundary - slack && l.box.x1 > boundary + slack;
      if (two_columns && crosses) break;
    } else {
      if (!two_columns && end >= kFirstRowWithin) break;
      two_columns = true;
      boundary = std::min(boundary, split[1].box.x0);
    }
    bottom = std::max(bottom, l.box.y1);
  }
  if (!two_columns) return out;
  for (size_t i = 0; i < end; ++i) {
    for (Line& s : SplitAtColumnGaps(page.lines[i])) {
      bool right = s.box.x0 >= boundary - kBoundarySlack * s.font_size;
      if (!right) RestoreStar(s);
      (right ? out.right : out.left).push_back(std::move(s));
    }
  }
  page.lines.erase(page.lines.begin(), page.lines.begin() + end);
  return out;
}

}  // namespace vbtask::layout

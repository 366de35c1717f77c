#include "pipeline/layout/layout.h"

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <cmath>

#include "pipeline/base/utf8.h"
#include "pipeline/layout/layout_internal.h"

namespace vbtask {
namespace layout {
namespace {

// All in font sizes of the line concerned.
constexpr double kIndentTolerance = 0.5;  // still flush with the margin
constexpr double kCenterTolerance = 0.75; // still centred
constexpr double kFitTolerance = 0.1;     // a word "fits" up to this overhang
constexpr double kSpaceWidth = 0.25;
constexpr double kCharWidth = 0.5;        // x distance → spaces, for columns
// Lines of one paragraph have (about) the same size.
constexpr double kSizeTolerance = 0.15;
// Spaces between the columns of a row, enough for reconstruct to see two.
constexpr int kColumnSpaces = 6;

struct Column {
  double left = 0, right = 0;
  double center() const { return (left + right) / 2; }
};

// The text block of a set of lines: their leftmost and rightmost edges.
Column ColumnOf(const std::vector<Line>& lines) {
  Column c;
  if (lines.empty()) return c;
  c.left = lines[0].box.x0, c.right = lines[0].box.x1;
  for (const Line& l : lines) {
    c.left = std::min(c.left, l.box.x0);
    c.right = std::max(c.right, l.box.x1);
  }
  return c;
}

double FirstWordWidth(const Line& l) {
  double end = l.box.x0;
  for (const Word& w : l.words) {
    if (w.box.x0 - end >= kGlueGap * w.font_size && end > l.box.x0) break;
    end = w.box.x1;
  }
  return end - l.box.x0;
}

// Letters, none of them lower case: "TỈNH ỦY QUẢNG TRỊ", not "2025".
bool CapitalsOnly(const std::string& text) {
  bool letters = false;
  for (size_t p = 0; p < text.size();) {
    char32_t c = utf8::Next(text, p);
    if (u_islower(c)) return false;
    letters |= u_isalpha(c);
  }
  return letters;
}

// Whether `b` continues the paragraph whose last line is `a`: `a` was
// broken because the first word of `b` did not fit on it, and `b` is not a
// new paragraph (first-line indent). Centred lines (titles, header cells)
// continue when both are centred in the same font; lines of capitals do
// not, since names in a header block are stacked that way on purpose, and
// the widest of them fills its block without being wrapped.
bool Continues(const Line& a, const Column& ca, const Line& b,
               const Column& cb, bool centred_block) {
  double size = std::max(a.font_size, b.font_size);
  if (std::fabs(a.font_size - b.font_size) > kSizeTolerance * size) return false;
  double next_word = kSpaceWidth * size + FirstWordWidth(b);
  double slack = kFitTolerance * size;
  bool flush = b.box.x0 <= cb.left + kIndentTolerance * size;
  if (!centred_block && flush && a.box.x1 + next_word > ca.right - slack) {
    return true;
  }
  bool centred = std::fabs(a.box.center_x() - ca.center()) <= kCenterTolerance * size &&
                 std::fabs(b.box.center_x() - cb.center()) <= kCenterTolerance * size;
  return centred && a.bold == b.bold && a.italic == b.italic &&
         !CapitalsOnly(LineText(a)) && !CapitalsOnly(LineText(b)) &&
         a.box.width() + next_word > ca.right - ca.left - slack;
}

// Accumulates the output: the paragraph being built stays open until the
// next one starts, because it may continue on the next page; what belongs
// after it (the footnotes of its page, the form feed) waits with it.
class TextStream {
 public:
  // `centred_block`: a header cell, where lines are centred and the widest
  // one only looks flush with the margins.
  void Add(const Line& line, const Column& column, bool centred_block = false) {
    if (open_ && Continues(last_, last_column_, line, column, centred_block)) {
      // "124-" at the end of a line and "QĐ/TW" on the next are one word.
      bool hyphenated = text_.size() >= 2 && text_.back() == '-' &&
                        text_[text_.size() - 2] != ' ';
      if (!hyphenated) text_ += ' ';
    } else {
      Close();
      open_ = true;
    }
    text_ += LineText(line);
    last_ = line;
    last_column_ = column;
  }

  // A line emitted as it is (a row of two columns, a blank line).
  void AddRaw(std::string line) {
    Close();
    out_ += line;
    out_ += '\n';
  }

  void AddAfterParagraph(std::string line) {
    if (!open_) {
      AddRaw(std::move(line));
      return;
    }
    waiting_ += line;
    waiting_ += '\n';
  }

  std::string Finish() {
    Close();
    return std::move(out_);
  }

 private:
  void Close() {
    if (open_) {
      out_ += text_;
      out_ += '\n';
      out_ += waiting_;
    }
    open_ = false;
    text_.clear();
    waiting_.clear();
  }

  std::string out_, text_, waiting_;
  bool open_ = false;
  Line last_;
  Column last_column_;
};

std::string Spaces(double distance, double font_size) {
  long n = std::lround(distance / (kCharWidth * font_size));
  return std::string(std::max(0L, n), ' ');
}

// A row with column gaps, laid out with spaces as "pdftotext -layout" does.
std::string ColumnRow(const std::vector<Line>& pieces, const Column& column) {
  std::string row;
  double size = pieces[0].font_size;
  size_t width = 0;  // in characters so far
  for (const Line& p : pieces) {
    std::string lead = Spaces(p.box.x0 - column.left, size);
    size_t at = std::max(lead.size(), width + (width ? kColumnSpaces : 0));
    row += std::string(at - width, ' ');
    std::string text = LineText(p);
    row += text;
    width = at + utf8::CountCodePoints(text);
  }
  return row;
}

void AddBlock(const std::vector<Line>& lines, TextStream& out) {
  Column c = ColumnOf(lines);
  for (const Line& l : lines) out.Add(l, c, /*centred_block=*/true);
}

}  // namespace
}  // namespace layout

Result<LayoutRules> LayoutRules::Load(const std::string& dir) {
  LayoutRules r;
  auto p = PatternSet::Load(dir, "layout/patterns.tsv",
                            {{"page_number", &r.patterns.page_number},
                             {"signature_stamp", &r.patterns.signature_stamp}});
  if (!p.ok()) return p.status();
  r.pattern_set = std::move(p.value());
  return r;
}

size_t OwnTextBytes(const Page& page, const LayoutRules& rules) {
  size_t n = 0;
  for (const Line& line : page.lines) {
    if (RE2::FullMatch(layout::LineText(line), *rules.patterns.signature_stamp)) continue;
    for (const Word& w : line.words) n += w.text.size();
  }
  return n;
}

std::string PagesToText(const std::vector<Page>& original,
                        const LayoutRules& rules) {
  using namespace layout;
  std::vector<Page> pages = original;
  double body_size = BodyFontSize(pages);
  DropPageFurniture(pages, rules);
  TextStream out;
  for (size_t p = 0; p < pages.size(); ++p) {
    Page& page = pages[p];
    if (p > 0) out.AddAfterParagraph("\f");
    std::vector<FootnoteText> notes = TakeFootnotes(page, body_size);
    if (p == 0) {
      HeaderColumns header = TakeHeaderColumns(page);
      if (!header.left.empty()) {
        AddBlock(header.left, out);
        out.AddRaw("");
        AddBlock(header.right, out);
        out.AddRaw("");
      }
    }
    Column column = ColumnOf(page.lines);
    for (const Line& line : page.lines) {
      std::vector<Line> pieces = SplitAtColumnGaps(line);
      if (pieces.size() > 1) {
        out.AddRaw(ColumnRow(pieces, column));
      } else {
        out.Add(line, column);
      }
    }
    for (const FootnoteText& n : notes) {
      out.AddAfterParagraph(SuperscriptDigits(n.marker) + " " + n.text);
    }
  }
  return out.Finish();
}

}  // namespace vbtask

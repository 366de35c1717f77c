// Pieces of the layout stage, shared by its files and tests.
#ifndef VBTASK_LAYOUT_LAYOUT_INTERNAL_H_
#define VBTASK_LAYOUT_LAYOUT_INTERNAL_H_

#include <string>
#include <vector>

#include "pipeline/layout/layout.h"

namespace vbtask::layout {

// Runs closer than this share of the font size belong to one word: PDF
// producers cut words at font changes, and word spaces are about a quarter
// of the font size even in tight justified lines.
inline constexpr double kGlueGap = 0.12;
// A horizontal gap wider than this many font sizes separates columns; a
// justified line stretches its spaces well below it.
inline constexpr double kColumnGap = 1.2;

// "12" → "¹²"
std::string SuperscriptDigits(const std::string& digits);

bool IsSuperscriptMarker(const Word& w, const Line& line);

// The text of a line: one space where the runs leave a gap, superscript
// markers as superscript digits glued to the word before them.
std::string LineText(const Line& line);

// A line cut at its column gaps (one piece when there is none).
std::vector<Line> SplitAtColumnGaps(const Line& line);
// Each word's box as line grouping sees it: an OCR'd word takes the median
// top and bottom of its engine line.
std::vector<Box> GroupingBoxes(const std::vector<Word>& words);

// Recomputes box, font size and baseline from the words.
void Measure(Line& line);

// The font size of most of the text of the document.
double BodyFontSize(const std::vector<Page>& pages);

// Removes page numbers and running headers and footers: the first and last
// lines of pages that are page numbers, or that repeat (numbers aside) on
// several pages.
void DropPageFurniture(std::vector<Page>& pages, const LayoutRules& rules);

struct FootnoteText {
  std::string marker;  // "1"
  std::string text;
};

// Removes the footnote block from the foot of the page: lines in a smaller
// font than the body, the first of which starts with the number of a
// superscript marker in the body of the page.
std::vector<FootnoteText> TakeFootnotes(Page& page, double body_font_size);

struct HeaderColumns {
  std::vector<Line> left, right;
};

// Removes the two-column official header from the top of the page, if there
// is one: the lines above the first line that crosses the gutter between
// the columns.
HeaderColumns TakeHeaderColumns(Page& page);

}  // namespace vbtask::layout

#endif  // VBTASK_LAYOUT_LAYOUT_INTERNAL_H_

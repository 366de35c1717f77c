// Physical lines of the normalized text in reading order (internal to the
// reconstruct stage). A row of a two-column block ("pdftotext -layout"
// headers and signature blocks) is split so that the whole left column comes
// before the whole right column.
#ifndef VBTASK_RECONSTRUCT_LAYOUT_LINES_H_
#define VBTASK_RECONSTRUCT_LAYOUT_LINES_H_

#include <string>
#include <vector>

namespace vbtask {

struct LayoutLine {
  size_t begin = 0;  // trimmed range in the normalized text
  size_t end = 0;
  int indent = 0;    // leading spaces, in code points
  int page = 1;
  bool blank = false;
  bool page_break = false;  // a form feed line
};

std::vector<LayoutLine> ReadingOrderLines(const std::string& text);

}  // namespace vbtask

#endif  // VBTASK_RECONSTRUCT_LAYOUT_LINES_H_

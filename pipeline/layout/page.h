// The page model: what a PDF text layer (and, later, OCR) gives for a page.
// Plain values in PDF points, y growing downwards from the top of the page.
#ifndef VBTASK_LAYOUT_PAGE_H_
#define VBTASK_LAYOUT_PAGE_H_

#include <algorithm>
#include <string>
#include <vector>

namespace vbtask {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double center_x() const { return (x0 + x1) / 2; }
  void Extend(const Box& b) {
    x0 = std::min(x0, b.x0), y0 = std::min(y0, b.y0);
    x1 = std::max(x1, b.x1), y1 = std::max(y1, b.y1);
  }
};

// A run of text without a space inside; PDF producers may cut one word into
// several runs (a font change for one accented letter), which sit with no
// gap between them.
struct Word {
  std::string text;  // UTF-8
  Box box;
  double font_size = 0;
  double baseline = 0;  // y of the baseline
  bool bold = false;
  bool italic = false;
  // OCR only: the engine's text line on the page, -1 for a PDF text layer.
  // The engine groups words into lines better than their boxes do.
  int source_line = -1;
};

struct Line {
  std::vector<Word> words;  // left to right
  Box box;
  // Of most of its text.
  double font_size = 0;
  double baseline = 0;
  bool bold = false;
  bool italic = false;
};

struct Page {
  int number = 1;  // 1-based
  double width = 0, height = 0;
  std::vector<Line> lines;  // top to bottom
};

}  // namespace vbtask

#endif  // VBTASK_LAYOUT_PAGE_H_

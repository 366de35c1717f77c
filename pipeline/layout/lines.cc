#include <algorithm>
#include <map>
#include <numeric>

#include "pipeline/layout/layout_internal.h"

namespace vbtask {
namespace layout {
namespace {

// A superscript is set at most this share of the line's font size and
// raised by at least this share of it.
constexpr double kSuperscriptSize = 0.8;
constexpr double kSuperscriptRise = 0.15;

bool AllDigits(const std::string& s) {
  return !s.empty() && s.size() <= 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

double VerticalOverlap(const Box& a, const Box& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

}  // namespace

std::string SuperscriptDigits(const std::string& digits) {
  static constexpr const char* kSuper[] = {"⁰", "¹", "²", "³", "⁴",
                                           "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char d : digits) out += kSuper[d - '0'];
  return out;
}

bool IsSuperscriptMarker(const Word& w, const Line& line) {
  return AllDigits(w.text) && w.font_size <= kSuperscriptSize * line.font_size &&
         w.baseline < line.baseline - kSuperscriptRise * line.font_size;
}

void Measure(Line& line) {
  if (line.words.empty()) return;
  line.box = line.words[0].box;
  std::map<double, size_t> size_chars, baseline_chars;
  size_t bold = 0, italic = 0, all = 0;
  for (const Word& w : line.words) {
    line.box.Extend(w.box);
    size_chars[w.font_size] += w.text.size();
    baseline_chars[w.baseline] += w.text.size();
    bold += w.bold ? w.text.size() : 0;
    italic += w.italic ? w.text.size() : 0;
    all += w.text.size();
  }
  line.bold = 2 * bold > all;
  line.italic = 2 * italic > all;
  auto most = [](const std::map<double, size_t>& m) {
    return std::max_element(m.begin(), m.end(), [](auto& a, auto& b) {
             return a.second < b.second;
           })->first;
  };
  line.font_size = most(size_chars);
  line.baseline = most(baseline_chars);
}

std::string LineText(const Line& line) {
  std::string out;
  const Word* prev = nullptr;
  for (const Word& w : line.words) {
    if (IsSuperscriptMarker(w, line) && prev) {
      out += SuperscriptDigits(w.text);
    } else {
      // An OCR engine's words are whole words: its own text puts a space
      // between any two, however close their boxes ("chủtrì" otherwise).
      // A text layer's runs are glued when they touch.
      double size = std::max(w.font_size, prev ? prev->font_size : 0.0);
      bool ocr = prev && w.source_line >= 0 && prev->source_line >= 0;
      if (prev && (ocr || w.box.x0 - prev->box.x1 >= kGlueGap * size)) out += ' ';
      out += w.text;
    }
    prev = &w;
  }
  return out;
}

// The box a word is grouped into lines by. An OCR'd word's own box is
// swollen by specks, accents and commas ("đốc," reaching into the line
// above); the words the engine read as one line all take that line's
// median top and bottom, so they stay together and keep to their height.
std::vector<Box> GroupingBoxes(const std::vector<Word>& words) {
  std::map<int, std::pair<std::vector<double>, std::vector<double>>> extents;
  for (const Word& w : words) {
    if (w.source_line < 0) continue;
    auto& e = extents[w.source_line];
    e.first.push_back(w.box.y0);
    e.second.push_back(w.box.y1);
  }
  std::map<int, std::pair<double, double>> medians;
  for (auto& [line, e] : extents) {
    auto median = [](std::vector<double>& v) {
      std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
      return v[v.size() / 2];
    };
    medians[line] = {median(e.first), median(e.second)};
  }
  std::vector<Box> boxes;
  boxes.reserve(words.size());
  for (const Word& w : words) {
    Box b = w.box;
    if (w.source_line >= 0) {
      const auto& m = medians[w.source_line];
      b.y0 = m.first;
      b.y1 = m.second;
    }
    boxes.push_back(b);
  }
  return boxes;
}

std::vector<Line> SplitAtColumnGaps(const Line& line) {
  std::vector<Line> pieces(1);
  for (size_t i = 0; i < line.words.size(); ++i) {
    const Word& w = line.words[i];
    if (i > 0 &&
        w.box.x0 - line.words[i - 1].box.x1 > kColumnGap * line.font_size) {
      pieces.emplace_back();
    }
    pieces.back().words.push_back(w);
  }
  for (Line& p : pieces) Measure(p);
  return pieces;
}

}  // namespace layout

std::vector<Line> GroupIntoLines(std::vector<Word> words) {
  const std::vector<Box> boxes = layout::GroupingBoxes(words);
  std::vector<size_t> order(words.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return boxes[a].y0 < boxes[b].y0; });
  // Each line is matched by its band: the box of its first word, so that a
  // tall box (an OCR'd speck spanning two lines) joins one line but does
  // not stretch it over the next.
  std::vector<Line> lines;
  std::vector<Box> bands;
  for (size_t i : order) {
    const Box& box = boxes[i];
    // A word belongs to a line it overlaps by half the smaller height;
    // looking back a few lines covers the cells of a table row.
    size_t home = lines.size();
    size_t first = lines.size() > 4 ? lines.size() - 4 : 0;
    for (size_t k = first; k < lines.size(); ++k) {
      double smaller = std::min(bands[k].height(), box.height());
      if (layout::VerticalOverlap(bands[k], box) >= 0.5 * smaller) home = k;
    }
    if (home == lines.size()) {
      lines.emplace_back();
      bands.push_back(box);
    }
    lines[home].words.push_back(std::move(words[i]));
  }
  for (Line& l : lines) {
    std::stable_sort(l.words.begin(), l.words.end(),
                     [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
    layout::Measure(l);
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return a.box.y0 < b.box.y0;
  });
  return lines;
}

}  // namespace vbtask

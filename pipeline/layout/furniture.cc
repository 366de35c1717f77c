#include <re2/re2.h>

#include <map>
#include <set>

#include "pipeline/layout/layout_internal.h"

namespace vbtask::layout {
namespace {

// How many lines at each end of a page may be furniture (a page number
// above or below a running title).
constexpr size_t kEdgeLines = 2;
// Furniture sits in the top or bottom share of the page.
constexpr double kMarginShare = 0.12;

// The line with its digits folded, so "Trang 2/5" and "Trang 3/5" repeat.
std::string RepeatKey(const Line& line) {
  std::string key = LineText(line);
  for (char& c : key) {
    if (c >= '0' && c <= '9') c = '#';
  }
  return key;
}

struct Candidate {
  size_t page, line;
};

}  // namespace

double BodyFontSize(const std::vector<Page>& pages) {
  std::map<double, size_t> chars;
  for (const Page& p : pages) {
    for (const Line& l : p.lines) {
      for (const Word& w : l.words) chars[w.font_size] += w.text.size();
    }
  }
  double best = 0;
  size_t most = 0;
  for (auto [size, n] : chars) {
    if (n > most) best = size, most = n;
  }
  return best;
}

void DropPageFurniture(std::vector<Page>& pages, const LayoutRules& rules) {
  std::vector<Candidate> candidates;
  std::map<std::string, std::set<size_t>> pages_of;
  for (size_t p = 0; p < pages.size(); ++p) {
    const Page& page = pages[p];
    size_t n = page.lines.size();
    for (size_t i = 0; i < n; ++i) {
      bool top = i < kEdgeLines &&
                 page.lines[i].box.y1 < kMarginShare * page.height;
      bool foot = i + kEdgeLines >= n &&
                  page.lines[i].box.y0 > (1 - kMarginShare) * page.height;
      if (!top && !foot) continue;
      candidates.push_back({p, i});
      pages_of[RepeatKey(page.lines[i])].insert(p);
    }
  }
  std::vector<std::set<size_t>> drop(pages.size());
  for (const Candidate& c : candidates) {
    const Line& line = pages[c.page].lines[c.line];
    size_t repeats = pages_of[RepeatKey(line)].size();
    bool running = repeats >= 2 && 2 * repeats >= pages.size();
    if (running ||
        RE2::FullMatch(LineText(line), *rules.patterns.page_number)) {
      drop[c.page].insert(c.line);
    }
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    std::vector<Line> kept;
    for (size_t i = 0; i < pages[p].lines.size(); ++i) {
      if (!drop[p].count(i)) kept.push_back(std::move(pages[p].lines[i]));
    }
    pages[p].lines = std::move(kept);
  }
}

}  // namespace vbtask::layout

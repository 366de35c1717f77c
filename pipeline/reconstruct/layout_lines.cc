#include "pipeline/reconstruct/layout_lines.h"

#include <algorithm>

#include "pipeline/base/utf8.h"

namespace vbtask {
namespace {

// Columns are separated by at least this many spaces; justified body text
// rarely has more than three in a row.
constexpr int kColumnGap = 5;
// Lines after a two-column block that still belong to it (a name under the
// signature, the rest of a "Nơi nhận" list).
constexpr int kBlockTail = 8;

struct Piece {
  size_t begin, end;
  int column;  // code point column of the first character
};

struct RawLine {
  std::vector<Piece> pieces;  // empty for a blank line
  bool page_break = false;
};

// Word processors saved as text put a TAB between the two header columns
// ("Số 27-KH/BDVTU<TAB>Hòa Bình, ngày …"). A line with exactly one TAB is
// read as two columns; the right one gets a column beyond any real line so
// that it always lands on the right. Rows with more TABs are table rows.
constexpr int kTabColumn = 1 << 20;

bool SplitAtSingleTab(const std::string& text, size_t begin, size_t end, RawLine* row) {
  size_t tab = text.find('\t', begin);
  if (tab >= end || text.find('\t', tab + 1) < end) return false;
  std::string_view left = utf8::Trim(std::string_view(text).substr(begin, tab - begin));
  std::string_view right = utf8::Trim(std::string_view(text).substr(tab + 1, end - tab - 1));
  if (left.empty() || right.empty()) return false;
  size_t left_begin = left.data() - text.data(), right_begin = right.data() - text.data();
  row->pieces.push_back({left_begin, left_begin + left.size(),
                         static_cast<int>(utf8::CountCodePoints(
                             std::string_view(text).substr(begin, left_begin - begin)))});
  row->pieces.push_back({right_begin, right_begin + right.size(), kTabColumn});
  return true;
}

RawLine SplitRow(const std::string& text, size_t begin, size_t end) {
  RawLine row;
  if (end - begin == 1 && text[begin] == '\f') {
    row.page_break = true;
    return row;
  }
  if (SplitAtSingleTab(text, begin, end, &row)) return row;
  int column = 0;
  size_t p = begin;
  while (p < end) {
    while (p < end && text[p] == ' ') ++p, ++column;
    if (p >= end) break;
    Piece piece{p, p, column};
    int spaces = 0;
    size_t last_text_end = p;
    while (p < end) {
      if (text[p] == ' ') {
        if (++spaces >= kColumnGap) break;
        ++p, ++column;
        continue;
      }
      spaces = 0;
      utf8::Next(text, p);
      ++column;
      last_text_end = p;
    }
    piece.end = last_text_end;
    row.pieces.push_back(piece);
  }
  return row;
}

LayoutLine ToLayout(const Piece& p, int page) {
  return {p.begin, p.end, p.column, page, false, false};
}

}  // namespace

std::vector<LayoutLine> ReadingOrderLines(const std::string& text) {
  std::vector<RawLine> rows;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    rows.push_back(SplitRow(text, pos, nl));
    pos = nl + 1;
  }

  std::vector<LayoutLine> out;
  out.reserve(rows.size());
  int page = 1;
  size_t i = 0;
  while (i < rows.size()) {
    const RawLine& row = rows[i];
    if (row.pieces.size() < 2) {
      if (row.page_break) {
        ++page;
        out.push_back({0, 0, 0, page, false, true});
      } else if (row.pieces.empty()) {
        out.push_back({0, 0, 0, page, true, false});
      } else {
        out.push_back(ToLayout(row.pieces[0], page));
      }
      ++i;
      continue;
    }
    // A two-column block: split rows no more than three rows apart.
    size_t last_split = i, j = i + 1;
    for (; j < rows.size() && j <= last_split + 3 && !rows[j].page_break; ++j) {
      if (rows[j].pieces.size() >= 2) last_split = j;
    }
    int boundary = 1 << 30;
    for (size_t k = i; k <= last_split; ++k) {
      if (rows[k].pieces.size() >= 2) {
        boundary = std::min(boundary, rows[k].pieces[1].column);
      }
    }
    size_t end = last_split + 1;
    for (size_t k = end; k < rows.size() && k <= last_split + kBlockTail; ++k) {
      if (rows[k].page_break || rows[k].pieces.size() >= 2) break;
      if (rows[k].pieces.empty()) continue;
      const Piece& p = rows[k].pieces[0];
      bool right = p.column >= boundary - kColumnGap;
      bool list_item = text[p.begin] == '-' || text[p.begin] == '+';
      if (!right && !list_item) break;
      end = k + 1;
    }
    std::vector<LayoutLine> left, right;
    for (size_t k = i; k < end; ++k) {
      for (const Piece& p : rows[k].pieces) {
        (p.column >= boundary - kColumnGap ? right : left)
            .push_back(ToLayout(p, page));
      }
    }
    out.insert(out.end(), left.begin(), left.end());
    out.push_back({0, 0, 0, page, true, false});
    out.insert(out.end(), right.begin(), right.end());
    out.push_back({0, 0, 0, page, true, false});
    i = end;
  }
  return out;
}

}  // namespace vbtask

#include <set>

#include "pipeline/layout/layout_internal.h"

namespace vbtask::layout {
namespace {

// Footnotes are set smaller than the body: at most this share of its size.
constexpr double kFootnoteSize = 0.9;

std::set<std::string> BodyMarkers(const Page& page) {
  std::set<std::string> markers;
  for (const Line& l : page.lines) {
    for (const Word& w : l.words) {
      if (IsSuperscriptMarker(w, l)) markers.insert(w.text);
    }
  }
  return markers;
}

// The marker a footnote line starts with: its leading digits, or the
// longest of them that is a body marker when they run into the text
// ("1Theo"), and the text after it.
bool SplitMarker(const std::string& text, const std::set<std::string>& markers,
                 FootnoteText* out) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
    ++digits;
  }
  for (size_t n = digits; n > 0; --n) {
    if (markers.count(text.substr(0, n))) {
      size_t rest = n;
      while (rest < text.size() && text[rest] == ' ') ++rest;
      out->marker = text.substr(0, n);
      out->text = text.substr(rest);
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<FootnoteText> TakeFootnotes(Page& page, double body_font_size) {
  std::set<std::string> markers = BodyMarkers(page);
  if (markers.empty()) return {};
  // The block of small lines at the foot of the page.
  size_t start = page.lines.size();
  while (start > 0 &&
         page.lines[start - 1].font_size <= kFootnoteSize * body_font_size) {
    --start;
  }
  // It starts at the first of them that opens with a body marker.
  std::vector<FootnoteText> notes;
  size_t first = page.lines.size();
  for (size_t i = start; i < page.lines.size(); ++i) {
    std::string text = LineText(page.lines[i]);
    FootnoteText note;
    if (SplitMarker(text, markers, &note)) {
      if (notes.empty()) first = i;
      markers.erase(note.marker);
      notes.push_back(std::move(note));
    } else if (!notes.empty()) {
      notes.back().text += " " + text;
    }
  }
  page.lines.resize(first);
  return notes;
}

}  // namespace vbtask::layout

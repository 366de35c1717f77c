#include "pipeline/lines/line_view.h"

#include <unicode/uchar.h>

#include "pipeline/base/utf8.h"

namespace vbtask {

LineView::LineView(std::string_view text, const TextFolder& folder)
    : text_(text) {
  folder.AppendSkeleton(text, &skeleton_);
  cp_byte_.reserve(skeleton_.size() + 1);
  bool seen_letter = false;
  for (size_t p = 0; p < text.size();) {
    cp_byte_.push_back(static_cast<uint32_t>(p));
    char32_t cp = utf8::Next(text, p);
    if (u_isalpha(static_cast<UChar32>(cp))) {
      ++letters_;
      bool upper = u_isupper(static_cast<UChar32>(cp));
      upper_ += upper;
      if (!seen_letter) first_letter_lower_ = !upper;
      seen_letter = true;
    }
  }
  cp_byte_.push_back(static_cast<uint32_t>(text.size()));
}

std::string_view LineView::Original(std::string_view piece) const {
  if (piece.empty()) return {};  // also an unmatched regex group (no data)
  size_t b = ByteOf(piece.data());
  size_t e = ByteOf(piece.data() + piece.size());
  return text_.substr(b, e - b);
}

bool LineView::EndsWith(std::string_view chars) const {
  for (size_t i = skeleton_.size(); i > 0; --i) {
    char c = skeleton_[i - 1];
    if (c == ' ') continue;
    return chars.find(c) != std::string_view::npos;
  }
  return false;
}

char32_t LineView::FirstCodePoint() const {
  size_t p = 0;
  return text_.empty() ? 0 : utf8::Next(text_, p);
}

bool LineView::IsUpperAt(size_t cp) const {
  if (cp >= code_points()) return false;
  size_t p = ByteOf(cp);
  return u_isupper(static_cast<UChar32>(utf8::Next(text_, p)));
}

size_t MatchPhraseAt(std::string_view s, std::string_view phrase) {
  size_t i = 0;
  for (char want : phrase) {
    if (i >= s.size()) return 0;
    if (want == ' ') {
      if (s[i] != ' ') return 0;
      while (i < s.size() && s[i] == ' ') ++i;
    } else if (s[i++] != want) {
      return 0;
    }
  }
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (i == 0 || (i < s.size() && is_letter(s[i]) && is_letter(s[i - 1]))) return 0;
  return i;
}

}  // namespace vbtask

// LineView: one line or paragraph together with its skeleton (see
// normalize/fold.h). Patterns run on the skeleton; because the skeleton has
// one byte per code point, a match offset converts back to the original by
// a table lookup.
#ifndef VBTASK_LINES_LINE_VIEW_H_
#define VBTASK_LINES_LINE_VIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/normalize/fold.h"

namespace vbtask {

class LineView {
 public:
  LineView() = default;
  LineView(std::string_view text, const TextFolder& folder);

  std::string_view text() const { return text_; }
  const std::string& skeleton() const { return skeleton_; }
  size_t code_points() const { return skeleton_.size(); }

  // Byte offset in text() of code point `cp` (cp may equal code_points()).
  size_t ByteOf(size_t cp) const { return cp_byte_[cp]; }
  // Byte offset in text() of a position inside skeleton().
  size_t ByteOf(const char* in_skeleton) const {
    return ByteOf(static_cast<size_t>(in_skeleton - skeleton_.data()));
  }
  // The original text of the skeleton piece `piece`.
  std::string_view Original(std::string_view piece) const;
  // The original text from code point `cp` to the end.
  std::string_view From(size_t cp) const { return text_.substr(ByteOf(cp)); }

  // Letter case of the text.
  bool HasLetters() const { return letters_ > 0; }
  // Set in capitals; one OCR'd lowercase letter in ten is tolerated
  // ("XÂY DựNG MỎ HÌNH").
  bool AllUpper() const { return letters_ > 1 && upper_ * 10 >= letters_ * 9; }
  bool StartsLower() const { return first_letter_lower_; }
  bool EndsWith(std::string_view chars) const;  // last non-space char in chars
  char32_t FirstCodePoint() const;
  bool IsUpperAt(size_t cp) const;

 private:
  std::string_view text_;
  std::string skeleton_;
  std::vector<uint32_t> cp_byte_;
  int letters_ = 0;
  int upper_ = 0;
  bool first_letter_lower_ = false;
};

// Bytes of `skeleton` matched by the skeleton phrase `phrase` at its start,
// or 0. A space in the phrase matches a run of spaces (text laid out by
// pdftotext has "chỉ  đạo"), and the match must end at a word boundary.
size_t MatchPhraseAt(std::string_view skeleton, std::string_view phrase);

}  // namespace vbtask

#endif  // VBTASK_LINES_LINE_VIEW_H_

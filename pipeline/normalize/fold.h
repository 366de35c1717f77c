// The matching forms of text. Output text keeps the document's own spelling;
// code that recognises words compares these forms instead.
//
// Skeleton: one ASCII byte per code point (so a regex match offset in the
// skeleton is a code point offset in the original), lowercase, without
// diacritics, with quotes, dashes and superscripts folded. OCR damage to
// diacritics ("KÉ HOẠCH", "THỤC HIỆN") and old/new tone placement vanish.
//
// MatchKey: lowercase with the tone mark placed one canonical way, so that
// "Tỉnh uỷ" and "tỉnh ủy", "hoà" and "hòa" compare equal while diacritics
// that change the word still count.
#ifndef VBTASK_NORMALIZE_FOLD_H_
#define VBTASK_NORMALIZE_FOLD_H_

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/base/status.h"

namespace vbtask {

class TextFolder {
 public:
  // Reads rules/text/skeleton.tsv and rules/text/tone_placement.tsv.
  static Result<TextFolder> Load(const std::string& rules_dir);

  // Appends the skeleton of `text` to *out (exactly one byte per code point).
  void AppendSkeleton(std::string_view text, std::string* out) const;
  std::string Skeleton(std::string_view text) const {
    std::string s;
    AppendSkeleton(text, &s);
    return s;
  }
  std::string MatchKey(std::string_view text) const;

  static constexpr char kOther = '~';  // any code point without a fold

 private:
  char FoldCodePoint(char32_t cp) const;

  // Folds for U+0000..U+25FF, covering ASCII, Latin and Vietnamese letters,
  // general punctuation, superscripts and enclosed digits.
  std::array<char, 0x2600> table_{};
  std::unordered_map<std::u32string, std::u32string> tone_moves_;
};

}  // namespace vbtask

#endif  // VBTASK_NORMALIZE_FOLD_H_

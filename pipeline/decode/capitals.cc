// Capitals in text typed with a lowercase-only legacy font (TCVN3).
//
// .VnTime has codes for lowercase toned letters only; a capital such as
// "Ộ" was typed by switching to .VnTimeH, which draws the same code as a
// capital, so the bytes alone say "ộ". The neighbouring letters still show
// the intent: "CHØ THÞ" (CHỈ THỊ) has capital ASCII letters around the
// lowercase codes, "Bé" (Bộ) has a capital only at the start.
#include <unicode/uchar.h>

#include "pipeline/base/utf8.h"
#include "pipeline/decode/decode_internal.h"

namespace vbtask::decode_internal {
namespace {

struct Word {
  size_t begin = 0, end = 0;  // code point range; one byte per code point
  int font_lower = 0;         // lowercase letters from legacy codes
  int ascii_lower = 0;        // lowercase ASCII letters
  bool upper_after_first = false;
  bool IsCaps() const { return font_lower > 0 && ascii_lower == 0 && upper_after_first; }
  bool IsUndecided() const { return font_lower > 0 && ascii_lower == 0 && !upper_after_first; }
};

bool IsLetter(char32_t cp) {
  return cp < 0x80 ? (cp | 0x20) - 'a' < 26u : u_isalpha(static_cast<UChar32>(cp));
}

char32_t Upper(char32_t cp) {
  return static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp)));
}

// The word starts a sentence, or the text after a list label ("- ", "a) "),
// where a capital is expected. The start of a line alone is not enough: a
// paragraph may be wrapped over several lines.
bool StartsSentence(const std::u32string& cps, size_t begin) {
  size_t i = begin;
  while (i > 0 && (cps[i - 1] == U' ' || cps[i - 1] == U'\t')) --i;
  if (i == 0 || i == begin) return false;
  char32_t before = cps[i - 1];
  if (before == U'.' || before == U'?' || before == U'!') return true;
  if (before != U')' && before != U'-' && before != U'+' && before != U'\u2013' &&
      before != U'\u2022') {
    return false;
  }
  size_t label_start = i - 1;
  while (label_start > 0 && cps[label_start - 1] != U' ' && cps[label_start - 1] != U'\t') {
    --label_start;
  }
  for (size_t k = 0; k < label_start; ++k) {
    if (cps[k] != U' ' && cps[k] != U'\t') return false;
  }
  int letters = 0;  // "a)", "IV)" are labels; "Đảng)" is a word
  for (size_t k = label_start; k < i; ++k) letters += IsLetter(cps[k]);
  return i - label_start <= 5 && letters <= 3;
}

}  // namespace

void LegacyTable::ApplyCapitals(std::string_view bytes, size_t start,
                                std::string* out) const {
  // out->substr(start) is the decoding of `bytes`: one code point per byte
  // (checked when the table was loaded).
  std::u32string cps;
  cps.reserve(bytes.size());
  for (size_t p = start; p < out->size();) cps.push_back(utf8::Next(*out, p));
  if (cps.size() != bytes.size()) return;

  std::vector<Word> words;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (!IsLetter(cps[i])) continue;
    Word w;
    w.begin = i;
    for (; i < cps.size() && IsLetter(cps[i]); ++i) {
      bool legacy = static_cast<unsigned char>(bytes[i]) >= 0x80;
      bool lower = u_islower(static_cast<UChar32>(cps[i]));
      if (lower && legacy) ++w.font_lower;
      if (lower && !legacy) ++w.ascii_lower;
      if (!lower && i > w.begin) w.upper_after_first = true;
    }
    w.end = i;
    words.push_back(w);
  }
  int caps = 0, lower = 0;
  for (const Word& w : words) {
    caps += w.IsCaps();
    lower += w.ascii_lower > 0;
  }
  const bool caps_line = caps > lower;
  for (const Word& w : words) {
    bool all = options_.uppercase || w.IsCaps() || (w.IsUndecided() && caps_line);
    if (all) {
      for (size_t i = w.begin; i < w.end; ++i) cps[i] = Upper(cps[i]);
    } else if (w.font_lower > 0 && static_cast<unsigned char>(bytes[w.begin]) >= 0x80 &&
               StartsSentence(cps, w.begin)) {
      cps[w.begin] = Upper(cps[w.begin]);
    }
  }
  for (const Word& w : words) {
    if (static_cast<unsigned char>(bytes[w.begin]) < 0x80 ||
        !u_islower(static_cast<UChar32>(cps[w.begin]))) {
      continue;
    }
    for (const std::u32string& phrase : capitalised_) {
      size_t after = w.begin + phrase.size();
      if (cps.compare(w.begin, phrase.size(), phrase) == 0 &&
          (after >= cps.size() || !IsLetter(cps[after]))) {
        cps[w.begin] = Upper(cps[w.begin]);
        break;
      }
    }
  }
  out->resize(start);
  for (char32_t cp : cps) utf8::Append(*out, cp);
}

}  // namespace vbtask::decode_internal

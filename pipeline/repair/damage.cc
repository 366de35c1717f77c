// How damaged a text looks: the signs OCR and broken extraction leave,
// counted over the words. Typed text shows almost none of them, so repair
// can stay away from it entirely (see DecideRepair).
#include <unicode/uchar.h>

#include <cctype>
#include <cstdio>

#include "pipeline/base/utf8.h"
#include "pipeline/repair/lattice.h"

namespace vbtask {
namespace repair {
namespace {

// A letter with a Vietnamese mark: anything outside ASCII but đ/Đ, which
// abbreviations print unmarked ("NĐ", "GĐ").
bool HasMarkedVowel(std::string_view w) {
  for (size_t p = 0; p < w.size();) {
    char32_t cp = utf8::Next(w, p);
    if (cp >= 0x80 && cp != U'đ' && cp != U'Đ') return true;
  }
  return false;
}

bool StartsLower(std::string_view w) {
  size_t p = 0;
  char32_t cp = utf8::Next(w, p);
  return (cp >= 'a' && cp <= 'z') || (cp >= 0x80 && u_islower(UChar32(cp)));
}

// "202S", "2O25", "l00": a number with letters OCR reads digits as. Codes
// a document prints on purpose ("F0", "5G", "B2", "14B") mix digits with
// other letters, or are short.
bool LooksLikeMisreadNumber(std::string_view w) {
  int digits = 0, letters = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == 'S') {
      ++letters;
    } else {
      return false;
    }
  }
  return digits >= 2 && letters >= 1;
}

// "ĩI", "IĨI": a Roman numeral whose I took a mark.
bool LooksLikeMarkedNumeral(std::string_view w) {
  bool marked = false;
  for (size_t p = 0; p < w.size();) {
    char32_t cp = utf8::Next(w, p);
    if (cp == 'I' || cp == 'V' || cp == 'X') continue;
    if (std::u32string_view(U"ìíỉĩịÌÍỈĨỊ").find(cp) == std::u32string_view::npos) {
      return false;
    }
    marked = true;
  }
  return marked && utf8::CountCodePoints(w) >= 2;
}

}  // namespace

void LineLattice::SurveyLine(std::string_view line, DamageSignature* out) {
  const RepairModel::Impl& m = *model_;
  Tokenize(line, &tokens_);
  const size_t n = tokens_.size();
  auto text = [&](size_t i) {
    return line.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  };
  constexpr size_t kExamples = 6;
  auto note = [&](size_t* counter, size_t first, size_t last) {
    ++*counter;
    if (out->examples.size() < kExamples) {
      out->examples.emplace_back(
          line.substr(tokens_[first].begin, tokens_[last].end - tokens_[first].begin));
    }
  };
  // Letters that cannot be a syllable, in lowercase, so not a name or an
  // abbreviation ("Krông", "NĐ"), and not an ASCII word, which is foreign
  // more often than damaged.
  auto impossible = [&](size_t i) {
    if (!tokens_[i].word) return false;
    std::string_view w = text(i);
    const KnownWord& k = Known(w);
    return k.shape.letters && !k.well_formed && !k.is_protected &&
           StartsLower(w) && HasMarkedVowel(w);
  };
  // An impossible syllable ("xuât", "iượng", "nhiệrn") that is not two
  // syllables typed without their space ("bổsung"), which typed pages
  // print too.
  auto misprinted = [&](size_t i) {
    if (!impossible(i)) return false;
    const std::string word(text(i));
    for (size_t cut = 1; cut < word.size(); ++cut) {
      if ((word[cut] & 0xC0) == 0x80) continue;
      if (m.IsAttestedId(Known(word.substr(0, cut)).id) &&
          m.IsAttestedId(Known(word.substr(cut)).id)) {
        return false;
      }
    }
    return true;
  };
  // One lowercase letter standing alone as a word, not glued to a mark
  // ("v/v", "b)"): "v i", "g n" are words split where a glyph was lost,
  // while "điểm b khoản 2" prints one such letter beside whole words.
  auto letter = [&](size_t i) {
    if (!tokens_[i].word || utf8::CountCodePoints(text(i)) != 1 || !StartsLower(text(i))) {
      return false;
    }
    const bool glued_before = i > 0 && tokens_[i - 1].end == tokens_[i].begin;
    const bool glued_after = i + 1 < n && tokens_[i + 1].begin == tokens_[i].end &&
                             !tokens_[i + 1].word &&
                             std::string_view(",.;:").find(text(i + 1)) ==
                                 std::string_view::npos;
    return !glued_before && !glued_after;
  };
  // A lowercase marked word no text the model knows prints ("nư"); an
  // unmarked one is foreign as often ("is a").
  auto unknown = [&](size_t i) {
    if (!tokens_[i].word) return false;
    const KnownWord& k = Known(text(i));
    return k.shape.letters && !m.IsAttestedId(k.id) && !k.is_protected &&
           StartsLower(text(i)) && HasMarkedVowel(text(i));
  };
  auto split = [&](size_t i) {  // tokens i and i + 1
    return (letter(i) && (letter(i + 1) || unknown(i + 1))) ||
           (letter(i + 1) && unknown(i)) || (impossible(i) && impossible(i + 1));
  };
  auto spaces = [&](size_t i) {  // between tokens i and i + 1, 0 if not blank
    std::string_view gap = line.substr(tokens_[i].end, tokens_[i + 1].begin - tokens_[i].end);
    return gap.find_first_not_of(' ') == std::string_view::npos ? gap.size() : 0;
  };
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens_[i];
    std::string_view w = text(i);
    if (!t.word) {
      // "nhà‘nước": a mark glued between two words.
      size_t p = 0;
      if (i > 0 && i + 1 < n && m.stray_marks.count(utf8::Next(w, p)) &&
          tokens_[i - 1].word && tokens_[i + 1].word &&
          tokens_[i - 1].end == t.begin && t.end == tokens_[i + 1].begin &&
          StartsLower(text(i - 1)) && StartsLower(text(i + 1))) {
        note(&out->stray_marks, i - 1, i + 1);
      }
      continue;
    }
    const KnownWord& k = Known(w);
    if (!k.shape.letters) {
      if (k.shape.upper + k.shape.lower > 0) {
        ++out->words;
        if (!k.is_protected && LooksLikeMisreadNumber(w)) {
          note(&out->misread_numbers, i, i);
        }
      }
      continue;
    }
    ++out->words;
    if (k.is_protected) continue;
    if (!m.IsAttestedId(k.id) && LooksLikeMarkedNumeral(w)) {
      note(&out->misread_numbers, i, i);
    } else if (k.shape.upper >= 2 && k.shape.lower > 0 &&
               k.shape.lower_non_ascii_only) {
      note(&out->mixed_case, i, i);  // "DựNG"
    } else if (k.shape.lower == 0 && k.shape.upper >= 2 && HasMarkedVowel(w)) {
      // "ƯBND": marks on a known abbreviation.
      std::string plain = m.folder.Skeleton(w);
      for (char& c : plain) c = char(std::toupper(static_cast<unsigned char>(c)));
      if (m.protected_words.count(plain)) note(&out->mixed_case, i, i);
    } else if (misprinted(i)) {
      note(&out->ill_formed, i, i);  // "xuât", "hơp"
    }
    // "nư c", "v i": a word split where a glyph was lost.
    if (i + 1 < n && tokens_[i + 1].word) {
      const size_t gap = spaces(i);
      if ((gap == 1 || gap == 2) && split(i)) {
        note(&out->glyph_gaps, i, i + 1);
      }
    }
  }
}

}  // namespace repair

namespace {
std::string FormatRate(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", rate);
  return buffer;
}
}  // namespace

DamageSignature SurveyDamage(std::string_view text, const RepairModel& model) {
  DamageSignature signature;
  repair::LineLattice lattice(model.impl());
  for (size_t begin = 0; begin <= text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lattice.SurveyLine(text.substr(begin, end - begin), &signature);
    begin = end + 1;
  }
  return signature;
}

double DamageSignature::PerThousandWords() const {
  if (words == 0) return 0;
  return 1000.0 * double(signs()) / double(words);
}

std::string DamageSignature::Describe() const {
  char buffer[200];
  std::snprintf(buffer, sizeof buffer,
                "%.1f signs of damage per 1000 words (%zu impossible syllables, "
                "%zu glyph gaps, %zu mixed-case words, %zu misread numbers, "
                "%zu stray marks in %zu words)",
                PerThousandWords(), ill_formed, glyph_gaps, mixed_case,
                misread_numbers, stray_marks, words);
  std::string out = buffer;
  for (size_t i = 0; i < examples.size(); ++i) {
    out += i == 0 ? ": “" : "”, “";
    out += examples[i];
  }
  if (!examples.empty()) out += "”";
  return out;
}

RepairDecision DecideRepair(std::string_view text, const RepairModel& model,
                            TextOrigin origin) {
  RepairDecision decision;
  if (origin == TextOrigin::kOcr) {  // repaired whatever its signs: no survey
    decision.repair = true;
    decision.reason = "OCR text";
    return decision;
  }
  decision.signature = SurveyDamage(text, model);
  const double rate = decision.signature.PerThousandWords();
  const double threshold = model.impl().damage_per_thousand_words;
  if (rate >= threshold &&
             decision.signature.signs() >= model.impl().damage_signs_min) {
    decision.repair = true;
    decision.reason = "typed text with " + decision.signature.Describe();
  } else {
    decision.repair = false;
    decision.reason = "repair skipped: the text is not OCR output and shows " +
                      decision.signature.Describe() + ", below the " +
                      FormatRate(threshold) + " per 1000 words (and " +
                      FormatRate(model.impl().damage_signs_min) +
                      " signs at least) that damaged text shows";
  }
  return decision;
}

}  // namespace vbtask

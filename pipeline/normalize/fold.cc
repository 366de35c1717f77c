#include "pipeline/normalize/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "pipeline/base/utf8.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

// Base letter of a precomposed Latin letter, via canonical decomposition.
char BaseLetter(const icu::Normalizer2* nfd, char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed;
  if (!nfd->getDecomposition(static_cast<UChar32>(cp), decomposed)) return 0;
  UChar32 first = decomposed.char32At(0);
  if (first < 0x80 && u_isalpha(first)) {
    return static_cast<char>(u_tolower(first));
  }
  (void)status;
  return 0;
}

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  for (size_t p = 0; p < s.size();) out.push_back(utf8::Next(s, p));
  return out;
}

}  // namespace

Result<TextFolder> TextFolder::Load(const std::string& rules_dir) {
  TextFolder folder;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return Status::Internal("ICU NFD unavailable");
  for (char32_t cp = 0; cp < folder.table_.size(); ++cp) {
    char f = kOther;
    if (cp < 0x80) {
      f = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    } else if (char base = BaseLetter(nfd, cp)) {
      f = base;
    } else if (u_isspace(static_cast<UChar32>(cp))) {
      f = ' ';
    }
    folder.table_[cp] = f;
  }

  auto skeleton = ReadRuleFile(rules_dir, "text/skeleton.tsv", 2, 2);
  if (!skeleton.ok()) return skeleton.status();
  for (const RuleEntry& e : skeleton->entries) {
    char32_t cp;
    if (!ParseCodePoint(e.fields[0], &cp) || cp >= folder.table_.size()) {
      return skeleton->Error(e, "first field must be a code point below "
                                "U+2600 (a character or U+XXXX)");
    }
    const std::string& to = e.fields[1];
    if (to.size() != 1 || static_cast<unsigned char>(to[0]) >= 0x80) {
      return skeleton->Error(e, "second field must be one ASCII character");
    }
    folder.table_[cp] = to[0];
  }

  auto tones = ReadRuleFile(rules_dir, "text/tone_placement.tsv", 2, 2);
  if (!tones.ok()) return tones.status();
  for (const RuleEntry& e : tones->entries) {
    std::u32string from = ToU32(e.fields[0]), to = ToU32(e.fields[1]);
    if (from.size() != 2 || to.size() != 2) {
      return tones->Error(e, "both fields must be two-letter vowel pairs");
    }
    folder.tone_moves_[from] = to;
  }
  return folder;
}

char TextFolder::FoldCodePoint(char32_t cp) const {
  return cp < table_.size() ? table_[cp] : kOther;
}

void TextFolder::AppendSkeleton(std::string_view text, std::string* out) const {
  out->reserve(out->size() + text.size());
  for (size_t p = 0; p < text.size();) {
    auto c = static_cast<unsigned char>(text[p]);
    if (c < 0x80) {  // fast path for ASCII
      out->push_back(table_[c]);
      ++p;
      continue;
    }
    out->push_back(FoldCodePoint(utf8::Next(text, p)));
  }
}

std::string TextFolder::MatchKey(std::string_view text) const {
  std::u32string s;
  s.reserve(text.size());
  for (size_t p = 0; p < text.size();) {
    s.push_back(static_cast<char32_t>(u_tolower(utf8::Next(text, p))));
  }
  // Move the tone mark of a syllable-final oa/oe/uy pair to the canonical
  // vowel; "qu" is an onset, so the y of "quý" keeps its mark.
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    bool at_end = i + 2 == s.size() || !u_isalpha(s[i + 2]);
    if (!at_end || (i > 0 && s[i - 1] == U'q')) continue;
    auto it = tone_moves_.find(s.substr(i, 2));
    if (it != tone_moves_.end()) {
      s[i] = it->second[0];
      s[i + 1] = it->second[1];
    }
  }
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : s) utf8::Append(out, cp);
  return out;
}

}  // namespace vbtask

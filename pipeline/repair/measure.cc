#include "pipeline/repair/measure.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

#include "pipeline/base/utf8.h"

namespace vbtask {
namespace {

constexpr char32_t kToneMarks[] = {0x0300, 0x0301, 0x0309, 0x0303, 0x0323};

// A Vietnamese vowel with its tone changed or its shape mark toggled.
char32_t Rediacritic(char32_t cp, uint32_t choice) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString(UChar32(cp)), status);
  for (char32_t mark : kToneMarks) {
    int32_t at = d.indexOf(static_cast<UChar32>(mark));
    if (at >= 0) d.remove(at, 1);
  }
  if (choice % 3 == 0) {  // toggle the shape mark (circumflex, breve, horn)
    bool had = false;
    for (UChar32 m : {0x0302, 0x0306, 0x031B}) {
      int32_t at = d.indexOf(m);
      if (at >= 0) {
        d.remove(at, 1);
        had = true;
      }
    }
    if (!had) d.append(static_cast<UChar32>(0x0302));
  } else {
    d.append(static_cast<UChar32>(kToneMarks[choice % 5]));
  }
  icu::UnicodeString c = nfc->normalize(d, status);
  if (U_FAILURE(status) || c.countChar32() != 1) return cp;
  return static_cast<char32_t>(c.char32At(0));
}

bool IsVowel(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString(UChar32(cp)), status);
  UChar32 base = u_tolower(d.char32At(0));
  return base == 'a' || base == 'e' || base == 'i' || base == 'o' ||
         base == 'u' || base == 'y';
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (p < text.size()) {
    while (p < text.size() && (text[p] == ' ' || text[p] == '\n' ||
                               text[p] == '\t' || text[p] == '\r')) {
      ++p;
    }
    size_t start = p;
    while (p < text.size() && !(text[p] == ' ' || text[p] == '\n' ||
                                text[p] == '\t' || text[p] == '\r')) {
      ++p;
    }
    if (p > start) out.push_back(text.substr(start, p - start));
  }
  return out;
}

// Edit distance in words, and which clean words are matched exactly.
size_t Align(const std::vector<std::string_view>& hyp,
             const std::vector<std::string_view>& ref,
             std::vector<bool>* matched) {
  const size_t n = hyp.size(), m = ref.size();
  std::vector<uint32_t> d((n + 1) * (m + 1));
  auto at = [&](size_t i, size_t j) -> uint32_t& { return d[i * (m + 1) + j]; };
  for (size_t i = 0; i <= n; ++i) at(i, 0) = i;
  for (size_t j = 0; j <= m; ++j) at(0, j) = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1,
                           at(i - 1, j - 1) + (hyp[i - 1] == ref[j - 1] ? 0 : 1)});
    }
  }
  matched->assign(m, false);
  for (size_t i = n, j = m; i > 0 && j > 0;) {
    if (hyp[i - 1] == ref[j - 1] && at(i, j) == at(i - 1, j - 1)) {
      (*matched)[j - 1] = true;
      --i, --j;
    } else if (at(i, j) == at(i - 1, j - 1) + 1) {
      --i, --j;
    } else if (at(i, j) == at(i - 1, j) + 1) {
      --i;
    } else {
      --j;
    }
  }
  return at(n, m);
}

}  // namespace

std::string AddOcrNoise(std::string_view clean, double rate, uint32_t seed) {
  std::mt19937 rng(seed);
  auto chance = [&] { return (rng() >> 8) / double(1u << 24); };
  std::string out;
  out.reserve(clean.size() + 64);
  size_t p = 0;
  while (p < clean.size()) {
    size_t start = p;
    while (p < clean.size() && clean[p] != ' ' && clean[p] != '\n') ++p;
    std::u32string word = utf8::ToU32(clean.substr(start, p - start));
    std::vector<size_t> vowels, marked;
    for (size_t i = 0; i < word.size(); ++i) {
      if (IsVowel(word[i])) vowels.push_back(i);
      if (word[i] >= 0x80 && u_isalpha(static_cast<UChar32>(word[i]))) {
        marked.push_back(i);
      }
    }
    if (!vowels.empty() && chance() < rate) {
      uint32_t kind = rng() % 3;
      if (kind == 0 && !marked.empty()) {  // a glyph printed as a space
        word[marked[rng() % marked.size()]] = U' ';
      } else if (kind == 1 && word.find(U'5') != std::u32string::npos) {
        word[word.find(U'5')] = U'S';
      } else {
        size_t v = vowels[rng() % vowels.size()];
        word[v] = Rediacritic(word[v], rng());
      }
    }
    for (char32_t cp : word) utf8::Append(out, cp);
    if (p < clean.size()) out.push_back(clean[p++]);
  }
  return out;
}

RepairScore ScoreRepair(std::string_view noisy, std::string_view repaired,
                        std::string_view clean, size_t repairs) {
  RepairScore s;
  auto ref = Words(clean);
  s.words = ref.size();
  s.repairs = repairs;
  std::vector<bool> before, after;
  s.errors_before = Align(Words(noisy), ref, &before);
  s.errors_after = Align(Words(repaired), ref, &after);
  for (size_t j = 0; j < ref.size(); ++j) {
    s.fixed += !before[j] && after[j];
    s.damaged += before[j] && !after[j];
  }
  return s;
}

std::string FormatScore(const RepairScore& s) {
  char buf[400];
  double reduced = s.errors_before
                       ? 100.0 * (double(s.errors_before) - double(s.errors_after)) /
                             double(s.errors_before)
                       : 0.0;
  std::snprintf(buf, sizeof buf,
                "words: %zu\nword errors before: %zu\nword errors after: %zu\n"
                "error reduction: %.1f%%\nrepairs made: %zu\n"
                "correct repairs (words fixed): %zu\n"
                "damage (right before, wrong after): %zu (%.3f%% of words)\n",
                s.words, s.errors_before, s.errors_after, reduced, s.repairs,
                s.fixed, s.damaged,
                s.words ? 100.0 * double(s.damaged) / double(s.words) : 0.0);
  return buf;
}

}  // namespace vbtask

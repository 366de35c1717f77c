// Choosing a reading per line by the share of Vietnamese syllables.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>

#include "pipeline/base/utf8.h"
#include "pipeline/decode/decode_internal.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask::decode_internal {
namespace {

struct Score {
  bool applies = false;
  int attested = 0;  // words with a non-ASCII letter found in the syllable set
  int other = 0;     // words with a non-ASCII letter not found, symbols
  int unknown = 0;   // of which words
};

bool Better(const Score& a, const Score& b) {
  if (!a.applies) return false;
  if (!b.applies) return true;
  if (a.attested != b.attested) return a.attested > b.attested;
  return a.other < b.other;
}

// Attested words after which the reading ahead is trusted for clean lines.
constexpr int kClearLead = 50;

// Words seen while reading one input, attested or not: a document repeats
// its syllables, and the lookup by match key is the costly part.
using WordCache = std::unordered_map<std::string, bool>;

Score ScoreText(std::string_view text, const DecodeTables& tables,
                WordCache* cache) {
  Score s;
  s.applies = true;
  std::string word;
  bool non_ascii = false, foreign = false;
  auto flush = [&] {
    if (foreign) {
      ++s.other;  // a letter Vietnamese does not use: no syllable
      ++s.unknown;
    } else if (non_ascii) {
      auto it = cache->find(word);
      if (it == cache->end()) {
        bool attested = tables.syllables->ContainsKey(tables.folder->MatchKey(word));
        it = cache->emplace(word, attested).first;
      }
      ++(it->second ? s.attested : s.other);
      s.unknown += !it->second;
    }
    word.clear();
    non_ascii = foreign = false;
  };
  for (size_t p = 0; p < text.size();) {
    size_t at = p;
    char32_t cp = utf8::Next(text, p);
    bool letter = cp < 0x80 ? (cp | 0x20) - 'a' < 26u
                            : u_isalpha(static_cast<UChar32>(cp)) != 0;
    if (letter) {
      word.append(text.substr(at, p - at));
      non_ascii |= cp >= 0x80;
      foreign |= !tables.IsVietnameseLetter(cp);
    } else {
      flush();
      // A symbol where a letter should be (TCVN3 "§" for "Đ" read as VNI)
      // counts against the reading; general punctuation does not.
      if (cp >= 0x80 && !(cp >= 0x2000 && cp <= 0x206F) &&
          !u_isspace(static_cast<UChar32>(cp))) {
        ++s.other;
      }
    }
  }
  flush();
  return s;
}

}  // namespace

std::vector<std::string_view> SplitList(std::string_view list, char separator) {
  std::vector<std::string_view> items;
  for (size_t pos = 0; pos < list.size();) {
    size_t end = std::min(list.find(separator, pos), list.size());
    if (end > pos) items.push_back(list.substr(pos, end - pos));
    pos = end + 1;
  }
  return items;
}

const LegacyTable* DecodeTables::Find(std::string_view name) const {
  for (const NamedTable& t : legacy) {
    if (t.name == name) return t.table.get();
  }
  return nullptr;
}

Result<std::vector<char32_t>> LoadAlphabet(const std::string& rules_dir) {
  auto rf = ReadRuleFile(rules_dir, "encodings/alphabet.tsv", 2, 2);
  if (!rf.ok()) return rf.status();
  std::vector<char32_t> vowels, tones, consonants;
  for (const RuleEntry& e : rf->entries) {
    std::vector<char32_t>* list = e.fields[0] == "vowels"       ? &vowels
                                  : e.fields[0] == "tones"      ? &tones
                                  : e.fields[0] == "consonants" ? &consonants
                                                                : nullptr;
    if (!list) return rf->Error(e, "expected vowels, tones or consonants");
    for (std::string_view item : SplitList(e.fields[1], ' ')) {
      char32_t cp;
      if (!ParseCodePoint(item, &cp)) {
        return rf->Error(e, "each item must be one character or U+XXXX");
      }
      list->push_back(cp);
    }
  }
  if (vowels.empty() || tones.empty()) {
    return Status::InvalidRules(rf->path + ": needs vowels and tones");
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Status::Internal("ICU NFC unavailable");
  std::vector<char32_t> letters = consonants;
  for (char32_t v : vowels) {
    letters.push_back(v);
    for (char32_t t : tones) {
      // Not composePair: "ặ" composes from "ạ" and the breve, not "ă" + dot.
      icu::UnicodeString pair;
      pair.append(static_cast<UChar32>(v)).append(static_cast<UChar32>(t));
      icu::UnicodeString composed = nfc->normalize(pair, status);
      UChar32 c = composed.countChar32() == 1 ? composed.char32At(0) : -1;
      if (U_FAILURE(status) || c < 0) {
        return Status::InvalidRules(rf->path + ": a vowel and a tone do not "
                                    "compose into one letter");
      }
      letters.push_back(static_cast<char32_t>(c));
    }
  }
  std::vector<char32_t> alphabet;
  for (char32_t c : letters) {
    for (UChar32 v : {static_cast<UChar32>(c), u_toupper(static_cast<UChar32>(c))}) {
      if (v >= 0x80) alphabet.push_back(static_cast<char32_t>(v));
    }
  }
  return alphabet;
}

LineChoice ChooseByLine(std::string_view input,
                        const std::vector<Candidate>& candidates,
                        const std::function<bool(std::string_view)>& needs_choice,
                        const DecodeTables& tables) {
  const size_t n = candidates.size();
  std::vector<std::vector<Score>> scores;
  std::vector<Score> total(n);
  std::string reading;
  WordCache cache;
  auto for_each_line = [&](auto&& fn) {
    for (size_t pos = 0; pos < input.size();) {
      size_t end = std::min(input.find('\n', pos), input.size());
      fn(pos, input.substr(pos, end - pos), end < input.size());
      pos = end + 1;
    }
  };
  // Once one reading leads clearly, a line it reads without a single
  // unknown word is taken without trying the others; only doubtful lines
  // are read every way. This keeps long legacy documents fast.
  auto leader = [&]() -> size_t {
    size_t best = 0;
    for (size_t c = 1; c < n; ++c) {
      if (Better(total[c], total[best])) best = c;
    }
    return total[best].attested >= kClearLead ? best : n;
  };
  size_t lead = n;
  auto add = [&](size_t c, const Score& s) {
    scores.back()[c] = s;
    total[c].applies = true;
    total[c].attested += s.attested;
    total[c].other += s.other;
  };
  for_each_line([&](size_t, std::string_view line, bool) {
    if (!needs_choice(line)) return;
    scores.emplace_back(n);
    for (size_t c = 0; c < n; ++c) {
      reading.clear();
      if (candidates[c].decisive && candidates[c].decode(line, &reading, false)) {
        scores.back()[c] = ScoreText(reading, tables, &cache);
        return;
      }
    }
    if (lead < n) {
      reading.clear();
      if (candidates[lead].decode(line, &reading, false)) {
        Score s = ScoreText(reading, tables, &cache);
        if (s.other == 0 && s.attested > 0) {
          add(lead, s);
          return;
        }
      }
    }
    for (size_t c = 0; c < n; ++c) {
      reading.clear();
      if (candidates[c].decisive || !candidates[c].decode(line, &reading, false)) {
        continue;
      }
      add(c, ScoreText(reading, tables, &cache));
    }
    if (lead == n) lead = leader();
  });
  size_t winner = 0;
  for (size_t c = 1; c < n; ++c) {
    if (Better(total[c], total[winner])) winner = c;
  }
  LineChoice out;
  out.text.reserve(input.size() + input.size() / 4);
  size_t k = 0;
  size_t previous = n;
  for_each_line([&](size_t pos, std::string_view line, bool newline) {
    if (!needs_choice(line)) {
      out.text.append(line);
    } else {
      const std::vector<Score>& s = scores[k++];
      // A tie keeps the reading of the line before: fonts change by runs.
      size_t pick = previous < n && s[previous].applies ? previous : winner;
      for (size_t c = 0; c < n; ++c) {
        if (Better(s[c], s[pick])) pick = c;
      }
      // Text as it stands is kept while every word in it is Vietnamese,
      // unless it sits in a run of another reading that does as well.
      for (size_t c = 0; c < n; ++c) {
        if (!candidates[c].baseline || !s[c].applies || s[c].unknown != 0) continue;
        bool in_run = previous < n && previous != c && s[previous].applies &&
                      s[previous].attested >= s[c].attested;
        if (!in_run) pick = c;
      }
      if (!s[pick].applies) {
        if (out.unreadable == std::string_view::npos) out.unreadable = pos;
        out.text.append(line);
      } else {
        candidates[pick].decode(line, &out.text, true);
        int words = s[pick].attested + s[pick].other;
        out.attested += s[pick].attested;
        out.words += words;
        out.lines.push_back({pos, static_cast<int>(pick), s[pick].attested, words});
        previous = pick;
        if (std::find(out.used.begin(), out.used.end(), static_cast<int>(pick)) ==
            out.used.end()) {
          out.used.push_back(static_cast<int>(pick));
        }
      }
    }
    if (newline) out.text.push_back('\n');
  });
  return out;
}

}  // namespace vbtask::decode_internal

// Tokens, language-model keys, the syllable bigram model and its training.
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "pipeline/base/utf8.h"
#include "pipeline/normalize/normalize.h"
#include "pipeline/repair/repair_internal.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask::repair {
namespace {

constexpr float kDiscount = 0.75f;
constexpr float kUnigramPrior = 0.5f;  // pseudo-count of every vocabulary word

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9');
  }
  auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}

uint64_t PairKey(uint32_t a, uint32_t b) {
  return (static_cast<uint64_t>(a) << 32) | b;
}

constexpr uint64_t kEmptySlot = ~uint64_t{0};

size_t Slot(uint64_t key, uint64_t mask) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}

}  // namespace

void Tokenize(std::string_view line, std::vector<Token>* tokens) {
  tokens->clear();
  for (size_t p = 0; p < line.size();) {
    size_t start = p;
    char32_t cp = utf8::Next(line, p);
    if (utf8::IsSpace(cp)) continue;
    if (!IsWordChar(cp)) {
      tokens->push_back({start, p, false});
      continue;
    }
    size_t end = p;
    while (p < line.size()) {
      size_t q = p;
      if (!IsWordChar(utf8::Next(line, q))) break;
      p = end = q;
    }
    tokens->push_back({start, end, true});
  }
}

std::string_view FirstWord(std::string_view line) {
  size_t p = 0;
  while (p < line.size()) {
    size_t start = p;
    char32_t cp = utf8::Next(line, p);
    if (utf8::IsSpace(cp)) continue;
    if (!IsWordChar(cp)) return {};
    size_t end = p;
    while (p < line.size()) {
      size_t q = p;
      if (!IsWordChar(utf8::Next(line, q))) break;
      p = end = q;
    }
    return line.substr(start, end - start);
  }
  return {};
}

std::string_view LastWord(std::string_view line) {
  size_t end = line.size();
  while (end > 0) {
    size_t p = end;
    char32_t cp = utf8::Prev(line, p);
    if (!utf8::IsSpace(cp)) break;
    end = p;
  }
  size_t begin = end;
  while (begin > 0) {
    size_t p = begin;
    if (!IsWordChar(utf8::Prev(line, p))) break;
    begin = p;
  }
  return line.substr(begin, end - begin);
}

std::string LmKey(std::string_view word, const TextFolder& folder) {
  bool digits = true, roman = word.size() <= 4;
  for (char c : word) {
    digits &= c >= '0' && c <= '9';
    roman &= c == 'I' || c == 'V' || c == 'X';
  }
  if (digits) return "<số>";
  if (roman) return "<la_mã>";
  return folder.MatchKey(word);
}

uint32_t SyllableLm::AddWord(const std::string& key) {
  auto [it, added] = ids_.emplace(key, static_cast<uint32_t>(ids_.size()));
  return it->second;
}

void SyllableLm::Finish(const std::vector<std::array<uint32_t, 3>>& bigrams) {
  size_t n = ids_.size();
  // Kneser-Ney: the back-off distribution counts the contexts a word
  // follows, not its occurrences, so "núi", frequent only after "miền",
  // gets little weight after any other word.
  std::vector<double> context(n, 0), types(n, 0), continuation(n, 0);
  double total = 0;
  for (const auto& [v, w, c] : bigrams) {
    context[v] += c;
    types[v] += 1;
    continuation[w] += 1;
    total += 1;
  }
  log_unigram_.resize(n);
  log_backoff_.resize(n);
  for (size_t w = 0; w < n; ++w) {
    log_unigram_[w] = static_cast<float>(
        std::log((continuation[w] + kUnigramPrior) /
                 (total + kUnigramPrior * double(n))));
    log_backoff_[w] = context[w] > 0 ? static_cast<float>(std::log(
                                           kDiscount * types[w] / context[w]))
                                     : 0.0f;
  }
  // A context never seen in training is not evidence that anything may
  // follow it: it backs off like an average context, else a rare or damaged
  // word would predict its neighbour better than a common one.
  double sum = 0, contexts = 0;
  for (size_t v = 0; v < n; ++v) {
    if (context[v] > 0) sum += log_backoff_[v], contexts += 1;
  }
  const float unseen = contexts > 0 ? static_cast<float>(sum / contexts) : 0;
  for (size_t v = 0; v < n; ++v) {
    if (context[v] == 0) log_backoff_[v] = unseen;
  }
  size_t capacity = 16;
  while (capacity < bigrams.size() * 2) capacity *= 2;
  bigram_keys_.assign(capacity, kEmptySlot);
  bigram_values_.assign(capacity, 0);
  bigram_mask_ = capacity - 1;
  for (const auto& [v, w, c] : bigrams) {
    double p = (c - kDiscount) / context[v] +
               std::exp(log_backoff_[v] + log_unigram_[w]);
    uint64_t key = PairKey(v, w);
    size_t s = Slot(key, bigram_mask_);
    while (bigram_keys_[s] != kEmptySlot && bigram_keys_[s] != key) {
      s = (s + 1) & bigram_mask_;
    }
    bigram_keys_[s] = key;
    bigram_values_[s] = static_cast<float>(std::log(p));
  }
}

const float* SyllableLm::FindBigram(uint32_t prev, uint32_t w) const {
  if (bigram_keys_.empty()) return nullptr;
  uint64_t key = PairKey(prev, w);
  for (size_t s = Slot(key, bigram_mask_);; s = (s + 1) & bigram_mask_) {
    if (bigram_keys_[s] == key) return &bigram_values_[s];
    if (bigram_keys_[s] == kEmptySlot) return nullptr;
  }
}

float SyllableLm::LogProb(uint32_t prev, uint32_t w) const {
  if (w == kUnknown) return log_backoff_[prev];  // the caller adds its unigram
  if (const float* p = FindBigram(prev, w)) return *p;
  return log_backoff_[prev] + log_unigram_[w];
}

}  // namespace vbtask::repair

namespace vbtask {

Result<std::string> BuildLanguageModel(const std::vector<SourceFile>& sources,
                                       const std::vector<std::string>& names,
                                       const std::string& rules_dir) {
  auto folder = TextFolder::Load(rules_dir);
  if (!folder.ok()) return folder.status();
  auto normalize = NormalizeRules::Load(rules_dir);
  if (!normalize.ok()) return normalize.status();
  auto decode = DecodeRules::Load(rules_dir);
  if (!decode.ok()) return decode.status();
  std::vector<std::string> texts;
  for (const SourceFile& source : sources) {
    auto decoded = Decode(source, *decode);
    if (!decoded.ok()) return decoded.status();
    texts.push_back(Normalize(decoded->text, *normalize).text);
  }
  std::map<std::pair<std::string, std::string>, uint64_t> counts;
  std::vector<repair::Token> tokens;
  auto count_line = [&](std::string_view line, uint64_t weight,
                        const char* start) {
    repair::Tokenize(line, &tokens);
    std::string prev = start;
    for (const repair::Token& t : tokens) {
      if (!t.word) {
        prev = "<s>";
        continue;
      }
      std::string key =
          repair::LmKey(line.substr(t.begin, t.end - t.begin), *folder);
      counts[{prev, key}] += prev == "<từ_điển>" ? 1 : weight;
      prev = std::move(key);
    }
  };
  for (const std::string& text : texts) {
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      count_line(std::string_view(text).substr(pos, nl - pos), 1, "<s>");
      pos = nl + 1;
    }
  }
  auto lexicon = ReadRuleFile(rules_dir, "repair/lexicon.tsv", 2, 2);
  if (!lexicon.ok()) return lexicon.status();
  for (const RuleEntry& e : lexicon->entries) {
    char* end = nullptr;
    unsigned long weight = std::strtoul(e.fields[1].c_str(), &end, 10);
    if (*end != '\0' || weight == 0 || weight > 1000) {
      return lexicon->Error(e, "weight must be a whole number from 1 to 1000");
    }
    if (e.fields[0].find(' ') == std::string::npos) {
      return lexicon->Error(e, "a lexicon entry has at least two syllables");
    }
    // The first syllable follows the pseudo-context <từ_điển> once, which
    // gives it a continuation count without making it a sentence start.
    count_line(e.fields[0], weight, "<từ_điển>");
  }
  std::string out =
      "# Syllable bigram counts for OCR repair: context<TAB>word<TAB>count.\n"
      "# Generated by `vbtask lm build`; do not edit. Words are match keys;\n"
      "# <s> starts a sentence, <số> is a number, <la_mã> a Roman numeral,\n"
      "# <từ_điển> precedes the first syllable of a lexicon entry.\n"
      "# Trained on rules/repair/lexicon.tsv and:\n";
  for (const std::string& name : names) out += "# source: " + name + "\n";
  for (const auto& [pair, count] : counts) {
    out += pair.first + "\t" + pair.second + "\t" + std::to_string(count) + "\n";
  }
  return out;
}

}  // namespace vbtask

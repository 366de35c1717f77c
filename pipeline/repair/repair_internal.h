// Shared by the files of the repair stage; not part of its interface.
#ifndef VBTASK_REPAIR_REPAIR_INTERNAL_H_
#define VBTASK_REPAIR_REPAIR_INTERNAL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/normalize/fold.h"
#include "pipeline/repair/repair.h"
#include "pipeline/syllable/attested_syllables.h"
#include "pipeline/syllable/phonotactics.h"

namespace vbtask::repair {

// A word (letters and digits) or one other character; spaces separate.
struct Token {
  size_t begin = 0, end = 0;  // bytes in the line
  bool word = false;
};
void Tokenize(std::string_view line, std::vector<Token>* tokens);
// The word a line starts (ends) with, or "" when it starts (ends) with
// another character; spaces are skipped.
std::string_view FirstWord(std::string_view line);
std::string_view LastWord(std::string_view line);

// The language model's name for a word: its match key, or a class for
// numbers ("<số>") and uppercase Roman numerals ("<la_mã>").
std::string LmKey(std::string_view word, const TextFolder& folder);

inline constexpr uint32_t kStart = 0;    // sentence start
inline constexpr uint32_t kUnknown = 1;  // not in the vocabulary

// Syllable bigram model with absolute discounting, backing off to a
// smoothed unigram over the vocabulary (training words and every attested
// syllable).
class SyllableLm {
 public:
  uint32_t Id(const std::string& key) const {
    auto it = ids_.find(key);
    return it == ids_.end() ? kUnknown : it->second;
  }
  uint32_t AddWord(const std::string& key);  // at load time
  // log P(w | prev). For kUnknown the caller adds its own unigram.
  float LogProb(uint32_t prev, uint32_t w) const;
  float LogUnigram(uint32_t w) const { return log_unigram_[w]; }
  bool HasBigram(uint32_t prev, uint32_t w) const {
    return FindBigram(prev, w) != nullptr;
  }
  void Finish(const std::vector<std::array<uint32_t, 3>>& bigrams);

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<float> log_backoff_;  // per context
  std::vector<float> log_unigram_;  // per word
  // Open addressing: the model is read in every Viterbi step.
  const float* FindBigram(uint32_t prev, uint32_t w) const;
  std::vector<uint64_t> bigram_keys_;  // kEmptySlot where unused
  std::vector<float> bigram_values_;
  uint64_t bigram_mask_ = 0;
};

struct Confusion {
  std::string from, to;  // lowercase-insensitive letters as printed
  float cost = 0;
};

struct Variant {
  uint32_t id;
  std::string key;  // match key
  float cost;
};

}  // namespace vbtask::repair

namespace vbtask {

struct RepairModel::Impl {
  TextFolder folder;
  Phonotactics phonotactics;
  repair::SyllableLm lm;
  std::unordered_set<std::string> attested;   // match keys
  std::unordered_set<std::string> protected_words;  // exactly as printed
  // Protected words by what is left without their first letter.
  std::unordered_map<std::string, std::vector<std::string>> protected_by_tail;
  std::unordered_map<std::string, std::vector<std::string>> by_skeleton;
  std::unordered_map<std::string, std::vector<std::string>> by_wildcard;
  std::vector<repair::Confusion> confusions;
  std::unordered_set<char32_t> stray_marks;
  // Syllable pairs (ids) the lexicon prints only as the start of a name
  // ("Ủy ban", "Công đoàn"): a word restored before its partner takes the
  // capital ("ủ y ban" -> "Ủy ban").
  std::unordered_set<uint64_t> capitalised_pairs;
  float tone_cost = 7, shape_cost = 7, dropped_glyph_cost = 4, dropped_glyph_gap_cost = 4,
        split_cost = 4, real_word_cost = 3, fragment_cost = 6,
        capital_marks_cost = 4, stray_mark_cost = 2, mixed_case_cost = 6,
        ill_formed_log_prob = -25, lm_unknown_log_prob = -14,
        margin_safe = 4, margin_full = 1.5, damage_per_thousand_words = 2,
        damage_signs_min = 3;
  int year_min = 1945, year_max = 2100;

  // Diacritic variants of a word key: precomputed for attested syllables,
  // else computed into *scratch.
  const std::vector<repair::Variant>& Variants(
      const std::string& key, std::vector<repair::Variant>* scratch) const;
  void ComputeVariants(const std::string& key,
                       std::vector<repair::Variant>* out) const;
  std::unordered_map<std::string, std::vector<repair::Variant>> variants;
  // Attested syllables have the first ids after kStart and kUnknown.
  uint32_t attested_end = 2;
  bool IsAttestedId(uint32_t id) const { return id >= 2 && id < attested_end; }
  // Unigram log-probability of a word outside the vocabulary.
  float UnknownLogProb(std::string_view word) const;
};

}  // namespace vbtask

#endif  // VBTASK_REPAIR_REPAIR_INTERNAL_H_

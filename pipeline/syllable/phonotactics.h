// The phonotactic model of the Vietnamese syllable: a written syllable is
// an onset, an optional medial (o/u), a nucleus, an optional coda and one
// of six tones, and the parts constrain each other (stop codas take only
// sắc or nặng; k/gh/ngh stand only before front vowels …). The parts and
// constraints are data (rules/syllable/phonotactics.tsv).
//
// Together with AttestedSyllables this separates three kinds of tokens:
// attested syllables, well-formed but unattested ones (a rare word, a
// name), and impossible ones ("tôt", "kêt"), which are certainly damaged.
#ifndef VBTASK_SYLLABLE_PHONOTACTICS_H_
#define VBTASK_SYLLABLE_PHONOTACTICS_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/base/status.h"

namespace vbtask {

enum class Tone { kNgang, kHuyen, kSac, kHoi, kNga, kNang };

struct SyllableParts {
  std::u32string onset, medial, nucleus, coda;  // lowercase, toneless
  Tone tone = Tone::kNgang;
};

class Phonotactics {
 public:
  static Result<Phonotactics> Load(const std::string& rules_dir);

  // The parts of `syllable` (any case), or nullopt when it is not a
  // well-formed Vietnamese syllable.
  std::optional<SyllableParts> Decompose(std::string_view syllable) const;
  bool IsWellFormed(std::string_view syllable) const {
    return Decompose(syllable).has_value();
  }

  // The lowercase letter without its tone mark, and the tone it carried:
  // 'Ế' -> 'ê' with kSac. Letters without a tone come back lowercased.
  char32_t Toneless(char32_t cp, Tone* tone) const;

 private:
  struct ToneEntry {
    char32_t base;
    Tone tone;
  };
  bool Check(const SyllableParts& p) const;

  std::unordered_map<char32_t, ToneEntry> tones_;
  std::vector<std::u32string> onsets_, medials_, nuclei_, codas_;
  std::unordered_set<std::u32string> stop_codas_, front_onsets_, back_onsets_,
      front_vowels_, needs_coda_, no_coda_, after_o_, after_u_;
  std::unordered_set<int> stop_coda_tones_;
};

}  // namespace vbtask

#endif  // VBTASK_SYLLABLE_PHONOTACTICS_H_

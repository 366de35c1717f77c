// Internals of the decode stage, shared by its .cc files and by nothing
// else. Callers use decode.h.
#ifndef VBTASK_DECODE_DECODE_INTERNAL_H_
#define VBTASK_DECODE_DECODE_INTERNAL_H_

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/normalize/fold.h"
#include "pipeline/syllable/attested_syllables.h"

namespace vbtask::decode_internal {

// "a b  c" -> {"a", "b", "c"}: the non-empty items between separators.
std::vector<std::string_view> SplitList(std::string_view list, char separator);

// The letters of the Vietnamese alphabet that are not ASCII (134: twelve
// vowels with six tones in both cases, less the plain ASCII vowels, plus
// đ/Đ), NFC, read from rules/encodings/alphabet.tsv.
Result<std::vector<char32_t>> LoadAlphabet(const std::string& rules_dir);

// One legacy byte encoding from rules/encodings/<table>.tsv.
class LegacyTable {
 public:
  struct Options {
    bool detect = false, mojibake = false, caps_font = false;
    bool uppercase = false, misread = false;
  };
  // `fallback` decodes the bytes 80-FF the table does not list; without
  // one they stand for the code point with the same number (Latin-1).
  static Result<LegacyTable> Load(const std::string& rules_dir,
                                  const std::string& file, Options options,
                                  const LegacyTable* fallback);

  // Appends the decoding of one line (or any run without line breaks).
  // Scoring passes skip restoring capitals: matching ignores case.
  void DecodeLine(std::string_view bytes, std::string* out,
                  bool restore_capitals = true) const;
  // Whether a C0 control byte stands for a letter here (VISCII).
  bool MapsControl(unsigned char c) const { return maps_control_[c]; }
  // The byte a code point was read from, or -1 (single-byte entries only).
  int ByteOf(char32_t cp) const;
  // The bytes of one NFC code point, or "" when it cannot be written.
  std::string EncodeCodePoint(char32_t cp) const;

  // Phrases whose lowercase toned first letter gets its capital back
  // (caps-font tables only; rules/encodings/capitalised_phrases.txt).
  void SetCapitalisedPhrases(std::vector<std::u32string> phrases) {
    capitalised_ = std::move(phrases);
  }
  const Options& options() const { return options_; }
  const std::string& path() const { return path_; }

 private:
  void ApplyCapitals(std::string_view bytes, size_t start,
                     std::string* out) const;

  Options options_;
  std::string path_;
  std::array<std::string, 256> single_;      // UTF-8 of each byte
  std::array<bool, 256> starts_pair_{};
  std::array<bool, 256> maps_control_{};
  std::unordered_map<uint16_t, std::string> pairs_;  // (b0<<8|b1) -> UTF-8
  std::unordered_map<std::string, std::string> encode_;  // UTF-8 -> bytes
  std::unordered_map<char32_t, unsigned char> byte_of_;
  bool compose_ = false;  // entries include combining marks: NFC after
  std::vector<std::u32string> capitalised_;
};

struct NamedTable {
  std::string name;
  std::shared_ptr<const LegacyTable> table;
};

struct DecodeTables {
  std::vector<NamedTable> legacy;          // in index order
  std::shared_ptr<const LegacyTable> misread;
  std::vector<char32_t> alphabet;
  std::unique_ptr<TextFolder> folder;
  std::unique_ptr<AttestedSyllables> syllables;
  std::array<bool, 256> latin1_trigger{};  // U+0080..U+00FF not in alphabet
  std::vector<bool> is_letter;  // code points below U+1F00 in the alphabet

  bool IsVietnameseLetter(char32_t cp) const {
    return cp < 0x80 || (cp < is_letter.size() && is_letter[cp]);
  }

  const LegacyTable* Find(std::string_view name) const;
};

// "UTF-8+TCVN3-mojibake" -> the TCVN3 table; null for any other name.
const LegacyTable* MojibakeTable(const DecodeTables& tables,
                                 std::string_view name);
// "TCVN3" -> "+TCVN3-mojibake", the suffix added to a Unicode name.
std::string MojibakeName(std::string_view legacy_name);

// One way of reading a line; returns false when it does not apply.
// `for_output` is false while readings are only being scored.
using LineDecoder =
    std::function<bool(std::string_view line, std::string* out, bool for_output)>;

struct Candidate {
  std::string name;
  LineDecoder decode;
  // Taken without scoring wherever it applies (valid multi-byte UTF-8 is
  // evidence enough; legacy text almost never is valid UTF-8).
  bool decisive = false;
  // The text as it stands (UTF-8 checked for mojibake): kept on any line
  // where all its words are attested, whatever another reading scores.
  bool baseline = false;
};

struct LineChoice {
  struct Line {
    size_t offset = 0;  // in the input
    int pick = 0;
    int attested = 0, words = 0;
  };
  std::string text;
  std::vector<Line> lines;  // the lines that needed a choice
  std::vector<int> used;  // candidates chosen for some line, first use first
  int attested = 0;       // Vietnamese words found in the chosen readings
  int words = 0;          // words with a non-ASCII letter in them
  size_t unreadable = std::string_view::npos;  // first line no reading fits
};

// Reads `input` line by line. Lines for which `needs_choice` is false are
// copied unchanged; every other line gets the candidate whose reading has
// the most attested syllables. The candidate best over the whole input
// wins ties, so one odd line does not flip without evidence.
LineChoice ChooseByLine(std::string_view input,
                        const std::vector<Candidate>& candidates,
                        const std::function<bool(std::string_view)>& needs_choice,
                        const DecodeTables& tables);

}  // namespace vbtask::decode_internal

#endif  // VBTASK_DECODE_DECODE_INTERNAL_H_

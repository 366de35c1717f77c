// Stage 1, decode: raw file bytes in, UTF-8 text out.
//
// Detects and decodes UTF-8 (with or without BOM), UTF-16 LE/BE (with a
// BOM, or recognised by its NUL bytes), and the legacy Vietnamese 8-bit
// encodings listed in rules/encodings/encodings.tsv (TCVN3, VNI-Windows,
// Windows-1258, VISCII). UTF-8 text that carries legacy bytes misread as
// Windows-1252 ("Bé ChÝnh trÞ" for "Bộ Chính trị") is repaired.
//
// Detection reads each line every way that applies and keeps the reading
// with the most attested Vietnamese syllables, so a document that mixes
// fonts is decoded line by line. Clean UTF-8 is recognised without
// scoring. Never replaces bad bytes silently: input no reading fits is an
// error naming the file and the byte offset of the problem.
#ifndef VBTASK_DECODE_DECODE_H_
#define VBTASK_DECODE_DECODE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace vbtask {

namespace decode_internal {
struct DecodeTables;
}

// Names reported in `encoding` (and accepted by DecodeOptions):
//   "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE";
//   a legacy name from rules/encodings/encodings.tsv: "TCVN3", "TCVN3-H",
//   "VNI-Windows", "Windows-1258", "VISCII";
//   a Unicode name followed by "+NAME-mojibake" for each legacy encoding
//   whose misread bytes were repaired: "UTF-8+TCVN3-mojibake";
//   "mixed:A,B" when lines of 8-bit input needed different readings, in
//   order of first use: "mixed:TCVN3,UTF-8".
struct DecodedText {
  std::string text;  // valid UTF-8, BOM removed
  std::string encoding;
};

struct DecodeOptions {
  std::string encoding;  // empty: detect; else one of EncodingNames()
};

class AttestedSyllables;

// The tables of rules/encodings and the syllable list detection scores
// with, loaded and validated once: every table must write and read back
// every letter of the Vietnamese alphabet.
class DecodeRules {
 public:
  static Result<DecodeRules> Load(const std::string& rules_dir,
                                  const std::string& syllables_dic_path);
  static Result<DecodeRules> Load(const std::string& rules_dir);

  // Every name DecodeOptions::encoding accepts.
  std::vector<std::string> EncodingNames() const;
  bool IsKnown(std::string_view name) const;

  const decode_internal::DecodeTables& tables() const { return *tables_; }
  // The hunspell-vi syllables, loaded once here and shared with the repair
  // stage.
  const AttestedSyllables& syllables() const;

 private:
  std::shared_ptr<const decode_internal::DecodeTables> tables_;
};

Result<DecodedText> Decode(const SourceFile& source, const DecodeRules& rules,
                           const DecodeOptions& options = {});

// For text that is already UTF-8 (a PDF text layer): repairs the lines
// that carry legacy-font mojibake. `encoding` is "UTF-8" when nothing
// changed, else e.g. "UTF-8+TCVN3-mojibake".
DecodedText RepairMojibake(std::string_view utf8_text, const DecodeRules& rules);

// Text typed in a legacy font and stored as the Windows-1252 characters of
// its bytes (a Word run in ".VnTime" or "VNI-Times"), decoded in
// `encoding` ("TCVN3", "TCVN3-H", "VNI-Windows"). Characters no byte gives
// pass through.
Result<std::string> DecodeLegacyFontText(std::string_view utf8_text,
                                         std::string_view encoding,
                                         const DecodeRules& rules);

// The inverse of decoding, for tests and corpus tools: `text` written in a
// legacy encoding ("TCVN3"), or written in one and misread as Windows-1252
// into UTF-8 ("UTF-8+TCVN3-mojibake"). Fails on a character the encoding
// cannot write.
Result<std::string> EncodeLegacy(std::string_view utf8_text,
                                 std::string_view encoding,
                                 const DecodeRules& rules);

}  // namespace vbtask

#endif  // VBTASK_DECODE_DECODE_H_

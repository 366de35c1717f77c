// Stage 2, normalize: decoded UTF-8 in, canonical text out.
//
// - Unicode NFC.
// - Look-alike and invisible characters from rules/normalize/characters.tsv
//   replaced or removed (Ð → Đ, every kind of space → ' ', soft hyphen and
//   zero-width characters removed).
// - Line ends unified to '\n'; a form feed becomes a line of its own.
// - Markdown residue from converters removed: **, __, *emphasis*, \-escapes,
//   heading marks; a pipe table becomes rows of TAB-separated cells.
// - Trailing spaces of each line dropped.
// The output keeps a map back to the decoded text.
#ifndef VBTASK_NORMALIZE_NORMALIZE_H_
#define VBTASK_NORMALIZE_NORMALIZE_H_

#include <string>
#include <unordered_map>

#include "pipeline/base/offset_map.h"
#include "pipeline/base/status.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {

struct NormalizeRules {
  std::unordered_map<char32_t, std::string> characters;  // "" = delete
  PatternSet markdown_set;  // owns what `markdown` points to
  struct {
    const re2::RE2* table_delimiter = nullptr;
    const re2::RE2* table_row = nullptr;
    const re2::RE2* heading_marker = nullptr;
  } markdown;

  static Result<NormalizeRules> Load(const std::string& rules_dir);
};

struct NormalizedText {
  std::string text;
  OffsetMap to_decoded;  // offsets in `text` -> offsets in the decoded text
};

NormalizedText Normalize(const std::string& decoded,
                         const NormalizeRules& rules);

}  // namespace vbtask

#endif  // VBTASK_NORMALIZE_NORMALIZE_H_

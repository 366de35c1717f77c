// Stage 3, reconstruct: normalized lines in, paragraphs out.
//
// Joins hard-wrapped lines (also when every line is followed by a blank
// line), a document number split after its hyphen ("25-" / "NQ/TW"), and
// paragraphs split by a page break; drops page numbers and form feeds;
// lifts footnotes printed inside the body (superscript "¹ …" lines, or
// "1 …" at the foot of a page with a marker glued to a word) out of the
// paragraph they interrupt; splits two-column header and signature lines
// ("pdftotext -layout") into the left block followed by the right block.
// The result keeps an offset map back to the normalized text.
#ifndef VBTASK_RECONSTRUCT_RECONSTRUCT_H_
#define VBTASK_RECONSTRUCT_RECONSTRUCT_H_

#include <string>
#include <vector>

#include "pipeline/base/offset_map.h"
#include "pipeline/base/status.h"
#include "pipeline/lines/line_classifier.h"
#include "pipeline/model/document.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {

struct ReconstructRules {
  PatternSet pattern_set;  // owns what `patterns` points to
  struct {
    const re2::RE2* page_number = nullptr;
    const re2::RE2* footnote_superscript = nullptr;
    const re2::RE2* footnote_plain = nullptr;
    const re2::RE2* glued_marker = nullptr;
    const re2::RE2* number_tail = nullptr;
    const re2::RE2* number_head = nullptr;
  } patterns;
  static Result<ReconstructRules> Load(const std::string& rules_dir);
};

struct Paragraph {
  size_t begin = 0;  // byte offsets in ReconstructedText::text
  size_t end = 0;
  int page = 1;      // page the paragraph starts on
};

struct ReconstructedText {
  std::string text;  // paragraphs separated by '\n'
  std::vector<Paragraph> paragraphs;
  std::vector<Footnote> footnotes;
  int pages = 1;
  OffsetMap to_normalized;
};

ReconstructedText Reconstruct(const std::string& normalized,
                              const LineClassifier& classifier,
                              const ReconstructRules& rules);

}  // namespace vbtask

#endif  // VBTASK_RECONSTRUCT_RECONSTRUCT_H_

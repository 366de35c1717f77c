// Stage 2b, layout: positioned pages in, the text stream of the document out.
//
// Rebuilds what the reconstruct stage expects of a text file: one line per
// paragraph (lines wrapped by the page are joined by their geometry, also
// across a page break), the two-column official header as its left block
// followed by its right block, running headers, footers and page numbers
// removed, body footnote markers as superscript digits glued to their word,
// the footnotes of a page after its body as "¹ text" lines, and a form feed
// between pages. Rows of other two-column blocks (signature) keep their
// columns apart with spaces, as "pdftotext -layout" does.
#ifndef VBTASK_LAYOUT_LAYOUT_H_
#define VBTASK_LAYOUT_LAYOUT_H_

#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/layout/page.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {

struct LayoutRules {
  PatternSet pattern_set;  // owns what `patterns` points to
  struct {
    const re2::RE2* page_number = nullptr;
    const re2::RE2* signature_stamp = nullptr;
  } patterns;
  static Result<LayoutRules> Load(const std::string& rules_dir);
};

// Groups the words of a page into lines by their vertical overlap; lines
// come out top to bottom, words left to right.
std::vector<Line> GroupIntoLines(std::vector<Word> words);

// The bytes of text a page's text layer holds, leaving out the lines of a
// digital-signature stamp, which e-office systems print as text over a
// scanned page: such a page has no text of its own.
size_t OwnTextBytes(const Page& page, const LayoutRules& rules);

std::string PagesToText(const std::vector<Page>& pages,
                        const LayoutRules& rules);

}  // namespace vbtask

#endif  // VBTASK_LAYOUT_LAYOUT_H_

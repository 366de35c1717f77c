// Stage 2c, office documents: the bytes of a Word (DOCX), OpenDocument text
// (ODT) or legacy Word (.doc) file in, the text stream of the document out.
//
// The text is what the layout stage makes of a PDF, so that reconstruct,
// segment and extract run unchanged on it: one line per paragraph, with
// the label Word or Writer prints for automatic numbering ("I. ", "1.2. ",
// "a) ", "- "); the official two-column header table as its left cell
// block followed by its right cell block (so are other two-column tables,
// such as the signature block); rows of wider tables (task tables) as one
// line with TAB between cells; footnote and endnote markers as superscript
// digits glued to their word and their bodies as "¹ text" lines after the
// body; a form feed line at a hard page break. Page headers and footers are
// page furniture and left out. Tracked changes are read as accepted
// (insertions kept, deletions dropped) with a warning; fields give their
// displayed result; runs in legacy Vietnamese fonts (TCVN3 ".VnTime", VNI
// "VNI-Times", per rules/docx/legacy_fonts.tsv) are decoded.
//
// A .doc (an OLE container) is converted to DOCX by LibreOffice when
// `soffice` is on PATH. Damaged, encrypted and oversized inputs are errors
// naming the file.
#ifndef VBTASK_DOCX_DOCX_H_
#define VBTASK_DOCX_DOCX_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"
#include "pipeline/decode/decode.h"

namespace vbtask {

// Which font names hold legacy bytes, and in which encoding
// (rules/docx/legacy_fonts.tsv, checked against the decode tables).
class DocxRules {
 public:
  struct FontRule {
    std::string prefix, suffix;  // the name is prefix*suffix
    bool wildcard = false;       // else the name is prefix exactly
    std::string encoding;
  };
  static Result<DocxRules> Load(const std::string& rules_dir,
                                const DecodeRules& decode);
  // The encoding a run in font `name` is stored in, or "" for Unicode.
  std::string_view EncodingOfFont(std::string_view name) const;
  // What a list prints for a bullet glyph of numbering.xml or a list
  // style (rules/docx/bullets.tsv): "-" or "+"; "-" for a glyph not listed.
  std::string PrintedBullet(std::string_view glyph) const;

 private:
  std::vector<FontRule> fonts_;
  std::vector<std::pair<std::string, std::string>> bullets_;
};

enum class OfficeFormat { kNone, kDocx, kOdt, kDoc };

// By signature: a zip ("PK\3\4") is taken as DOCX/ODT, an OLE container
// (D0 CF 11 E0) as .doc; which of the two zips is told when it is read.
OfficeFormat SniffOfficeFormat(std::string_view bytes);

struct OfficeText {
  std::string text;    // UTF-8
  SourceFormat format = SourceFormat::kDocx;
  std::vector<Warning> warnings;  // tracked changes
  std::vector<std::string> encodings;  // legacy encodings of decoded runs
};

Result<OfficeText> ReadOfficeDocument(const SourceFile& source,
                                      const DocxRules& rules,
                                      const DecodeRules& decode);

}  // namespace vbtask

#endif  // VBTASK_DOCX_DOCX_H_

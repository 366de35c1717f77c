// Internals of the office-document stage, shared by its .cc files and by
// nothing else. Callers use docx.h.
#ifndef VBTASK_DOCX_DOCX_INTERNAL_H_
#define VBTASK_DOCX_DOCX_INTERNAL_H_

#include <libxml/tree.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/docx/docx.h"

namespace vbtask::docx_internal {

// ---- zip (zip_parts.cc) ----------------------------------------------
// The named parts of a zip, read whole. Caps guard against zip bombs: the
// parts read may expand to kMaxExpanded bytes in all, and to no more than
// kMaxRatio times the size of the file (above a small floor).
constexpr size_t kMaxExpanded = 64u << 20;
constexpr size_t kMaxRatio = 200;
using Parts = std::map<std::string, std::string>;
// Reads the entries in `wanted` that exist; `names` gets every entry name.
Result<Parts> ReadZipParts(const SourceFile& source,
                           const std::vector<std::string>& wanted,
                           std::vector<std::string>* names);

// ---- XML (xml_tree.cc) -----------------------------------------------
struct XmlDocFree {
  void operator()(xmlDoc* d) const;
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;
// Parses one part; malformed XML is an error naming the file, the part and
// the line. No network, no external entities.
Result<XmlDoc> ParseXml(const std::string& path, const std::string& part,
                        const std::string& bytes);

extern const char* const kW;      // WordprocessingML main namespace
extern const char* const kWStrict;
extern const char* const kMc;     // markup compatibility
// Whether `n` is an element named `local` in namespace `ns` (for kW, also
// the strict OOXML namespace).
bool Is(const xmlNode* n, const char* ns, const char* local);
bool IsW(const xmlNode* n, const char* local);
// The attribute `local` of `n` in namespace `ns` (or without one), or "".
std::string Attr(const xmlNode* n, const char* ns, const char* local);
std::string WAttr(const xmlNode* n, const char* local);
// The first element child named `local` in `ns`, or null.
const xmlNode* Child(const xmlNode* n, const char* ns, const char* local);
const xmlNode* WChild(const xmlNode* n, const char* local);
// An on/off property (<w:b/>, <w:b w:val="0"/>): absent is `fallback`.
bool WFlag(const xmlNode* parent, const char* local, bool fallback = false);
std::string Content(const xmlNode* n);  // text content, UTF-8

// ---- list labels (numbering.cc, list_format.cc) ----------------------
// How one list level prints its number.
struct LevelFormat {
  std::string num_fmt = "decimal";  // decimal, lowerLetter, upperRoman, bullet …
  std::string text;                 // "%1.%2." or a bullet glyph
  std::string suffix = "tab";       // tab | space | nothing
  int start = 1;
  int restart = -1;  // -1: after any higher level; 0: never; n: after level n
  bool legal = false;  // w:isLgl: every level decimal
};
// `n` in a Word number format ("lowerRoman" 4 -> "iv", "lowerLetter" 27 ->
// "aa", as Word prints them: no "đ" in the Vietnamese alphabet order).
std::string FormatNumber(int n, std::string_view num_fmt);

// Counters of one list, printing each label as Word does.
class ListCounters {
 public:
  // Advances `level` and returns its label (without suffix); lower levels
  // restart per their restart rule.
  std::string Next(int level, const std::vector<LevelFormat>& levels,
                   const DocxRules& rules);
  // The next Next(level) gives `value` (ODT start values).
  void Set(int level, int value);

 private:
  std::vector<std::optional<int>> value_;
};

// Word numbering.xml: abstractNum definitions and num instances.
class Numbering {
 public:
  void Load(const xmlDoc* doc);
  // The label of a paragraph numbered (numId, ilvl), with its separator,
  // or "" when the list prints nothing.
  std::string Label(int num_id, int ilvl, const DocxRules& rules);

 private:
  struct Instance {
    std::string abstract_id;
    std::map<int, int> start_override;
    std::map<int, LevelFormat> level_override;
  };
  std::map<std::string, std::vector<LevelFormat>> abstract_;
  std::map<int, Instance> nums_;
  // Word keeps counting across num instances of one abstractNum unless an
  // instance overrides a start value.
  std::map<std::string, ListCounters> counters_;
};

// ---- Word styles (word_styles.cc) ------------------------------------
struct NumRef {
  int num_id = -1;  // -1 unknown, 0 none
  int ilvl = -1;
};
class WordStyles {
 public:
  void Load(const xmlDoc* doc);
  NumRef NumberingOf(const std::string& style_id) const;
  // The ascii (or hAnsi) font of a style, following basedOn; "" if none.
  std::string FontOf(const std::string& style_id) const;
  std::string DefaultFont() const { return default_font_; }
  std::string DefaultParagraphStyle() const { return default_para_; }

 private:
  struct Style {
    std::string based_on, font;
    NumRef num;
  };
  std::map<std::string, Style> styles_;
  std::string default_font_, default_para_;
};
// The font named by an <w:rFonts> element, "" when it names none.
std::string FontName(const xmlNode* rfonts);

// ---- output (text_sink.cc) -------------------------------------------
// Collects paragraphs, tables and notes into the text stream docx.h
// describes.
class TextSink {
 public:
  // Paragraphs go to the body, or into the current table cell.
  void Paragraph(std::string text);
  void PageBreak();
  void BeginTable();
  void BeginRow();
  void BeginCell();
  void EndTable();
  // A note body ("¹ text" at the end); returns its marker ("¹").
  std::string Note(const std::string& body);
  std::string Finish();

 private:
  struct Table {
    std::vector<std::vector<std::vector<std::string>>> rows;  // cells' paragraphs
  };
  void Emit(std::string line);
  void EmitTable(const Table& t);
  std::vector<std::string> lines_;
  std::vector<std::string> notes_text_;
  std::vector<Table> open_;  // nested tables being read
  int notes_ = 0;
};
// "12" -> "¹²".
std::string Superscript(int n);
// Collapses runs of spaces and trims.
std::string CleanParagraph(std::string_view s);

// ---- readers ---------------------------------------------------------
struct ReadContext {
  const SourceFile& source;
  const DocxRules& rules;
  const DecodeRules& decode;
  OfficeText* out;
};
Status ReadDocx(const Parts& parts, ReadContext& ctx);   // word_body.cc
Status ReadOdt(const Parts& parts, ReadContext& ctx);    // odt.cc
// The warning a document with tracked changes gets.
void AddTrackedChangesWarning(OfficeText* out);
// A .doc converted by LibreOffice (legacy_doc.cc); `docx` gets its bytes.
Result<std::string> ConvertDoc(const SourceFile& source);

}  // namespace vbtask::docx_internal

#endif  // VBTASK_DOCX_DOCX_INTERNAL_H_

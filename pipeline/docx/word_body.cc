// word/document.xml walked in reading order: paragraphs with their list
// labels, tables, text boxes, fields, tracked changes, notes.
#include <cstdlib>
#include <set>

#include "pipeline/base/utf8.h"
#include "pipeline/docx/docx_internal.h"

namespace vbtask::docx_internal {
namespace {

const char* const kDocPart = "word/document.xml";

struct Paragraph {
  std::string text;
  std::string style_font;
  // Open fields, innermost last: false while in the instruction (hidden),
  // true once "separate" starts the displayed result.
  std::vector<bool> fields;
  std::vector<const xmlNode*> boxes;  // text boxes anchored here
  bool page_break = false;
  bool Hidden() const {
    for (bool shown : fields) {
      if (!shown) return true;
    }
    return false;
  }
};

class WordReader {
 public:
  WordReader(ReadContext& ctx, const WordStyles& styles, Numbering& numbering)
      : ctx_(ctx), styles_(styles), numbering_(numbering) {}

  void AddNotes(const xmlDoc* doc, const char* element) {
    const xmlNode* root = doc ? xmlDocGetRootElement(const_cast<xmlDoc*>(doc)) : nullptr;
    for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next) {
      if (IsW(n, element)) notes_[std::string(element) + WAttr(n, "id")] = n;
    }
  }

  void Block(const xmlNode* parent);
  std::string Finish() { return sink_.Finish(); }
  bool tracked() const { return tracked_; }
  const std::set<std::string>& encodings() const { return encodings_; }

 private:
  std::string ParagraphText(const xmlNode* p, Paragraph* para);
  void Inline(const xmlNode* parent, Paragraph* para);
  void Run(const xmlNode* r, Paragraph* para);
  void Note(const std::string& key, Paragraph* para);
  void Table(const xmlNode* tbl);
  std::string RunFont(const xmlNode* r, const Paragraph& para) const;
  void FindBoxes(const xmlNode* n, Paragraph* para);

  ReadContext& ctx_;
  const WordStyles& styles_;
  Numbering& numbering_;
  TextSink sink_;
  std::map<std::string, const xmlNode*> notes_;
  std::set<std::string> encodings_;
  bool tracked_ = false;
  int note_depth_ = 0;
};

// The displayed branch of markup-compatibility content: the first Choice
// (or the Fallback when there is none). Reading both would double a text box.
const xmlNode* Displayed(const xmlNode* alternate) {
  if (const xmlNode* c = Child(alternate, kMc, "Choice")) return c;
  return Child(alternate, kMc, "Fallback");
}

void WordReader::Block(const xmlNode* parent) {
  for (const xmlNode* n = parent ? parent->children : nullptr; n; n = n->next) {
    if (IsW(n, "p")) {
      Paragraph para;
      std::string text = ParagraphText(n, &para);
      if (WFlag(WChild(n, "pPr"), "pageBreakBefore")) sink_.PageBreak();
      sink_.Paragraph(std::move(text));
      if (para.page_break) sink_.PageBreak();
      for (const xmlNode* box : para.boxes) Block(box);
    } else if (IsW(n, "tbl")) {
      Table(n);
    } else if (IsW(n, "sdt")) {
      Block(WChild(n, "sdtContent"));
    } else if (IsW(n, "customXml") || IsW(n, "ins") || IsW(n, "moveTo")) {
      tracked_ |= !IsW(n, "customXml");
      Block(n);
    } else if (IsW(n, "del") || IsW(n, "moveFrom")) {
      tracked_ = true;
    } else if (Is(n, kMc, "AlternateContent")) {
      Block(Displayed(n));
    }
  }
}

void WordReader::Table(const xmlNode* tbl) {
  sink_.BeginTable();
  for (const xmlNode* tr = tbl->children; tr; tr = tr->next) {
    if (!IsW(tr, "tr")) continue;
    sink_.BeginRow();
    for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
      if (!IsW(tc, "tc")) continue;
      sink_.BeginCell();
      Block(tc);
    }
  }
  sink_.EndTable();
}

std::string WordReader::ParagraphText(const xmlNode* p, Paragraph* para) {
  const xmlNode* ppr = WChild(p, "pPr");
  std::string style = WAttr(WChild(ppr, "pStyle"), "val");
  if (style.empty()) style = styles_.DefaultParagraphStyle();
  para->style_font = styles_.FontOf(style);
  NumRef num = styles_.NumberingOf(style);
  if (const xmlNode* direct = WChild(ppr, "numPr")) {
    if (const xmlNode* id = WChild(direct, "numId")) num.num_id = std::atoi(WAttr(id, "val").c_str());
    if (const xmlNode* l = WChild(direct, "ilvl")) num.ilvl = std::atoi(WAttr(l, "val").c_str());
  }
  Inline(p, para);
  std::string text = CleanParagraph(para->text);
  if (num.num_id > 0) {
    text = numbering_.Label(num.num_id, num.ilvl < 0 ? 0 : num.ilvl, ctx_.rules) + text;
  }
  return text;
}

void WordReader::Inline(const xmlNode* parent, Paragraph* para) {
  for (const xmlNode* n = parent ? parent->children : nullptr; n; n = n->next) {
    if (IsW(n, "r")) {
      Run(n, para);
    } else if (IsW(n, "ins") || IsW(n, "moveTo")) {
      tracked_ = true;
      Inline(n, para);
    } else if (IsW(n, "del") || IsW(n, "moveFrom")) {
      tracked_ = true;
    } else if (IsW(n, "hyperlink") || IsW(n, "smartTag") || IsW(n, "fldSimple") ||
               IsW(n, "customXml") || IsW(n, "bdo") || IsW(n, "dir")) {
      Inline(n, para);
    } else if (IsW(n, "sdt")) {
      Inline(WChild(n, "sdtContent"), para);
    } else if (Is(n, kMc, "AlternateContent")) {
      Inline(Displayed(n), para);
    }
  }
}

std::string WordReader::RunFont(const xmlNode* r, const Paragraph& para) const {
  const xmlNode* rpr = WChild(r, "rPr");
  std::string font = FontName(WChild(rpr, "rFonts"));
  if (font.empty()) font = styles_.FontOf(WAttr(WChild(rpr, "rStyle"), "val"));
  if (font.empty()) font = para.style_font;
  if (font.empty()) font = styles_.DefaultFont();
  return font;
}

void WordReader::Run(const xmlNode* r, Paragraph* para) {
  std::string text;
  for (const xmlNode* n = r->children; n; n = n->next) {
    if (IsW(n, "fldChar")) {
      std::string type = WAttr(n, "fldCharType");
      if (type == "begin") para->fields.push_back(false);
      if (type == "separate" && !para->fields.empty()) para->fields.back() = true;
      if (type == "end" && !para->fields.empty()) para->fields.pop_back();
      continue;
    }
    if (para->Hidden()) continue;
    if (IsW(n, "t")) {
      text += Content(n);
    } else if (IsW(n, "tab") || IsW(n, "cr") || IsW(n, "ptab")) {
      text += ' ';
    } else if (IsW(n, "br")) {
      if (WAttr(n, "type") == "page") para->page_break = true;
      text += ' ';
    } else if (IsW(n, "noBreakHyphen")) {
      text += '-';
    } else if (IsW(n, "sym")) {
      // Symbol fonts address their glyphs at F000 + the character code.
      unsigned long cp = std::strtoul(WAttr(n, "char").c_str(), nullptr, 16);
      if (cp >= 0xF000 && cp <= 0xF0FF) cp -= 0xF000;
      if (cp >= 0x20) utf8::Append(text, static_cast<char32_t>(cp));
    } else if (IsW(n, "footnoteReference") || IsW(n, "endnoteReference")) {
      para->text += text;
      text.clear();
      Note((IsW(n, "footnoteReference") ? "footnote" : "endnote") + WAttr(n, "id"), para);
    } else if (IsW(n, "drawing") || IsW(n, "pict") || Is(n, kMc, "AlternateContent")) {
      FindBoxes(Is(n, kMc, "AlternateContent") ? Displayed(n) : n, para);
    }
  }
  if (text.empty()) return;
  std::string_view encoding = ctx_.rules.EncodingOfFont(RunFont(r, *para));
  if (!encoding.empty()) {
    auto decoded = DecodeLegacyFontText(text, encoding, ctx_.decode);
    if (decoded.ok()) {
      text = std::move(decoded.value());
      encodings_.insert(std::string(encoding));
    }
  }
  para->text += text;
}

void WordReader::FindBoxes(const xmlNode* n, Paragraph* para) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (IsW(c, "txbxContent")) {
      para->boxes.push_back(c);
    } else if (Is(c, kMc, "AlternateContent")) {
      FindBoxes(Displayed(c), para);
    } else if (c->type == XML_ELEMENT_NODE) {
      FindBoxes(c, para);
    }
  }
}

void WordReader::Note(const std::string& key, Paragraph* para) {
  auto it = notes_.find(key);
  if (it == notes_.end() || note_depth_ > 0) return;
  ++note_depth_;
  std::string body;
  for (const xmlNode* p = it->second->children; p; p = p->next) {
    if (!IsW(p, "p")) continue;
    Paragraph inner;
    std::string text = ParagraphText(p, &inner);
    if (!body.empty() && !text.empty()) body += ' ';
    body += text;
  }
  --note_depth_;
  while (!para->text.empty() && para->text.back() == ' ') para->text.pop_back();
  para->text += sink_.Note(body);
}

}  // namespace

Status ReadDocx(const Parts& parts, ReadContext& ctx) {
  const std::string& path = ctx.source.path;
  auto main = parts.find(kDocPart);
  if (main == parts.end()) {
    return Status::InvalidInput(path + ": a Word package without " + kDocPart);
  }
  std::map<std::string, XmlDoc> docs;
  for (const auto& [name, bytes] : parts) {
    auto doc = ParseXml(path, name, bytes);
    if (!doc.ok()) return doc.status();
    docs[name] = std::move(doc.value());
  }
  WordStyles styles;
  Numbering numbering;
  if (docs.count("word/styles.xml")) styles.Load(docs["word/styles.xml"].get());
  if (docs.count("word/numbering.xml")) numbering.Load(docs["word/numbering.xml"].get());
  WordReader reader(ctx, styles, numbering);
  if (docs.count("word/footnotes.xml")) reader.AddNotes(docs["word/footnotes.xml"].get(), "footnote");
  if (docs.count("word/endnotes.xml")) reader.AddNotes(docs["word/endnotes.xml"].get(), "endnote");
  const xmlNode* root = xmlDocGetRootElement(docs[kDocPart].get());
  const xmlNode* body = WChild(root, "body");
  if (!body) return Status::InvalidInput(path + ": " + kDocPart + " has no w:body");
  reader.Block(body);
  ctx.out->text = reader.Finish();
  if (reader.tracked()) {
    AddTrackedChangesWarning(ctx.out);
  }
  for (const std::string& e : reader.encodings()) ctx.out->encodings.push_back(e);
  return Status::Ok();
}

}  // namespace vbtask::docx_internal

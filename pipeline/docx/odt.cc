// OpenDocument text (content.xml, styles.xml): paragraphs, lists with the
// labels Writer prints from their list styles, tables, notes, frames.
#include <cstdlib>

#include "pipeline/docx/docx_internal.h"

namespace vbtask::docx_internal {
namespace {

const char* const kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const char* const kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const char* const kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const char* const kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const char* const kDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

// style:num-format → the Word format name FormatNumber knows.
std::string NumFormat(const std::string& odf) {
  if (odf == "a") return "lowerLetter";
  if (odf == "A") return "upperLetter";
  if (odf == "i") return "lowerRoman";
  if (odf == "I") return "upperRoman";
  if (odf.empty()) return "none";
  return "decimal";
}

std::vector<LevelFormat> ReadListStyle(const xmlNode* style) {
  std::vector<LevelFormat> levels;
  for (const xmlNode* l = style->children; l; l = l->next) {
    bool number = Is(l, kText, "list-level-style-number");
    if (!number && !Is(l, kText, "list-level-style-bullet")) continue;
    int level = std::atoi(Attr(l, kText, "level").c_str()) - 1;
    if (level < 0 || level > 9) continue;
    if (levels.size() <= static_cast<size_t>(level)) levels.resize(level + 1);
    LevelFormat& f = levels[level];
    if (!number) {
      f.num_fmt = "bullet";
      f.text = Attr(l, kText, "bullet-char");
      continue;
    }
    f.num_fmt = NumFormat(Attr(l, kStyle, "num-format"));
    std::string start = Attr(l, kText, "start-value");
    f.start = start.empty() ? 1 : std::atoi(start.c_str());
    int shown = std::max(1, std::atoi(Attr(l, kText, "display-levels").c_str()));
    f.text = Attr(l, kStyle, "num-prefix");
    for (int k = std::max(0, level - shown + 1); k <= level; ++k) {
      f.text += "%" + std::to_string(k + 1) + (k < level ? "." : "");
    }
    f.text += Attr(l, kStyle, "num-suffix");
  }
  return levels;
}

class OdtReader {
 public:
  explicit OdtReader(ReadContext& ctx) : ctx_(ctx) {}

  void AddStyles(const xmlNode* n) {
    for (; n; n = n->next) {
      if (Is(n, kText, "list-style")) {
        list_styles_[Attr(n, kStyle, "name")] = ReadListStyle(n);
      } else if (Is(n, kOffice, "automatic-styles") || Is(n, kOffice, "styles")) {
        AddStyles(n->children);
      }
    }
  }

  void Block(const xmlNode* parent);
  std::string Finish() { return sink_.Finish(); }
  bool tracked = false;

 private:
  struct List {
    std::string style;
    ListCounters counters;
  };
  void ListBlock(const xmlNode* list, int level, List* owner);
  std::string ParagraphText(const xmlNode* p, std::vector<const xmlNode*>* boxes);
  void Inline(const xmlNode* parent, std::string* out, std::vector<const xmlNode*>* boxes);
  void Emit(const xmlNode* p, std::string label);
  void Table(const xmlNode* t);

  ReadContext& ctx_;
  TextSink sink_;
  std::map<std::string, std::vector<LevelFormat>> list_styles_;
  std::map<std::string, List> last_list_;  // by style: continue-numbering
  std::map<std::string, List*> by_id_;     // by xml:id: continue-list
  std::vector<std::unique_ptr<List>> lists_;
};

void OdtReader::Block(const xmlNode* parent) {
  for (const xmlNode* n = parent ? parent->children : nullptr; n; n = n->next) {
    if (Is(n, kText, "p") || Is(n, kText, "h")) {
      Emit(n, "");
    } else if (Is(n, kText, "list")) {
      ListBlock(n, 0, nullptr);
    } else if (Is(n, kTable, "table")) {
      Table(n);
    } else if (Is(n, kText, "section") || Is(n, kText, "index-body") ||
               Is(n, kText, "table-of-content")) {
      Block(n);
    } else if (Is(n, kText, "tracked-changes")) {
      tracked |= n->children != nullptr;  // the deleted text lives here: skipped
    }
  }
}

void OdtReader::ListBlock(const xmlNode* list, int level, List* owner) {
  if (!owner) {
    std::string style = Attr(list, kText, "style-name");
    std::string cont = Attr(list, kText, "continue-list");
    if (!cont.empty() && by_id_.count(cont)) {
      owner = by_id_[cont];
    } else if (Attr(list, kText, "continue-numbering") == "true" &&
               last_list_.count(style)) {
      lists_.push_back(std::make_unique<List>(last_list_[style]));
      owner = lists_.back().get();
    } else {
      lists_.push_back(std::make_unique<List>());
      owner = lists_.back().get();
      owner->style = style;
    }
    std::string id = Attr(list, "http://www.w3.org/XML/1998/namespace", "id");
    if (!id.empty()) by_id_[id] = owner;
  }
  const auto& levels = list_styles_[owner->style];
  for (const xmlNode* item = list->children; item; item = item->next) {
    bool header = Is(item, kText, "list-header");
    if (!header && !Is(item, kText, "list-item")) continue;
    std::string start = Attr(item, kText, "start-value");
    if (!start.empty()) owner->counters.Set(level, std::atoi(start.c_str()));
    bool labelled = header;  // a list header prints no label
    for (const xmlNode* c = item->children; c; c = c->next) {
      if (Is(c, kText, "list")) {
        ListBlock(c, level + 1, owner);
      } else if (Is(c, kText, "p") || Is(c, kText, "h")) {
        std::string label;
        if (!labelled) {
          label = owner->counters.Next(level, levels, ctx_.rules);
          if (!label.empty()) label += ' ';
          labelled = true;
        }
        Emit(c, label);
      } else if (Is(c, kTable, "table")) {
        Table(c);
      }
    }
  }
  last_list_[owner->style] = *owner;
}

void OdtReader::Emit(const xmlNode* p, std::string label) {
  std::vector<const xmlNode*> boxes;
  sink_.Paragraph(label + ParagraphText(p, &boxes));
  for (const xmlNode* b : boxes) Block(b);
}

std::string OdtReader::ParagraphText(const xmlNode* p,
                                     std::vector<const xmlNode*>* boxes) {
  std::string text;
  Inline(p, &text, boxes);
  return CleanParagraph(text);
}

void OdtReader::Inline(const xmlNode* parent, std::string* out,
                       std::vector<const xmlNode*>* boxes) {
  for (const xmlNode* n = parent->children; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      *out += reinterpret_cast<const char*>(n->content);
    } else if (n->type != XML_ELEMENT_NODE) {
      continue;
    } else if (Is(n, kText, "s")) {
      int count = std::max(1, std::atoi(Attr(n, kText, "c").c_str()));
      out->append(static_cast<size_t>(std::min(count, 100)), ' ');
    } else if (Is(n, kText, "tab") || Is(n, kText, "line-break")) {
      *out += ' ';
    } else if (Is(n, kText, "note")) {
      std::string body;
      for (const xmlNode* b = Child(n, kText, "note-body"); b; b = nullptr) {
        for (const xmlNode* q = b->children; q; q = q->next) {
          if (!Is(q, kText, "p")) continue;
          std::string t = ParagraphText(q, boxes);
          if (!body.empty() && !t.empty()) body += ' ';
          body += t;
        }
      }
      while (!out->empty() && out->back() == ' ') out->pop_back();
      *out += sink_.Note(body);
    } else if (Is(n, kDraw, "text-box")) {
      boxes->push_back(n);
    } else if (Is(n, kOffice, "annotation") || Is(n, kText, "tracked-changes")) {
      continue;  // comments and deleted text are not the document's text
    } else if (Is(n, kText, "change")) {
      tracked = true;  // marks where deleted text was
    } else {
      Inline(n, out, boxes);  // spans, links, fields with their displayed text
    }
  }
}

void OdtReader::Table(const xmlNode* t) {
  sink_.BeginTable();
  std::vector<const xmlNode*> groups = {t};
  for (size_t g = 0; g < groups.size(); ++g) {
    for (const xmlNode* r = groups[g]->children; r; r = r->next) {
      if (Is(r, kTable, "table-header-rows") || Is(r, kTable, "table-rows") ||
          Is(r, kTable, "table-row-group")) {
        groups.push_back(r);  // rows of these groups follow the table's own
        continue;
      }
      if (!Is(r, kTable, "table-row")) continue;
      sink_.BeginRow();
      for (const xmlNode* c = r->children; c; c = c->next) {
        if (!Is(c, kTable, "table-cell")) continue;
        sink_.BeginCell();
        Block(c);
      }
    }
  }
  sink_.EndTable();
}

}  // namespace

Status ReadOdt(const Parts& parts, ReadContext& ctx) {
  const std::string& path = ctx.source.path;
  auto content = parts.find("content.xml");
  if (content == parts.end()) {
    return Status::InvalidInput(path + ": an OpenDocument package without content.xml");
  }
  OdtReader reader(ctx);
  XmlDoc styles;
  if (auto s = parts.find("styles.xml"); s != parts.end()) {
    auto parsed = ParseXml(path, s->first, s->second);
    if (!parsed.ok()) return parsed.status();
    styles = std::move(parsed.value());
    reader.AddStyles(xmlDocGetRootElement(styles.get())->children);
  }
  auto doc = ParseXml(path, content->first, content->second);
  if (!doc.ok()) return doc.status();
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  reader.AddStyles(root ? root->children : nullptr);
  const xmlNode* text = Child(Child(root, kOffice, "body"), kOffice, "text");
  if (!text) return Status::InvalidInput(path + ": content.xml has no office:text body");
  reader.Block(text);
  ctx.out->text = reader.Finish();
  if (reader.tracked) {
    AddTrackedChangesWarning(ctx.out);
  }
  return Status::Ok();
}

}  // namespace vbtask::docx_internal

// Word styles (word/styles.xml): what a paragraph or run inherits from its
// style — list numbering and the font, which tells legacy-font runs.
#include <cstdlib>

#include "pipeline/docx/docx_internal.h"

namespace vbtask::docx_internal {
namespace {
// basedOn chains are short; a cycle in a damaged file must still end.
constexpr int kMaxDepth = 16;
}  // namespace

std::string FontName(const xmlNode* rfonts) {
  if (!rfonts) return "";
  std::string f = WAttr(rfonts, "ascii");
  return f.empty() ? WAttr(rfonts, "hAnsi") : f;
}

void WordStyles::Load(const xmlDoc* doc) {
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(doc));
  for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next) {
    if (IsW(n, "docDefaults")) {
      const xmlNode* rpr = WChild(WChild(n, "rPrDefault"), "rPr");
      default_font_ = FontName(WChild(rpr, "rFonts"));
      continue;
    }
    if (!IsW(n, "style")) continue;
    std::string id = WAttr(n, "styleId");
    Style& s = styles_[id];
    s.based_on = WAttr(WChild(n, "basedOn"), "val");
    s.font = FontName(WChild(WChild(n, "rPr"), "rFonts"));
    if (const xmlNode* num = WChild(WChild(n, "pPr"), "numPr")) {
      if (const xmlNode* id_node = WChild(num, "numId")) {
        s.num.num_id = std::atoi(WAttr(id_node, "val").c_str());
      }
      if (const xmlNode* l = WChild(num, "ilvl")) {
        s.num.ilvl = std::atoi(WAttr(l, "val").c_str());
      }
    }
    std::string is_default = WAttr(n, "default");
    if (WAttr(n, "type") == "paragraph" && (is_default == "1" || is_default == "true")) {
      default_para_ = id;
    }
  }
}

NumRef WordStyles::NumberingOf(const std::string& style_id) const {
  NumRef out;
  std::string id = style_id;
  for (int depth = 0; depth < kMaxDepth && !id.empty(); ++depth) {
    auto it = styles_.find(id);
    if (it == styles_.end()) break;
    if (out.num_id < 0) out.num_id = it->second.num.num_id;
    if (out.ilvl < 0) out.ilvl = it->second.num.ilvl;
    id = it->second.based_on;
  }
  return out;
}

std::string WordStyles::FontOf(const std::string& style_id) const {
  std::string id = style_id;
  for (int depth = 0; depth < kMaxDepth && !id.empty(); ++depth) {
    auto it = styles_.find(id);
    if (it == styles_.end()) break;
    if (!it->second.font.empty()) return it->second.font;
    id = it->second.based_on;
  }
  return "";
}

}  // namespace vbtask::docx_internal

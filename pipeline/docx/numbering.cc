// Word automatic numbering (word/numbering.xml): the labels Word prints.
#include <cstdlib>

#include "pipeline/docx/docx_internal.h"

namespace vbtask::docx_internal {
namespace {

int IntVal(const xmlNode* n, int fallback) {
  if (!n) return fallback;
  std::string v = WAttr(n, "val");
  if (v.empty()) return fallback;
  return std::atoi(v.c_str());
}

LevelFormat ReadLevel(const xmlNode* lvl) {
  LevelFormat f;
  f.start = IntVal(WChild(lvl, "start"), 1);
  if (const xmlNode* fmt = WChild(lvl, "numFmt")) f.num_fmt = WAttr(fmt, "val");
  if (const xmlNode* text = WChild(lvl, "lvlText")) f.text = WAttr(text, "val");
  if (const xmlNode* suff = WChild(lvl, "suff")) f.suffix = WAttr(suff, "val");
  f.restart = IntVal(WChild(lvl, "lvlRestart"), -1);
  f.legal = WFlag(lvl, "isLgl");
  return f;
}

}  // namespace

void Numbering::Load(const xmlDoc* doc) {
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(doc));
  for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next) {
    if (IsW(n, "abstractNum")) {
      std::vector<LevelFormat>& levels = abstract_[WAttr(n, "abstractNumId")];
      for (const xmlNode* l = n->children; l; l = l->next) {
        if (!IsW(l, "lvl")) continue;
        int ilvl = std::atoi(WAttr(l, "ilvl").c_str());
        if (ilvl < 0 || ilvl > 8) continue;
        if (levels.size() <= static_cast<size_t>(ilvl)) levels.resize(ilvl + 1);
        levels[ilvl] = ReadLevel(l);
      }
    } else if (IsW(n, "num")) {
      Instance& inst = nums_[std::atoi(WAttr(n, "numId").c_str())];
      inst.abstract_id = WAttr(WChild(n, "abstractNumId"), "val");
      for (const xmlNode* o = n->children; o; o = o->next) {
        if (!IsW(o, "lvlOverride")) continue;
        int ilvl = std::atoi(WAttr(o, "ilvl").c_str());
        if (const xmlNode* s = WChild(o, "startOverride")) {
          inst.start_override[ilvl] = IntVal(s, 1);
        }
        if (const xmlNode* l = WChild(o, "lvl")) inst.level_override[ilvl] = ReadLevel(l);
      }
    }
  }
}

std::string Numbering::Label(int num_id, int ilvl, const DocxRules& rules) {
  auto it = nums_.find(num_id);
  if (it == nums_.end()) return "";
  Instance& inst = it->second;
  auto abs = abstract_.find(inst.abstract_id);
  if (abs == abstract_.end()) return "";
  std::vector<LevelFormat> levels = abs->second;
  for (const auto& [l, f] : inst.level_override) {
    if (l >= 0 && l < static_cast<int>(levels.size())) levels[l] = f;
  }
  // An instance that overrides a start value is a list of its own;
  // others continue the counting of their abstractNum.
  std::string key = inst.abstract_id;
  if (!inst.start_override.empty() || !inst.level_override.empty()) {
    key += "#" + std::to_string(num_id);
  }
  for (const auto& [l, start] : inst.start_override) {
    if (l >= 0 && l < static_cast<int>(levels.size())) levels[l].start = start;
  }
  std::string label = counters_[key].Next(ilvl, levels, rules);
  if (label.empty() || ilvl >= static_cast<int>(levels.size())) return label;
  const std::string& suffix = levels[ilvl].suffix;
  return suffix == "nothing" ? label : label + " ";
}

}  // namespace vbtask::docx_internal

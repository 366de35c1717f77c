#include "pipeline/compare/report.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "pipeline/base/escape.h"

namespace vbtask {
namespace {

using Json = nlohmann::ordered_json;

double Round3(double x) { return std::round(x * 1000) / 1000; }

std::string ItemText(const Document& doc, int index) {
  const Item& item = doc.items[index];
  if (item.end <= item.begin || item.end > doc.text.size()) return "";
  return doc.text.substr(item.begin, item.end - item.begin);
}

Json Side(const Document& doc) {
  Json side;
  side["key"] = doc.key.empty() ? Json(nullptr) : Json(doc.key);
  side["path"] = doc.source.path;
  return side;
}

Json Ids(const Document& doc, const std::vector<int>& items) {
  Json ids = Json::array();
  for (int i : items) ids.push_back(doc.items[i].id);
  return ids;
}

std::string ChangeList(const std::vector<ChangeType>& changes, const char* separator) {
  std::string out;
  for (ChangeType change : changes) {
    if (!out.empty()) out += separator;
    out += NameOf(change);
  }
  return out;
}

}  // namespace

std::string ComparisonJson(const Comparison& comparison, const Document& parent,
                           const Document& child) {
  Json json;
  json["schema"] = kCompareSchemaVersion;
  json["parent"] = Side(parent);
  json["child"] = Side(child);
  json["relation"] = std::string(NameOf(comparison.relation));
  json["child_cites_parent"] = comparison.child_cites_parent;
  Json pairs = Json::array();
  for (const ItemPair& pair : comparison.pairs) {
    Json p;
    p["parent"] = parent.items[pair.parent].id;
    p["child"] = child.items[pair.child].id;
    p["score"] = Round3(pair.score);
    Json change = Json::array();
    for (ChangeType c : pair.changes) change.push_back(std::string(NameOf(c)));
    p["change"] = change;
    const PairEvidence& e = pair.evidence;
    p["evidence"] = {{"text_similarity", Round3(e.text_similarity)},
                     {"parent_covered", Round3(e.parent_covered)},
                     {"child_covered", Round3(e.child_covered)},
                     {"shared_terms", e.shared_terms},
                     {"lead_agrees", e.lead_agrees},
                     {"split", e.split}};
    pairs.push_back(std::move(p));
  }
  json["pairs"] = std::move(pairs);
  json["dropped"] = Ids(parent, comparison.dropped);
  json["not_applicable"] = Ids(parent, comparison.not_applicable);
  json["added"] = Ids(child, comparison.added);
  return json.dump(2) + "\n";
}

std::string ComparisonCsv(const Comparison& comparison, const Document& parent,
                          const Document& child) {
  std::string out = "\xEF\xBB\xBF";  // UTF-8 byte order mark, for Excel
  out += "status,parent_id,child_id,score,change,parent_text,child_text\r\n";
  auto row = [&](const std::string& status, int p, int c, const std::string& score,
                 const std::string& change) {
    out += status + "," + (p >= 0 ? CsvField(parent.items[p].id) : "") + "," +
           (c >= 0 ? CsvField(child.items[c].id) : "") + "," + score + "," +
           CsvField(change) + "," + (p >= 0 ? CsvField(ItemText(parent, p)) : "") + "," +
           (c >= 0 ? CsvField(ItemText(child, c)) : "") + "\r\n";
  };
  for (const ItemPair& pair : comparison.pairs) {
    char score[16];
    std::snprintf(score, sizeof score, "%.3f", pair.score);
    row("pair", pair.parent, pair.child, score, ChangeList(pair.changes, " "));
  }
  for (int p : comparison.dropped) row("dropped", p, -1, "", "");
  for (int p : comparison.not_applicable) row("not_applicable", p, -1, "", "");
  for (int c : comparison.added) row("added", -1, c, "", "");
  return out;
}

}  // namespace vbtask

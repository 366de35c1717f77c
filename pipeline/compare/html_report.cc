// The comparison as one self-contained HTML page: no external file, font or
// script, so that it can be mailed or opened offline.
#include <algorithm>
#include <map>

#include "pipeline/base/escape.h"
#include "pipeline/base/utf8.h"
#include "pipeline/compare/report.h"

namespace vbtask {
namespace {

std::string ItemText(const Document& doc, int index) {
  const Item& item = doc.items[index];
  if (item.end <= item.begin || item.end > doc.text.size()) return "";
  return doc.text.substr(item.begin, item.end - item.begin);
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

// Lowercase, trailing punctuation off: what two words must share to be the
// same word in the difference.
std::string WordKey(const std::string& word) {
  std::u32string w = utf8::ToU32(word);
  while (!w.empty() && std::u32string_view(U",.;:!?)(\"“”").find(w.back()) != std::u32string::npos)
    w.pop_back();
  for (char32_t& c : w)
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  return utf8::FromU32(w);
}

// Word-level difference (longest common subsequence): the parent's words
// the child lacks are struck, the child's new words marked.
void WordDiff(const std::string& parent, const std::string& child, std::string* parent_html,
              std::string* child_html) {
  std::vector<std::string> a = SplitWords(parent), b = SplitWords(child);
  std::vector<std::string> ka, kb;
  for (const auto& w : a) ka.push_back(WordKey(w));
  for (const auto& w : b) kb.push_back(WordKey(w));
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;)
      lcs[i][j] = ka[i] == kb[j] ? lcs[i + 1][j + 1] + 1
                                 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  size_t i = 0, j = 0;
  auto add = [](std::string* out, const std::string& word, const char* tag) {
    if (!out->empty()) *out += ' ';
    if (tag) *out += std::string("<") + tag + ">" + EscapeMarkup(word) + "</" + tag + ">";
    else *out += EscapeMarkup(word);
  };
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && ka[i] == kb[j]) {
      add(parent_html, a[i++], nullptr);
      add(child_html, b[j++], nullptr);
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      add(child_html, b[j++], "ins");
    } else {
      add(parent_html, a[i++], "del");
    }
  }
}

const char* kStyle = R"(
body{font-family:sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}
th{background:#f0f0f0}td.id{white-space:nowrap;font-family:monospace}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
tr.dropped td{background:#fff0f0}tr.not_applicable td{background:#f4f4f4;color:#666}
tr.added td{background:#f0fff0}.chain{background:#f7f7ff;padding:.6em;border:1px solid #ccd}
.counts span{margin-right:1.2em}label{margin-right:1em}
)";

const char* kScript = R"(
function applyFilters(){
  var boxes=document.querySelectorAll('input[data-change]');
  var on={};boxes.forEach(function(b){on[b.dataset.change]=b.checked;});
  document.querySelectorAll('tr[data-changes]').forEach(function(row){
    var show=row.dataset.changes.split(' ').some(function(c){return on[c];});
    row.style.display=show?'':'none';
  });
}
document.querySelectorAll('input[data-change]').forEach(function(b){
  b.addEventListener('change',applyFilters);});
)";

std::string Describe(const Document& doc) {
  std::string out = doc.header.type.empty() ? "Văn bản" : doc.header.type;
  if (!doc.header.number.empty()) out += " số " + doc.header.number;
  if (!doc.header.date.empty()) out += ", " + doc.header.date;
  if (!doc.header.issuer.empty()) out += " — " + doc.header.issuer;
  return EscapeMarkup(out) + " <small>(" + EscapeMarkup(doc.source.path) + ")</small>";
}

}  // namespace

std::string ComparisonHtml(const Comparison& comparison, const Document& parent,
                           const Document& child) {
  std::map<std::string, int> change_counts;
  for (const ItemPair& pair : comparison.pairs)
    for (ChangeType c : pair.changes) ++change_counts[std::string(NameOf(c))];
  change_counts["dropped"] = static_cast<int>(comparison.dropped.size());
  change_counts["not_applicable"] = static_cast<int>(comparison.not_applicable.size());
  change_counts["added"] = static_cast<int>(comparison.added.size());

  std::string out = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                    "<title>vbtask compare</title><style>";
  out += kStyle;
  out += "</style></head><body>\n<h1>So sánh nhiệm vụ / Task comparison</h1>\n";
  out += "<div class=\"chain\" id=\"chain\"><div>Cấp trên (parent): " + Describe(parent) +
         "</div><div>&darr; " + std::string(NameOf(comparison.relation)) +
         (comparison.child_cites_parent ? " (the child cites the parent)"
                                        : " (the child does not cite the parent)") +
         "</div><div>Cấp dưới (child): " + Describe(child) + "</div></div>\n";
  out += "<p class=\"counts\"><span>pairs: <b id=\"count-pairs\">" +
         std::to_string(comparison.pairs.size()) + "</b></span>";
  for (const char* name : {"dropped", "not_applicable", "added"})
    out += std::string("<span>") + name + ": <b id=\"count-" + name + "\">" +
           std::to_string(change_counts[name]) + "</b></span>";
  out += "</p>\n<p>";
  for (const auto& [name, count] : change_counts)
    out += "<label><input type=\"checkbox\" checked data-change=\"" + name + "\"> " + name +
           " (" + std::to_string(count) + ")</label>";
  out += "</p>\n<table><thead><tr><th>parent</th><th>text</th><th>child</th><th>text</th>"
         "<th>score</th><th>change</th></tr></thead><tbody>\n";
  for (const ItemPair& pair : comparison.pairs) {
    std::string changes;
    for (ChangeType c : pair.changes) changes += (changes.empty() ? "" : " ") + std::string(NameOf(c));
    std::string parent_html, child_html;
    WordDiff(ItemText(parent, pair.parent), ItemText(child, pair.child), &parent_html,
             &child_html);
    char score[16];
    std::snprintf(score, sizeof score, "%.3f", pair.score);
    const std::string pid = EscapeMarkup(parent.items[pair.parent].id);
    const std::string cid = EscapeMarkup(child.items[pair.child].id);
    out += "<tr class=\"pair\" data-changes=\"" + changes + "\"><td class=\"id\" id=\"p-" + pid +
           "-" + cid + "\"><a href=\"#c-" + cid + "\">" + pid + "</a></td><td>" + parent_html +
           "</td><td class=\"id\" id=\"c-" + cid + "\"><a href=\"#p-" + pid + "-" + cid +
           "\">" + cid + "</a></td><td>" + child_html + "</td><td>" + score + "</td><td>" +
           changes + "</td></tr>\n";
  }
  auto unpaired = [&](const char* status, const Document& doc, int item, bool is_parent) {
    std::string id = EscapeMarkup(doc.items[item].id), text = EscapeMarkup(ItemText(doc, item));
    out += std::string("<tr class=\"") + status + "\" data-changes=\"" + status + "\">" +
           (is_parent ? "<td class=\"id\">" + id + "</td><td>" + text + "</td><td></td><td></td>"
                      : "<td></td><td></td><td class=\"id\">" + id + "</td><td>" + text + "</td>") +
           "<td></td><td>" + status + "</td></tr>\n";
  };
  for (int p : comparison.dropped) unpaired("dropped", parent, p, true);
  for (int p : comparison.not_applicable) unpaired("not_applicable", parent, p, true);
  for (int c : comparison.added) unpaired("added", child, c, false);
  out += "</tbody></table>\n<script>";
  out += kScript;
  out += "</script>\n</body></html>\n";
  return out;
}

}  // namespace vbtask

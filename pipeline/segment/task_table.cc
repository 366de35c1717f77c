// Task tables: the "Phụ lục" of a plan listing tasks in rows, with columns
// for the task, who leads, who co-operates, and by when.
#include <string>

#include "pipeline/base/utf8.h"
#include "pipeline/segment/segment_internal.h"

namespace vbtask::segment_internal {
namespace {

struct Span {
  size_t begin, end;  // bytes in the text
};

// The TAB-separated cells of a paragraph, trimmed.
std::vector<Span> Cells(std::string_view text, const Para& p) {
  std::vector<Span> cells;
  size_t start = p.begin;
  for (size_t i = p.begin; i <= p.end; ++i) {
    if (i < p.end && text[i] != '\t') continue;
    std::string_view cell = utf8::Trim(text.substr(start, i - start));
    size_t b = cell.empty() ? start : static_cast<size_t>(cell.data() - text.data());
    cells.push_back({b, b + cell.size()});
    start = i + 1;
  }
  return cells;
}

std::vector<std::string> ColumnRoles(std::string_view text, const Para& p,
                                     const LineClassifier& c) {
  std::vector<std::string> roles;
  for (const Span& cell : Cells(text, p)) {
    std::string sk = c.folder().Skeleton(text.substr(cell.begin, cell.end - cell.begin));
    roles.emplace_back(c.TableColumnRole(sk));
  }
  return roles;
}

bool HasRole(const std::vector<std::string>& roles, std::string_view role) {
  for (const std::string& r : roles) {
    if (r == role) return true;
  }
  return false;
}

// "1", "12" — the number cell of a task row.
bool IsRowNumber(std::string_view cell) {
  if (cell.empty() || cell.size() > 4) return false;
  for (char ch : cell) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

}  // namespace

size_t FindTaskTable(std::string_view text, const std::vector<Para>& paras,
                     size_t from, size_t to, const LineClassifier& c) {
  for (size_t i = from; i < to; ++i) {
    const Para& p = paras[i];
    if (text.substr(p.begin, p.end - p.begin).find('\t') == std::string_view::npos) continue;
    std::vector<std::string> roles = ColumnRoles(text, p, c);
    if (HasRole(roles, "number") && HasRole(roles, "task")) return i;
  }
  return to;
}

size_t BuildTableItems(std::string_view text, const std::vector<Para>& paras,
                       size_t header, size_t to, const LineClassifier& c,
                       int attachment, std::vector<Item>* items) {
  std::vector<std::string> roles = ColumnRoles(text, paras[header], c);
  size_t i = header + 1;
  for (; i < to; ++i) {
    const Para& p = paras[i];
    if (text.substr(p.begin, p.end - p.begin).find('\t') == std::string_view::npos) break;
    std::vector<Span> cells = Cells(text, p);
    std::string_view number = text.substr(cells[0].begin, cells[0].end - cells[0].begin);
    if (!IsRowNumber(number)) continue;  // a group row or a blank row
    Item item;
    item.label = std::string(number);
    item.path = {"PL" + std::to_string(attachment), std::string(number)};
    item.id = item.path[0] + "." + item.path[1];
    item.kind = ItemKind::kTask;
    item.begin = p.begin;
    item.end = p.end;
    item.page = p.page;
    item.attachment = attachment;
    for (size_t k = 0; k < cells.size() && k < roles.size(); ++k) {
      if (roles[k].empty() || roles[k] == "number") continue;
      item.cells.push_back({roles[k], cells[k].begin, cells[k].end});
    }
    items->push_back(std::move(item));
  }
  return i;
}

}  // namespace vbtask::segment_internal

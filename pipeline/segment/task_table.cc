// Task tables: the "Phụ lục" of a plan listing tasks in rows, with columns
// for the task, who leads, who co-operates, and by when.
#include <set>
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

// "I", "IV", "A": the number cell of a row that groups the tasks below it.
bool IsGroupNumber(std::string_view cell) {
  if (cell.empty() || cell.size() > 5) return false;
  if (cell.size() == 1 && cell[0] >= 'A' && cell[0] <= 'Z') return true;
  return RomanValue(cell) > 0;
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
                       int attachment, int parent, std::vector<Item>* items) {
  std::vector<std::string> roles = ColumnRoles(text, paras[header], c);
  struct Row {
    const Para* para;
    std::vector<Span> cells;
    std::string number;
    bool group;  // "I", "II", "A": a group of tasks, not a task
  };
  std::vector<Row> rows;
  size_t i = header + 1;
  for (; i < to; ++i) {
    const Para& p = paras[i];
    if (text.substr(p.begin, p.end - p.begin).find('\t') == std::string_view::npos) break;
    std::vector<Span> cells = Cells(text, p);
    std::string number(text.substr(cells[0].begin, cells[0].end - cells[0].begin));
    bool group = IsGroupNumber(number);
    if (!group && !IsRowNumber(number)) continue;  // a blank or note row
    rows.push_back({&p, std::move(cells), std::move(number), group});
  }
  // Task numbers that restart in every group need the group in their id.
  std::set<std::string> seen;
  bool restarts = false;
  for (const Row& r : rows) {
    if (!r.group) restarts |= !seen.insert(r.number).second;
  }
  const std::vector<std::string> prefix =
      parent >= 0 ? (*items)[parent].path
                  : std::vector<std::string>{"PL" + std::to_string(attachment)};
  int group_index = -1;
  for (const Row& r : rows) {
    Item item;
    item.label = r.number;
    item.path = prefix;
    item.parent = parent;
    if (!r.group && group_index >= 0) {
      item.parent = group_index;
      if (restarts) item.path.push_back((*items)[group_index].label);
    }
    item.path.push_back(r.number);
    for (const std::string& part : item.path) {
      item.id += (item.id.empty() ? "" : ".") + part;
    }
    item.kind = r.group ? ItemKind::kSection : ItemKind::kTask;
    item.begin = r.para->begin;
    item.end = r.para->end;
    item.page = r.para->page;
    item.attachment = attachment;
    for (size_t k = 0; k < r.cells.size() && k < roles.size(); ++k) {
      if (roles[k].empty() || roles[k] == "number") continue;
      item.cells.push_back({roles[k], r.cells[k].begin, r.cells[k].end});
    }
    if (r.group) group_index = static_cast<int>(items->size());
    items->push_back(std::move(item));
  }
  return i;
}

}  // namespace vbtask::segment_internal

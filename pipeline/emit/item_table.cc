#include "pipeline/emit/item_table.h"

namespace vbtask {
namespace {

std::string JoinAgencies(const std::vector<Agency>& agencies) {
  std::string joined;
  for (const Agency& a : agencies) {
    if (!joined.empty()) joined += "; ";
    joined += a.name.empty() ? a.text : a.name;
  }
  return joined;
}

std::string JoinDeadlines(const std::vector<TimeExpression>& times) {
  std::string joined;
  for (const TimeExpression& t : times) {
    if (t.kind != TimeKind::kDeadline) continue;
    if (!joined.empty()) joined += "; ";
    joined += t.value.empty() ? t.text : t.value;
  }
  return joined;
}

}  // namespace

const std::vector<std::string_view>& ItemTableColumns() {
  static const std::vector<std::string_view> columns = {
      "source", "number", "date", "issuer", "item", "text", "lead", "cooperate", "deadline"};
  return columns;
}

std::vector<TableRow> ItemTableRows(const Document& doc) {
  const Header& h = doc.header;
  if (doc.items.empty()) {
    return {{doc.source.path, h.number, h.date, h.issuer, "", "", "", "", ""}};
  }
  std::vector<TableRow> rows;
  for (const Item& item : doc.items) {
    rows.push_back({doc.source.path, h.number, h.date, h.issuer, item.id,
                    doc.text.substr(item.begin, item.end - item.begin),
                    JoinAgencies(item.facts.lead), JoinAgencies(item.facts.cooperate),
                    JoinDeadlines(item.facts.time)});
  }
  return rows;
}

}  // namespace vbtask

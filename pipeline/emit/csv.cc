#include "pipeline/emit/csv.h"

#include "pipeline/emit/item_table.h"

namespace vbtask {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

void AppendField(std::string_view field, std::string* out) {
  if (field.find_first_of("\",\r\n") == std::string_view::npos) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

std::string CsvRecord(const std::vector<std::string_view>& fields) {
  std::string record;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) record.push_back(',');
    AppendField(fields[i], &record);
  }
  record += "\r\n";
  return record;
}

std::string CsvPreamble() { return std::string(kByteOrderMark) + CsvRecord(ItemTableColumns()); }

std::string CsvRows(const Document& doc) {
  std::string rows;
  for (const TableRow& row : ItemTableRows(doc)) {
    rows += CsvRecord(std::vector<std::string_view>(row.begin(), row.end()));
  }
  return rows;
}

}  // namespace vbtask

#include "pipeline/emit/csv.h"

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

std::string CsvRecord(const std::vector<std::string_view>& fields) {
  std::string record;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) record.push_back(',');
    AppendField(fields[i], &record);
  }
  record += "\r\n";
  return record;
}

std::string CsvPreamble() {
  return std::string(kByteOrderMark) +
         CsvRecord({"source", "number", "date", "issuer", "item", "text", "lead",
                    "cooperate", "deadline"});
}

std::string CsvRows(const Document& doc) {
  const Header& h = doc.header;
  if (doc.items.empty()) {
    return CsvRecord({doc.source.path, h.number, h.date, h.issuer, "", "", "", "", ""});
  }
  std::string rows;
  for (const Item& item : doc.items) {
    std::string_view text = std::string_view(doc.text).substr(item.begin, item.end - item.begin);
    rows += CsvRecord({doc.source.path, h.number, h.date, h.issuer, item.id, text,
                       JoinAgencies(item.facts.lead), JoinAgencies(item.facts.cooperate),
                       JoinDeadlines(item.facts.time)});
  }
  return rows;
}

}  // namespace vbtask

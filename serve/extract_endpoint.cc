#include "serve/extract_endpoint.h"

#include "pipeline/emit/csv.h"
#include "pipeline/emit/emit.h"
#include "pipeline/emit/xlsx.h"

namespace vbtask::serve {

Result<ExtractQuery> ParseExtractQuery(const QueryParams& params, const DecodeRules& decode) {
  ExtractQuery query;
  for (auto it = params.begin(); it != params.end(); ++it) {
    const std::string& key = it->first;
    const std::string& value = it->second;
    if (params.count(key) > 1) {
      return Status::InvalidInput("query parameter \"" + key + "\" given more than once");
    }
    if (key == "path") {
      query.path = value;
    } else if (key == "format") {
      if (value == "json") {
        query.format = OutputFormat::kJson;
      } else if (value == "jsonl") {
        query.format = OutputFormat::kJsonLine;
      } else if (value == "csv") {
        query.format = OutputFormat::kCsv;
      } else if (value == "xlsx") {
        query.format = OutputFormat::kXlsx;
      } else {
        return Status::InvalidInput("format=\"" + value + "\": use json, jsonl, csv or xlsx");
      }
    } else if (key == "encoding") {
      if (!decode.IsKnown(value)) {
        std::string names;
        for (const std::string& n : decode.EncodingNames()) {
          names += (names.empty() ? "" : ", ") + n;
        }
        return Status::InvalidInput("unknown encoding \"" + value + "\"; valid names: " + names);
      }
      query.decode.encoding = value;
    } else if (key == "repair") {
      RepairMode mode;
      if (!ParseRepairMode(value, &mode)) {
        return Status::InvalidInput("repair=\"" + value + "\": use off, safe or full");
      }
      query.repair = mode;
    } else {
      return Status::InvalidInput("unknown query parameter \"" + key +
                                  "\"; known: path, format, encoding, repair");
    }
  }
  return query;
}

Result<Document> ExtractDocument(const SourceFile& source, const ExtractQuery& query,
                                 const PipelineRules& rules, unsigned ocr_workers) {
  ProcessOptions options;
  options.decode = query.decode;
  options.ocr_workers = ocr_workers;
  auto ingested = Ingest(source, rules, options);
  if (!ingested.ok()) return ingested.status();
  return FinishDocument(std::move(ingested.value()), rules,
                        query.repair.value_or(rules.repair_mode));
}

HttpAnswer DocumentAnswer(const Document& doc, OutputFormat format) {
  switch (format) {
    case OutputFormat::kCsv:
      return {200, "text/csv; charset=utf-8", CsvPreamble() + CsvRows(doc)};
    case OutputFormat::kXlsx: {
      auto workbook = XlsxWorkbook({&doc});
      if (!workbook.ok()) return FailureAnswer(Status::Internal(workbook.status().message()));
      return {200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              std::move(workbook.value())};
    }
    case OutputFormat::kJsonLine:
      return {200, "application/x-ndjson", EmitJson(doc, JsonLayout::kOneLine) + "\n"};
    case OutputFormat::kJson:
      break;
  }
  return {200, "application/json", EmitJson(doc, JsonLayout::kPretty)};
}

}  // namespace vbtask::serve

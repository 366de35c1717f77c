// POST /v2/extract: one document in, what `vbtask extract FILE` writes out.
// The query string takes the command line's options:
//   path=NAME         source.path (default: the uploaded file's name, or
//                     "-" for a raw body, as `vbtask extract -` says)
//   format=json|jsonl|csv|xlsx   pretty JSON (default), one JSON line, or
//                     the item table as CSV (emit/csv.h) or a workbook
//                     (emit/xlsx.h)
//   encoding=NAME     read the input in this encoding instead of detecting it
//   repair=off|safe|full    the OCR-repair mode (default: the server's)
#ifndef VBTASK_SERVE_EXTRACT_ENDPOINT_H_
#define VBTASK_SERVE_EXTRACT_ENDPOINT_H_

#include <map>
#include <optional>
#include <string>

#include "pipeline/base/status.h"
#include "pipeline/driver/pipeline.h"
#include "serve/http_answer.h"

namespace vbtask::serve {

using QueryParams = std::multimap<std::string, std::string>;

enum class OutputFormat { kJson, kJsonLine, kCsv, kXlsx };

struct ExtractQuery {
  std::string path;  // empty: the upload's own name
  OutputFormat format = OutputFormat::kJson;
  DecodeOptions decode;
  std::optional<RepairMode> repair;  // unset: the rules' mode
};

// A parameter that is unknown, repeated or out of its values (an encoding
// the rules do not list) is an InvalidInput naming it.
Result<ExtractQuery> ParseExtractQuery(const QueryParams& params, const DecodeRules& decode);

// The pipeline on one document as `vbtask extract FILE` runs it on one file
// (a batch of one: repair learns from the document alone). `ocr_workers`
// as in ProcessOptions.
Result<Document> ExtractDocument(const SourceFile& source, const ExtractQuery& query,
                                 const PipelineRules& rules, unsigned ocr_workers);

// 200 with the document in the query's format; the JSON is byte for byte
// what the command line writes for the same input. A workbook that cannot
// be written is a 500.
HttpAnswer DocumentAnswer(const Document& doc, OutputFormat format);

}  // namespace vbtask::serve

#endif  // VBTASK_SERVE_EXTRACT_ENDPOINT_H_

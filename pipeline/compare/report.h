// A Comparison (compare.h) written out: the JSON contract
// "vbtask-compare/1" (schema/vbtask-compare-1.schema.json), the pair table
// as CSV for a spreadsheet, and one self-contained HTML page for reading.
#ifndef VBTASK_COMPARE_REPORT_H_
#define VBTASK_COMPARE_REPORT_H_

#include <string>

#include "pipeline/compare/compare.h"
#include "pipeline/model/document.h"

namespace vbtask {

inline constexpr const char* kCompareSchemaVersion = "vbtask-compare/1";

// Pretty JSON (two-space indent), keys in a fixed order; item ids as in the
// vbtask output of each document.
std::string ComparisonJson(const Comparison& comparison, const Document& parent,
                           const Document& child);

// One row per pair, then one per dropped, not applicable and added item:
// status,parent_id,child_id,score,change,parent_text,child_text (RFC 4180
// quoting, UTF-8 with a byte order mark so that Excel reads the accents).
std::string ComparisonCsv(const Comparison& comparison, const Document& parent,
                          const Document& child);

// One page, no external file or script: the two documents side by side,
// pairs linked, word-level differences marked, dropped and added tasks
// marked, filters by change type, the citation between them on top.
std::string ComparisonHtml(const Comparison& comparison, const Document& parent,
                           const Document& child);

}  // namespace vbtask

#endif  // VBTASK_COMPARE_REPORT_H_

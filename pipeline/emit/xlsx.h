// The item table (item_table.h) as an Excel workbook (.xlsx, written by
// libxlsxwriter): one sheet "items", the header row bold and frozen, an
// autofilter over the columns, the text column wrapped. Every cell is a
// text cell, so ids like "1.2" or "-1" stay what they are. A field longer
// than a cell holds (32,767 characters) is cut there and ends in "…".
#ifndef VBTASK_EMIT_XLSX_H_
#define VBTASK_EMIT_XLSX_H_

#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace vbtask {

// The workbook's bytes. libxlsxwriter writes only to files: the workbook is
// made in a temporary file under `temp_dir` ("" = $TMPDIR or /tmp),
// read back and removed. More rows than a sheet holds, or a file system
// that refuses, is an error.
Result<std::string> XlsxWorkbook(const std::vector<const Document*>& docs,
                                 const std::string& temp_dir = "");

}  // namespace vbtask

#endif  // VBTASK_EMIT_XLSX_H_

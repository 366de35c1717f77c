// The item table (item_table.h) as CSV (RFC 4180) that Excel and
// LibreOffice open with Vietnamese intact. A file starts with the UTF-8
// byte order mark (Excel reads BOM-less CSV in the machine's code page)
// and the header row; records end in CRLF; a field holding a quote, comma,
// CR or LF is quoted, its quotes doubled.
#ifndef VBTASK_EMIT_CSV_H_
#define VBTASK_EMIT_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"

namespace vbtask {

// The byte order mark and the header row: what a CSV file starts with.
std::string CsvPreamble();

// The document's rows, without the preamble.
std::string CsvRows(const Document& doc);

// One record: the fields quoted as needed, joined by commas, ending in CRLF.
std::string CsvRecord(const std::vector<std::string_view>& fields);

}  // namespace vbtask

#endif  // VBTASK_EMIT_CSV_H_

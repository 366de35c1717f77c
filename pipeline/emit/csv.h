// The items of finished documents as a spreadsheet: CSV (RFC 4180) that
// Excel and LibreOffice open with Vietnamese intact.
//
// One row per item, one header row per file:
//   source    source.path
//   number    document.number
//   date      document.date (ISO)
//   issuer    document.issuer
//   item      the item's id ("II.1.-2"); empty on the one row of a
//             document without items, so that every document shows
//   text      the item's text
//   lead      its lead agencies, each by its canonical name (the printed
//             text where it has none), joined by "; "
//   cooperate the same for its co-operating agencies
//   deadline  its deadlines: the ISO value ("2024-12-31", "--12-10",
//             "2024-Q3"), or the printed words where there is none;
//             joined by "; "
// A file starts with the UTF-8 byte order mark (Excel reads BOM-less CSV
// in the machine's code page); records end in CRLF; a field holding a
// quote, comma, CR or LF is quoted, its quotes doubled.
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

// The items of finished documents as a table, what an analyst opens in a
// spreadsheet; csv.h and xlsx.h write it. One row per item:
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
#ifndef VBTASK_EMIT_ITEM_TABLE_H_
#define VBTASK_EMIT_ITEM_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"

namespace vbtask {

using TableRow = std::vector<std::string>;

// The column names above, in order.
const std::vector<std::string_view>& ItemTableColumns();

// The document's rows, each with one field per column.
std::vector<TableRow> ItemTableRows(const Document& doc);

}  // namespace vbtask

#endif  // VBTASK_EMIT_ITEM_TABLE_H_

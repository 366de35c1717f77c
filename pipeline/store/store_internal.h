// Pieces the store's engines share (internal): the rows a document
// becomes, whatever the engine, and the migrations of a schema file.
#ifndef VBTASK_STORE_STORE_INTERNAL_H_
#define VBTASK_STORE_STORE_INTERNAL_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/store/store.h"

namespace vbtask::store_internal {

// A column value; nullopt is NULL. Numbers are written as text: both
// engines convert a parameter to its column's type.
using Value = std::optional<std::string>;

struct Table {
  std::string name;
  std::vector<std::string> columns;  // of the children: after document_id
  std::vector<std::vector<Value>> rows;
};

// What one document becomes: its `documents` row (without id), the rows of
// each child table (without document_id, which the engine adds), and the
// texts the search index holds: each item's own text, and the rest of the
// document's (item_index -1: header, preamble, closing), as printed (each
// engine folds them its own way).
struct DocumentRows {
  Table document;
  std::vector<Table> children;
  struct SearchText {
    int item_index;
    std::string text;
  };
  std::vector<SearchText> search;
};

DocumentRows RowsOf(const Document& doc, const std::string& pipeline_version);

// "INSERT INTO t (c1, c2) VALUES (?1, ?2)"; with `document_id`, that column
// comes first. `placeholder` is "?" (SQLite) or "$" (PostgreSQL).
std::string InsertSql(const Table& table, bool document_id, char placeholder);

struct Migration {
  int version;
  std::string sql;
};
// A schema file cut at its "-- migration N" lines.
std::vector<Migration> Migrations(const char* schema_sql);

// Lowercase, without diacritics, "đ" as "d": what PostgreSQL's search
// column holds (its "simple" parser keeps diacritics).
std::string FoldAllForSearch(std::string_view text);

Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path);
Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url);

}  // namespace vbtask::store_internal

#endif  // VBTASK_STORE_STORE_INTERNAL_H_

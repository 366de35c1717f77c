// The corpus store: extracted documents loaded into an SQLite database that
// analysts query with SQL (schema/store.sql: documents, items, agencies,
// times, citations and their mentions, repairs, warnings, and a full-text
// index over document and item text).
//
// In: Documents (from the pipeline, or read back from vbtask/2 JSON).
// Out: rows. Opening a store creates it when absent and brings an older
// one up to the schema of this build by running the migrations of
// schema/store.sql that it lacks; a store newer than the build is refused.
// Put replaces every row of a document with the same input hash, so that
// loading is idempotent. Writes are grouped into transactions the caller
// opens and commits (one per chunk of a batch): a crash loses only the
// chunk in progress. A Store is used by one thread at a time.
#ifndef VBTASK_STORE_STORE_H_
#define VBTASK_STORE_STORE_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace vbtask {

// The schema version this build writes (the last migration of store.sql,
// and of store.postgres.sql, which follows it).
int StoreSchemaVersion();

// The matching form of text in the `search` index: "đ"/"Đ" as "d"/"D"
// (FTS5's remove_diacritics keeps đ, a letter of its own in Unicode); the
// tokenizer lowercases and removes the other diacritics. Queries are
// folded the same way.
std::string FoldForSearch(std::string_view text);

// Whether `db` names a PostgreSQL store ("postgresql://…", "postgres://…")
// rather than an SQLite file.
bool IsPostgresUrl(const std::string& db);

// Rows of a query: column names, then each row's values as text (NULL as "").
struct QueryRows {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

class Store {
 public:
  // A file path: SQLite, created when absent. A "postgresql://" or
  // "postgres://" URL: a PostgreSQL database (schema/store.postgres.sql,
  // the same tables), for a team sharing one store. Errors name the path
  // (a URL's password is not repeated).
  static Result<std::unique_ptr<Store>> Open(const std::string& path_or_url);
  virtual ~Store() = default;

  virtual int schema_version() const = 0;

  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  // Outside Begin/Commit, Put runs in a transaction of its own; a document
  // that fails leaves no rows behind.
  virtual Status Put(const Document& doc, const std::string& pipeline_version) = 0;

  // Any SQL; the statements before the last are run, the last one's rows
  // returned.
  virtual Result<QueryRows> Query(const std::string& sql) = 0;
  // Full-text search over document and item text: `words` as the engine's
  // search syntax takes them (FTS5; websearch_to_tsquery for PostgreSQL),
  // diacritics optional; at most `limit` rows, best first, each the
  // document's path, the item id (empty for the document's text) and a
  // snippet.
  virtual Result<QueryRows> Search(const std::string& words, int limit) = 0;
};

// A store fed from many threads: documents are written as they come, under
// a lock, and committed every `chunk` documents.
class StoreLoader {
 public:
  StoreLoader(Store* store, std::string pipeline_version, size_t chunk = 64);
  // Writes `doc`; the first error is kept, returned by Finish, and stops
  // further writes.
  void Add(const Document& doc);
  // Commits what remains.
  Status Finish();
  size_t loaded() const { return loaded_; }

 private:
  Store* store_;
  std::string pipeline_version_;
  size_t chunk_;
  size_t pending_ = 0, loaded_ = 0;
  Status error_;
  std::mutex mu_;
};

}  // namespace vbtask

#endif  // VBTASK_STORE_STORE_H_

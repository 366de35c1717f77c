// The store in SQLite (schema/store.sql): one file, WAL mode, FTS5 search.
#include <sqlite3.h>

#include <map>

#include "pipeline/store/store_internal.h"
#include "pipeline/store/store_schema.h"

namespace vbtask::store_internal {
namespace {

// Search rows of one document: rowid = document id * kRowsPerDocument +
// item index + 1 (0 for the document's text), so that they are one range.
constexpr sqlite3_int64 kRowsPerDocument = 1 << 20;

using StatementPtr = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

class SqliteStore : public Store {
 public:
  SqliteStore(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}
  ~SqliteStore() override {
    if (in_transaction_) Exec("ROLLBACK", "rollback");
    statements_.clear();
    sqlite3_close(db_);
  }

  Status Migrate();
  int schema_version() const override { return schema_version_; }
  Status Begin() override;
  Status Commit() override;
  Status Put(const Document& doc, const std::string& pipeline_version) override;
  Result<QueryRows> Query(const std::string& sql) override;
  Result<QueryRows> Search(const std::string& words, int limit) override;

 private:
  Status Error(const std::string& what) const {
    return Status::IoError(path_ + ": " + what + ": " + sqlite3_errmsg(db_));
  }
  Status Exec(const std::string& sql, const std::string& what) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string m = message ? message : "unknown error";
      sqlite3_free(message);
      return Status::IoError(path_ + ": " + what + ": " + m);
    }
    return Status::Ok();
  }
  // A prepared statement, kept for the store's life and reset for each use.
  sqlite3_stmt* Prepare(const std::string& sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) {
      sqlite3_reset(it->second.get());
      sqlite3_clear_bindings(it->second.get());
      return it->second.get();
    }
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) return nullptr;
    statements_.emplace(sql, StatementPtr(raw, sqlite3_finalize));
    return raw;
  }
  static void Bind(sqlite3_stmt* stmt, int i, const Value& v) {
    if (!v) {
      sqlite3_bind_null(stmt, i);
    } else {
      sqlite3_bind_text(stmt, i, v->data(), static_cast<int>(v->size()), SQLITE_TRANSIENT);
    }
  }
  static bool Done(sqlite3_stmt* stmt) {
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    return rc == SQLITE_DONE;
  }
  Result<int> Version();
  Status Remove(const std::string& sha256);
  Status Insert(const Document& doc, const std::string& pipeline_version);
  static QueryRows Rows(sqlite3_stmt* stmt, int* rc);

  std::string path_;
  sqlite3* db_;
  std::map<std::string, StatementPtr> statements_;
  int schema_version_ = 0;
  bool in_transaction_ = false;
};

Result<int> SqliteStore::Version() {
  sqlite3_stmt* exists =
      Prepare("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'");
  if (!exists || sqlite3_step(exists) != SQLITE_ROW) {
    return Error("cannot read the schema version");
  }
  if (sqlite3_column_int(exists, 0) == 0) return 0;
  sqlite3_stmt* version = Prepare("SELECT max(version) FROM schema_version");
  if (!version || sqlite3_step(version) != SQLITE_ROW) {
    return Error("cannot read the schema version");
  }
  return sqlite3_column_int(version, 0);
}

Status SqliteStore::Migrate() {
  auto current = Version();
  if (!current.ok()) return current.status();
  const int latest = StoreSchemaVersion();
  if (*current > latest) {
    return Status::InvalidInput(path_ + ": the store has schema version " +
                                std::to_string(*current) + ", newer than this vbtask (" +
                                std::to_string(latest) + ")");
  }
  if (*current < latest) {
    if (Status s = Exec("BEGIN IMMEDIATE", "cannot begin"); !s.ok()) return s;
    for (const Migration& m : Migrations(kStoreSchemaSql)) {
      if (m.version <= *current) continue;
      if (Status s = Exec(m.sql, "migration " + std::to_string(m.version)); !s.ok()) {
        Exec("ROLLBACK", "rollback");
        return s;
      }
    }
    Status s = Exec("DELETE FROM schema_version; INSERT INTO schema_version VALUES (" +
                        std::to_string(latest) + "); COMMIT",
                    "cannot record the schema version");
    if (!s.ok()) return s;
  }
  schema_version_ = latest;
  return Status::Ok();
}

Status SqliteStore::Remove(const std::string& sha256) {
  sqlite3_stmt* find = Prepare("SELECT id FROM documents WHERE sha256 = ?1");
  if (!find) return Error("cannot replace " + sha256);
  Bind(find, 1, sha256);
  if (sqlite3_step(find) != SQLITE_ROW) return Status::Ok();
  const sqlite3_int64 id = sqlite3_column_int64(find, 0);
  sqlite3_stmt* search = Prepare("DELETE FROM search WHERE rowid >= ?1 AND rowid < ?2");
  sqlite3_bind_int64(search, 1, id * kRowsPerDocument);
  sqlite3_bind_int64(search, 2, (id + 1) * kRowsPerDocument);
  if (!Done(search)) return Error("cannot replace " + sha256);
  sqlite3_stmt* doc = Prepare("DELETE FROM documents WHERE id = ?1");
  sqlite3_bind_int64(doc, 1, id);
  if (!Done(doc)) return Error("cannot replace " + sha256);
  return Status::Ok();
}

Status SqliteStore::Insert(const Document& d, const std::string& pipeline_version) {
  if (Status s = Remove(d.source.sha256); !s.ok()) return s;
  const DocumentRows rows = RowsOf(d, pipeline_version);
  const Status failed = Error("cannot store " + d.source.path);
  sqlite3_stmt* doc = Prepare(InsertSql(rows.document, false, '?'));
  if (!doc) return failed;
  for (size_t c = 0; c < rows.document.rows[0].size(); ++c) {
    Bind(doc, static_cast<int>(c) + 1, rows.document.rows[0][c]);
  }
  if (!Done(doc)) return Error("cannot store " + d.source.path);
  const sqlite3_int64 id = sqlite3_last_insert_rowid(db_);
  for (const Table& table : rows.children) {
    if (table.rows.empty()) continue;
    sqlite3_stmt* stmt = Prepare(InsertSql(table, true, '?'));
    if (!stmt) return Error("cannot store " + d.source.path);
    for (const auto& row : table.rows) {
      sqlite3_reset(stmt);
      sqlite3_bind_int64(stmt, 1, id);
      for (size_t c = 0; c < row.size(); ++c) Bind(stmt, static_cast<int>(c) + 2, row[c]);
      if (!Done(stmt)) return Error("cannot store " + d.source.path);
    }
  }
  sqlite3_stmt* search = Prepare(
      "INSERT INTO search (rowid, body, document_id, item_index) VALUES (?1, ?2, ?3, ?4)");
  if (!search) return Error("cannot store " + d.source.path);
  for (const DocumentRows::SearchText& s : rows.search) {
    sqlite3_reset(search);
    sqlite3_bind_int64(search, 1, id * kRowsPerDocument + s.item_index + 1);
    Bind(search, 2, FoldForSearch(s.text));
    sqlite3_bind_int64(search, 3, id);
    if (s.item_index < 0) {
      sqlite3_bind_null(search, 4);
    } else {
      sqlite3_bind_int64(search, 4, s.item_index);
    }
    if (!Done(search)) return Error("cannot store " + d.source.path);
  }
  return Status::Ok();
}

Status SqliteStore::Begin() {
  if (in_transaction_) return Status::Ok();
  Status s = Exec("BEGIN IMMEDIATE", "cannot begin a transaction");
  in_transaction_ = s.ok();
  return s;
}

Status SqliteStore::Commit() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  return Exec("COMMIT", "cannot commit");
}

Status SqliteStore::Put(const Document& doc, const std::string& pipeline_version) {
  if (doc.source.sha256.empty()) {
    return Status::InvalidInput(doc.source.path + ": no sha256 to key the document by");
  }
  const bool own_transaction = !in_transaction_;
  if (own_transaction) {
    if (Status s = Begin(); !s.ok()) return s;
  }
  // A savepoint, so that a document that fails leaves no rows behind.
  if (Status s = Exec("SAVEPOINT put", "cannot begin"); !s.ok()) return s;
  Status s = Insert(doc, pipeline_version);
  Exec(s.ok() ? "RELEASE put" : "ROLLBACK TO put; RELEASE put", "savepoint");
  if (!own_transaction) return s;
  if (!s.ok()) {
    in_transaction_ = false;
    Exec("ROLLBACK", "rollback");
    return s;
  }
  return Commit();
}

QueryRows SqliteStore::Rows(sqlite3_stmt* stmt, int* rc) {
  QueryRows out;
  const int columns = sqlite3_column_count(stmt);
  for (int c = 0; c < columns; ++c) out.columns.emplace_back(sqlite3_column_name(stmt, c));
  while ((*rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int c = 0; c < columns; ++c) {
      const unsigned char* v = sqlite3_column_text(stmt, c);
      row.emplace_back(v ? reinterpret_cast<const char*>(v) : "");
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

Result<QueryRows> SqliteStore::Query(const std::string& sql) {
  QueryRows out;
  const char* rest = sql.c_str();
  while (*rest) {
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db_, rest, -1, &raw, &tail) != SQLITE_OK) return Error("query");
    rest = tail;
    if (!raw) continue;  // whitespace or a comment
    StatementPtr stmt(raw, sqlite3_finalize);
    int rc;
    out = Rows(raw, &rc);
    if (rc != SQLITE_DONE) return Error("query");
  }
  return out;
}

Result<QueryRows> SqliteStore::Search(const std::string& words, int limit) {
  sqlite3_stmt* stmt = Prepare(
      "SELECT d.path, coalesce(i.item_id, '') AS item, "
      "snippet(search, 0, '[', ']', '…', 12) AS snippet "
      "FROM search JOIN documents d ON d.id = search.document_id "
      "LEFT JOIN items i ON i.document_id = search.document_id "
      "AND i.item_index = search.item_index "
      "WHERE search MATCH ?1 ORDER BY rank LIMIT ?2");
  if (!stmt) return Error("search");
  Bind(stmt, 1, FoldForSearch(words));
  sqlite3_bind_int(stmt, 2, limit);
  int rc;
  QueryRows out = Rows(stmt, &rc);
  if (rc != SQLITE_DONE) return Error("search \"" + words + "\"");
  return out;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                           nullptr);
  auto store = std::make_unique<SqliteStore>(path, db);
  if (rc != SQLITE_OK) {
    return Status::IoError(path + ": cannot open the store: " + sqlite3_errmsg(db));
  }
  sqlite3_busy_timeout(db, 10000);
  // WAL: readers (an analyst's shell) do not block a loading batch.
  if (sqlite3_exec(db,
                   "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
                   "PRAGMA synchronous = NORMAL",
                   nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Status::IoError(path + ": cannot set up the store: " + sqlite3_errmsg(db));
  }
  if (Status s = store->Migrate(); !s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace vbtask::store_internal

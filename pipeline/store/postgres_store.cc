// The store in PostgreSQL (schema/store.postgres.sql), through libpqxx: the
// same tables as SQLite, for a team sharing one store. libpqxx reports
// errors by exceptions; none leaves this file.
#include <pqxx/pqxx>

#include "pipeline/store/store_internal.h"
#include "pipeline/store/store_schema.h"

namespace vbtask::store_internal {
namespace {

// Any number, the same for every vbtask: holds off a second loader while
// the first runs the migrations.
constexpr long long kMigrationLock = 0x76627461736b;  // "vbtask"

// The URL as shown in messages: without its password.
std::string Shown(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

// The values as libpqxx passes them: a null pointer is NULL.
std::vector<const char*> Params(const std::vector<Value>& row) {
  std::vector<const char*> out;
  for (const Value& v : row) out.push_back(v ? v->c_str() : nullptr);
  return out;
}

QueryRows Rows(const pqxx::result& r) {
  QueryRows out;
  for (pqxx::row::size_type c = 0; c < r.columns(); ++c) out.columns.emplace_back(r.column_name(c));
  for (const pqxx::row& row : r) {
    std::vector<std::string> values;
    for (const pqxx::field& f : row) values.emplace_back(f.is_null() ? "" : f.c_str());
    out.rows.push_back(std::move(values));
  }
  return out;
}

class PostgresStore : public Store {
 public:
  explicit PostgresStore(std::string url) : shown_(Shown(url)), url_(std::move(url)) {}

  Status Connect();
  int schema_version() const override { return schema_version_; }
  Status Begin() override;
  Status Commit() override;
  Status Put(const Document& doc, const std::string& pipeline_version) override;
  Result<QueryRows> Query(const std::string& sql) override;
  Result<QueryRows> Search(const std::string& words, int limit) override;

 private:
  Status Error(const std::string& what, const std::exception& e) const {
    return Status::IoError(shown_ + ": " + what + ": " + e.what());
  }
  Status Migrate();
  void Insert(pqxx::transaction_base& tx, const Document& doc,
              const std::string& pipeline_version);

  std::string shown_, url_;
  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::work> tx_;  // the open transaction of Begin
  int schema_version_ = 0;
};

Status PostgresStore::Connect() {
  try {
    connection_ = std::make_unique<pqxx::connection>(url_);
  } catch (const std::exception& e) {
    return Error("cannot connect", e);
  }
  return Migrate();
}

Status PostgresStore::Migrate() {
  try {
    pqxx::work tx(*connection_);
    tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLock) + ")");
    int current = 0;
    if (!tx.exec1("SELECT to_regclass('schema_version') IS NULL")[0].as<bool>()) {
      pqxx::result r = tx.exec("SELECT max(version) FROM schema_version");
      current = r[0][0].is_null() ? 0 : r[0][0].as<int>();
    }
    const int latest = StoreSchemaVersion();
    if (current > latest) {
      return Status::InvalidInput(shown_ + ": the store has schema version " +
                                  std::to_string(current) + ", newer than this vbtask (" +
                                  std::to_string(latest) + ")");
    }
    for (const Migration& m : Migrations(kStorePostgresSchemaSql)) {
      if (m.version > current) tx.exec(m.sql);
    }
    if (current < latest) {
      tx.exec("DELETE FROM schema_version");
      tx.exec("INSERT INTO schema_version VALUES (" + std::to_string(latest) + ")");
    }
    tx.commit();
    schema_version_ = latest;
  } catch (const std::exception& e) {
    return Error("cannot bring the schema up to date", e);
  }
  return Status::Ok();
}

void PostgresStore::Insert(pqxx::transaction_base& tx, const Document& d,
                           const std::string& pipeline_version) {
  tx.exec_params("DELETE FROM documents WHERE sha256 = $1", d.source.sha256);
  const DocumentRows rows = RowsOf(d, pipeline_version);
  const std::vector<const char*> doc = Params(rows.document.rows[0]);
  const std::string id =
      tx.exec_params1(InsertSql(rows.document, false, '$') + " RETURNING id",
                      pqxx::prepare::make_dynamic_params(doc))[0]
          .c_str();
  for (const Table& table : rows.children) {
    const std::string sql = InsertSql(table, true, '$');
    for (const auto& row : table.rows) {
      std::vector<const char*> params = Params(row);
      params.insert(params.begin(), id.c_str());
      tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
    }
  }
  for (const DocumentRows::SearchText& s : rows.search) {
    const std::string item = std::to_string(s.item_index);
    const std::string body = FoldAllForSearch(s.text);
    std::vector<const char*> params = {id.c_str(), s.item_index < 0 ? nullptr : item.c_str(),
                                       body.c_str()};
    tx.exec_params("INSERT INTO search (document_id, item_index, body) VALUES ($1, $2, $3)",
                   pqxx::prepare::make_dynamic_params(params));
  }
}

Status PostgresStore::Begin() {
  if (tx_) return Status::Ok();
  try {
    tx_ = std::make_unique<pqxx::work>(*connection_);
  } catch (const std::exception& e) {
    return Error("cannot begin a transaction", e);
  }
  return Status::Ok();
}

Status PostgresStore::Commit() {
  if (!tx_) return Status::Ok();
  std::unique_ptr<pqxx::work> tx = std::move(tx_);
  try {
    tx->commit();
  } catch (const std::exception& e) {
    return Error("cannot commit", e);
  }
  return Status::Ok();
}

Status PostgresStore::Put(const Document& doc, const std::string& pipeline_version) {
  if (doc.source.sha256.empty()) {
    return Status::InvalidInput(doc.source.path + ": no sha256 to key the document by");
  }
  const bool own_transaction = !tx_;
  if (own_transaction) {
    if (Status s = Begin(); !s.ok()) return s;
  }
  try {
    // A savepoint, so that a document that fails leaves no rows behind and
    // the chunk goes on.
    pqxx::subtransaction put(*tx_, "put");
    Insert(put, doc, pipeline_version);
    put.commit();
  } catch (const std::exception& e) {
    if (own_transaction) tx_.reset();  // aborts it
    return Error("cannot store " + doc.source.path, e);
  }
  return own_transaction ? Commit() : Status::Ok();
}

Result<QueryRows> PostgresStore::Query(const std::string& sql) {
  try {
    // Statements run in a transaction of their own, committed: an analyst's
    // UPDATE through `vbtask query` takes effect as in the SQLite shell.
    pqxx::work tx(*connection_);
    pqxx::result r = tx.exec(sql);
    tx.commit();
    return Rows(r);
  } catch (const std::exception& e) {
    return Error("query", e);
  }
}

Result<QueryRows> PostgresStore::Search(const std::string& words, int limit) {
  try {
    pqxx::read_transaction tx(*connection_);
    pqxx::result r = tx.exec_params(
        "SELECT d.path, coalesce(i.item_id, '') AS item, "
        "ts_headline('simple', s.body, q, 'StartSel=[, StopSel=], MaxWords=12, "
        "MinWords=4') AS snippet "
        "FROM search s CROSS JOIN websearch_to_tsquery('simple', $1) q "
        "JOIN documents d ON d.id = s.document_id "
        "LEFT JOIN items i ON i.document_id = s.document_id AND i.item_index = s.item_index "
        "WHERE s.tsv @@ q ORDER BY ts_rank(s.tsv, q) DESC, s.document_id, s.item_index "
        "LIMIT $2",
        FoldAllForSearch(words), limit);
    return Rows(r);
  } catch (const std::exception& e) {
    return Error("search \"" + words + "\"", e);
  }
}

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url) {
  auto store = std::make_unique<PostgresStore>(url);
  if (Status s = store->Connect(); !s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace vbtask::store_internal

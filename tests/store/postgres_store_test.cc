// The store in PostgreSQL: a throwaway server on 127.0.0.1 is started by
// scripts/pg_cluster.sh for this test and stopped after it. The rows of a
// document are those SQLite holds, loading is idempotent, search folds
// diacritics, and `vbtask extract --db postgresql://…` loads a batch.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "pipeline/store/store.h"
#include "pipeline/store/store_internal.h"
#include "pipeline/store/store_schema.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

// Starts the server on construction, stops it and removes its files on
// destruction.
class ThrowawayServer {
 public:
  ThrowawayServer() {
    dir_ = (fs::temp_directory_path() / ("vbtask_pg_" + std::to_string(::getpid()))).string();
    // A port another program holds makes the start fail: the next is tried.
    for (int attempt = 0; attempt < 3 && url_.empty(); ++attempt) {
      const int port = 20000 + (::getpid() + 7919 * attempt) % 20000;
      const std::string url_file = dir_ + ".url";
      const std::string script = "bash " + testing::SourcePath("scripts/pg_cluster.sh");
      std::system((script + " stop " + dir_).c_str());
      const std::string cmd =
          script + " start " + dir_ + " " + std::to_string(port) + " > " + url_file;
      int status = std::system(cmd.c_str());
      auto url = ReadWholeFile(url_file);
      fs::remove(url_file);
      if (WEXITSTATUS(status) == 0 && url.ok()) url_ = url->substr(0, url->find('\n'));
    }
  }
  ~ThrowawayServer() {
    std::system(("bash " + testing::SourcePath("scripts/pg_cluster.sh") + " stop " + dir_)
                    .c_str());
  }
  const std::string& url() const { return url_; }  // empty when it did not start

 private:
  std::string dir_, url_;
};

std::string Scalar(Store& store, const std::string& sql) {
  auto rows = store.Query(sql);
  EXPECT_TRUE(rows.ok()) << sql << ": " << rows.status().message();
  if (!rows.ok() || rows->rows.empty() || rows->rows[0].empty()) return "";
  return rows->rows[0][0];
}

// What a store holds, table by table, to compare engines.
std::string Counts(Store& store) {
  std::string out;
  for (const char* table : {"documents", "items", "agencies", "times", "citations",
                            "citation_mentions", "repairs", "warnings", "search"}) {
    out += std::string(table) + "=" + Scalar(store, std::string("SELECT count(*) FROM ") + table) + " ";
  }
  out += "leads=" + Scalar(store,
                           "SELECT count(*) FROM agencies WHERE role = 'lead' AND "
                           "name LIKE 'Sở%'");
  out += " deadline=" + Scalar(store,
                               "SELECT min(value) FROM times WHERE kind = 'deadline'");
  return out;
}

TEST(PostgresStore, SchemaFollowsTheSqliteOne) {
  auto migrations = store_internal::Migrations(kStorePostgresSchemaSql);
  ASSERT_FALSE(migrations.empty());
  EXPECT_EQ(migrations.back().version, StoreSchemaVersion());
  EXPECT_EQ(store_internal::FoldAllForSearch("Đảng ỦY Đề nghị"), "dang uy de nghi");
}

TEST(PostgresStore, HoldsWhatSqliteHoldsOnAThrowawayServer) {
  ThrowawayServer server;
  ASSERT_FALSE(server.url().empty()) << "the test server did not start (scripts/pg_cluster.sh)";
  std::vector<Document> docs;
  for (const char* path : {"corpus/directives/01_ct_tinhuy_chuyendoiso.txt",
                           "corpus/directives/22_kh_soyte_tiemchung.txt",
                           "tests/classify/data/other/02_hoidap_luat_datdai.txt"}) {
    auto doc = ProcessFile(testing::SourcePath(path), testing::Rules());
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    docs.push_back(std::move(doc.value()));
  }
  auto pg = Store::Open(server.url());
  ASSERT_TRUE(pg.ok()) << pg.status().message();
  EXPECT_EQ((*pg)->schema_version(), StoreSchemaVersion());
  const fs::path sqlite_path =
      fs::temp_directory_path() / ("vbtask_pg_compare_" + std::to_string(::getpid()) + ".db");
  fs::remove(sqlite_path);
  auto sqlite = Store::Open(sqlite_path.string());
  ASSERT_TRUE(sqlite.ok());
  for (auto* store : {pg->get(), sqlite->get()}) {
    StoreLoader loader(store, "test", 2);
    for (const Document& d : docs) loader.Add(d);
    ASSERT_TRUE(loader.Finish().ok());
  }
  const std::string once = Counts(**pg);
  EXPECT_EQ(once, Counts(**sqlite));
  // Loading again replaces, in a transaction of its own or in a chunk.
  ASSERT_TRUE((*pg)->Put(docs[0], "again").ok());
  {
    StoreLoader loader(pg->get(), "again", 64);
    for (const Document& d : docs) loader.Add(d);
    ASSERT_TRUE(loader.Finish().ok());
  }
  EXPECT_EQ(Counts(**pg), once);
  EXPECT_EQ(Scalar(**pg, "SELECT string_agg(DISTINCT pipeline_version, ',') FROM documents"),
            "again");
  EXPECT_EQ(Scalar(**pg, "SELECT class FROM documents WHERE path LIKE '%hoidap%'"), "other");
  // An item's text is the document's text at its span, in code points.
  EXPECT_EQ(Scalar(**pg, "SELECT count(*) FROM items i JOIN documents d ON d.id = "
                         "i.document_id WHERE substr(d.text, i.start + 1, i.\"end\" - "
                         "i.start) <> i.text"),
            "0");
  for (const char* words : {"\"chuyển đổi số\"", "\"chuyen doi so\""}) {
    auto found = (*pg)->Search(words, 50);
    ASSERT_TRUE(found.ok()) << found.status().message();
    EXPECT_GT(found->rows.size(), 1u) << words;
    EXPECT_NE(found->rows[0][0].find("01_ct_tinhuy"), std::string::npos) << words;
  }
  auto bad = (*pg)->Query("SELECT nope FROM documents");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("nope"), std::string::npos);
  // A store newer than this build is refused.
  ASSERT_TRUE((*pg)->Query("UPDATE schema_version SET version = 99").ok());
  auto newer = Store::Open(server.url());
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("schema version 99"), std::string::npos);
  ASSERT_TRUE((*pg)->Query("UPDATE schema_version SET version = 1").ok());

  // The command line, as README gives it.
  const fs::path err = fs::temp_directory_path() /
                       ("vbtask_pg_err_" + std::to_string(::getpid()));
  const std::string cmd = std::string(VBTASK_BINARY) + " extract " +
                          testing::SourcePath("corpus/directives/0[5-6]_*.txt") +
                          " --db " + server.url() + " 2>" + err.string();
  int status = std::system(cmd.c_str());
  auto message = ReadWholeFile(err.string());
  EXPECT_EQ(WEXITSTATUS(status), 0) << (message.ok() ? *message : "");
  EXPECT_EQ(Scalar(**pg, "SELECT count(*) FROM documents"), "5");
  const fs::path out = fs::temp_directory_path() /
                       ("vbtask_pg_out_" + std::to_string(::getpid()));
  status = std::system((std::string(VBTASK_BINARY) + " query --db " + server.url() +
                        " --search '\"chuyen doi so\"' --limit 1 >" + out.string() +
                        " 2>" + err.string())
                           .c_str());
  auto printed = ReadWholeFile(out.string());
  message = ReadWholeFile(err.string());
  EXPECT_EQ(WEXITSTATUS(status), 0) << (message.ok() ? *message : "");
  ASSERT_TRUE(printed.ok());
  EXPECT_EQ(printed->substr(0, printed->find('\n')), "path\titem\tsnippet");
  EXPECT_NE(printed->find("01_ct_tinhuy_chuyendoiso.txt"), std::string::npos) << *printed;
  fs::remove(out);
  fs::remove(err);
  fs::remove(sqlite_path);
  for (const char* suffix : {"-wal", "-shm"}) fs::remove(sqlite_path.string() + suffix);
}

}  // namespace
}  // namespace vbtask

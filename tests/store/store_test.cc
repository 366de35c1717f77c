// The corpus store: schema and migrations, what a document becomes in its
// tables, idempotent loading, full-text search with đ folded, and the
// vbtask index / query / extract --db commands end to end.
#include "pipeline/store/store.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>

#include "pipeline/store/store_schema.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vbtask_store_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string DbPath() const { return (dir_ / "corpus.db").string(); }

  std::unique_ptr<Store> OpenStore() {
    auto store = Store::Open(DbPath());
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store.value()) : nullptr;
  }

  // The single value of a query, as text.
  static std::string Scalar(Store& store, const std::string& sql) {
    auto rows = store.Query(sql);
    EXPECT_TRUE(rows.ok()) << sql << ": " << rows.status().message();
    if (!rows.ok() || rows->rows.empty() || rows->rows[0].empty()) return "";
    return rows->rows[0][0];
  }

  static Document Directive(const std::string& name) {
    auto doc = ProcessFile(testing::SourcePath("corpus/directives/" + name), testing::Rules());
    EXPECT_TRUE(doc.ok()) << doc.status().message();
    return doc.ok() ? std::move(doc.value()) : Document();
  }

  fs::path dir_;
};

TEST(StoreSchema, CompiledInSchemaIsTheFileInTheRepository) {
  auto file = ReadWholeFile(testing::SourcePath("schema/store.sql"));
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(*file, kStoreSchemaSql) << "re-run cmake: the build holds an old store.sql";
  EXPECT_EQ(StoreSchemaVersion(), 1);
}

TEST(StoreSchema, FoldsDToDForSearch) {
  const std::pair<const char*, const char*> cases[] = {
      {"Đảng ủy đề nghị", "Dảng ủy dề nghị"},
      {"đường", "dường"},
      {"no change", "no change"},
      {"", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(FoldForSearch(in), want) << in;
}

TEST_F(StoreTest, OpeningCreatesTheSchemaAndReopeningKeepsIt) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schema_version(), StoreSchemaVersion());
    EXPECT_EQ(Scalar(*store, "SELECT version FROM schema_version"), "1");
    EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM documents"), "0");
  }
  auto again = OpenStore();
  ASSERT_TRUE(again);
  EXPECT_EQ(Scalar(*again, "SELECT count(*) FROM schema_version"), "1");
}

TEST_F(StoreTest, AStoreNewerThanTheBuildIsRefused) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->Query("UPDATE schema_version SET version = 99").ok());
  }
  auto store = Store::Open(DbPath());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("schema version 99, newer than this vbtask"),
            std::string::npos)
      << store.status().message();
}

TEST_F(StoreTest, AnUnopenablePathIsAnErrorNamingIt) {
  auto store = Store::Open((dir_ / "no/such/dir/x.db").string());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("no/such/dir/x.db"), std::string::npos);
}

TEST_F(StoreTest, ADocumentBecomesItsRows) {
  Document doc = Directive("02_kh_ubnd_tinh_phongchongthientai.txt");
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Put(doc, "test").ok());
  EXPECT_EQ(Scalar(*store, "SELECT number || '|' || class || '|' || year || '|' || "
                           "pipeline_version FROM documents"),
            doc.header.number + "|directive|" + doc.header.date.substr(0, 4) + "|test");
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM items"), std::to_string(doc.items.size()));
  size_t leads = 0, times = 0, mentions = 0;
  for (const Item& it : doc.items) {
    leads += it.facts.lead.size();
    times += it.facts.time.size();
  }
  for (const Citation& c : doc.citations) mentions += c.mentions.size();
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM agencies WHERE role = 'lead'"),
            std::to_string(leads));
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM times"), std::to_string(times));
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM citations"),
            std::to_string(doc.citations.size()));
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM citation_mentions"), std::to_string(mentions));
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM warnings"), std::to_string(doc.warnings.size()));
  // An item's text is the document's text at its span, in code points.
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM items i JOIN documents d ON d.id = "
                           "i.document_id WHERE substr(d.text, i.start + 1, i.end - i.start) "
                           "<> i.text"),
            "0");
}

TEST_F(StoreTest, LoadingTheSameDocumentAgainReplacesIt) {
  Document a = Directive("01_ct_tinhuy_chuyendoiso.txt");
  Document b = Directive("03_cv_huyenuy_tuyenquan.txt");
  auto store = OpenStore();
  ASSERT_TRUE(store);
  const char* kCounts =
      "SELECT (SELECT count(*) FROM documents) || ',' || (SELECT count(*) FROM items) || "
      "',' || (SELECT count(*) FROM agencies) || ',' || (SELECT count(*) FROM search) || "
      "',' || (SELECT count(*) FROM citations)";
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Put(a, "1").ok());
  ASSERT_TRUE(store->Put(b, "1").ok());
  ASSERT_TRUE(store->Commit().ok());
  const std::string once = Scalar(*store, kCounts);
  ASSERT_TRUE(store->Put(a, "2").ok());
  ASSERT_TRUE(store->Put(b, "2").ok());
  EXPECT_EQ(Scalar(*store, kCounts), once);
  EXPECT_EQ(Scalar(*store, "SELECT group_concat(DISTINCT pipeline_version) FROM documents"),
            "2");
}

TEST_F(StoreTest, SearchFindsWordsWithoutTheirDiacriticsOrD) {
  Document doc = ProcessFile(testing::SourcePath("corpus/directives/01_ct_tinhuy_chuyendoiso.txt"),
                             testing::Rules())
                     .value();
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Put(doc, "test").ok());
  // "chuyển đổi số" typed three ways finds the same rows.
  std::vector<size_t> counts;
  for (const char* q : {"\"chuyển đổi số\"", "\"chuyen doi so\"", "\"CHUYEN ĐOI SO\""}) {
    auto rows = store->Search(q, 100);
    ASSERT_TRUE(rows.ok()) << rows.status().message();
    counts.push_back(rows->rows.size());
  }
  EXPECT_GT(counts[0], 1u);  // the text and at least one item
  EXPECT_EQ(counts[1], counts[0]);
  EXPECT_EQ(counts[2], counts[0]);
  auto none = store->Search("\"khong co cum tu nay\"", 20);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->rows.empty());
}

TEST_F(StoreTest, ADocumentWithoutHashIsRefusedAndLeavesNothing) {
  Document doc;
  doc.source.path = "x.txt";
  auto store = OpenStore();
  ASSERT_TRUE(store);
  Status s = store->Put(doc, "test");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("x.txt"), std::string::npos);
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM documents"), "0");
}

// The commands, as README gives them.
class StoreCliTest : public StoreTest {
 protected:
  int Vbtask(const std::string& args, std::string* out = nullptr,
             std::string* err = nullptr) {
    std::string cmd = std::string(VBTASK_BINARY) + " " + args + " >" +
                      (dir_ / "stdout").string() + " 2>" + (dir_ / "stderr").string();
    int status = std::system(cmd.c_str());
    if (out) *out = ReadWholeFile((dir_ / "stdout").string()).value();
    if (err) *err = ReadWholeFile((dir_ / "stderr").string()).value();
    return WEXITSTATUS(status);
  }
};

TEST_F(StoreCliTest, ExtractIndexAndQueryAgree) {
  const std::string inputs = testing::SourcePath("corpus/directives/0[1-4]_*.txt") + " " +
                             testing::SourcePath("tests/classify/data/other/02_*.txt");
  std::string out, err;
  ASSERT_EQ(Vbtask("extract " + inputs + " -o " + (dir_ / "json").string() + " --db " +
                       DbPath(), &out, &err), 0) << err;
  EXPECT_NE(err.find("5 files: 4 directive, 0 normative, 1 other, 0 failed; 5 loaded"),
            std::string::npos) << err;
  // The JSON written, indexed into a second store, gives the same rows.
  const std::string second = (dir_ / "second.db").string();
  ASSERT_EQ(Vbtask("index " + (dir_ / "json").string() + " --db " + second, &out, &err), 0)
      << err;
  const std::string sql =
      "\"SELECT class, type, number, (SELECT count(*) FROM items i WHERE i.document_id = "
      "d.id), (SELECT count(*) FROM citations c WHERE c.document_id = d.id) FROM documents "
      "d ORDER BY sha256\"";
  std::string from_extract, from_index;
  ASSERT_EQ(Vbtask("query --db " + DbPath() + " " + sql, &from_extract, &err), 0) << err;
  ASSERT_EQ(Vbtask("query --db " + second + " " + sql, &from_index, &err), 0) << err;
  EXPECT_EQ(from_extract, from_index);
  EXPECT_NE(from_extract.find("other\t\t\t0\t"), std::string::npos) << from_extract;
  // Indexing again changes nothing.
  ASSERT_EQ(Vbtask("index " + (dir_ / "json").string() + " --db " + second), 0);
  ASSERT_EQ(Vbtask("query --db " + second + " 'SELECT count(*) FROM documents'", &out), 0);
  EXPECT_EQ(out, "count(*)\n5\n");
  ASSERT_EQ(Vbtask("query --db " + second + " --search 'dan van'", &out, &err), 0) << err;
  EXPECT_NE(out.find("03_cv_huyenuy_tuyenquan"), std::string::npos) << out;
}

TEST_F(StoreCliTest, BadJsonIsNamedAndTheRestIsLoaded) {
  fs::create_directories(dir_ / "json");
  std::ofstream(dir_ / "json" / "bad.json") << "{\"schema\": \"vbtask/2\"}";
  ASSERT_EQ(Vbtask("extract " + testing::SourcePath("corpus/directives/05_nq_danguyxa_ocop.txt") +
                   " -o " + (dir_ / "json").string()), 0);
  std::string err;
  EXPECT_EQ(Vbtask("index " + (dir_ / "json").string() + " --db " + DbPath(), nullptr, &err), 1);
  EXPECT_NE(err.find("bad.json: "), std::string::npos) << err;
  EXPECT_NE(err.find("1 documents loaded"), std::string::npos) << err;
  std::string out;
  EXPECT_EQ(Vbtask("query --db " + DbPath() + " 'SELECT nope FROM documents'", &out, &err), 1);
  EXPECT_NE(err.find("no such column: nope"), std::string::npos) << err;
  EXPECT_EQ(Vbtask("query --db " + (dir_ / "missing.db").string() + " 'SELECT 1'", &out, &err),
            2);
}

}  // namespace
}  // namespace vbtask

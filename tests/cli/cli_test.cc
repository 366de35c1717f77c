// The vbtask binary end to end: batches with bad inputs, exit codes,
// nothing partial left behind.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code;
  std::string err;
  std::string out;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vbtask_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / "in" / name, std::ios::binary) << bytes;
  }

  RunResult Vbtask(const std::string& args) {
    std::string err = (dir_ / "stderr").string();
    std::string cmd = std::string(VBTASK_BINARY) + " " + args + " >" +
                      (dir_ / "stdout").string() + " 2>" + err;
    int status = std::system(cmd.c_str());
    auto text = ReadWholeFile(err);
    auto out = ReadWholeFile((dir_ / "stdout").string());
    return {WEXITSTATUS(status), text.ok() ? *text : "", out.ok() ? *out : ""};
  }

  fs::path dir_;
};

const char* kGood = "CHỈ THỊ\nvề công tác dân vận\n1. Tăng cường lãnh đạo.\n";

TEST_F(CliTest, BadFilesAreNamedAndTheRestIsWritten) {
  Write("a.txt", kGood);
  Write("b_empty.txt", "");
  Write("c_binary.txt", std::string("\x7f" "ELF\x00\x01", 6));
  Write("d_invalid.txt", "Số 12\n\xC3\x28");
  Write("e.txt", kGood);
  RunResult r = Vbtask("extract " + (dir_ / "in").string() + " -o " + (dir_ / "out").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("b_empty.txt: empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("c_binary.txt: binary content"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("d_invalid.txt: invalid UTF-8 at byte offset 8"),
            std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "a.json"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "e.json"));
  std::vector<std::string> written;
  for (const auto& e : fs::directory_iterator(dir_ / "out")) {
    written.push_back(e.path().filename().string());
  }
  EXPECT_EQ(written.size(), 2u);  // no partial or temporary files
}

TEST_F(CliTest, BadPdfsAreNamedAndTheGoodOnesWritten) {
  auto good = ReadWholeFile(
      testing::SourcePath("corpus/pdf/05_nq_danguyxa_ocop.pdf"));
  ASSERT_TRUE(good.ok());
  Write("a_good.pdf", *good);
  Write("b_truncated.pdf", good->substr(0, good->size() * 2 / 3));
  Write("c_encrypted.pdf", testing::EncryptedPdf());
  Write("d_scan.pdf", testing::BlankPagePdf());
  Write("e.txt", kGood);
  RunResult r = Vbtask("extract " + (dir_ / "in").string() + " -o " + (dir_ / "out").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("b_truncated.pdf: truncated PDF"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("c_encrypted.pdf: encrypted PDF"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("d_scan.pdf: no text found"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("a_good"), std::string::npos) << r.err;
  std::vector<std::string> written;
  for (const auto& e : fs::directory_iterator(dir_ / "out")) {
    written.push_back(e.path().filename().string());
  }
  std::sort(written.begin(), written.end());
  EXPECT_EQ(written, (std::vector<std::string>{"a_good.json", "e.json"}));
  auto json = ReadWholeFile((dir_ / "out" / "a_good.json").string());
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(nlohmann::json::parse(*json)["source"]["format"], "pdf");
}

TEST_F(CliTest, BadWordFileIsNamedAndTheOthersWritten) {
  auto good = ReadWholeFile(testing::SourcePath(
      "corpus/docx/16_kh_bandanvan_tinh_phancong_bang_word.docx"));
  ASSERT_TRUE(good.ok());
  Write("a_good.docx", *good);
  Write("b_damaged.docx", good->substr(0, good->size() / 2));
  Write("c.txt", kGood);
  RunResult r = Vbtask("extract " + (dir_ / "in").string() + " -o " + (dir_ / "out").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("b_damaged.docx: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("a_good"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "c.json"));
  auto json = ReadWholeFile((dir_ / "out" / "a_good.json").string());
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(nlohmann::json::parse(*json)["source"]["format"], "docx");
}

TEST_F(CliTest, TextAndPdfOfOneDocumentGetDistinctOutputNames) {
  auto good = ReadWholeFile(testing::SourcePath("corpus/pdf/05_nq_danguyxa_ocop.pdf"));
  ASSERT_TRUE(good.ok());
  Write("doc.pdf", *good);
  Write("doc.txt", kGood);
  RunResult r = Vbtask("extract " + (dir_ / "in").string() + " -o " + (dir_ / "out").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "doc.pdf.json"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "doc.txt.json"));
}

TEST_F(CliTest, AllGoodExitsZeroAndStdoutIsJsonLinesForSeveral) {
  Write("a.txt", kGood);
  Write("b.txt", kGood);
  RunResult r = Vbtask("extract " + (dir_ / "in" / "a.txt").string() + " " +
                 (dir_ / "in" / "b.txt").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto out = ReadWholeFile((dir_ / "stdout").string());
  ASSERT_TRUE(out.ok());
  size_t lines = 0;
  for (char c : *out) lines += c == '\n';
  EXPECT_EQ(lines, 2u);
  EXPECT_EQ(nlohmann::json::parse(out->substr(0, out->find('\n')))["schema"],
            "vbtask/2");
}

TEST_F(CliTest, MissingFileAndUsageErrors) {
  RunResult missing = Vbtask("extract " + (dir_ / "nope.txt").string());
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nope.txt: cannot open"), std::string::npos);
  EXPECT_EQ(Vbtask("extract --format xml a.txt").exit_code, 2);
  EXPECT_EQ(Vbtask("").exit_code, 2);
}

TEST_F(CliTest, EncodingOverridesDetection) {
  // "Bộ Chính trị" in TCVN3 reads as VNI-Windows only when told so.
  Write("tcvn3.txt", "B\xE9 Ch\xDDnh tr\xDE\n");
  std::string file = (dir_ / "in" / "tcvn3.txt").string();
  RunResult detected = Vbtask("extract " + file);
  EXPECT_EQ(detected.exit_code, 0) << detected.err;
  EXPECT_NE(detected.out.find("\"encoding\": \"TCVN3\""), std::string::npos);
  EXPECT_NE(detected.out.find("Bộ Chính trị"), std::string::npos);
  RunResult forced = Vbtask("extract --encoding VNI-Windows " + file);
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(forced.out.find("\"encoding\": \"VNI-Windows\""), std::string::npos);
  EXPECT_EQ(forced.out.find("Bộ Chính trị"), std::string::npos);
  RunResult unknown = Vbtask("extract --encoding KOI8-R " + file);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown encoding \"KOI8-R\"; valid names: UTF-8"),
            std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("VNI-Windows"), std::string::npos);
}

TEST_F(CliTest, BrokenRulesStopTheRunWithFileAndLine) {
  fs::copy(fs::path(VBTASK_SOURCE_DIR) / "rules", dir_ / "rules",
           fs::copy_options::recursive);
  std::ofstream(dir_ / "rules" / "items" / "patterns.tsv", std::ios::app)
      << "roman\t(unclosed\n";
  Write("a.txt", kGood);
  RunResult r = Vbtask("extract --rules " + (dir_ / "rules").string() + " " +
                 (dir_ / "in" / "a.txt").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("items/patterns.tsv:"), std::string::npos) << r.err;
}

TEST_F(CliTest, CsvIsOneTableForTheBatch) {
  Write("a.txt", kGood);
  Write("b.txt", "KẾ HOẠCH\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính.\n"
                 "2. Báo cáo \"kết quả\" trước ngày 30/6/2024.\n");
  Write("c_empty.txt", "");
  const std::string header =
      "\xEF\xBB\xBFsource,number,date,issuer,item,text,lead,cooperate,deadline\r\n";
  RunResult r = Vbtask("extract --format csv -j 1 " + (dir_ / "in").string() + " -o " +
                       (dir_ / "out").string());
  EXPECT_EQ(r.exit_code, 1);  // the empty file
  EXPECT_NE(r.err.find("c_empty.txt: empty file"), std::string::npos) << r.err;
  auto csv = ReadWholeFile((dir_ / "out" / "output.csv").string());
  ASSERT_TRUE(csv.ok());
  ASSERT_EQ(csv->substr(0, header.size()), header);
  const std::string a = (dir_ / "in" / "a.txt").string();
  const std::string b = (dir_ / "in" / "b.txt").string();
  EXPECT_EQ(csv->substr(header.size()),
            a + ",,,,1,Tăng cường lãnh đạo.,,,\r\n" +
            b + ",,,,1,\"Sở Y tế chủ trì, phối hợp với Sở Tài chính.\",Sở Y tế,Sở Tài chính,\r\n" +
            b + ",,,,2,\"Báo cáo \"\"kết quả\"\" trước ngày 30/6/2024.\",,,2024-06-30\r\n");

  RunResult out = Vbtask("extract --format csv " + a);
  EXPECT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out, header + a + ",,,,1,Tăng cường lãnh đạo.,,,\r\n");
}

TEST_F(CliTest, XlsxIsOneWorkbookForTheBatch) {
  Write("a.txt", kGood);
  Write("b.txt", kGood);
  RunResult r = Vbtask("extract --format xlsx " + (dir_ / "in").string() + " -o " +
                       (dir_ / "out").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> written;
  for (const auto& e : fs::directory_iterator(dir_ / "out")) {
    written.push_back(e.path().filename().string());
  }
  EXPECT_EQ(written, std::vector<std::string>{"output.xlsx"});
  auto xlsx = ReadWholeFile((dir_ / "out" / "output.xlsx").string());
  ASSERT_TRUE(xlsx.ok());
  EXPECT_EQ(xlsx->substr(0, 4), std::string("PK\x03\x04", 4));
  RunResult out = Vbtask("extract --format xlsx " + (dir_ / "in" / "a.txt").string());
  EXPECT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out.substr(0, 4), std::string("PK\x03\x04", 4));
}

}  // namespace
}  // namespace vbtask

// `vbtask compare` and `vbtask link` end to end: inputs as documents or as
// JSON outputs, the output forms, and bad inputs named with a non-zero exit.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int exit_code;
  std::string out, err;
};

class AnalysisCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vbtask_analysis_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Vbtask(const std::string& args) {
    std::string out = (dir_ / "stdout").string(), err = (dir_ / "stderr").string();
    int status = std::system((std::string(VBTASK_BINARY) + " " + args + " >" + out + " 2>" + err).c_str());
    auto o = ReadWholeFile(out);
    auto e = ReadWholeFile(err);
    return {WEXITSTATUS(status), o.ok() ? *o : "", e.ok() ? *e : ""};
  }

  static std::string Data(const std::string& name) {
    return testing::SourcePath("tests/compare/data/" + name);
  }

  fs::path dir_;
};

TEST_F(AnalysisCliTest, CompareReadsDocumentsOrTheirJson) {
  Outcome from_text = Vbtask("compare " + Data("m1_ct_tinhuy_racthainhua.txt") + " " +
                         Data("m2_kh_huyenuy_racthainhua.txt"));
  ASSERT_EQ(from_text.exit_code, 0) << from_text.err;
  auto json = nlohmann::json::parse(from_text.out);
  EXPECT_EQ(json["schema"], "vbtask-compare/1");
  EXPECT_EQ(json["relation"], "implements");
  EXPECT_TRUE(json["child_cites_parent"].get<bool>());
  EXPECT_GE(json["pairs"].size(), 8u);

  // The same from extract's JSON outputs.
  Outcome extract = Vbtask("extract " + Data("m1_ct_tinhuy_racthainhua.txt") + " " +
                       Data("m2_kh_huyenuy_racthainhua.txt") + " -o " + (dir_ / "out").string());
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  std::string p = (dir_ / "out" / "m1_ct_tinhuy_racthainhua.json").string();
  std::string c = (dir_ / "out" / "m2_kh_huyenuy_racthainhua.json").string();
  Outcome from_json = Vbtask("compare " + p + " " + c);
  ASSERT_EQ(from_json.exit_code, 0) << from_json.err;
  auto again = nlohmann::json::parse(from_json.out);
  EXPECT_EQ(again["pairs"], json["pairs"]);
  EXPECT_EQ(again["added"], json["added"]);

  Outcome html = Vbtask("compare " + p + " " + c + " --format html -o " + (dir_ / "r.html").string());
  ASSERT_EQ(html.exit_code, 0) << html.err;
  auto page = ReadWholeFile((dir_ / "r.html").string());
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->find("id=\"count-pairs\">" + std::to_string(json["pairs"].size()) + "<"),
            std::string::npos);
  Outcome csv = Vbtask("compare " + p + " " + c + " --format csv");
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_NE(csv.out.find("pair,1,II.1,"), std::string::npos) << csv.out.substr(0, 300);
}

TEST_F(AnalysisCliTest, CompareNamesABadInputAndWritesNothing) {
  std::ofstream(dir_ / "bad.json") << "{\"schema\": \"vbtask/2\", \"items\": 3}";
  std::string out = (dir_ / "r.json").string();
  Outcome r = Vbtask("compare " + (dir_ / "bad.json").string() + " " +
                 Data("m2_kh_huyenuy_racthainhua.txt") + " -o " + out);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.json"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
  Outcome missing = Vbtask("compare " + (dir_ / "nope.txt").string() + " " +
                       Data("m2_kh_huyenuy_racthainhua.txt"));
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nope.txt"), std::string::npos) << missing.err;
}

TEST_F(AnalysisCliTest, LearnWritesTheItemFrequenciesOfACorpus) {
  std::string out = (dir_ / "out").string();
  Outcome extract = Vbtask("extract " + Data("m1_ct_tinhuy_racthainhua.txt") + " " +
                           Data("m2_kh_huyenuy_racthainhua.txt") + " -o " + out);
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  std::string file = (dir_ / "frequencies.tsv").string();
  Outcome learn = Vbtask("compare --learn " + out + " -o " + file);
  ASSERT_EQ(learn.exit_code, 0) << learn.err;
  auto text = ReadWholeFile(file);
  ASSERT_TRUE(text.ok());
  // m1 has 10 items, m2 15 of which 12 are tasks (3 are section headings).
  EXPECT_NE(text->find("# items 22\n"), std::string::npos) << text->substr(0, 400);
  EXPECT_NE(text->find("\nrac_thai\t"), std::string::npos);
  Outcome nothing = Vbtask("compare --learn " + (dir_ / "empty").string() + " -o " + file);
  EXPECT_NE(nothing.exit_code, 0);
}

TEST_F(AnalysisCliTest, LinkOverADirectoryOfOutputs) {
  std::string out = (dir_ / "out").string();
  std::string inputs;
  for (const char* name : {"m1_ct_tinhuy_racthainhua", "m2_kh_huyenuy_racthainhua",
                           "m3_kh_sotnmt_racthainhua", "m4_kh_danguyxa_racthainhua"})
    inputs += Data(std::string(name) + ".txt") + " ";
  Outcome extract = Vbtask("extract " + inputs + "-o " + out);
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  std::ofstream(dir_ / "out" / "broken.json") << "{ not json";
  Outcome json = Vbtask("link " + out);
  EXPECT_EQ(json.exit_code, 1) << "the broken file is reported";
  EXPECT_NE(json.err.find("broken.json"), std::string::npos) << json.err;
  auto graph = nlohmann::json::parse(json.out);
  EXPECT_EQ(graph["schema"], "vbtask-link/1");
  EXPECT_GE(graph["edges"].size(), 4u);
  fs::remove(dir_ / "out" / "broken.json");
  Outcome chain = Vbtask("link " + out + " --from 35-CT/TU@2025");
  ASSERT_EQ(chain.exit_code, 0) << chain.err;
  EXPECT_EQ(chain.out.rfind("0 tinh  35-CT/TU@2025", 0), 0u) << chain.out;
  EXPECT_NE(chain.out.find("  1 huyen  42-KH/HU@2025"), std::string::npos) << chain.out;
  EXPECT_NE(chain.out.find("  1 so  118/KH-STNMT@2025"), std::string::npos) << chain.out;
  EXPECT_NE(chain.out.find("    2 xa  15-KH/DU@2025"), std::string::npos) << chain.out;
  Outcome graphml = Vbtask("link " + out + " --format graphml");
  ASSERT_EQ(graphml.exit_code, 0);
  EXPECT_NE(graphml.out.find("<graphml"), std::string::npos);
  Outcome unknown = Vbtask("link " + out + " --from 1-XX/YY@1999");
  EXPECT_EQ(unknown.exit_code, 1);
}

}  // namespace
}  // namespace vbtask

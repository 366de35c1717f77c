// output/ holds the JSON of every corpus file as `scripts/run.sh` writes
// it; these tests fail when it is stale, and check hand-written
// expectations for the project's own test directives.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "pipeline/base/utf8.h"
#include "pipeline/driver/input_files.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

class InSourceDir : public ::testing::Test {
 protected:
  void SetUp() override { fs::current_path(VBTASK_SOURCE_DIR); }
};

TEST_F(InSourceDir, OutputDirectoryIsUpToDate) {
  std::vector<InputFile> inputs = ExpandInputs({"corpus"});
  ASSERT_GE(inputs.size(), 5u);
  std::vector<std::string> paths;
  for (const InputFile& in : inputs) paths.push_back(in.path);
  // One batch, as scripts/run.sh runs it: repair learns from the whole corpus.
  auto docs = testing::ProcessAsBatch(paths);
  std::set<std::string> expected_files;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const InputFile& in = inputs[i];
    expected_files.insert(in.output_name);
    ASSERT_TRUE(docs[i].ok()) << docs[i].status().message();
    std::string now = EmitJson(*docs[i], JsonLayout::kPretty);
    auto golden = ReadWholeFile("output/" + in.output_name);
    ASSERT_TRUE(golden.ok()) << "missing output/" << in.output_name
                             << "; run scripts/run.sh";
    EXPECT_TRUE(now == *golden)
        << "output/" << in.output_name
        << " is stale: run scripts/run.sh and review the diff\n"
        << testing::LineDiff(*golden, now);
  }
  for (const auto& entry : fs::directory_iterator("output")) {
    EXPECT_TRUE(expected_files.count(entry.path().filename().string()))
        << "output/" << entry.path().filename().string()
        << " has no corpus document";
  }
}

TEST_F(InSourceDir, ItemTextIsTheSpanOfTheDocumentText) {
  for (const InputFile& in : ExpandInputs({"corpus"})) {
    auto doc = ProcessFile(in.path, testing::Rules());
    ASSERT_TRUE(doc.ok());
    Json j = ToJson(*doc);
    std::u32string text;
    std::string t = j["text"];
    for (size_t p = 0; p < t.size();) text.push_back(utf8::Next(t, p));
    for (const Json& item : j["items"]) {
      size_t s = item["span"]["start"], e = item["span"]["end"];
      ASSERT_LE(s, e);
      ASSERT_LE(e, text.size());
      std::string slice;
      for (size_t k = s; k < e; ++k) utf8::Append(slice, text[k]);
      EXPECT_EQ(slice, item["text"].get<std::string>()) << in.path << " " << item["id"];
    }
  }
}

// tests/expectations/NAME.json: what a correct extraction of
// corpus/directives/NAME.txt must give (only the keys present are checked).
TEST_F(InSourceDir, ProjectDirectivesMatchTheirExpectations) {
  int documents = 0;
  for (const auto& entry : fs::directory_iterator("tests/expectations")) {
    if (entry.path().extension() != ".json") continue;  // semantics/
    std::string name = entry.path().stem().string();
    SCOPED_TRACE(name);
    std::ifstream in(entry.path());
    Json want = Json::parse(in);
    auto doc = ProcessFile("corpus/directives/" + name + ".txt", testing::Rules());
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    Json got = ToJson(*doc);
    ++documents;
    if (want.contains("document")) {
      for (auto& [key, value] : want["document"].items()) {
        if (key == "signer") {
          for (auto& [k, v] : value.items()) {
            EXPECT_EQ(got["document"]["signer"][k], v) << "signer." << k;
          }
        } else {
          EXPECT_EQ(got["document"][key], value) << key;
        }
      }
    }
    if (want.contains("items")) {
      Json items = Json::array();
      for (const Json& it : got["items"]) items.push_back({it["id"], it["kind"]});
      EXPECT_EQ(items, want["items"]);
    }
    if (want.contains("footnotes")) {
      Json markers = Json::array();
      for (const Json& f : got["footnotes"]) markers.push_back(f["marker"]);
      EXPECT_EQ(markers, want["footnotes"]);
    }
  }
  EXPECT_GE(documents, 10);
}

}  // namespace
}  // namespace vbtask

// Every PDF of corpus/pdf/ against the text version of the same document
// (corpus/*/NAME.txt): same item ids and kinds, same item text and header
// metadata once whitespace is folded, same footnotes.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/pdf/pdf.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::string FoldSpaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Json Folded(const Json& j) {
  if (j.is_string()) return FoldSpaces(j.get<std::string>());
  Json out = j;
  for (auto& v : out) v = Folded(v);
  if (j.is_object()) {
    for (auto& [k, v] : j.items()) out[k] = Folded(v);
  }
  return out;
}

Json Extract(const std::string& path) {
  auto doc = ProcessFile(path, testing::Rules());
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? ToJson(*doc) : Json();
}

std::string TextVersion(const std::string& stem) {
  for (const char* dir : {"corpus/directives/", "corpus/seeds/"}) {
    std::string p = testing::SourcePath(dir + stem + ".txt");
    if (fs::exists(p)) return p;
  }
  return "";
}

std::string WithoutSpaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n') out += c;
  }
  return out;
}

// Each item starts on the page it names: its opening characters are among
// the words of that page.
TEST(PdfGolden, ItemsStartOnTheirPage) {
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath("corpus/pdf"))) {
    SCOPED_TRACE(entry.path().filename().string());
    auto bytes = ReadWholeFile(entry.path().string());
    ASSERT_TRUE(bytes.ok());
    auto pages = ReadPdfPages(SourceFile{entry.path().string(), *bytes});
    ASSERT_TRUE(pages.ok());
    std::vector<std::string> page_text;
    for (const Page& p : *pages) {
      std::string t;
      for (const Line& l : p.lines) {
        for (const Word& w : l.words) t += w.text;
      }
      page_text.push_back(t);
    }
    Json doc = Extract(entry.path().string());
    for (const Json& item : doc["items"]) {
      std::string start = WithoutSpaces(item["text"]).substr(0, 12);
      int page = item["page"];
      ASSERT_LE(page, static_cast<int>(page_text.size()));
      EXPECT_NE(page_text[page - 1].find(start), std::string::npos)
          << item["id"] << " on page " << page;
      ++checked;
    }
  }
  EXPECT_GE(checked, 100);
}

TEST(PdfGolden, PdfAndTextGiveTheSameDocument) {
  int documents = 0, footnotes = 0, multi_page = 0;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath("corpus/pdf"))) {
    std::string stem = entry.path().stem().string();
    SCOPED_TRACE(stem);
    std::string text_path = TextVersion(stem);
    ASSERT_FALSE(text_path.empty()) << "no text version of " << stem;
    Json pdf = Extract(entry.path().string());
    Json text = Extract(text_path);
    ++documents;
    EXPECT_EQ(pdf["source"]["format"], "pdf");
    int pages = pdf["source"]["pages"];
    multi_page += pages > 1;
    EXPECT_EQ(Folded(pdf["document"]), Folded(text["document"]));
    ASSERT_EQ(pdf["items"].size(), text["items"].size());
    for (size_t i = 0; i < pdf["items"].size(); ++i) {
      const Json& a = pdf["items"][i];
      const Json& b = text["items"][i];
      EXPECT_EQ(a["id"], b["id"]);
      EXPECT_EQ(a["kind"], b["kind"]) << a["id"];
      EXPECT_EQ(FoldSpaces(a["text"]), FoldSpaces(b["text"])) << a["id"];
      int page = a["page"];
      EXPECT_TRUE(page >= 1 && page <= pages) << a["id"];
    }
    ASSERT_EQ(pdf["footnotes"].size(), text["footnotes"].size());
    for (size_t i = 0; i < pdf["footnotes"].size(); ++i) {
      EXPECT_EQ(pdf["footnotes"][i]["marker"], text["footnotes"][i]["marker"]);
      EXPECT_EQ(FoldSpaces(pdf["footnotes"][i]["text"]),
                FoldSpaces(text["footnotes"][i]["text"]));
      ++footnotes;
    }
  }
  EXPECT_GE(documents, 8);
  EXPECT_GE(footnotes, 3);
  EXPECT_GE(multi_page, 3);
}

}  // namespace
}  // namespace vbtask

// Precision, recall and F1 of the task semantics (leads, co-operating
// agencies, times, citations, addressees, campaigns, warnings) against the
// hand annotations in tests/expectations/semantics/. The test prints the
// table and fails when a figure drops below its floor, so a regression in
// any extractor shows up here even when the goldens are regenerated.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

struct Score {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp == 0 ? 1 : double(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1 : double(tp) / (tp + fn); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

// Compares strings by match key with whitespace folded and edge
// punctuation dropped, so "Tỉnh uỷ" and "tỉnh ủy," agree.
std::string Key(const std::string& s) {
  const TextFolder& folder = testing::Rules().classifier.folder();
  std::string key = folder.MatchKey(s), out;
  for (char c : key) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' ||
                          out.back() == '.' || out.back() == ';')) {
    out.pop_back();
  }
  return out;
}

void Compare(std::vector<std::string> gold, std::vector<std::string> got,
             Score* score, const std::string& where, std::string* misses) {
  std::multiset<std::string> remaining;
  for (auto& g : gold) remaining.insert(Key(g));
  for (auto& x : got) {
    auto it = remaining.find(Key(x));
    if (it != remaining.end()) {
      ++score->tp;
      remaining.erase(it);
    } else {
      ++score->fp;
      *misses += where + " extra: " + x + "\n";
    }
  }
  score->fn += static_cast<int>(remaining.size());
  for (auto& r : remaining) *misses += where + " missed: " + r + "\n";
}

std::vector<std::string> Texts(const Json& list, const char* field) {
  std::vector<std::string> out;
  for (const Json& x : list) {
    out.push_back(x.is_string() ? x.get<std::string>() : x.value(field, ""));
  }
  return out;
}

std::vector<std::string> Times(const Json& list) {
  std::vector<std::string> out;
  for (const Json& t : list) {
    out.push_back(t["kind"].get<std::string>() + ": " + t["text"].get<std::string>());
  }
  return out;
}

// A citation is named by its number, or by its name (its first mention's
// text when it has none). Gold lists names; the output's items list indices
// into `cited`, the document's distinct cited documents.
std::vector<std::string> CitationNames(const Json& list, const Json& cited = Json::array()) {
  std::vector<std::string> out;
  for (const Json& entry : list) {
    const Json& c = entry.is_number_integer() ? cited.at(entry.get<size_t>()) : entry;
    if (c.is_string()) {
      out.push_back(c);
    } else if (c["number"].is_string()) {
      out.push_back(c["number"]);
    } else if (c["name"].is_string()) {
      out.push_back(c["name"]);
    } else {
      out.push_back(c["mentions"][0]["text"]);
    }
  }
  return out;
}

std::string SourceFor(const std::string& stem) {
  if (stem.rfind("seed_", 0) == 0) {
    for (const auto& e : fs::directory_iterator(testing::SourcePath("corpus/seeds"))) {
      if (e.path().filename().string().rfind(stem.substr(5) + "_", 0) == 0) {
        return e.path().string();
      }
    }
    return "";
  }
  return testing::SourcePath("corpus/directives/" + stem + ".txt");
}

bool Selected(const std::string& stem) {
  const char* only = std::getenv("VBTASK_SEMANTICS_ONLY");
  if (only == nullptr || *only == '\0') return true;
  std::string list = only;
  for (size_t start = 0; start <= list.size();) {
    size_t comma = std::min(list.find(',', start), list.size());
    std::string prefix = list.substr(start, comma - start);
    if (!prefix.empty() && stem.rfind(prefix, 0) == 0) return true;
    start = comma + 1;
  }
  return false;
}

TEST(Semantics, F1OnTheAnnotatedDirectives) {
  std::map<std::string, Score> scores;
  std::string misses;
  int documents = 0;
  for (const auto& e : fs::directory_iterator(
           testing::SourcePath("tests/expectations/semantics"))) {
    if (e.path().extension() != ".json") continue;
    std::string stem = e.path().stem().string();
    // VBTASK_SEMANTICS_ONLY=17_,18_ scores only the documents whose names
    // start so, e.g. those written after the rules were last tuned.
    if (!Selected(stem)) continue;
    std::ifstream in(e.path());
    Json gold = Json::parse(in);
    auto doc = ProcessFile(SourceFor(stem), testing::Rules());
    ASSERT_TRUE(doc.ok()) << stem << ": " << doc.status().message();
    Json got = ToJson(*doc);
    ++documents;

    std::map<std::string, const Json*> items;
    for (const Json& it : got["items"]) items[it["id"]] = &it;
    for (auto& [id, g] : gold["items"].items()) {
      std::string where = stem + " " + id;
      auto found = items.find(id);
      static const Json kNone = {{"lead", Json::array()}, {"cooperate", Json::array()},
                                 {"time", Json::array()}, {"citations", Json::array()}};
      const Json& it = found == items.end() ? kNone : *found->second;
      Compare(Texts(g["lead"], "text"), Texts(it["lead"], "text"), &scores["lead"],
              where + " lead", &misses);
      Compare(Texts(g["cooperate"], "text"), Texts(it["cooperate"], "text"),
              &scores["cooperate"], where + " cooperate", &misses);
      Compare(Times(g["time"]), Times(it["time"]), &scores["time"],
              where + " time", &misses);
      Compare(CitationNames(g["citations"]), CitationNames(it["citations"], got["citations"]),
              &scores["citations"], where + " citations", &misses);
    }
    // Citations before the first item: the documents with a mention that
    // is in no item, once each.
    Json preamble = Json::array();
    for (const Json& c : got["citations"]) {
      for (const Json& m : c["mentions"]) {
        if (m["item"].is_null()) {
          preamble.push_back(c);
          break;
        }
      }
    }
    Compare(CitationNames(gold.value("preamble_citations", Json::array())),
            CitationNames(preamble), &scores["preamble citations"],
            stem + " preamble citations", &misses);
    const Json& d = got["document"];
    Compare(Texts(gold["document"]["addressees"], "text"),
            d.contains("addressees") ? Texts(d["addressees"], "text")
                                     : std::vector<std::string>{},
            &scores["addressees"], stem + " addressees", &misses);
    Compare(Texts(gold["document"]["campaigns"], "text"),
            d.contains("campaigns") ? Texts(d["campaigns"], "text")
                                    : std::vector<std::string>{},
            &scores["campaigns"], stem + " campaigns", &misses);
    std::vector<std::string> gold_warnings = gold["warnings"], got_warnings;
    for (const Json& w : got["warnings"]) {
      std::string code = w["code"];
      if (code == "date_before_citation" || code == "type_code_mismatch" ||
          code == "invalid_date") {
        got_warnings.push_back(code);
      }
    }
    Compare(gold_warnings, got_warnings, &scores["warnings"], stem + " warnings",
            &misses);
  }
  if (std::getenv("VBTASK_SEMANTICS_ONLY") == nullptr) ASSERT_GE(documents, 15);

  // Floors sit a little under the figures measured when they were set.
  const std::map<std::string, double> floors = {
      {"lead", 0.74}, {"cooperate", 0.79}, {"time", 0.82}, {"citations", 0.92},
      {"addressees", 0.95}, {"preamble citations", 0.80}, {"campaigns", 0.93}, {"warnings", 0.99}};
  std::printf("%-19s %5s %5s %5s %7s %7s %7s\n", "field", "tp", "fp", "fn",
              "P", "R", "F1");
  for (const auto& [field, s] : scores) {
    std::printf("%-19s %5d %5d %5d %7.3f %7.3f %7.3f\n", field.c_str(), s.tp,
                s.fp, s.fn, s.Precision(), s.Recall(), s.F1());
    if (std::getenv("VBTASK_SEMANTICS_ONLY") == nullptr) {
      EXPECT_GE(s.F1(), floors.at(field)) << field;
    }
  }
  if (std::getenv("VBTASK_SHOW_MISSES")) std::printf("%s", misses.c_str());
}

}  // namespace
}  // namespace vbtask

// The citation graph: the weighted distance between numbers, each status
// of a citation, never a wrong resolution of a damaged number, the chain of
// descendants, and the three output forms.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/link/graph_report.h"
#include "pipeline/link/link.h"
#include "tests/compare/compare_rules.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

const LinkRules& Rules() {
  static const LinkRules rules = [] {
    auto loaded = LinkRules::Load(testing::SourcePath("rules"));
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded.value());
  }();
  return rules;
}

struct DistanceCase {
  const char* a;
  const char* b;
  double distance;
};

TEST(NumberDistance, OcrConfusionsCostLittleOtherEditsOne) {
  const DistanceCase cases[] = {
      {"28-CT/TU", "28-CT/TU", 0},     {"2B-CT/TU", "28-CT/TU", 0.2},
      {"28-CT/TU", "28--CT/TU", 0.3},  {"28-CT/TU", "28CT/TU", 0.3},
      {"28 -CT/TU", "28-CT/TU", 0.1},  {"1O5/QĐ-UBND", "105/QD-UBND", 0.3},
      {"3S-CT/TU", "35-CT/TU", 0.2},   {"l2/KH-UBND", "12/KH-UBND", 0.2},
      {"29-CT/TU", "28-CT/TU", 1},     {"28-CT/TU", "28-KH/TU", 2},
  };
  for (const DistanceCase& c : cases) {
    EXPECT_NEAR(Rules().distance.Distance(c.a, c.b), c.distance, 1e-9) << c.a << " " << c.b;
    EXPECT_NEAR(Rules().distance.Distance(c.b, c.a), c.distance, 1e-9) << "symmetric";
  }
  EXPECT_EQ(Rules().distance.Canonical("3S-CT/TU"), Rules().distance.Canonical("35 - CT/TU"));
  EXPECT_NE(Rules().distance.Canonical("36-CT/TU"), Rules().distance.Canonical("35-CT/TU"));
}

Document CorpusDoc(const std::string& path, const std::string& type, const std::string& number,
                   const std::string& date, const std::string& issuer) {
  Document doc;
  doc.source.path = path;
  doc.header.type = type;
  doc.header.number = number;
  doc.header.date = date;
  doc.header.issuer = issuer;
  std::string key;
  for (char c : number) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  doc.key = key + "@" + date.substr(0, 4);
  return doc;
}

Citation Cite(const std::string& number, const std::string& date, const std::string& type,
              CitationRelation relation = CitationRelation::kImplements) {
  Citation c;
  c.number = number;
  c.date = date;
  c.type = type;
  c.relation = relation;
  std::string key;
  for (char ch : number) key += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  c.key = key + (date.empty() ? "" : "@" + date.substr(0, 4));
  c.mentions.push_back({"số " + number, 0, 0, "", -1});
  return c;
}

struct StatusCase {
  const char* what;
  Citation citation;
  LinkStatus status;
  const char* target;  // node id, or "" for none
};

TEST(LinkDocuments, EachCitationGetsItsStatusAndNoDamagedNumberGoesWrong) {
  std::vector<Document> docs = {
      CorpusDoc("ct35.json", "Chỉ thị", "35-CT/TU", "2025-03-10", "TỈNH ỦY QUẢNG NGÃI"),
      CorpusDoc("kh42.json", "Kế hoạch", "42-KH/HU", "2025-04-02", "HUYỆN ỦY SƠN TỊNH"),
      // Two plans whose numbers differ only by confusable characters.
      CorpusDoc("kh10.json", "Kế hoạch", "10/KH-UBND", "2025-01-05", "ỦY BAN NHÂN DÂN XÃ A"),
      CorpusDoc("khlO.json", "Kế hoạch", "1O/KH-UBND", "2025-01-05", "ỦY BAN NHÂN DÂN XÃ B"),
  };
  const StatusCase cases[] = {
      {"equal key", Cite("35-CT/TU", "2025-03-10", "Chỉ thị"), LinkStatus::kResolved,
       "35-CT/TU@2025"},
      {"OCR 5→S, date confirms", Cite("3S-CT/TU", "2025-03-10", "Chỉ thị"),
       LinkStatus::kResolved, "35-CT/TU@2025"},
      {"doubled dash, no date, type confirms", Cite("42--KH/HU", "", "Kế hoạch"),
       LinkStatus::kResolved, "42-KH/HU@2025"},
      {"OCR damage but another date: refused", Cite("3S-CT/TU", "2025-06-01", "Chỉ thị"),
       LinkStatus::kNotInCorpus, "3S-CT/TU@2025"},
      {"no date and another type: refused", Cite("42-KH/HU", "", "Quyết định"),
       LinkStatus::kNotInCorpus, "42-KH/HU"},
      {"two documents fit", Cite("l0/KH-UBND", "2025-01-05", "Kế hoạch"),
       LinkStatus::kAmbiguous, ""},
      {"missing from the corpus", Cite("99-CT/TW", "2019-01-01", "Chỉ thị"),
       LinkStatus::kNotInCorpus, "99-CT/TW@2019"},
      {"no digit", Cite("CT/TU", "", "Chỉ thị"), LinkStatus::kMalformed, ""},
  };
  Document citing = CorpusDoc("xa.json", "Kế hoạch", "15-KH/ĐU", "2025-04-20", "ĐẢNG ỦY XÃ");
  for (const StatusCase& c : cases) citing.citations.push_back(c.citation);
  docs.push_back(citing);
  CitationGraph graph = LinkDocuments(docs, Rules());
  ASSERT_EQ(graph.links.size(), std::size(cases));
  for (size_t i = 0; i < std::size(cases); ++i) {
    const CitationLink& link = graph.links[i];
    EXPECT_EQ(link.status, cases[i].status) << cases[i].what << ": " << NameOf(link.status);
    std::string target = link.target >= 0 ? graph.nodes[link.target].id : "";
    EXPECT_EQ(target, cases[i].target) << cases[i].what;
    if (link.status == LinkStatus::kResolved) EXPECT_GT(link.confidence, 0.5) << cases[i].what;
    if (link.status == LinkStatus::kAmbiguous) EXPECT_EQ(link.candidates.size(), 2u);
  }
  EXPECT_EQ(graph.links[0].confidence, 1.0);
  EXPECT_LT(graph.links[1].confidence, 1.0);
  // Missing documents stay as nodes.
  EXPECT_GE(graph.FindNode("99-CT/TW@2019"), 0);
  EXPECT_FALSE(graph.nodes[graph.FindNode("99-CT/TW@2019")].in_corpus);
}

std::vector<Document> Movement() { return testing::MovementDocuments(); }

TEST(LinkDocuments, TheMovementChainsLevelByLevel) {
  std::vector<Document> docs = Movement();
  CitationGraph graph = LinkDocuments(docs, Rules());
  int root = graph.FindNode(docs[0].key);
  ASSERT_GE(root, 0) << docs[0].key;
  auto levels = Descendants(graph, root);
  ASSERT_EQ(levels.size(), 3u);
  std::vector<std::string> level1, level2;
  for (int n : levels[1]) level1.push_back(graph.nodes[n].id);
  for (int n : levels[2]) level2.push_back(graph.nodes[n].id);
  std::sort(level1.begin(), level1.end());
  EXPECT_EQ(level1, (std::vector<std::string>{docs[2].key, docs[1].key}));
  EXPECT_EQ(level2, std::vector<std::string>{docs[3].key});
  // The xã plan cites the Chỉ thị as "35-CTlTU": resolved to it, not kept
  // as a missing document.
  bool damaged_resolved = false;
  for (const CitationLink& link : graph.links) {
    if (link.document != 3) continue;
    const Citation& c = docs[3].citations[link.citation];
    if (c.number.find("35-CT") == std::string::npos) continue;
    EXPECT_EQ(link.status, LinkStatus::kResolved) << c.number;
    EXPECT_EQ(link.target, root) << c.number;
    damaged_resolved = true;
  }
  EXPECT_TRUE(damaged_resolved);

  auto level_of = [](const GraphNode&) { return std::string("x"); };
  std::string chain = DescendantChain(graph, levels, level_of);
  EXPECT_EQ(chain.rfind("0 x  " + docs[0].key, 0), 0u) << chain;
  EXPECT_NE(chain.find("\n    2 x  " + docs[3].key), std::string::npos) << chain;

  auto json = nlohmann::json::parse(GraphJson(graph, docs, level_of));
  EXPECT_EQ(json["schema"], "vbtask-link/1");
  EXPECT_EQ(json["edges"].size(), graph.edges.size());
  std::string csv = GraphCsv(graph);
  EXPECT_EQ(static_cast<size_t>(std::count(csv.begin(), csv.end(), '\n')),
            graph.edges.size() + 1);
  std::string graphml = GraphMl(graph, level_of);
  EXPECT_NE(graphml.find("<edge source=\"" + docs[1].key + "\" target=\"" + docs[0].key + "\">"),
            std::string::npos);
}

TEST(LinkDocuments, TheCorpusDistrictPlanResolvesToTheProvincialDirective) {
  std::vector<Document> docs;
  for (const char* name : {"01_ct_tinhuy_chuyendoiso", "11_kh_huyenuy_chuyendoiso"}) {
    auto doc = ProcessFile(testing::SourcePath(std::string("corpus/directives/") + name + ".txt"),
                           testing::Rules());
    ASSERT_TRUE(doc.ok());
    docs.push_back(std::move(doc.value()));
  }
  CitationGraph graph = LinkDocuments(docs, Rules());
  ASSERT_FALSE(graph.edges.empty());
  bool found = false;
  for (const GraphEdge& edge : graph.edges) {
    if (graph.nodes[edge.from].id == "57-KH/HU@2024" && graph.nodes[edge.to].id == "28-CT/TU@2024") {
      EXPECT_EQ(edge.relation, CitationRelation::kImplements);
      EXPECT_EQ(edge.status, LinkStatus::kResolved);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace vbtask

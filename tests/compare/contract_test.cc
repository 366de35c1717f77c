// The outputs of compare and link satisfy their published schemas
// (schema/vbtask-compare-1.schema.json, schema/vbtask-link-1.schema.json).
#include <gtest/gtest.h>

#include <fstream>

#include "pipeline/compare/report.h"
#include "pipeline/link/graph_report.h"
#include "tests/compare/compare_rules.h"
#include "tests/schema_checker.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::Json;

Json Schema(const std::string& name) {
  std::ifstream in(testing::SourcePath("schema/" + name));
  return Json::parse(in);
}

std::vector<Document> Movement() { return testing::MovementDocuments(); }

TEST(Contracts, CompareAndLinkOutputsConformToTheirSchemas) {
  std::vector<Document> docs = Movement();
  Json compare_schema = Schema("vbtask-compare-1.schema.json");
  testing::SchemaChecker compare_checker(compare_schema);
  const CompareRules& rules = testing::CompareTestRules();
  TermWeights weights = rules.corpus_weights;
  for (const Document& doc : docs) LearnTermWeights(doc, rules, &weights);
  Comparer comparer(rules, weights);
  for (const Document& doc : docs) comparer.Add(doc);
  for (auto [p, c] : {std::pair{0, 1}, {0, 2}, {1, 3}, {3, 0}}) {
    auto comparison = comparer.Compare(p, c);
    ASSERT_TRUE(comparison.ok());
    Json json = Json::parse(ComparisonJson(*comparison, docs[p], docs[c]));
    compare_checker.Check(json, compare_schema, "compare " + std::to_string(p) + "→" +
                                                    std::to_string(c));
  }
  auto link_rules = LinkRules::Load(testing::SourcePath("rules"));
  ASSERT_TRUE(link_rules.ok());
  CitationGraph graph = LinkDocuments(docs, *link_rules);
  Json link_schema = Schema("vbtask-link-1.schema.json");
  testing::SchemaChecker link_checker(link_schema);
  auto level_of = [&](const GraphNode& node) { return rules.levels.LevelOfName(node.issuer); };
  link_checker.Check(Json::parse(GraphJson(graph, docs, level_of)), link_schema, "link");
}

}  // namespace
}  // namespace vbtask

#include "pipeline/link/graph_report.h"

#include <nlohmann/json.hpp>

#include "pipeline/base/escape.h"
#include "pipeline/model/names.h"

namespace vbtask {
namespace {

using Json = nlohmann::ordered_json;

Json NullIfEmpty(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

std::string Joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

}  // namespace

std::string GraphJson(const CitationGraph& graph, const std::vector<Document>& docs,
                      const NodeLevel& level_of) {
  Json json;
  json["schema"] = kLinkSchemaVersion;
  Json nodes = Json::array();
  for (const GraphNode& node : graph.nodes) {
    Json paths = Json::array();
    for (int d : node.documents) paths.push_back(docs[d].source.path);
    nodes.push_back({{"id", node.id},
                     {"in_corpus", node.in_corpus},
                     {"type", NullIfEmpty(node.type)},
                     {"number", NullIfEmpty(node.number)},
                     {"date", NullIfEmpty(node.date)},
                     {"issuer", NullIfEmpty(node.issuer)},
                     {"level", NullIfEmpty(level_of(node))},
                     {"paths", paths}});
  }
  json["nodes"] = std::move(nodes);
  Json citations = Json::array();
  for (const CitationLink& link : graph.links) {
    const Citation& c = docs[link.document].citations[link.citation];
    Json candidates = Json::array();
    for (int n : link.candidates) candidates.push_back(graph.nodes[n].id);
    citations.push_back(
        {{"from", graph.nodes[graph.node_of_document[link.document]].id},
         {"path", docs[link.document].source.path},
         {"citation", link.citation},
         {"printed", c.mentions.empty() ? Json(nullptr) : Json(c.mentions[0].text)},
         {"key", NullIfEmpty(c.key)},
         {"status", std::string(NameOf(link.status))},
         {"confidence", link.status == LinkStatus::kResolved ? Json(link.confidence)
                                                             : Json(nullptr)},
         {"to", link.target >= 0 ? Json(graph.nodes[link.target].id) : Json(nullptr)},
         {"candidates", candidates}});
  }
  json["citations"] = std::move(citations);
  Json edges = Json::array();
  for (const GraphEdge& edge : graph.edges) {
    edges.push_back({{"from", graph.nodes[edge.from].id},
                     {"to", graph.nodes[edge.to].id},
                     {"relation", std::string(NameOf(edge.relation))},
                     {"status", std::string(NameOf(edge.status))},
                     {"confidence", edge.status == LinkStatus::kResolved
                                        ? Json(edge.confidence)
                                        : Json(nullptr)},
                     {"items", edge.items}});
  }
  json["edges"] = std::move(edges);
  return json.dump(2) + "\n";
}

std::string GraphCsv(const CitationGraph& graph) {
  std::string out = "from,to,relation,status,confidence,items\r\n";
  for (const GraphEdge& edge : graph.edges) {
    char confidence[16] = "";
    if (edge.status == LinkStatus::kResolved)
      std::snprintf(confidence, sizeof confidence, "%.3f", edge.confidence);
    out += CsvField(graph.nodes[edge.from].id) + "," + CsvField(graph.nodes[edge.to].id) + "," +
           std::string(NameOf(edge.relation)) + "," + std::string(NameOf(edge.status)) +
           "," + confidence + "," + CsvField(Joined(edge.items, " ")) + "\r\n";
  }
  return out;
}

std::string GraphMl(const CitationGraph& graph, const NodeLevel& level_of) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
      "  <key id=\"issuer\" for=\"node\" attr.name=\"issuer\" attr.type=\"string\"/>\n"
      "  <key id=\"date\" for=\"node\" attr.name=\"date\" attr.type=\"string\"/>\n"
      "  <key id=\"level\" for=\"node\" attr.name=\"level\" attr.type=\"string\"/>\n"
      "  <key id=\"in_corpus\" for=\"node\" attr.name=\"in_corpus\" attr.type=\"boolean\"/>\n"
      "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
      "  <key id=\"status\" for=\"edge\" attr.name=\"status\" attr.type=\"string\"/>\n"
      "  <key id=\"items\" for=\"edge\" attr.name=\"items\" attr.type=\"string\"/>\n"
      "  <graph id=\"citations\" edgedefault=\"directed\">\n";
  for (const GraphNode& node : graph.nodes) {
    out += "    <node id=\"" + EscapeMarkup(node.id) + "\">\n";
    out += "      <data key=\"type\">" + EscapeMarkup(node.type) + "</data>\n";
    out += "      <data key=\"issuer\">" + EscapeMarkup(node.issuer) + "</data>\n";
    out += "      <data key=\"date\">" + EscapeMarkup(node.date) + "</data>\n";
    out += "      <data key=\"level\">" + EscapeMarkup(level_of(node)) + "</data>\n";
    out += std::string("      <data key=\"in_corpus\">") +
           (node.in_corpus ? "true" : "false") + "</data>\n    </node>\n";
  }
  for (const GraphEdge& edge : graph.edges) {
    out += "    <edge source=\"" + EscapeMarkup(graph.nodes[edge.from].id) + "\" target=\"" +
           EscapeMarkup(graph.nodes[edge.to].id) + "\">\n";
    out += "      <data key=\"relation\">" + std::string(NameOf(edge.relation)) + "</data>\n";
    out += "      <data key=\"status\">" + std::string(NameOf(edge.status)) + "</data>\n";
    out += "      <data key=\"items\">" + EscapeMarkup(Joined(edge.items, " ")) + "</data>\n";
    out += "    </edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

std::string DescendantChain(const CitationGraph& graph,
                            const std::vector<std::vector<int>>& levels,
                            const NodeLevel& level_of) {
  std::string out;
  for (size_t depth = 0; depth < levels.size(); ++depth) {
    for (int n : levels[depth]) {
      const GraphNode& node = graph.nodes[n];
      std::string level = level_of(node);
      out += std::string(depth * 2, ' ') + std::to_string(depth) + " " +
             (level.empty() ? "?" : level) + "  " + node.id + "  " +
             (node.type.empty() ? "-" : node.type) + "  " +
             (node.issuer.empty() ? "-" : node.issuer) + "  " +
             (node.date.empty() ? "-" : node.date) + (node.in_corpus ? "" : "  (not in corpus)") +
             "\n";
    }
  }
  return out;
}

}  // namespace vbtask

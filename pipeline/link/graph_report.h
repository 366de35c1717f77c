// A CitationGraph (link.h) written out: JSON "vbtask-link/1"
// (schema/vbtask-link-1.schema.json), the edges as CSV, GraphML for Gephi
// and networkx, and the chain of descendants of one document as text.
#ifndef VBTASK_LINK_GRAPH_REPORT_H_
#define VBTASK_LINK_GRAPH_REPORT_H_

#include <functional>
#include <string>
#include <vector>

#include "pipeline/link/link.h"

namespace vbtask {

inline constexpr const char* kLinkSchemaVersion = "vbtask-link/1";

// `level_of` names the level a node's issuer is at ("tinh", "huyen" …;
// empty when unknown).
using NodeLevel = std::function<std::string(const GraphNode&)>;

std::string GraphJson(const CitationGraph& graph, const std::vector<Document>& docs,
                      const NodeLevel& level_of);
std::string GraphCsv(const CitationGraph& graph);
std::string GraphMl(const CitationGraph& graph, const NodeLevel& level_of);

// "0 tinh  28-CT/TU@2024  Chỉ thị  TỈNH ỦY QUẢNG TRỊ  2024-03-12" and so on,
// one line per node, indented by level.
std::string DescendantChain(const CitationGraph& graph,
                            const std::vector<std::vector<int>>& levels,
                            const NodeLevel& level_of);

}  // namespace vbtask

#endif  // VBTASK_LINK_GRAPH_REPORT_H_

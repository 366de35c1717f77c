#include "pipeline/link/link.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace vbtask {
namespace {

std::string YearOfKey(const std::string& key) {
  size_t at = key.rfind('@');
  return at == std::string::npos ? "" : key.substr(at + 1);
}

bool HasDigit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool HasLetter(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  });
}

class Linker {
 public:
  Linker(const std::vector<Document>& docs, const LinkRules& rules, const LinkOptions& options)
      : docs_(docs), rules_(rules), options_(options) {}

  CitationGraph Run() {
    BuildCorpusNodes();
    for (size_t d = 0; d < docs_.size(); ++d)
      for (size_t c = 0; c < docs_[d].citations.size(); ++c) LinkCitation(d, c);
    return std::move(graph_);
  }

 private:
  int AddNode(GraphNode node) {
    int index = static_cast<int>(graph_.nodes.size());
    node_by_id_[node.id] = index;
    graph_.nodes.push_back(std::move(node));
    return index;
  }

  void BuildCorpusNodes() {
    for (size_t d = 0; d < docs_.size(); ++d) {
      const Document& doc = docs_[d];
      std::string id = doc.key.empty() ? doc.source.path : doc.key;
      auto it = node_by_id_.find(id);
      int node = 0;
      if (it != node_by_id_.end()) {
        node = it->second;
      } else {
        GraphNode n;
        n.id = id;
        n.in_corpus = true;
        n.type = doc.header.type;
        n.number = doc.header.number;
        n.date = doc.header.date;
        n.issuer = doc.header.issuer;
        node = AddNode(std::move(n));
        if (!doc.header.number.empty())
          by_canonical_[rules_.distance.Canonical(doc.header.number)].push_back(node);
      }
      graph_.nodes[node].documents.push_back(static_cast<int>(d));
      graph_.node_of_document.push_back(node);
    }
  }

  // Whether a corpus node can be the cited document: same year when both
  // give one; a date given on both sides must agree; without a cited date
  // the type must.
  bool Confirms(const Citation& citation, const GraphNode& node, bool* by_date) const {
    std::string cited_year = YearOfKey(citation.key);
    std::string node_year = YearOfKey(node.id);
    if (!cited_year.empty() && !node_year.empty() && cited_year != node_year) return false;
    *by_date = false;
    if (!citation.date.empty() && !node.date.empty()) {
      if (citation.date != node.date) return false;
      *by_date = true;
      return true;
    }
    if (citation.type.empty() || node.type.empty()) return false;
    return rules_.folder.Skeleton(citation.type) == rules_.folder.Skeleton(node.type);
  }

  int MissingNode(const Citation& citation) {
    std::string id = !citation.key.empty() ? citation.key
                     : !citation.number.empty() ? citation.number
                                                : citation.name;
    auto it = node_by_id_.find(id);
    if (it != node_by_id_.end()) return it->second;
    GraphNode n;
    n.id = id;
    n.type = citation.type;
    n.number = citation.number;
    n.date = citation.date;
    n.issuer = citation.issuer;
    return AddNode(std::move(n));
  }

  void LinkCitation(size_t d, size_t c) {
    const Citation& citation = docs_[d].citations[c];
    CitationLink link;
    link.document = static_cast<int>(d);
    link.citation = static_cast<int>(c);
    const int self = graph_.node_of_document[d];
    bool unusable_number = !citation.number.empty() &&
                           (!HasDigit(citation.number) || !HasLetter(citation.number));
    bool nothing_to_go_by =
        citation.number.empty() && citation.key.empty() && citation.name.empty();
    if (unusable_number || nothing_to_go_by) {
      link.status = LinkStatus::kMalformed;
      graph_.links.push_back(std::move(link));
      return;
    }
    auto exact = node_by_id_.find(citation.key);
    if (!citation.key.empty() && exact != node_by_id_.end() &&
        graph_.nodes[exact->second].in_corpus) {
      link.status = LinkStatus::kResolved;
      link.confidence = 1.0;
      link.target = exact->second;
    } else if (!citation.number.empty()) {
      ResolveDamaged(citation, self, &link);
    }
    if (link.status == LinkStatus::kNotInCorpus) link.target = MissingNode(citation);
    if (link.target == self) return;  // a document naming itself
    if (link.target >= 0) AddEdge(self, link, citation);
    graph_.links.push_back(std::move(link));
  }

  void ResolveDamaged(const Citation& citation, int self, CitationLink* link) const {
    auto bucket = by_canonical_.find(rules_.distance.Canonical(citation.number));
    if (bucket == by_canonical_.end()) return;
    struct Candidate {
      int node;
      double confidence;
    };
    std::vector<Candidate> confirmed;
    for (int node : bucket->second) {
      if (node == self) continue;
      const GraphNode& n = graph_.nodes[node];
      double distance = rules_.distance.Distance(citation.number, n.number);
      if (distance > options_.max_distance) continue;
      bool by_date = false;
      if (!Confirms(citation, n, &by_date)) continue;
      double confidence = std::exp(-distance) * (by_date ? 1.0 : 0.85);
      confirmed.push_back({node, confidence});
    }
    if (confirmed.size() == 1) {
      link->status = LinkStatus::kResolved;
      link->target = confirmed[0].node;
      link->confidence = std::round(confirmed[0].confidence * 1000) / 1000;
    } else if (confirmed.size() > 1) {
      link->status = LinkStatus::kAmbiguous;
      for (const Candidate& candidate : confirmed) link->candidates.push_back(candidate.node);
    }
  }

  void AddEdge(int from, const CitationLink& link, const Citation& citation) {
    GraphEdge edge;
    edge.from = from;
    edge.to = link.target;
    edge.relation = citation.relation;
    edge.status = link.status;
    edge.confidence = link.confidence;
    const Document& doc = docs_[link.document];
    for (const CitationMention& mention : citation.mentions) {
      if (mention.item < 0 || mention.item >= static_cast<int>(doc.items.size())) continue;
      const std::string& id = doc.items[mention.item].id;
      if (std::find(edge.items.begin(), edge.items.end(), id) == edge.items.end())
        edge.items.push_back(id);
    }
    // The text and the PDF of one document cite the same: one edge.
    if (!edges_seen_.insert({edge.from, edge.to}).second) return;
    graph_.edges.push_back(std::move(edge));
  }

  const std::vector<Document>& docs_;
  const LinkRules& rules_;
  const LinkOptions& options_;
  CitationGraph graph_;
  std::unordered_map<std::string, int> node_by_id_;
  std::unordered_map<std::string, std::vector<int>> by_canonical_;
  std::set<std::pair<int, int>> edges_seen_;
};

}  // namespace

std::string_view NameOf(LinkStatus status) {
  switch (status) {
    case LinkStatus::kResolved: return "resolved";
    case LinkStatus::kAmbiguous: return "ambiguous";
    case LinkStatus::kNotInCorpus: return "not_in_corpus";
    case LinkStatus::kMalformed: return "malformed";
  }
  return "malformed";
}

Result<LinkRules> LinkRules::Load(const std::string& rules_dir) {
  auto folder = TextFolder::Load(rules_dir);
  if (!folder.ok()) return folder.status();
  auto distance = NumberDistance::Load(rules_dir);
  if (!distance.ok()) return distance.status();
  return LinkRules{std::move(folder.value()), std::move(distance.value())};
}

int CitationGraph::FindNode(const std::string& id) const {
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].id == id) return static_cast<int>(i);
  return -1;
}

CitationGraph LinkDocuments(const std::vector<Document>& docs, const LinkRules& rules,
                            const LinkOptions& options) {
  return Linker(docs, rules, options).Run();
}

std::vector<std::vector<int>> Descendants(const CitationGraph& graph, int root) {
  const size_t n = graph.nodes.size();
  std::vector<std::vector<int>> children(n);
  for (const GraphEdge& edge : graph.edges) {
    if (edge.relation == CitationRelation::kImplements ||
        edge.relation == CitationRelation::kBasedOn)
      children[edge.to].push_back(edge.from);
  }
  std::vector<std::vector<int>> levels;
  if (root < 0 || static_cast<size_t>(root) >= n) return levels;
  // A document citing both the provincial directive and the district plan
  // that carries it belongs below the district: each node goes to its
  // longest path from the root. Relaxation stops after n rounds, so a
  // citation cycle cannot loop.
  std::vector<int> depth(n, -1);
  depth[root] = 0;
  bool changed = true;
  for (size_t round = 0; changed && round < n; ++round) {
    changed = false;
    for (size_t node = 0; node < n; ++node) {
      if (depth[node] < 0) continue;
      for (int child : children[node]) {
        if (child == root || depth[child] >= depth[node] + 1) continue;
        depth[child] = depth[node] + 1;
        changed = true;
      }
    }
  }
  for (size_t node = 0; node < n; ++node) {
    if (depth[node] < 0) continue;
    if (levels.size() <= static_cast<size_t>(depth[node])) levels.resize(depth[node] + 1);
    levels[depth[node]].push_back(static_cast<int>(node));
  }
  return levels;
}

}  // namespace vbtask

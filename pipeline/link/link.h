// The citation graph of a corpus: every document a corpus document cites,
// resolved to the corpus document it names.
//
// In: the Documents of a corpus (vbtask outputs read back). Out: a
// CitationGraph whose nodes are the corpus's documents (one node per key:
// the text and the PDF of one document are one node) and the cited
// documents it lacks, whose edges carry the relation read from the citing
// sentence and the citing items, and one CitationLink per citation with its
// status:
//   resolved       one document; confidence 1 for an equal key, less for a
//                  number damaged by OCR or typing (0/O, 1/l/I, 5/S, 8/B,
//                  Đ/D, a dash lost or doubled, stray spaces) that a
//                  weighted edit distance finds and the date, type or
//                  issuer confirms;
//   ambiguous      several documents fit as well (all listed);
//   not_in_corpus  kept as a node: analysts want to see what is missing;
//   malformed      a number no document could have (no digit, no code).
// A damaged number is never resolved on its looks alone: a candidate whose
// date differs is refused, and one without a date to compare needs the
// type to agree.
#ifndef VBTASK_LINK_LINK_H_
#define VBTASK_LINK_LINK_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"
#include "pipeline/normalize/fold.h"

namespace vbtask {

struct LinkOptions {
  // A candidate whose number is further than this from the cited one (in
  // the costs of rules/link/confusions.tsv; any other edit costs 1) is not
  // the cited document.
  double max_distance = 0.9;
};

// The weighted edit distance between document numbers.
class NumberDistance {
 public:
  static Result<NumberDistance> Load(const std::string& rules_dir);
  double Distance(const std::string& a, const std::string& b) const;
  // The form two numbers share when they differ only by the listed
  // confusions: capitals, each confusable character replaced by one
  // representative, lost characters left out.
  std::string Canonical(const std::string& number) const;

 private:
  std::u32string Upper(const std::string& number) const;
  double Substitution(char32_t a, char32_t b) const;
  double Gap(char32_t c) const;
  std::unordered_map<uint64_t, double> substitution_;
  std::unordered_map<char32_t, double> gap_;
  std::unordered_map<char32_t, char32_t> representative_;
};

struct LinkRules {
  TextFolder folder;
  NumberDistance distance;
  static Result<LinkRules> Load(const std::string& rules_dir);
};

enum class LinkStatus { kResolved, kAmbiguous, kNotInCorpus, kMalformed };
std::string_view NameOf(LinkStatus status);

struct GraphNode {
  std::string id;       // the document's key; its path when it has none
  bool in_corpus = false;
  std::string type, number, date, issuer;  // of the document, or as cited
  std::vector<int> documents;  // indices of the corpus documents of this node
};

struct CitationLink {
  int document = -1;   // the citing document
  int citation = -1;   // index into its citations
  LinkStatus status = LinkStatus::kNotInCorpus;
  double confidence = 0;     // of a resolution
  int target = -1;           // node, for resolved and not_in_corpus
  std::vector<int> candidates;  // nodes, for ambiguous
};

struct GraphEdge {
  int from = -1, to = -1;  // nodes
  CitationRelation relation = CitationRelation::kMentions;
  LinkStatus status = LinkStatus::kResolved;
  double confidence = 0;
  std::vector<std::string> items;  // ids of the citing items
};

struct CitationGraph {
  std::vector<GraphNode> nodes;  // corpus nodes first, in document order
  std::vector<CitationLink> links;
  std::vector<GraphEdge> edges;
  std::vector<int> node_of_document;  // document index → node
  int FindNode(const std::string& id) const;
};

CitationGraph LinkDocuments(const std::vector<Document>& docs, const LinkRules& rules,
                            const LinkOptions& options = {});

// The documents that carry `root` down, level by level: level 0 is the
// root; a node with an implements or based_on edge to a node of the chain
// is one level below the deepest such node (each node once).
std::vector<std::vector<int>> Descendants(const CitationGraph& graph, int root);

}  // namespace vbtask

#endif  // VBTASK_LINK_LINK_H_

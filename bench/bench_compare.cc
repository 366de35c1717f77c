// vbtask_bench_compare: the speed of `vbtask compare` and `vbtask link` on
// vbtask outputs (default: output/, the corpus goldens).
//
//   vbtask_bench_compare [--rounds N] [--link-docs N] [DIR]
//
// Compare: every ordered pair of documents with items, once each on its
// own (as the command runs) and N rounds through one Comparer; prints
// document pairs/s and item pairs scored/s (weights learned once, as the
// command does per run). Link: the corpus's documents copied until there
// are --link-docs of them (each copy renumbered, its citations kept), then
// linked once; prints documents/s and the seconds taken.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/compare/compare.h"
#include "pipeline/driver/pipeline.h"
#include "pipeline/link/link.h"
#include "pipeline/model/serialized.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace vbtask;
  int rounds = 3;
  size_t link_docs = 10000;
  std::string dir = std::string(VBTASK_DEFAULT_RULES_DIR) + "/../output";
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) rounds = std::atoi(argv[++i]);
    else if (arg == "--link-docs" && i + 1 < argc) link_docs = std::strtoul(argv[++i], nullptr, 10);
    else dir = arg;
  }
  std::vector<Document> docs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    auto bytes = ReadWholeFile(entry.path().string());
    if (!bytes.ok()) continue;
    auto doc = ParseDocumentJson(*bytes);
    if (!doc.ok()) {
      std::fprintf(stderr, "%s: %s\n", entry.path().c_str(), doc.status().message().c_str());
      return 1;
    }
    docs.push_back(std::move(doc.value()));
  }
  auto rules = CompareRules::Load(DefaultRulesDir());
  auto link_rules = LinkRules::Load(DefaultRulesDir());
  if (!rules.ok() || !link_rules.ok()) {
    std::fprintf(stderr, "rules: %s%s\n", rules.status().message().c_str(),
                 link_rules.status().message().c_str());
    return 2;
  }
  std::vector<const Document*> with_items;
  for (const Document& doc : docs) {
    for (const Item& item : doc.items)
      if (IsComparableItem(item)) {
        with_items.push_back(&doc);
        break;
      }
  }
  TermWeights weights = rules->corpus_weights;
  size_t document_pairs = 0, item_pairs = 0, pairs_found = 0;
  // Each pair as `vbtask compare` makes it (both documents read into terms
  // for it), then all pairs through one Comparer (each document read once).
  auto start = Clock::now();
  for (const Document* parent : with_items) {
    for (const Document* child : with_items) {
      if (parent != child) (void)CompareDocuments(*parent, *child, *rules, weights);
    }
  }
  double one_by_one = Seconds(start);
  size_t pairs_one_by_one = with_items.size() * (with_items.size() - 1);
  std::printf("compare, each pair on its own: %zu document pairs in %.2f s: %.0f pairs/s\n",
              pairs_one_by_one, one_by_one, pairs_one_by_one / one_by_one);
  start = Clock::now();
  Comparer comparer(*rules, weights);
  std::vector<int> handles;
  for (const Document* doc : with_items) handles.push_back(comparer.Add(*doc));
  for (int r = 0; r < rounds; ++r) {
    for (size_t pi = 0; pi < with_items.size(); ++pi) {
      for (size_t ci = 0; ci < with_items.size(); ++ci) {
        if (pi == ci) continue;
        const Document* parent = with_items[pi];
        const Document* child = with_items[ci];
        auto result = comparer.Compare(handles[pi], handles[ci]);
        if (!result.ok()) continue;
        ++document_pairs;
        pairs_found += result->pairs.size();
        size_t p = 0, c = 0;
        for (const Item& item : parent->items) p += IsComparableItem(item);
        for (const Item& item : child->items) c += IsComparableItem(item);
        item_pairs += p * c;
      }
    }
  }
  double seconds = Seconds(start);
  std::printf("compare, one Comparer: %zu documents, %zu document pairs in %.2f s: %.0f document pairs/s, "
              "%.0f item pairs scored/s (%zu task pairs found)\n",
              with_items.size(), document_pairs, seconds, document_pairs / seconds,
              item_pairs / seconds, pairs_found);

  std::vector<Document> many;
  many.reserve(link_docs);
  for (size_t i = 0; many.size() < link_docs && !docs.empty(); ++i) {
    Document copy = docs[i % docs.size()];
    size_t generation = i / docs.size();
    if (generation > 0 && !copy.header.number.empty()) {
      copy.header.number = std::to_string(generation) + "0" + copy.header.number;
      copy.key = copy.header.number + "@" + copy.header.date.substr(0, 4);
    }
    many.push_back(std::move(copy));
  }
  start = Clock::now();
  CitationGraph graph = LinkDocuments(many, *link_rules);
  seconds = Seconds(start);
  size_t resolved = 0;
  for (const CitationLink& link : graph.links) resolved += link.status == LinkStatus::kResolved;
  std::printf("link: %zu documents, %zu citations (%zu resolved), %zu nodes, %zu edges in "
              "%.2f s: %.0f documents/s\n",
              many.size(), graph.links.size(), resolved, graph.nodes.size(), graph.edges.size(),
              seconds, many.size() / seconds);
  return 0;
}

// Comparing a directive with a document that carries it down a level: which
// of the parent's tasks the child kept, narrowed, expanded, re-assigned or
// re-dated, which it dropped, which it could not take (addressed to bodies
// outside its scope), and what it added.
//
// In: two Documents (model/document.h), as the pipeline made them or as read
// back from vbtask JSON; no store is needed. Out: a Comparison, written as
// the contract "vbtask-compare/1" by compare/report.h.
//
// Items are aligned by content. Each item's text becomes a set of terms:
// syllables in their matching form (lowercase, without diacritics, so that
// "Tỉnh uỷ", "tỉnh ủy" and an OCR'd "tinh uy" agree) and pairs of adjacent
// syllables (a Vietnamese word is often two), stop words of
// rules/compare/stop_words.txt left out. A term weighs by its rarity among
// the items of a corpus (TermWeights): boilerplate every directive prints
// ("quán triệt, triển khai thực hiện") weighs little without a list tuned
// on one pair. Two items score by the cosine of their weighted terms, moved
// a little by whether their leads and times agree; an optimal one-to-one
// assignment keeps the pairs above a threshold, and a child item left over
// that takes part of an already paired parent task joins it (a split).
#ifndef VBTASK_COMPARE_COMPARE_H_
#define VBTASK_COMPARE_COMPARE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/compare/levels.h"
#include "pipeline/model/document.h"
#include "pipeline/normalize/fold.h"

namespace vbtask {

struct CompareOptions {
  // A one-to-one pair needs at least this score (0..1). Below it, two items
  // share little more than the vocabulary of their movement.
  double pair_threshold = 0.22;
  // A child item left unpaired joins a paired parent task when it scores at
  // least this with it and at least `split_coverage` of its weighted terms
  // are the parent's: the child split that task into several.
  double split_threshold = 0.18;
  double split_coverage = 0.5;
  // The share of the score that is text similarity; the rest is agreement
  // of lead (after level mapping) and of dates.
  double text_weight = 0.85;
  // Text classes, from the share of each side's weighted terms the other
  // holds: both at least `same_coverage` → same wording; the parent's at
  // least `kept_coverage` while the child's is not → expanded (the child
  // keeps it all and adds); the reverse → narrowed (the child keeps a part);
  // otherwise adapted (rewritten).
  // Both compare the texts without the bodies and times they name, which
  // lead_changed, deadline_changed and cooperate_changed report.
  double same_coverage = 0.6;
  double kept_coverage = 0.6;
  // A pair without citation counts towards same_campaign when the pairs
  // cover at least this share of the parent's tasks.
  double campaign_share = 0.3;
};

// Term weights learned from the items of a corpus: log inverse item
// frequency, so a term in every item weighs about nothing and a term seen in
// one weighs most. A term the corpus never saw weighs as one seen once.
class TermWeights {
 public:
  void AddItemTerms(const std::vector<std::string>& distinct_terms);
  double Weight(const std::string& term) const;
  size_t items() const { return items_; }

  // `# items N` then `term<TAB>count` lines (rules/compare/item_frequencies.tsv).
  static Result<TermWeights> Load(const std::string& path);
  std::string Serialize(size_t min_count = 2) const;

 private:
  size_t items_ = 0;
  std::unordered_map<std::string, int> counts_;
};

// What comparing needs from rules/: the text folder, the stop words and the
// level map (levels.h).
struct CompareRules {
  TextFolder folder;
  std::unordered_set<std::string> stop_words;  // matching forms
  LevelMap levels;
  TermWeights corpus_weights;  // rules/compare/item_frequencies.tsv

  static Result<CompareRules> Load(const std::string& rules_dir);

  // The distinct terms of a text: syllables and adjacent pairs ("chuyen
  // doi", "chuyen_doi" joined by '_'), stop words out.
  std::vector<std::string> Terms(std::string_view text) const;
};

// Which items take part: tasks and bullets, not section headings.
bool IsComparableItem(const Item& item);

// Adds the comparable items of `doc` to `weights`.
void LearnTermWeights(const Document& doc, const CompareRules& rules,
                      TermWeights* weights);

enum class DocumentRelation { kImplements, kSameCampaign, kFollowUp, kUnrelated };

enum class ChangeType {
  kSame,
  kNarrowed,
  kExpanded,
  kAdapted,
  kLeadChanged,
  kDeadlineChanged,
  kCooperateChanged,
};

std::string_view NameOf(DocumentRelation relation);
std::string_view NameOf(ChangeType change);

// Why a pair was made.
struct PairEvidence {
  double text_similarity = 0;  // cosine of the weighted terms
  // Of the texts without the bodies and times they name (what is to be
  // done): the share of the parent item's term weight the child holds, and
  // the reverse.
  double parent_covered = 0;
  double child_covered = 0;
  std::vector<std::string> shared_terms;  // the heaviest shared terms, at most 6
  bool lead_agrees = false;    // the leads name the same bodies after level mapping
  bool split = false;          // one of several child items of one parent task
};

struct ItemPair {
  int parent = -1, child = -1;  // indices into the documents' items
  double score = 0;
  std::vector<ChangeType> changes;  // text class first; `same` alone when nothing changed
  PairEvidence evidence;
};

struct Comparison {
  DocumentRelation relation = DocumentRelation::kUnrelated;
  bool child_cites_parent = false;
  std::vector<ItemPair> pairs;  // in the parent's item order, then the child's
  std::vector<int> dropped;         // parent items without a pair
  std::vector<int> not_applicable;  // parent items for bodies outside the child's scope
  std::vector<int> added;           // child items without a pair
  std::string parent_level, child_level;  // LevelMap::DocumentLevel
};

// Compares documents with many others: each document's items are read
// into weighted terms once, when added. The documents, rules and weights
// must outlive it.
class Comparer {
 public:
  Comparer(const CompareRules& rules, const TermWeights& weights,
           const CompareOptions& options = {});
  ~Comparer();
  Comparer(const Comparer&) = delete;
  Comparer& operator=(const Comparer&) = delete;

  // Returns the document's handle for Compare.
  int Add(const Document& doc);
  // As CompareDocuments, for two added documents.
  Result<Comparison> Compare(int parent, int child) const;

 private:
  struct Prepared;
  const CompareRules& rules_;
  const TermWeights& weights_;
  CompareOptions options_;
  std::unique_ptr<Prepared> prepared_;
};

// `weights` should hold the corpus's counts and both documents' items
// (LearnTermWeights). Fails only on documents it cannot compare: one
// without any comparable item is InvalidInput naming it.
Result<Comparison> CompareDocuments(const Document& parent, const Document& child,
                                    const CompareRules& rules,
                                    const TermWeights& weights,
                                    const CompareOptions& options = {});

}  // namespace vbtask

#endif  // VBTASK_COMPARE_COMPARE_H_

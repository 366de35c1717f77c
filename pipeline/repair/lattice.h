// The candidate lattice of one line and its Viterbi search.
#ifndef VBTASK_REPAIR_LATTICE_H_
#define VBTASK_REPAIR_LATTICE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/repair/repair_internal.h"

namespace vbtask::repair {

// Tokens [first, last) read as `out`, which replaces line bytes
// [begin, end). Word edges feed 1-2 words to the language model; other
// characters end the sentence (n_ids 0). `rule` is null for the text as
// printed.
struct Edge {
  int first, last;
  size_t begin, end;
  std::string out;
  uint32_t ids[2];
  int n_ids;
  float unknown[2];  // unigram log-probability of kUnknown words
  float cost;        // error model, in nats
  std::optional<RepairRule> rule;
  // A glyph restored from a two-space gap between words takes one of the
  // spaces; the word on the other side must not take the other.
  bool eats_gap_before = false, eats_gap_after = false;
  // A real word never seen beside its neighbours, replaced by a variant:
  // the margin of --repair full is enough.
  bool fits_context = false;
  // A change of something that is not a real word ("đ ng", "nư c"): only
  // such changes may lean on what other documents of the batch print, for
  // a real word printed ("phường") is itself evidence.
  bool restores = false;
};

// The letters, digits and case of a printed word.
struct WordShape {
  bool letters = true, digits = false;
  int upper = 0, lower = 0;
  bool lower_non_ascii_only = true;  // every lowercase letter is a marked one
  bool first_upper = false;
};
WordShape ShapeOf(std::string_view w);

// A Viterbi state: the best path to a position ending in word `last`.
struct ViterbiState {
  uint32_t last;
  bool ate_gap;  // the last edge took a space the next word may not take
  float score;
  int back_state;
  int edge;
};

// A change kept on the best path, with the evidence for it.
struct Choice {
  const Edge* edge;
  float gain;  // log-likelihood of the repaired line over the printed one
};

class LineLattice {
 public:
  explicit LineLattice(const RepairModel::Impl& model) : model_(&model) {}

  // The words printed just before and after the line (a sentence wrapped
  // over lines), "" for none: context for the language model. Kept until
  // changed.
  void SetContext(std::string_view before, std::string_view after);
  // `real_word_cost` is added to changes of a possible word.
  void Build(std::string_view line, float real_word_cost);
  // The changes on the best path whose gain reaches `margin` (or
  // `context_margin` for a run of edges that fit their context), in order.
  void Decode(float margin, float context_margin, std::vector<Choice>* choices);

  // Adds the signs of damage `line` shows to `signature`.
  void SurveyLine(std::string_view line, DamageSignature* signature);

  // Adapts to the document: syllable pairs printed as real syllables at
  // least twice in `text` (or in the batch) become likely whatever the
  // training texts say ("Kế hoạch" printed right elsewhere supports
  // repairing "Ke hoạch").
  void LearnDocument(std::string_view text, const RepairEvidence* batch);
  // The pairs `text` prints in confident text, once per occurrence.
  void ConfidentPairs(std::string_view text, std::vector<uint64_t>* pairs);

 private:
  void AddConfusions(int i, std::string_view w, bool has_digits);
  void AddWordEdge(int i, std::string out, const std::string& key, float cost,
                   std::optional<RepairRule> rule);
  float ScorePath(const std::vector<int>& path) const;
  // The word after the line, given the line's last word.
  float EndScore(uint32_t last) const {
    return last == kStart || after_id_ == kStart ? 0
                                                 : LogProb(last, after_id_, false);
  }
  // `use_batch`: the pair touches a restored word (see Edge::restores).
  float LogProb(uint32_t prev, uint32_t w, bool use_batch) const;
  struct KnownWord;
  // The language-model key and id of a printed word, cached.
  const KnownWord& Known(std::string_view word);
  bool Dominant(uint32_t id, const std::vector<Variant>& variants) const;

  const RepairModel::Impl* model_;
  std::string_view line_;
  std::vector<Token> tokens_;
  std::vector<std::string> keys_;
  std::vector<uint32_t> ids_;
  std::vector<Edge> edges_;
  // Edges by first token, and Viterbi states by position; the inner
  // vectors are cleared, not freed, between lines.
  std::vector<std::vector<int>> starts_;
  std::vector<std::vector<ViterbiState>> states_;
  std::vector<int> keep_;                 // the edge "as printed" per token
  // Words repeat: their language-model key and id, by printed form.
  struct KnownWord {
    std::string key;
    uint32_t id;
    bool is_protected;  // in rules/repair/protected.txt
    WordShape shape;
    // Diacritic variants: the model's list for attested syllables, else
    // computed once into own_variants.
    const std::vector<Variant>* variants;
    std::vector<Variant> own_variants;
    bool well_formed;  // a possible syllable (attested ones always are)
    bool dominant;     // attested and likelier than its diacritic variants
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_map<std::string, KnownWord, StringHash, std::equal_to<>>
      known_;
  std::vector<char> well_formed_;
  uint32_t before_id_ = kStart, after_id_ = kStart;  // see SetContext
  std::vector<const KnownWord*> known_at_;  // per token; null off words
  std::vector<uint64_t> document_pairs_;  // printed twice or more, sorted
  std::vector<char> starts_document_pair_;  // by attested id, a quick filter
  const RepairEvidence* batch_ = nullptr;
};

}  // namespace vbtask::repair

#endif  // VBTASK_REPAIR_LATTICE_H_

// Stage 3b, repair: reconstructed text in, repaired text out, with every
// change on record.
//
// OCR and bad extraction damage Vietnamese text in recognisable ways:
// glyphs dropped to spaces ("nư c"), wrong tone or vowel-shape marks
// ("Kêt", "tông kết"), letter/digit confusions ("202S", "ƯBND"), syllables
// split by stray spaces ("ủ y"), stray quotes inside words ("nhà‘nước") and
// mixed case inside an uppercase word ("DựNG"). Each line is decoded as a
// noisy channel: candidate edits per token and per run of tokens (error
// costs from rules/repair/) form a lattice scored by a syllable bigram
// language model (rules/repair/model.tsv, built by `vbtask lm build`), and
// the best path is searched with Viterbi. A change is kept only when it
// beats the text as printed by a margin (mode `safe` is stricter than
// `full`); numbers change only into a plausible year, and protected names
// and abbreviations never change.
#ifndef VBTASK_REPAIR_REPAIR_H_
#define VBTASK_REPAIR_REPAIR_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/base/offset_map.h"
#include "pipeline/base/status.h"
#include "pipeline/decode/decode.h"
#include "pipeline/model/document.h"
#include "pipeline/reconstruct/reconstruct.h"

namespace vbtask {

enum class RepairMode { kOff, kSafe, kFull };
bool ParseRepairMode(std::string_view name, RepairMode* mode);

struct RepairedText {
  std::string text;
  std::vector<Repair> repairs;  // in text order, not overlapping
  OffsetMap to_input;           // repaired text -> input text
};

class RepairModel {
 public:
  // Reads rules/repair/ and rules/syllable/; the hunspell-vi syllables are
  // the ones given (those the decode stage loaded), or read from their
  // default place.
  static Result<RepairModel> Load(const std::string& rules_dir,
                                  const AttestedSyllables& syllables);
  static Result<RepairModel> Load(const std::string& rules_dir);

  RepairModel();
  RepairModel(RepairModel&&) noexcept;
  RepairModel& operator=(RepairModel&&) noexcept;
  ~RepairModel();

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// What a batch of documents prints in confident text: syllable pairs
// (words next to no gap, each likelier than its diacritic variants) and
// how often. Documents of one archive share names, places and formulae, so
// a word damaged in one is usually printed right in another; a pair the
// batch prints twice is taken as likely whatever the training texts say.
// Filled in a first pass over the batch (AddDocument is thread-safe), then
// read, unchanged, while the documents are repaired.
class RepairEvidence {
 public:
  explicit RepairEvidence(const RepairModel& model) : model_(&model) {}

  void AddDocument(std::string_view text);
  // Pairs of language-model ids, (previous << 32) | next.
  bool Likely(uint64_t pair) const;
  size_t likely_pairs() const { return likely_; }

 private:
  const RepairModel* model_;
  std::mutex mu_;
  std::unordered_map<uint64_t, uint32_t> counts_;
  size_t likely_ = 0;
};

// The signs of damage a text shows, counted over its words. OCR output
// and broken extraction print syllables no Vietnamese word has ("Kêt"),
// glyphs lost to gaps ("nư  c"), lowercase marks inside capitals
// ("DựNG"), digits read as letters ("202S") and quotes glued between
// words; typed text prints almost none, whatever names, abbreviations and
// foreign words it holds, for those carry no Vietnamese marks.
struct DamageSignature {
  size_t words = 0;  // tokens with letters
  size_t ill_formed = 0, glyph_gaps = 0, mixed_case = 0, misread_numbers = 0,
         stray_marks = 0;
  std::vector<std::string> examples;  // the first few signs, as printed
  size_t signs() const {
    return ill_formed + glyph_gaps + mixed_case + misread_numbers + stray_marks;
  }
  double PerThousandWords() const;
  std::string Describe() const;  // for warnings and reports
};
DamageSignature SurveyDamage(std::string_view text, const RepairModel& model);

// What ingestion knows of where the text came from. OCR output is damaged
// by nature; typed text (a text file, a PDF text layer, Word) is repaired
// only when it shows damage, for every change to correct text is an error
// the source did not have.
enum class TextOrigin { kTyped, kOcr };

struct RepairDecision {
  bool repair = false;
  std::string reason;  // a warning's message when repair is skipped
  DamageSignature signature;  // not surveyed (empty) for OCR text
};
// Repair OCR text always, typed text when its signs of damage reach the
// model's threshold (rules/repair/error_costs.tsv,
// damage_per_thousand_words).
RepairDecision DecideRepair(std::string_view text, const RepairModel& model,
                            TextOrigin origin);

// `batch`, when given, adds what the batch prints to what the text itself
// prints as evidence.
RepairedText RepairText(std::string_view text, const RepairModel& model,
                        RepairMode mode, const RepairEvidence* batch = nullptr);

// Repairs `text` in place: the text, paragraph offsets and the map to the
// normalized text follow the repairs, which are returned.
std::vector<Repair> RepairReconstructed(ReconstructedText* text,
                                        const RepairModel& model,
                                        RepairMode mode,
                                        const RepairEvidence* batch = nullptr);

// The language model file (syllable bigram counts) trained on clean texts
// plus the lexicon rules/repair/lexicon.tsv, as written to
// rules/repair/model.tsv. Each text is decoded and normalized like any
// input; `names` are recorded as the sources.
Result<std::string> BuildLanguageModel(const std::vector<SourceFile>& texts,
                                       const std::vector<std::string>& names,
                                       const std::string& rules_dir);

}  // namespace vbtask

#endif  // VBTASK_REPAIR_REPAIR_H_

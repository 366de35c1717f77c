#include "pipeline/repair/repair.h"

#include <algorithm>
#include <cmath>
#include <limits>


#include "pipeline/repair/lattice.h"

namespace vbtask {
namespace repair {
namespace {

using State = ViterbiState;

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// The first line that is not blank after the newline at `from`.
std::string_view NextLine(std::string_view text, size_t from) {
  while (from < text.size()) {
    size_t begin = from + 1;
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!IsBlank(line)) return line;
    from = end;
  }
  return {};
}

}  // namespace

// A pair the document itself prints twice is taken as likely as 1 in 4.
constexpr int kDocumentPairMinimum = 2;
constexpr float kDocumentPairLogProb = -1.4f;

float LineLattice::LogProb(uint32_t prev, uint32_t w, bool use_batch) const {
  float p = model_->lm.LogProb(prev, w);
  if (p >= kDocumentPairLogProb) return p;
  const uint64_t pair = (uint64_t{prev} << 32) | w;
  if (prev < starts_document_pair_.size() && starts_document_pair_[prev] &&
      std::binary_search(document_pairs_.begin(), document_pairs_.end(), pair)) {
    return kDocumentPairLogProb;
  }
  return use_batch && batch_ != nullptr && batch_->Likely(pair)
             ? kDocumentPairLogProb
             : p;
}

// A syllable likelier than each of its diacritic variants: a document
// printing it is evidence, while printing "ke" (for "kế") is not, however
// often OCR repeats the damage.
bool LineLattice::Dominant(uint32_t id,
                           const std::vector<Variant>& variants) const {
  if (!model_->IsAttestedId(id)) return false;
  const float own = model_->lm.LogUnigram(id);
  for (const Variant& v : variants) {
    if (model_->lm.LogUnigram(v.id) > own) return false;
  }
  return true;
}

void LineLattice::ConfidentPairs(std::string_view text,
                                 std::vector<uint64_t>* printed) {
  std::vector<Token> tokens;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    Tokenize(line, &tokens);
    uint32_t prev = kUnknown;
    for (size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      uint32_t id = kUnknown;
      // Only confident text teaches: a word next to a gap of two spaces,
      // or after a space opening the line, may have lost a glyph there,
      // and damage repeated is no evidence ("Ban  hấp hành").
      size_t before = t.begin - (k > 0 ? tokens[k - 1].end : 0);
      size_t after = (k + 1 < tokens.size() ? tokens[k + 1].begin
                                            : line.size()) - t.end;
      const bool near_gap = before >= 2 || (k == 0 && before == 1) || after >= 2;
      if (t.word && !near_gap) {
        const KnownWord& word = Known(line.substr(t.begin, t.end - t.begin));
        if (word.dominant) id = word.id;
      }
      if (prev != kUnknown && id != kUnknown) {
        printed->push_back((uint64_t{prev} << 32) | id);
      }
      prev = id;
    }
    begin = end + 1;
  }
}

void LineLattice::LearnDocument(std::string_view text,
                                const RepairEvidence* batch) {
  batch_ = batch;
  document_pairs_.clear();
  std::vector<uint64_t> printed;
  ConfidentPairs(text, &printed);
  std::sort(printed.begin(), printed.end());
  starts_document_pair_.assign(model_->attested_end, 0);
  for (size_t i = 0; i < printed.size();) {
    size_t j = i;
    while (j < printed.size() && printed[j] == printed[i]) ++j;
    if (j - i >= kDocumentPairMinimum) {
      document_pairs_.push_back(printed[i]);
      starts_document_pair_[printed[i] >> 32] = 1;
    }
    i = j;
  }
}

}  // namespace repair

void RepairEvidence::AddDocument(std::string_view text) {
  repair::LineLattice lattice(model_->impl());
  std::vector<uint64_t> printed;
  lattice.ConfidentPairs(text, &printed);
  std::lock_guard<std::mutex> lock(mu_);
  for (uint64_t pair : printed) {
    if (++counts_[pair] == repair::kDocumentPairMinimum) ++likely_;
  }
}

bool RepairEvidence::Likely(uint64_t pair) const {
  auto it = counts_.find(pair);
  return it != counts_.end() && it->second >= repair::kDocumentPairMinimum;
}

namespace repair {

float LineLattice::ScorePath(const std::vector<int>& path) const {
  uint32_t last = before_id_;
  bool last_restored = false;
  float score = 0;
  for (int index : path) {
    const Edge& e = edges_[index];
    score -= e.cost;
    if (e.n_ids == 0) last = kStart;
    for (int k = 0; k < e.n_ids; ++k) {
      score += LogProb(last, e.ids[k], e.restores || (k == 0 && last_restored)) +
               e.unknown[k];
      last = e.ids[k];
    }
    last_restored = e.restores;
  }
  score += EndScore(last);
  return score;
}

void LineLattice::Decode(float margin, float context_margin,
                         std::vector<Choice>* choices) {
  choices->clear();
  const int n = static_cast<int>(tokens_.size());
  if (n == 0 || static_cast<int>(edges_.size()) == n) return;  // nothing to try
  if (states_.size() < size_t(n) + 1) states_.resize(n + 1);
  for (int p = 0; p <= n; ++p) states_[p].clear();
  std::vector<std::vector<State>>& states = states_;
  states[0].push_back({before_id_, false, 0, -1, -1});
  // States far behind the best at a position cannot catch up: the next
  // word's probability is all that still tells them apart.
  constexpr float kBeam = 25;
  for (int p = 0; p < n; ++p) {
    float best_here = -std::numeric_limits<float>::infinity();
    for (const State& st : states[p]) best_here = std::max(best_here, st.score);
    for (int s = 0; s < static_cast<int>(states[p].size()); ++s) {
      const State from = states[p][s];
      if (from.score < best_here - kBeam) continue;
      for (int index : starts_[p]) {
        const Edge& e = edges_[index];
        if (from.ate_gap && e.eats_gap_before) continue;
        float score = from.score - e.cost;
        uint32_t last = e.n_ids == 0 ? kStart : from.last;
        const bool after_restored = from.edge >= 0 && edges_[from.edge].restores;
        for (int k = 0; k < e.n_ids; ++k) {
          score += LogProb(last, e.ids[k],
                           e.restores || (k == 0 && after_restored)) +
                   e.unknown[k];
          last = e.ids[k];
        }
        std::vector<State>& to = states[e.last];
        const bool ate = e.eats_gap_after;
        auto it = std::find_if(to.begin(), to.end(), [&](const State& x) {
          return x.last == last && x.ate_gap == ate;
        });
        if (it == to.end()) {
          to.push_back({last, ate, score, s, index});
        } else if (score > it->score) {
          *it = {last, ate, score, s, index};
        }
      }
    }
  }
  // Back from the best final state.
  const std::vector<State>& final_states = states[n];
  int s = static_cast<int>(
      std::max_element(final_states.begin(), final_states.end(),
                       [&](const State& a, const State& b) {
                         return a.score + EndScore(a.last) <
                                b.score + EndScore(b.last);
                       }) -
      final_states.begin());
  std::vector<int> best;
  for (int p = n; p > 0;) {
    const State& st = states[p][s];
    best.push_back(st.edge);
    s = st.back_state;
    p = edges_[st.edge].first;
  }
  std::reverse(best.begin(), best.end());

  // Each run of changes must beat the printed text over the same tokens.
  std::vector<int> path = std::move(best);
  float path_score = ScorePath(path);
  for (size_t i = 0; i < path.size();) {
    if (!edges_[path[i]].rule) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < path.size() && edges_[path[j]].rule.has_value()) ++j;
    std::vector<int> reverted(path.begin(), path.begin() + i);
    for (int t = edges_[path[i]].first; t < edges_[path[j - 1]].last; ++t) {
      reverted.push_back(keep_[t]);
    }
    size_t resume = reverted.size();
    reverted.insert(reverted.end(), path.begin() + j, path.end());
    float reverted_score = ScorePath(reverted);
    float gain = path_score - reverted_score;
    bool fits = true;
    for (size_t k = i; k < j; ++k) fits &= edges_[path[k]].fits_context;
    if (gain >= (fits ? std::min(margin, context_margin) : margin)) {
      for (size_t k = i; k < j; ++k) choices->push_back({&edges_[path[k]], gain});
      i = j;
    } else {
      path = std::move(reverted);
      path_score = reverted_score;
      i = resume;
    }
  }
}

}  // namespace repair

bool ParseRepairMode(std::string_view name, RepairMode* mode) {
  if (name == "off") *mode = RepairMode::kOff;
  else if (name == "safe") *mode = RepairMode::kSafe;
  else if (name == "full") *mode = RepairMode::kFull;
  else return false;
  return true;
}

RepairedText RepairText(std::string_view text, const RepairModel& model,
                        RepairMode mode, const RepairEvidence* batch) {
  RepairedText out;
  TextBuilder builder(text);
  builder.Reserve(text.size() + 64);
  if (mode != RepairMode::kOff) {
    const RepairModel::Impl& m = model.impl();
    const float margin = mode == RepairMode::kSafe ? m.margin_safe : m.margin_full;
    using repair::FirstWord, repair::IsBlank, repair::LastWord, repair::NextLine;
    repair::LineLattice lattice(m);
    lattice.LearnDocument(text, batch);
    std::vector<repair::Choice> choices;
    std::string_view previous_line;
    size_t copied = 0;
    for (size_t line_begin = 0; line_begin < text.size();) {
      size_t line_end = text.find('\n', line_begin);
      if (line_end == std::string_view::npos) line_end = text.size();
      // A sentence wrapped over lines, even with blank lines between,
      // reads on: the neighbouring lines' edge words are context.
      std::string_view line = text.substr(line_begin, line_end - line_begin);
      if (!IsBlank(line)) {
        lattice.SetContext(LastWord(previous_line), FirstWord(NextLine(text, line_end)));
        previous_line = line;
      }
      lattice.Build(text.substr(line_begin, line_end - line_begin),
                    mode == RepairMode::kSafe ? m.real_word_cost : 0);
      lattice.Decode(margin, m.margin_full, &choices);
      for (const repair::Choice& c : choices) {
        size_t begin = line_begin + c.edge->begin;
        size_t end = line_begin + c.edge->end;
        builder.Copy(copied, begin - copied);
        Repair r;
        r.begin = builder.size();
        builder.Insert(c.edge->out, begin);
        r.end = builder.size();
        r.input_begin = begin;
        r.input_end = end;
        r.from = std::string(text.substr(begin, end - begin));
        r.to = c.edge->out;
        r.rule = *c.edge->rule;
        r.confidence = 1.0 / (1.0 + std::exp(m.margin_safe - c.gain));
        out.repairs.push_back(std::move(r));
        copied = end;
      }
      line_begin = line_end + 1;
    }
    builder.Copy(copied, text.size() - copied);
  } else {
    builder.Copy(0, text.size());
  }
  out.text = builder.TakeText();
  out.to_input = builder.TakeMap();
  return out;
}

std::vector<Repair> RepairReconstructed(ReconstructedText* text,
                                        const RepairModel& model,
                                        RepairMode mode,
                                        const RepairEvidence* batch) {
  if (mode == RepairMode::kOff) return {};
  RepairedText repaired = RepairText(text->text, model, mode, batch);
  if (repaired.repairs.empty()) return {};
  // Old offsets move by the growth of the repairs before them; an offset
  // inside a repaired span moves to its start (begin) or end (end).
  auto forward = [&](size_t old, bool is_end) {
    long delta = 0;
    for (const Repair& r : repaired.repairs) {
      if (r.input_end <= old) {
        delta = long(r.end) - long(r.input_end);
      } else if (r.input_begin < old) {
        return is_end ? r.end : r.begin;
      } else {
        break;
      }
    }
    return size_t(long(old) + delta);
  };
  for (Paragraph& p : text->paragraphs) {
    p.begin = forward(p.begin, false);
    p.end = forward(p.end, true);
  }
  text->to_normalized = OffsetMap::Compose(repaired.to_input, text->to_normalized,
                                           repaired.text.size());
  text->text = std::move(repaired.text);
  return std::move(repaired.repairs);
}

}  // namespace vbtask

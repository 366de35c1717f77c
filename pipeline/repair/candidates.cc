// The lattice of one line: for every token (and run of tokens) the text as
// printed and the edits the error model allows, each with its cost.
#include <unicode/uchar.h>

#include "pipeline/base/utf8.h"
#include "pipeline/repair/lattice.h"

namespace vbtask::repair {
namespace {

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp));
}
bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

char32_t Upper(char32_t cp) {
  return static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp)));
}

// `key` (lowercase) with the case of `like`, code point by code point.
std::string CaseLike(std::string_view key, std::string_view like,
                     bool all_upper) {
  std::string out;
  size_t p = 0, q = 0;
  while (p < key.size()) {
    char32_t cp = utf8::Next(key, p);
    bool upper = all_upper;
    if (q < like.size()) upper |= IsUpper(utf8::Next(like, q));
    utf8::Append(out, upper ? Upper(cp) : cp);
  }
  return out;
}

std::string ToUpper(std::string_view s) {
  std::string out;
  for (size_t p = 0; p < s.size();) utf8::Append(out, Upper(utf8::Next(s, p)));
  return out;
}



// "tr ," for "trò,": a glyph lost before punctuation that follows a word.
bool IsClosingPunctuation(std::string_view s) {
  return s == "," || s == "." || s == ";" || s == ":" || s == ")" || s == "”";
}

bool IsSpaces(std::string_view s) {
  return s.find_first_not_of(' ') == std::string_view::npos;
}

}  // namespace

WordShape ShapeOf(std::string_view w) {
  WordShape s;
  bool first = true;
  for (size_t p = 0; p < w.size();) {
    char32_t cp = utf8::Next(w, p);
    if (cp >= '0' && cp <= '9') {
      s.digits = true;
      s.letters = false;
    } else if (IsUpper(cp)) {
      ++s.upper;
      if (first) s.first_upper = true;
    } else if (IsLower(cp)) {
      ++s.lower;
      if (cp < 0x80) s.lower_non_ascii_only = false;
    }
    first = false;
  }
  return s;
}

void LineLattice::SetContext(std::string_view before, std::string_view after) {
  before_id_ = before.empty() ? kStart : Known(before).id;
  after_id_ = after.empty() ? kStart : Known(after).id;
}

const LineLattice::KnownWord& LineLattice::Known(std::string_view word) {
  auto found = known_.find(word);
  if (found != known_.end()) return found->second;
  KnownWord& known = known_[std::string(word)];
  {
    known.key = LmKey(word, model_->folder);
    known.id = model_->lm.Id(known.key);
    known.is_protected = model_->protected_words.count(std::string(word)) > 0;
    known.shape = ShapeOf(word);
    known.variants = &model_->Variants(known.key, &known.own_variants);
    known.well_formed = model_->IsAttestedId(known.id) ||
                        model_->phonotactics.IsWellFormed(known.key);
    known.dominant = Dominant(known.id, *known.variants);
  }
  return known;
}

void LineLattice::Build(std::string_view line, float real_word_cost) {
  const RepairModel::Impl& m = *model_;
  line_ = line;
  Tokenize(line, &tokens_);
  const int n = static_cast<int>(tokens_.size());
  edges_.clear();
  if (starts_.size() < size_t(n)) starts_.resize(n);
  for (int i = 0; i < n; ++i) starts_[i].clear();
  keep_.assign(n, -1);
  keys_.resize(n);
  auto text = [&](int i) {
    return line.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  };
  auto gap = [&](size_t from, size_t to) -> size_t {
    return IsSpaces(line.substr(from, to - from)) ? to - from : 0;
  };
  auto add = [&](Edge e) {
    starts_[e.first].push_back(static_cast<int>(edges_.size()));
    edges_.push_back(std::move(e));
  };
  auto word_edge = [&](int first, int last, size_t begin, size_t end,
                       std::string out, float cost, std::optional<RepairRule> rule) {
    Edge e{first, last, begin, end, std::move(out), {}, 0, {}, cost, rule};
    return e;
  };
  auto set_id = [&](Edge* e, int k, uint32_t id, std::string_view printed) {
    e->ids[k] = id;
    e->unknown[k] = id != kUnknown ? 0
                    : k == 0 && printed == text(e->first) && !e->rule
                        ? (well_formed_[e->first] ? m.lm_unknown_log_prob
                                                  : m.ill_formed_log_prob)
                        : m.UnknownLogProb(printed);
    e->n_ids = k + 1;
  };
  auto set_word = [&](Edge* e, int k, const std::string& key,
                      std::string_view printed) {
    set_id(e, k, m.lm.Id(key), printed);
  };
  ids_.resize(n);
  if (known_.size() > 100000) known_.clear();
  well_formed_.assign(n, 0);
  known_at_.assign(n, nullptr);
  for (int i = 0; i < n; ++i) {
    if (!tokens_[i].word) {
      keys_[i].clear();
      ids_[i] = kStart;
      continue;
    }
    const KnownWord& known = Known(text(i));
    known_at_[i] = &known;
    keys_[i] = known.key;
    ids_[i] = known.id;
    well_formed_[i] = known.well_formed;
  }
  auto attested = [&](int i) { return m.IsAttestedId(ids_[i]); };
  // The letters of a word as a match key, also where the language model
  // sees a class ("I" is <la_mã>, but may be the I of "HỘI").
  auto letters = [&](int i) {
    return keys_[i][0] == '<' ? m.folder.MatchKey(text(i)) : keys_[i];
  };
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens_[i];
    std::string_view w = text(i);
    if (!t.word) {
      keep_[i] = static_cast<int>(edges_.size());
      add(word_edge(i, i + 1, t.begin, t.end, std::string(w), 0, std::nullopt));
      // "nhà‘nước": a mark glued between two words stands for a space.
      size_t p = 0;
      char32_t cp = utf8::Next(w, p);
      if (i > 0 && i + 1 < n && m.stray_marks.count(cp) &&
          tokens_[i - 1].word && tokens_[i + 1].word &&
          tokens_[i - 1].end == t.begin && t.end == tokens_[i + 1].begin &&
          attested(i - 1) && attested(i + 1)) {
        Edge e = word_edge(i - 1, i + 2, tokens_[i - 1].begin,
                           tokens_[i + 1].end,
                           std::string(text(i - 1)) + " " +
                               std::string(text(i + 1)),
                           m.stray_mark_cost, RepairRule::kStrayMark);
        set_id(&e, 0, ids_[i - 1], text(i - 1));
        set_id(&e, 1, ids_[i + 1], text(i + 1));
        add(std::move(e));
      }
      continue;
    }
    const WordShape shape = known_at_[i]->shape;
    // "DựNG": lowercase marked letters inside an uppercase word.
    const bool mixed = shape.letters && shape.upper >= 2 && shape.lower > 0 &&
                       shape.lower_non_ascii_only;
    // A fragment that cannot be a syllable ("l", "nư") is likely a word
    // that lost a glyph, even when training text had it (an item label).
    const bool fragment = shape.letters && !m.IsAttestedId(ids_[i]) &&
                          !known_at_[i]->is_protected &&
                          !well_formed_[i];
    Edge keep = word_edge(i, i + 1, t.begin, t.end, std::string(w),
                          (mixed ? m.mixed_case_cost : 0) +
                              (fragment ? m.fragment_cost : 0),
                          std::nullopt);
    set_id(&keep, 0, ids_[i], w);
    keep_[i] = static_cast<int>(edges_.size());
    add(std::move(keep));
    if (known_at_[i]->is_protected) continue;
    // A syllable seen in the training texts next to both neighbours is
    // taken as printed: this keeps the lattice small on clean text.
    const bool anchored =
        attested(i) && m.lm.HasBigram(i > 0 ? ids_[i - 1] : before_id_, ids_[i]) &&
        (i + 1 < n ? !tokens_[i + 1].word || m.lm.HasBigram(ids_[i], ids_[i + 1])
                   : after_id_ == kStart || m.lm.HasBigram(ids_[i], after_id_));
    const bool all_upper = mixed || (shape.upper >= 2 && shape.lower == 0);

    if (mixed) {
      Edge e = word_edge(i, i + 1, t.begin, t.end, ToUpper(w), 0, RepairRule::kCase);
      set_id(&e, 0, ids_[i], w);
      add(std::move(e));
    }
    if (shape.letters && !anchored) {
      const std::vector<Variant>& variants = *known_at_[i]->variants;
      // Replacing a possible word (attested, or well-formed like "nòng",
      // which hunspell-vi lacks) needs more evidence than replacing a
      // syllable that cannot exist.
      // Unless the printed word was never seen beside either neighbour
      // ("sâu sắc vê đường"): then the surcharge and the stricter margin
      // of --repair safe are waived.
      const uint32_t prev_id = i > 0 ? ids_[i - 1] : before_id_;
      const uint32_t next_id = i + 1 < n ? ids_[i + 1] : after_id_;
      const bool printed_seen =
          (prev_id != kStart && m.lm.HasBigram(prev_id, ids_[i])) ||
          (next_id != kStart && m.lm.HasBigram(ids_[i], next_id));
      for (const Variant& v : variants) {
        const bool fits = well_formed_[i] && !printed_seen;
        Edge e = word_edge(i, i + 1, t.begin, t.end,
                           shape.upper == 0 ? v.key : CaseLike(v.key, w, all_upper),
                           v.cost + (well_formed_[i] && !fits ? real_word_cost : 0),
                           RepairRule::kDiacritic);
        e.fits_context = fits;
        set_id(&e, 0, v.id, w);
        add(std::move(e));
      }
    }
    if (!anchored) AddConfusions(i, w, shape.digits);
    if (!shape.letters) continue;

    // A glyph dropped to a space before or after the word, or between it
    // and the next word ("nư c"); a syllable split by a space ("ủ y").
    size_t before = gap(i > 0 ? tokens_[i - 1].end : 0, t.begin);
    bool prev_word = i > 0 && tokens_[i - 1].word;
    if (before >= 2 || (before == 1 && i == 0)) {
      bool upper_glyph =
          all_upper || (!shape.first_upper &&
                        (!prev_word || known_at_[i - 1]->shape.first_upper));
      // An abbreviation that lost its first capital ("các  TGTU" for
      // "BTGTU"), when only one fits: "Q" may be CQ or NQ.
      if (shape.lower == 0) {
        auto abbreviation = m.protected_by_tail.find(std::string(w));
        if (abbreviation != m.protected_by_tail.end() &&
            abbreviation->second.size() == 1) {
          for (const std::string& full : abbreviation->second) {
            Edge e = word_edge(i, i + 1, t.begin - 1, t.end, full,
                               before >= 2 ? m.dropped_glyph_gap_cost
                                           : m.dropped_glyph_cost,
                               RepairRule::kDroppedGlyph);
            e.eats_gap_before = prev_word && before == 2;
            e.ids[0] = m.lm.Id(LmKey(full, m.folder));
            // A known abbreviation is as likely as a rare word.
            e.unknown[0] = e.ids[0] == kUnknown ? m.lm_unknown_log_prob : 0;
            e.n_ids = 1;
            add(std::move(e));
          }
        }
      }
      auto it = m.by_wildcard.find('\x01' + letters(i));
      if (it != m.by_wildcard.end()) {
        for (const std::string& s : it->second) {
          std::string out = CaseLike(s, "", false);
          size_t p = 0;
          char32_t glyph = utf8::Next(out, p);
          std::string fixed;
          utf8::Append(fixed, upper_glyph ? Upper(glyph) : glyph);
          fixed += w;
          Edge e = word_edge(i, i + 1, t.begin - 1, t.end, fixed,
                             (before >= 2 ? m.dropped_glyph_gap_cost : m.dropped_glyph_cost), RepairRule::kDroppedGlyph);
          e.eats_gap_before = prev_word && before == 2;
          set_word(&e, 0, s, fixed);
          add(std::move(e));
        }
      }
    }
    bool next_word = i + 1 < n && tokens_[i + 1].word;
    size_t after = gap(t.end, i + 1 < n ? tokens_[i + 1].begin : line.size());
    // A fragment before the space that ends a line lost its last glyph
    // there ("K \nhoạch"); the next line's first word is context.
    if (after >= 2 || (after == 1 && i + 1 < n && !next_word &&
                        IsClosingPunctuation(text(i + 1))) ||
        (after == 1 && i + 1 == n && fragment && after_id_ != kStart)) {
      auto it = m.by_wildcard.find(letters(i) + '\x01');
      if (it != m.by_wildcard.end()) {
        for (const std::string& s : it->second) {
          std::string fixed = CaseLike(s, w, all_upper);
          Edge e = word_edge(i, i + 1, t.begin, t.end + 1, fixed,
                             (after >= 2 ? m.dropped_glyph_gap_cost : m.dropped_glyph_cost), RepairRule::kDroppedGlyph);
          e.eats_gap_after = next_word && after == 2;
          set_word(&e, 0, s, fixed);
          add(std::move(e));
        }
      }
    }
    if (!next_word || !known_at_[i + 1]->shape.letters ||
        known_at_[i + 1]->is_protected) {
      continue;
    }
    std::string_view w2 = text(i + 1);
    // Two real syllables are two words; a join needs a fragment.
    if (attested(i) && attested(i + 1) && utf8::CountCodePoints(w) > 1 &&
        utf8::CountCodePoints(w2) > 1) {
      continue;
    }
    // The lost glyph is a capital between capitals ("H I" for "HỘI").
    size_t last = w.size(), first = 0;
    const bool caps = IsUpper(utf8::Prev(w, last)) && IsUpper(utf8::Next(w2, first));
    const std::string like = std::string(w) + (caps ? "X" : "x") + std::string(w2);
    if (after == 1) {
      auto it = m.by_wildcard.find(letters(i) + '\x01' + letters(i + 1));
      if (it != m.by_wildcard.end()) {
        for (const std::string& s : it->second) {
          std::string fixed = CaseLike(s, like, false);
          Edge e = word_edge(i, i + 2, t.begin, tokens_[i + 1].end, fixed,
                             m.dropped_glyph_cost, RepairRule::kDroppedGlyph);
          set_word(&e, 0, s, fixed);
          add(std::move(e));
        }
      }
    }
    // A capital after a lowercase letter starts a new word ("Phú C u" is
    // not "PhúC u").
    size_t w2_first = 0;
    const bool new_word = known_at_[i]->shape.lower > 0 && IsUpper(utf8::Next(w2, w2_first));
    if ((after == 1 || after == 2) && !new_word) {
      std::string joined = letters(i) + letters(i + 1);
      if (m.attested.count(joined)) {
        std::string fixed = std::string(w) + std::string(w2);
        Edge e = word_edge(i, i + 2, t.begin, tokens_[i + 1].end, fixed,
                           m.split_cost, RepairRule::kSplitSyllable);
        set_word(&e, 0, joined, fixed);
        add(std::move(e));
      }
    }
  }
  // A restored word before the partner the lexicon capitalises it with.
  for (Edge& e : edges_) {
    if (!e.rule || e.n_ids != 1 || e.last >= n ||
        !tokens_[e.last].word ||
        (*e.rule != RepairRule::kDroppedGlyph &&
         *e.rule != RepairRule::kSplitSyllable) ||
        !m.capitalised_pairs.count((uint64_t{e.ids[0]} << 32) | ids_[e.last])) {
      continue;
    }
    size_t p = 0;
    char32_t first = utf8::Next(e.out, p);
    std::string capital;
    utf8::Append(capital, Upper(first));
    e.out.replace(0, p, capital);
  }
  for (Edge& e : edges_) {
    e.restores = e.rule.has_value() && (e.last - e.first > 1 || !attested(e.first));
  }
}

// Letter and digit confusions ("202S", "ƯBND", "ĩ" for I). The result must
// validate: a plausible year, a known abbreviation, a Roman numeral, or an
// attested syllable.
void LineLattice::AddConfusions(int i, std::string_view w, bool has_digits) {
  const RepairModel::Impl& m = *model_;
  for (const Confusion& c : m.confusions) {
    for (size_t at = w.find(c.from); at != std::string_view::npos;
         at = w.find(c.from, at + 1)) {
      std::string r = std::string(w.substr(0, at)) + c.to +
                      std::string(w.substr(at + c.from.size()));
      WordShape shape = ShapeOf(r);
      RepairRule rule = RepairRule::kLetterConfusion;
      std::string key = LmKey(r, m.folder);
      if (key == "<số>") {
        if (!has_digits || r.size() != 4) continue;
        int year = std::atoi(r.c_str());
        if (year < m.year_min || year > m.year_max) continue;
        rule = RepairRule::kNumber;
      } else if (key == "<la_mã>") {
        if (has_digits || w.size() == r.size()) continue;  // only from marked
      } else if (!m.protected_words.count(r) &&
                 !(shape.letters && m.attested.count(key))) {
        continue;
      }
      AddWordEdge(i, std::move(r), key, c.cost, rule);
    }
  }
  // Marks OCR put on a capital abbreviation ("ÛBND", "ỈV").
  const WordShape shape = ShapeOf(w);
  if (has_digits || shape.lower > 0 || shape.upper == 0) return;
  std::string plain;
  for (size_t p = 0; p < w.size();) {
    char32_t cp = utf8::Next(w, p);
    std::string one;
    utf8::Append(one, cp);
    char folded = m.folder.Skeleton(one)[0];
    if (cp >= 0x80 && cp != U'Đ' && folded >= 'a' && folded <= 'z' &&
        IsUpper(cp)) {
      plain.push_back(static_cast<char>(folded - 'a' + 'A'));
    } else {
      plain += one;
    }
  }
  if (plain != w) {
    std::string key = LmKey(plain, m.folder);
    if (m.protected_words.count(plain) || key == "<la_mã>") {
      AddWordEdge(i, plain, key, m.capital_marks_cost, RepairRule::kLetterConfusion);
    }
  }
}

void LineLattice::AddWordEdge(int i, std::string out, const std::string& key,
                              float cost, std::optional<RepairRule> rule) {
  const RepairModel::Impl& m = *model_;
  const Token& t = tokens_[i];
  Edge e{i, i + 1, t.begin, t.end, std::move(out), {}, 0, {}, cost, rule};
  e.ids[0] = m.lm.Id(key);
  e.unknown[0] = e.ids[0] == kUnknown ? m.UnknownLogProb(e.out) : 0;
  e.n_ids = 1;
  starts_[i].push_back(static_cast<int>(edges_.size()));
  edges_.push_back(std::move(e));
}

}  // namespace vbtask::repair

// Loading the repair model: error costs, confusions, protected words, the
// language model, and the indexes that generate candidates.
#include <unicode/uchar.h>

#include <cstdlib>
#include <map>

#include "pipeline/base/utf8.h"
#include "pipeline/repair/repair_internal.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

bool ParseNumber(const std::string& field, float* value) {
  char* end = nullptr;
  *value = std::strtof(field.c_str(), &end);
  return end != field.c_str() && *end == '\0';
}

Status LoadCosts(const std::string& dir, RepairModel::Impl* m) {
  auto file = ReadRuleFile(dir, "repair/error_costs.tsv", 2, 2);
  if (!file.ok()) return file.status();
  float years[2] = {float(m->year_min), float(m->year_max)};
  std::map<std::string, float*> fields = {
      {"tone", &m->tone_cost},
      {"shape", &m->shape_cost},
      {"dropped_glyph", &m->dropped_glyph_cost},
      {"dropped_glyph_gap", &m->dropped_glyph_gap_cost},
      {"split_syllable", &m->split_cost},
      {"real_word", &m->real_word_cost},
      {"fragment", &m->fragment_cost},
      {"capital_marks", &m->capital_marks_cost},
      {"stray_mark", &m->stray_mark_cost},
      {"mixed_case", &m->mixed_case_cost},
      {"ill_formed_log_prob", &m->ill_formed_log_prob},
      {"margin_safe", &m->margin_safe},
      {"margin_full", &m->margin_full},
      {"damage_per_thousand_words", &m->damage_per_thousand_words},
      {"damage_signs_min", &m->damage_signs_min},
      {"year_min", &years[0]},
      {"year_max", &years[1]}};
  float unknown = -14;
  fields["unknown_log_prob"] = &unknown;
  std::map<std::string, bool> seen;
  for (const RuleEntry& e : file->entries) {
    auto it = fields.find(e.fields[0]);
    if (it == fields.end()) return file->Error(e, "unknown cost name");
    if (!ParseNumber(e.fields[1], it->second)) {
      return file->Error(e, "value must be a number");
    }
    seen[e.fields[0]] = true;
  }
  for (const auto& [name, ptr] : fields) {
    if (!seen.count(name)) {
      return Status::InvalidRules(file->path + ": missing '" + name + "'");
    }
  }
  m->year_min = int(years[0]);
  m->year_max = int(years[1]);
  m->lm_unknown_log_prob = unknown;
  return Status::Ok();
}

Status LoadConfusions(const std::string& dir, RepairModel::Impl* m) {
  auto file = ReadRuleFile(dir, "repair/confusions.tsv", 3, 3);
  if (!file.ok()) return file.status();
  for (const RuleEntry& e : file->entries) {
    repair::Confusion c{e.fields[0], e.fields[1], 0};
    if (!ParseNumber(e.fields[2], &c.cost) || c.cost <= 0) {
      return file->Error(e, "cost must be a positive number");
    }
    m->confusions.push_back(std::move(c));
  }
  auto marks = ReadWordList(dir, "repair/stray_marks.txt");
  if (!marks.ok()) return marks.status();
  for (const std::string& mark : *marks) {
    char32_t cp;
    if (!ParseCodePoint(mark, &cp)) {
      return Status::InvalidRules(dir + "/repair/stray_marks.txt: '" + mark +
                                  "' is not one character");
    }
    m->stray_marks.insert(cp);
  }
  auto protected_words = ReadWordList(dir, "repair/protected.txt");
  if (!protected_words.ok()) return protected_words.status();
  for (const std::string& w : *protected_words) {
    m->protected_words.insert(w);
    size_t first = 0;
    utf8::Next(w, first);
    if (first < w.size()) m->protected_by_tail[w.substr(first)].push_back(w);
  }
  return Status::Ok();
}

Status LoadLanguageModel(const std::string& dir, RepairModel::Impl* m) {
  auto file = ReadRuleFile(dir, "repair/model.tsv", 3, 3);
  if (!file.ok()) return file.status();
  m->lm.AddWord("<s>");
  m->lm.AddWord("<unk>");
  for (const std::string& key : m->attested) m->lm.AddWord(key);
  m->attested_end = static_cast<uint32_t>(2 + m->attested.size());
  std::vector<std::array<uint32_t, 3>> bigrams;
  bigrams.reserve(file->entries.size());
  for (const RuleEntry& e : file->entries) {
    char* end = nullptr;
    unsigned long count = std::strtoul(e.fields[2].c_str(), &end, 10);
    if (*end != '\0' || count == 0) {
      return file->Error(e, "count must be a positive whole number");
    }
    bigrams.push_back({m->lm.AddWord(e.fields[0]), m->lm.AddWord(e.fields[1]),
                       static_cast<uint32_t>(count)});
  }
  m->lm.Finish(bigrams);
  return Status::Ok();
}

// Pairs of syllables the lexicon always writes with the first capitalised.
Status LoadLexiconCase(const std::string& dir, RepairModel::Impl* m) {
  auto file = ReadRuleFile(dir, "repair/lexicon.tsv", 2, 2);
  if (!file.ok()) return file.status();
  std::unordered_set<uint64_t> lowercase;
  std::vector<repair::Token> tokens;
  for (const RuleEntry& e : file->entries) {
    const std::string& phrase = e.fields[0];
    repair::Tokenize(phrase, &tokens);
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (!tokens[i].word || !tokens[i + 1].word) continue;
      auto word = [&](size_t k) {
        return std::string_view(phrase).substr(tokens[k].begin,
                                               tokens[k].end - tokens[k].begin);
      };
      size_t p = 0;
      const bool upper =
          u_isupper(static_cast<UChar32>(utf8::Next(word(i), p)));
      uint64_t pair = (uint64_t{m->lm.Id(m->folder.MatchKey(word(i)))} << 32) |
                      m->lm.Id(m->folder.MatchKey(word(i + 1)));
      (upper ? m->capitalised_pairs : lowercase).insert(pair);
    }
  }
  for (uint64_t pair : lowercase) m->capitalised_pairs.erase(pair);
  return Status::Ok();
}

}  // namespace

const std::vector<repair::Variant>& RepairModel::Impl::Variants(
    const std::string& key, std::vector<repair::Variant>* scratch) const {
  auto it = variants.find(key);
  if (it != variants.end()) return it->second;
  ComputeVariants(key, scratch);
  return *scratch;
}

void RepairModel::Impl::ComputeVariants(const std::string& key,
                                        std::vector<repair::Variant>* out) const {
  out->clear();
  auto it = by_skeleton.find(folder.Skeleton(key));
  if (it == by_skeleton.end()) return;
  std::u32string from = utf8::ToU32(key);
  for (const std::string& candidate : it->second) {
    if (candidate == key) continue;
    std::u32string to = utf8::ToU32(candidate);
    if (to.size() != from.size()) continue;
    int tones = 0, shapes = 0;
    for (size_t i = 0; i < to.size(); ++i) {
      Tone ta, tb;
      char32_t a = phonotactics.Toneless(from[i], &ta);
      char32_t b = phonotactics.Toneless(to[i], &tb);
      tones += ta != tb;
      shapes += a != b;
    }
    if (tones + shapes > 2) continue;
    out->push_back({lm.Id(candidate), candidate,
                    tones * tone_cost + shapes * shape_cost});
  }
}

float RepairModel::Impl::UnknownLogProb(std::string_view word) const {
  return phonotactics.IsWellFormed(word) ? lm_unknown_log_prob
                                         : ill_formed_log_prob;
}

RepairModel::RepairModel() : impl_(std::make_unique<Impl>()) {}
RepairModel::RepairModel(RepairModel&&) noexcept = default;
RepairModel& RepairModel::operator=(RepairModel&&) noexcept = default;
RepairModel::~RepairModel() = default;

Result<RepairModel> RepairModel::Load(const std::string& rules_dir) {
  auto folder = TextFolder::Load(rules_dir);
  if (!folder.ok()) return folder.status();
  auto syllables = AttestedSyllables::Load(AttestedSyllables::DefaultPath(), *folder);
  if (!syllables.ok()) return syllables.status();
  return Load(rules_dir, *syllables);
}

Result<RepairModel> RepairModel::Load(const std::string& rules_dir,
                                      const AttestedSyllables& syllables) {
  RepairModel model;
  Impl& m = *model.impl_;
  auto folder = TextFolder::Load(rules_dir);
  if (!folder.ok()) return folder.status();
  m.folder = std::move(folder.value());
  auto phonotactics = Phonotactics::Load(rules_dir);
  if (!phonotactics.ok()) return phonotactics.status();
  m.phonotactics = std::move(phonotactics.value());
  // Only well-formed syllables are candidates: the word list also holds
  // abbreviations and loan words.
  for (const std::string& key : syllables.keys()) {
    if (!m.phonotactics.IsWellFormed(key)) continue;
    m.attested.insert(key);
    m.by_skeleton[m.folder.Skeleton(key)].push_back(key);
    std::u32string s = utf8::ToU32(key);
    for (size_t i = 0; i < s.size(); ++i) {
      m.by_wildcard[utf8::FromU32(s.substr(0, i)) + '\x01' +
                    utf8::FromU32(s.substr(i + 1))]
          .push_back(key);
    }
  }
  for (Status s : {LoadCosts(rules_dir, &m), LoadConfusions(rules_dir, &m),
                   LoadLanguageModel(rules_dir, &m),
                   LoadLexiconCase(rules_dir, &m)}) {
    if (!s.ok()) return s;
  }
  for (const std::string& key : m.attested) m.ComputeVariants(key, &m.variants[key]);
  return model;
}

}  // namespace vbtask

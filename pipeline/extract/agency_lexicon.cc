#include "pipeline/extract/agency_lexicon.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "pipeline/base/utf8.h"
#include "pipeline/extract/extract.h"
#include "pipeline/model/names.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

// The first letter in upper or lower case: a name as a value starts with a
// capital ("Các cơ quan"), a head noun after "các" is generic ("các ban").
std::string WithFirstLetter(const std::string& s, bool upper) {
  size_t pos = 0;
  auto first = static_cast<UChar32>(utf8::Next(s, pos));
  std::string out;
  utf8::Append(out, static_cast<char32_t>(upper ? u_toupper(first) : u_tolower(first)));
  return out + s.substr(pos);
}

std::string CollapsedSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace

Result<AgencyLexicon> AgencyLexicon::Load(const std::string& dir) {
  AgencyLexicon lex;
  auto folder = TextFolder::Load(dir);
  if (!folder.ok()) return folder.status();
  lex.folder_ = std::move(folder.value());

  auto openings = ReadWordList(dir, "agencies/openings.txt");
  if (!openings.ok()) return openings.status();
  for (const std::string& o : *openings) {
    Opening opening{lex.folder_.Skeleton(o), lex.folder_.MatchKey(o)};
    std::string first_word = opening.skeleton.substr(0, opening.skeleton.find(' '));
    lex.openings_by_first_word_[first_word].push_back(lex.openings_.size());
    lex.openings_.push_back(std::move(opening));
  }

  auto abbreviations = ReadRuleFile(dir, "agencies/abbreviations.tsv", 2, 2);
  if (!abbreviations.ok()) return abbreviations.status();
  for (const RuleEntry& e : abbreviations->entries) {
    if (!lex.abbreviations_.emplace(lex.WordKey(e.fields[0]), e.fields[1]).second) {
      return abbreviations->Error(e, "abbreviation listed twice");
    }
  }

  auto terms = ReadRuleFile(dir, "agencies/terms.tsv", 3, 3);
  if (!terms.ok()) return terms.status();
  for (const RuleEntry& e : terms->entries) {
    Term t;
    t.canonical = e.fields[0];
    if (e.fields[1] != "-") {
      t.kind = ParseName<AgencyKind>(e.fields[1]);
      if (!t.kind) return terms->Error(e, "kind must be party, state, front, other or -");
    }
    // "-", not "none", says a term decides no level, as it says no kind.
    std::optional<AgencyLevel> level = ParseName<AgencyLevel>(e.fields[2]);
    if (e.fields[2] != "-" && (!level || *level == AgencyLevel::kNone)) {
      return terms->Error(e, "level must be trung-uong, tinh, huyen, xa, co-quan or -");
    }
    t.level = level.value_or(AgencyLevel::kNone);
    std::vector<Word> words;
    lex.SplitWords(t.canonical, &words);
    for (const Word& w : words) t.keys.push_back(w.key);
    lex.terms_by_first_key_[t.keys.front()].push_back(lex.terms_.size());
    lex.terms_.push_back(std::move(t));
  }
  for (auto& [key, list] : lex.terms_by_first_key_) {
    std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) {
      return lex.terms_[a].keys.size() > lex.terms_[b].keys.size();
    });
  }
  return lex;
}

std::string AgencyLexicon::WordKey(std::string_view word) const {
  while (word.size() > 1 && std::string_view(",;:.").find(word.back()) !=
                                std::string_view::npos) {
    word.remove_suffix(1);
  }
  return folder_.MatchKey(word);
}

void AgencyLexicon::SplitWords(std::string_view text, std::vector<Word>* out) const {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = utf8::Next(text, pos);
    if (utf8::IsSpace(cp)) continue;
    size_t end = pos;
    while (end < text.size()) {
      size_t next = end;
      if (utf8::IsSpace(utf8::Next(text, next))) break;
      end = next;
    }
    std::string_view word = text.substr(start, end - start);
    // Dashes of every width are one word, "-".
    std::string skeleton = folder_.Skeleton(word);
    out->push_back({word, skeleton == "-" ? skeleton : WordKey(word)});
    pos = end;
  }
}

const AgencyLexicon::Term* AgencyLexicon::LongestTermAt(
    const std::vector<Word>& words, size_t i) const {
  auto it = terms_by_first_key_.find(words[i].key);
  if (it == terms_by_first_key_.end()) return nullptr;
  for (size_t index : it->second) {
    const Term& t = terms_[index];
    if (i + t.keys.size() > words.size()) continue;
    bool match = true;
    for (size_t k = 1; k < t.keys.size() && match; ++k) {
      match = words[i + k].key == t.keys[k];
    }
    if (match) return &t;
  }
  return nullptr;
}

size_t AgencyLexicon::OpeningAt(const LineView& line, std::string_view sk) const {
  size_t word_end = 0;
  while (word_end < sk.size() && sk[word_end] >= 'a' && sk[word_end] <= 'z') ++word_end;
  auto candidates = openings_by_first_word_.find(std::string(sk.substr(0, word_end)));
  if (word_end == 0 || candidates == openings_by_first_word_.end()) return 0;
  size_t best = 0;
  for (size_t index : candidates->second) {
    const Opening& o = openings_[index];
    size_t n = MatchPhraseAt(sk, o.skeleton);
    if (n <= best) continue;
    if (folder_.MatchKey(CollapsedSpaces(line.Original(sk.substr(0, n)))) != o.key) {
      continue;
    }
    best = n;
  }
  return best;
}

bool AgencyLexicon::StartsWithLevelWord(std::string_view printed) const {
  std::vector<Word> words;
  SplitWords(printed, &words);
  if (words.empty()) return false;
  const Term* t = LongestTermAt(words, 0);
  return t != nullptr && !t->kind && t->level != AgencyLevel::kNone;
}

Agency AgencyLexicon::Describe(std::string_view printed) const {
  std::vector<Word> printed_words;
  SplitWords(printed, &printed_words);
  // Abbreviations are read as what they stand for.
  std::vector<std::string> expansions;
  expansions.reserve(printed_words.size());
  std::vector<Word> words;
  for (const Word& w : printed_words) {
    auto abbreviation = abbreviations_.find(w.key);
    if (abbreviation == abbreviations_.end()) {
      words.push_back(w);
      continue;
    }
    expansions.push_back(abbreviation->second);
    SplitWords(expansions.back(), &words);
  }

  Agency agency;
  agency.text = std::string(printed);
  std::string name;
  std::optional<AgencyKind> kind;  // the first term that decides it
  for (size_t i = 0; i < words.size();) {
    if (!name.empty()) name.push_back(' ');
    const Term* t = LongestTermAt(words, i);
    if (t == nullptr) {
      name.append(words[i].text);
      ++i;
      continue;
    }
    // After "các"/"những" a head noun is generic: "các ban Tỉnh ủy".
    bool generic = i > 0 && (words[i - 1].key == "các" || words[i - 1].key == "những");
    name += generic ? WithFirstLetter(t->canonical, false) : t->canonical;
    if (!kind) kind = t->kind;
    if (t->level != AgencyLevel::kNone) agency.level = t->level;
    i += t->keys.size();
  }
  agency.name = name.empty() ? name : WithFirstLetter(name, true);
  agency.kind = kind.value_or(AgencyKind::kOther);
  return agency;
}

}  // namespace vbtask

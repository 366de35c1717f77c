// Terms of an item's text and their weights learned from a corpus.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "pipeline/compare/compare.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {

bool IsComparableItem(const Item& item) { return item.kind != ItemKind::kSection; }

Result<CompareRules> CompareRules::Load(const std::string& rules_dir) {
  auto folder = TextFolder::Load(rules_dir);
  if (!folder.ok()) return folder.status();
  CompareRules rules;
  rules.folder = std::move(folder.value());
  auto stop_words = ReadWordList(rules_dir, "compare/stop_words.txt");
  if (!stop_words.ok()) return stop_words.status();
  for (const std::string& word : *stop_words) {
    std::string key = rules.folder.Skeleton(word);
    if (key.find(' ') != std::string::npos)
      return Status::InvalidRules(rules_dir + "/compare/stop_words.txt: '" + word +
                                  "' is not one syllable");
    rules.stop_words.insert(key);
  }
  auto levels = LevelMap::Load(rules_dir, rules.folder);
  if (!levels.ok()) return levels.status();
  rules.levels = std::move(levels.value());
  auto weights = TermWeights::Load(rules_dir + "/compare/item_frequencies.tsv");
  if (!weights.ok()) return weights.status();
  rules.corpus_weights = std::move(weights.value());
  return rules;
}

std::vector<std::string> CompareRules::Terms(std::string_view text) const {
  std::string skeleton = folder.Skeleton(text);
  std::vector<std::string> syllables;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) syllables.push_back(std::move(current));
    current.clear();
  };
  for (char c : skeleton) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      current += c;
    } else {
      flush();
    }
  }
  flush();
  std::vector<std::string> terms;
  for (size_t i = 0; i < syllables.size(); ++i) {
    bool stop = stop_words.count(syllables[i]) > 0;
    if (!stop) terms.push_back(syllables[i]);
    // A pair is a term when neither half is a stop word: "chuyen_doi",
    // "so_hoa", not "va_cac".
    if (!stop && i + 1 < syllables.size() && !stop_words.count(syllables[i + 1]))
      terms.push_back(syllables[i] + "_" + syllables[i + 1]);
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

void LearnTermWeights(const Document& doc, const CompareRules& rules,
                      TermWeights* weights) {
  for (const Item& item : doc.items) {
    if (!IsComparableItem(item) || item.end <= item.begin) continue;
    // The same terms the comparison weighs: level words as their roles.
    weights->AddItemTerms(rules.Terms(rules.levels.LevelFree(
        std::string_view(doc.text).substr(item.begin, item.end - item.begin))));
  }
}

void TermWeights::AddItemTerms(const std::vector<std::string>& distinct_terms) {
  ++items_;
  for (const std::string& term : distinct_terms) ++counts_[term];
}

double TermWeights::Weight(const std::string& term) const {
  auto it = counts_.find(term);
  int count = it == counts_.end() ? 1 : std::max(1, it->second);
  // Smoothed so that a term in every item still weighs a little: two items
  // that share only boilerplate are not quite unrelated.
  return std::log((items_ + 1.0) / count) + 0.05;
}

Result<TermWeights> TermWeights::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::InvalidRules(path + ": cannot read");
  TermWeights weights;
  std::string line;
  int line_number = 0;
  bool have_items = false;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    auto error = [&](const std::string& what) {
      return Status::InvalidRules(path + ":" + std::to_string(line_number) + ": " + what);
    };
    if (line[0] == '#') {
      if (line.rfind("# items ", 0) == 0) {
        weights.items_ = std::strtoull(line.c_str() + 8, nullptr, 10);
        have_items = weights.items_ > 0;
        if (!have_items) return error("the item count must be positive");
      }
      continue;
    }
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) return error("expected term<TAB>count");
    char* end = nullptr;
    long count = std::strtol(line.c_str() + tab + 1, &end, 10);
    if (count <= 0 || *end != '\0') return error("the count must be a positive integer");
    weights.counts_[line.substr(0, tab)] = static_cast<int>(count);
  }
  if (!have_items) return Status::InvalidRules(path + ": no '# items N' line");
  return weights;
}

std::string TermWeights::Serialize(size_t min_count) const {
  std::vector<std::pair<std::string, int>> rows;
  for (const auto& [term, count] : counts_)
    if (static_cast<size_t>(count) >= min_count) rows.emplace_back(term, count);
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::ostringstream out;
  out << "# How many comparable items of the corpus hold each term (syllables and\n"
         "# pairs of syllables in their matching form); terms seen once are left\n"
         "# out. Written by `vbtask compare --learn DIR`; see rules/README.md.\n";
  out << "# items " << items_ << "\n";
  for (const auto& [term, count] : rows) out << term << '\t' << count << '\n';
  return out.str();
}

}  // namespace vbtask

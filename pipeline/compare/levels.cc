#include "pipeline/compare/levels.h"

#include <algorithm>

#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

const std::vector<std::string>& KnownLevels() {
  static const std::vector<std::string> levels = {"trung-uong", "tinh", "so",
                                                  "huyen", "phong", "xa"};
  return levels;
}

// Replaces every whole-word occurrence of `phrase` in `words` (both with
// single spaces) by `role`; with `at_start`, only at the beginning.
void ReplaceWords(std::string* words, const std::string& phrase,
                  const std::string& role, bool at_start) {
  std::string padded = " " + *words + " ";
  const std::string needle = " " + phrase + " ";
  size_t from = 0;
  while (true) {
    size_t at = padded.find(needle, from);
    if (at == std::string::npos || (at_start && at != 0)) break;
    padded.replace(at, needle.size(), " " + role + " ");
    from = at + role.size() + 1;
    if (at_start) break;
  }
  *words = padded.substr(1, padded.size() - 2);
}

bool StartsWithWords(const std::string& words, const std::string& phrase) {
  return words.size() >= phrase.size() && words.compare(0, phrase.size(), phrase) == 0 &&
         (words.size() == phrase.size() || words[phrase.size()] == ' ');
}

}  // namespace

std::string LevelMap::Words(std::string_view text) const {
  std::string skeleton = folder_.Skeleton(text);
  std::string words;
  bool pending_space = false;
  for (char c : skeleton) {
    bool word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word_char) {
      pending_space = !words.empty();
      continue;
    }
    if (pending_space) words += ' ';
    pending_space = false;
    words += c;
  }
  return words;
}

Result<LevelMap> LevelMap::Load(const std::string& rules_dir, const TextFolder& folder) {
  auto file = ReadRuleFile(rules_dir, "compare/levels.tsv", 2, 4);
  if (!file.ok()) return file.status();
  LevelMap map;
  map.folder_ = folder;
  for (const RuleEntry& entry : file->entries) {
    const std::string& kind = entry.fields[0];
    auto need = [&](size_t n) {
      return entry.fields.size() == n
                 ? Status::Ok()
                 : file->Error(entry, kind + " takes " + std::to_string(n - 1) + " fields");
    };
    if (kind == "level") {
      if (Status s = need(3); !s.ok()) return s;
      const std::string& level = entry.fields[2];
      if (std::find(KnownLevels().begin(), KnownLevels().end(), level) == KnownLevels().end())
        return file->Error(entry, "unknown level '" + level + "'");
      map.level_prefixes_.push_back({map.Words(entry.fields[1]), level});
    } else if (kind == "role") {
      if (Status s = need(4); !s.ok()) return s;
      const std::string& where = entry.fields[3];
      if (where != "start" && where != "any")
        return file->Error(entry, "position must be 'start' or 'any'");
      map.role_words_.push_back(
          {map.Words(entry.fields[1]), entry.fields[2], where == "start"});
    } else if (kind == "counterpart") {
      if (Status s = need(3); !s.ok()) return s;
      map.counterparts_.emplace_back(map.Words(entry.fields[2]), map.Words(entry.fields[1]));
    } else if (kind == "generic") {
      if (Status s = need(2); !s.ok()) return s;
      map.generic_words_.push_back(map.Words(entry.fields[1]));
    } else {
      return file->Error(entry, "unknown kind '" + kind +
                                    "' (level, role, counterpart, generic)");
    }
    if (map.Words(entry.fields[1]).empty())
      return file->Error(entry, "empty phrase");
  }
  auto longest_first = [](const auto& a, const auto& b) {
    return a.phrase.size() > b.phrase.size();
  };
  std::stable_sort(map.level_prefixes_.begin(), map.level_prefixes_.end(), longest_first);
  std::stable_sort(map.role_words_.begin(), map.role_words_.end(), longest_first);
  // Counterparts are applied before the role words, so they are stored as
  // role forms too.
  auto counterparts = std::move(map.counterparts_);
  map.counterparts_.clear();
  for (auto& [child, parent] : counterparts) {
    child = map.RoleOf(child);
    parent = map.RoleOf(parent);
  }
  map.counterparts_ = std::move(counterparts);
  return map;
}

std::string LevelMap::LevelOfName(std::string_view name) const {
  std::string words = Words(name);
  for (const LevelPrefix& prefix : level_prefixes_)
    if (StartsWithWords(words, prefix.phrase)) return prefix.level;
  return "";
}

std::string LevelMap::DocumentLevel(const Document& doc) const {
  std::string level = LevelOfName(doc.header.issuer);
  if (level.empty()) level = LevelOfName(doc.header.parent_org);
  return level;
}

std::string LevelMap::RoleOf(std::string_view agency_name) const {
  std::string words = Words(agency_name);
  for (const RoleWord& word : role_words_)
    ReplaceWords(&words, word.phrase, word.role, word.at_start);
  for (const auto& [child, parent] : counterparts_)
    if (words == child) return parent;
  return words;
}

std::string LevelMap::LevelFree(std::string_view text) const {
  std::string words = Words(text);
  for (const RoleWord& word : role_words_)
    if (!word.at_start) ReplaceWords(&words, word.phrase, word.role, false);
  return words;
}

bool LevelMap::IsGeneric(std::string_view agency_name) const {
  std::string words = " " + Words(agency_name) + " ";
  for (const std::string& generic : generic_words_)
    if (words.find(" " + generic + " ") != std::string::npos) return true;
  return false;
}

std::string LevelMap::LevelAddressed(std::string_view agency_name) const {
  std::string words = Words(agency_name);
  for (const std::string& generic : generic_words_) ReplaceWords(&words, generic, "", false);
  size_t start = words.find_first_not_of(' ');
  if (start == std::string::npos) return "";
  words = words.substr(start);
  for (const LevelPrefix& prefix : level_prefixes_)
    if (StartsWithWords(words, prefix.phrase)) return prefix.level;
  return "";
}

}  // namespace vbtask

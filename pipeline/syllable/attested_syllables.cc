#include "pipeline/syllable/attested_syllables.h"

#include <cstdlib>
#include <fstream>

#include "pipeline/base/utf8.h"

namespace vbtask {

std::string AttestedSyllables::DefaultPath() {
  const char* env = std::getenv("VBTASK_HUNSPELL_DIC");
  if (env != nullptr && *env != '\0') return env;
  return "/usr/share/hunspell/vi_VN.dic";
}

Result<AttestedSyllables> AttestedSyllables::Load(const std::string& dic_path,
                                                  const TextFolder& folder) {
  std::ifstream in(dic_path, std::ios::binary);
  if (!in) {
    return Status::InvalidRules(dic_path +
                           ": cannot read the hunspell-vi word list (install "
                           "the Debian package hunspell-vi, or set "
                           "VBTASK_HUNSPELL_DIC)");
  }
  AttestedSyllables set(folder);
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t bad_offset = 0;
    if (!utf8::IsValid(line, &bad_offset)) {
      return Status::InvalidRules(dic_path + ":" + std::to_string(line_number) +
                                  ": not valid UTF-8");
    }
    std::string_view word(line);
    word = word.substr(0, word.find('/'));  // hunspell affix flags
    word = utf8::Trim(word);
    if (word.empty() || word.find(' ') != std::string_view::npos) continue;
    bool has_letter = false;
    for (char c : word) {
      if (!(c >= '0' && c <= '9')) has_letter = true;
    }
    if (!has_letter) continue;  // the leading entry count
    set.keys_.insert(folder.MatchKey(word));
  }
  if (set.keys_.empty()) {
    return Status::InvalidRules(dic_path + ": no syllables in the word list");
  }
  return set;
}

bool AttestedSyllables::Contains(std::string_view syllable) const {
  return keys_.count(folder_->MatchKey(syllable)) > 0;
}

}  // namespace vbtask

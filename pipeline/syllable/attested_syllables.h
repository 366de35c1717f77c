// The set of Vietnamese syllables attested in Debian's hunspell-vi word list.
//
// Phonotactics alone accept many syllables nobody writes ("ngoẻng"); the
// attested list says which ones really occur. Encoding detection scores a
// candidate decoding by the share of its words found here, and OCR repair
// uses it to tell a real syllable from a damaged one.
//
// Lookups compare match keys (lowercase, canonical tone placement), so
// "Uỷ", "ủy" and "ỦY" are all found.
#ifndef VBTASK_SYLLABLE_ATTESTED_SYLLABLES_H_
#define VBTASK_SYLLABLE_ATTESTED_SYLLABLES_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "pipeline/base/status.h"
#include "pipeline/normalize/fold.h"

namespace vbtask {

class AttestedSyllables {
 public:
  // Reads a hunspell .dic file: an optional first line with the entry count,
  // then one entry per line, "word[/flags]". Entries with spaces or without
  // a letter are ignored; the file must yield at least one syllable.
  static Result<AttestedSyllables> Load(const std::string& dic_path,
                                        const TextFolder& folder);

  // $VBTASK_HUNSPELL_DIC if set, else Debian's /usr/share/hunspell/vi_VN.dic.
  static std::string DefaultPath();

  bool Contains(std::string_view syllable) const;
  // For callers that already hold a match key.
  bool ContainsKey(const std::string& match_key) const {
    return keys_.count(match_key) > 0;
  }
  size_t size() const { return keys_.size(); }
  const std::unordered_set<std::string>& keys() const { return keys_; }

 private:
  explicit AttestedSyllables(const TextFolder& folder) : folder_(&folder) {}

  const TextFolder* folder_;
  std::unordered_set<std::string> keys_;
};

}  // namespace vbtask

#endif  // VBTASK_SYLLABLE_ATTESTED_SYLLABLES_H_

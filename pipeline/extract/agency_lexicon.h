// Vietnamese organisation names (internal to the extract stage): where one
// may start in an item, and what a printed name means — its canonical
// spelling, its level in the hierarchy and whether it is a Party, state,
// front or other body. Everything it knows comes from rules/agencies/.
#ifndef VBTASK_EXTRACT_AGENCY_LEXICON_H_
#define VBTASK_EXTRACT_AGENCY_LEXICON_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"
#include "pipeline/lines/line_view.h"
#include "pipeline/normalize/fold.h"

namespace vbtask {

struct Agency;

class AgencyLexicon {
 public:
  static Result<AgencyLexicon> Load(const std::string& rules_dir);

  // Length, in skeleton bytes, of the longest opening (openings.txt) at the
  // start of `sk`, a piece of `line.skeleton()`; 0 when none. The printed
  // words must match the opening's spelling up to case and tone placement.
  size_t OpeningAt(const LineView& line, std::string_view sk) const;

  // "thị xã, thành phố", "huyện …": the text starts with a word that only
  // says a level, so it qualifies the name before it.
  bool StartsWithLevelWord(std::string_view printed) const;

  // The agency a printed name denotes.
  Agency Describe(std::string_view printed) const;

 private:
  struct Opening {
    std::string skeleton;
    std::string key;  // MatchKey
  };
  struct Term {
    std::vector<std::string> keys;  // one MatchKey per word
    std::string canonical;
    std::optional<AgencyKind> kind;              // unset when the term does not decide it
    AgencyLevel level = AgencyLevel::kNone;  // kNone when it does not decide it
  };
  struct Word {
    std::string_view text;
    std::string key;
  };

  std::string WordKey(std::string_view word) const;
  void SplitWords(std::string_view text, std::vector<Word>* out) const;
  // The longest term starting at words[i], or nullptr.
  const Term* LongestTermAt(const std::vector<Word>& words, size_t i) const;

  TextFolder folder_;
  std::vector<Opening> openings_;
  // Openings by the skeleton of their first word, so that a position is
  // checked only against the openings that can start there.
  std::unordered_map<std::string, std::vector<size_t>> openings_by_first_word_;
  std::vector<Term> terms_;
  std::unordered_map<std::string, std::vector<size_t>> terms_by_first_key_;
  std::unordered_map<std::string, std::string> abbreviations_;  // key → expansion
};

}  // namespace vbtask

#endif  // VBTASK_EXTRACT_AGENCY_LEXICON_H_

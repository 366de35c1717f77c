// The levels of the administration as data (rules/compare/levels.tsv): which
// level a document is issued at, and when two bodies named at different
// levels are the same role. A Huyện ủy restating a Tỉnh ủy task with "Ban
// Tuyên giáo Huyện ủy" where the parent said "Ban Tuyên giáo Tỉnh ủy" keeps
// the lead; "Sở Thông tin và Truyền thông" is carried down to "Phòng Văn hóa
// và Thông tin" by a counterpart entry.
#ifndef VBTASK_COMPARE_LEVELS_H_
#define VBTASK_COMPARE_LEVELS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"
#include "pipeline/normalize/fold.h"

namespace vbtask {

class LevelMap {
 public:
  // Reads rules/compare/levels.tsv; `folder` gives the matching forms.
  static Result<LevelMap> Load(const std::string& rules_dir, const TextFolder& folder);

  // The level a document is issued at ("tinh", "so", "huyen", "phong", "xa",
  // "trung-uong"), from its issuer, else its parent organisation, else the
  // issuer of its number's code; empty when none says.
  std::string DocumentLevel(const Document& doc) const;
  // The same for an issuer's name alone.
  std::string LevelOfName(std::string_view name) const;

  // A body's role: its matching form with the words that name a level
  // replaced by the level-free role ("ban tuyen giao {cap uy}"), and a
  // counterpart at a lower level mapped to its parent-level name.
  std::string RoleOf(std::string_view agency_name) const;

  // A text's matching form with every word that names a level replaced by
  // its role ("ban tuyen giao {cap uy}"), so that a task restated at the
  // child's level reads as the parent's.
  std::string LevelFree(std::string_view text) const;

  // "Các sở, ban, ngành", "UBND các huyện": a body named in the plural
  // addresses every unit of a kind, and so also the child.
  bool IsGeneric(std::string_view agency_name) const;
  // The level of the units a generic name addresses ("Các huyện ủy" →
  // "huyen"); empty when it does not say.
  std::string LevelAddressed(std::string_view agency_name) const;

 private:
  struct LevelPrefix {
    std::string phrase;  // matching form, words separated by one space
    std::string level;
  };
  struct RoleWord {
    std::string phrase, role;
    bool at_start = false;
  };
  TextFolder folder_;
  std::vector<LevelPrefix> level_prefixes_;  // longest first
  std::vector<RoleWord> role_words_;         // longest first
  std::vector<std::pair<std::string, std::string>> counterparts_;  // child → parent role
  std::vector<std::string> generic_words_;

  std::string Words(std::string_view text) const;  // matching form, one space between words
};

}  // namespace vbtask

#endif  // VBTASK_COMPARE_LEVELS_H_

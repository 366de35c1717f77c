// The names of laws and codes (rules/extract/law_names.txt). A law's name
// may hold commas and "và" ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu
// hộ"), which end the name a pattern would guess; the gazetteer knows where
// it ends.
#ifndef VBTASK_EXTRACT_LAW_NAMES_H_
#define VBTASK_EXTRACT_LAW_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/normalize/fold.h"

namespace vbtask {

class LawNames {
 public:
  // Every entry starts with one of the openings ("Luật", "Bộ luật", "Pháp
  // lệnh", "Hiến pháp") and is listed once; else "path:line: problem".
  static Result<LawNames> Load(const std::string& rules_dir, const TextFolder& folder);

  // Skeletons that can open a law's name, for finding where to look.
  const std::vector<std::string>& openings() const { return openings_; }
  // Bytes of `skeleton` from `pos` taken by the longest known name, ending
  // at a word boundary; 0 when no name starts there.
  size_t LongestAt(std::string_view skeleton, size_t pos) const;

 private:
  std::vector<std::string> names_;  // skeletons, longest first
  std::vector<std::string> openings_;
};

}  // namespace vbtask

#endif  // VBTASK_EXTRACT_LAW_NAMES_H_

#include "pipeline/extract/law_names.h"

#include <algorithm>
#include <unordered_set>

#include "pipeline/lines/line_view.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {

Result<LawNames> LawNames::Load(const std::string& dir, const TextFolder& folder) {
  auto file = ReadRuleFile(dir, "extract/law_names.txt", 1, 1);
  if (!file.ok()) return file.status();
  LawNames out;
  for (const char* opening : {"Bộ luật", "Pháp lệnh", "Hiến pháp", "Luật"}) {
    out.openings_.push_back(folder.Skeleton(opening));
  }
  std::unordered_set<std::string> seen;
  for (const RuleEntry& e : file->entries) {
    std::string name = folder.Skeleton(e.fields[0]);
    bool opens = std::any_of(out.openings_.begin(), out.openings_.end(),
                             [&](const std::string& o) { return name.starts_with(o); });
    if (!opens) {
      return file->Error(e, "a law's name starts with Luật, Bộ luật, Pháp lệnh or Hiến pháp");
    }
    if (!seen.insert(name).second) return file->Error(e, "name listed twice");
    out.names_.push_back(std::move(name));
  }
  std::stable_sort(out.names_.begin(), out.names_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

size_t LawNames::LongestAt(std::string_view skeleton, size_t pos) const {
  std::string_view rest = skeleton.substr(pos);
  for (const std::string& name : names_) {
    if (size_t n = MatchPhraseAt(rest, name)) return n;
  }
  return 0;
}

}  // namespace vbtask

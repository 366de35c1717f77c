// Reading the data files under rules/.
//
// Every rules file has the same shape: one entry per line, fields separated
// by one or more TAB characters, `#` at the start of a line for comments,
// blank lines ignored. Loaders validate each entry and report problems as
// "path:line: what is wrong" so a mistake in the data is found at start-up.
#ifndef VBTASK_RULESET_RULE_FILE_H_
#define VBTASK_RULESET_RULE_FILE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/base/status.h"

namespace re2 {
class RE2;
}

namespace vbtask {

struct RuleEntry {
  int line = 0;
  std::vector<std::string> fields;
};

struct RuleFile {
  std::string path;
  std::vector<RuleEntry> entries;

  // "path:line: message", for errors about one entry.
  Status Error(const RuleEntry& entry, std::string_view message) const;
};

// Reads `dir/relative_path`. Every entry must have between min_fields and
// max_fields fields.
Result<RuleFile> ReadRuleFile(const std::string& dir,
                              const std::string& relative_path,
                              size_t min_fields, size_t max_fields);

// Parses "U+00D0" into a code point, or a literal single character.
bool ParseCodePoint(std::string_view field, char32_t* cp);

// A set of named regular expressions from a `name<TAB>pattern` file. The
// code names each pattern it uses once, in a binding to the handle it
// reads it through, and the loader fills every handle: a name the file does
// not define ("path: no pattern NAME") and a name in the file the code does
// not know both fail the load, so a typo on either side cannot go
// unnoticed, and no lookup by name is left for run time.
struct PatternBinding {
  const char* name;
  const re2::RE2** handle;  // set to the pattern; valid while the set lives
};

class PatternSet {
 public:
  static Result<PatternSet> Load(const std::string& dir,
                                 const std::string& relative_path,
                                 const std::vector<PatternBinding>& bindings);

  PatternSet();
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;
  ~PatternSet();

 private:
  std::unordered_map<std::string, std::unique_ptr<re2::RE2>> patterns_;
};

// A plain word or phrase list: one entry per line, one field.
Result<std::vector<std::string>> ReadWordList(const std::string& dir,
                                              const std::string& relative_path);

}  // namespace vbtask

#endif  // VBTASK_RULESET_RULE_FILE_H_

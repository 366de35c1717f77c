// Where the rules/ directory is when the command line does not say.
//
// An installed vbtask (`cmake --install`, the .deb) keeps its rules beside
// it, in <prefix>/share/vbtask/rules, so a copied or packaged binary finds
// the rules it was released with wherever its prefix is; a binary run from
// its build folder has no such directory and falls back to $VBTASK_RULES,
// then to the rules/ of the source checkout it was built from.
#ifndef VBTASK_DRIVER_RULES_LOCATION_H_
#define VBTASK_DRIVER_RULES_LOCATION_H_

#include <functional>
#include <string>

namespace vbtask {

struct RulesSearch {
  std::string executable;    // the running program's path; "" if unknown
  std::string environment;   // $VBTASK_RULES; "" when unset
  std::string source_rules;  // rules/ of the checkout the build was made from
  // Whether a directory exists; replaced in tests.
  std::function<bool(const std::string&)> is_directory;
};

// <executable's dir>/../share/vbtask/rules when that is a directory, else
// `environment` when set, else `source_rules`.
std::string ResolveRulesDir(const RulesSearch& search);

// The running program's path (/proc/self/exe); "" when it cannot be read.
std::string ExecutablePath();

// ResolveRulesDir for this process: its executable, $VBTASK_RULES and the
// source checkout compiled in (VBTASK_DEFAULT_RULES_DIR).
std::string DefaultRulesDir();

}  // namespace vbtask

#endif  // VBTASK_DRIVER_RULES_LOCATION_H_

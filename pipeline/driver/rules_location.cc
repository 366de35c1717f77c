#include "pipeline/driver/rules_location.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace vbtask {

namespace fs = std::filesystem;

std::string ResolveRulesDir(const RulesSearch& search) {
  if (!search.executable.empty()) {
    fs::path installed = fs::path(search.executable).parent_path().parent_path() /
                         "share" / "vbtask" / "rules";
    std::string dir = installed.lexically_normal().string();
    if (search.is_directory(dir)) return dir;
  }
  if (!search.environment.empty()) return search.environment;
  return search.source_rules;
}

std::string ExecutablePath() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.string();
}

std::string DefaultRulesDir() {
  RulesSearch search;
  search.executable = ExecutablePath();
  if (const char* env = std::getenv("VBTASK_RULES"); env) search.environment = env;
  search.source_rules = VBTASK_DEFAULT_RULES_DIR;
  search.is_directory = [](const std::string& dir) {
    std::error_code ec;
    return fs::is_directory(dir, ec);
  };
  return ResolveRulesDir(search);
}

}  // namespace vbtask

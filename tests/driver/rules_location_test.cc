// Where the rules are found without --rules: beside an installed binary,
// then $VBTASK_RULES, then the source checkout.
#include "pipeline/driver/rules_location.h"

#include <gtest/gtest.h>

#include <set>

namespace vbtask {
namespace {

struct Case {
  const char* what;
  const char* executable;
  const char* environment;
  std::set<std::string> directories;  // what exists on the imagined disk
  const char* want;
};

TEST(ResolveRulesDir, InstalledThenEnvironmentThenSource) {
  const Case cases[] = {
      {"installed prefix", "/opt/vb/bin/vbtask", "",
       {"/opt/vb/share/vbtask/rules"}, "/opt/vb/share/vbtask/rules"},
      {"installed rules win over the environment", "/usr/bin/vbtask", "/etc/vbtask/rules",
       {"/usr/share/vbtask/rules", "/etc/vbtask/rules"}, "/usr/share/vbtask/rules"},
      {"build folder: the environment", "/src/build/vbtask", "/my/rules",
       {"/my/rules"}, "/my/rules"},
      {"build folder, no environment: the source checkout", "/src/build/vbtask", "",
       {}, "/src/rules"},
      {"executable unknown", "", "", {"/share/vbtask/rules"}, "/src/rules"},
      {"relative executable path", "prefix/bin/vbtask", "",
       {"prefix/share/vbtask/rules"}, "prefix/share/vbtask/rules"},
      {"a share/vbtask without rules is not an install", "/opt/x/bin/vbtask", "",
       {"/opt/x/share/vbtask"}, "/src/rules"},
  };
  for (const Case& c : cases) {
    RulesSearch search;
    search.executable = c.executable;
    search.environment = c.environment;
    search.source_rules = "/src/rules";
    search.is_directory = [&](const std::string& d) { return c.directories.count(d) > 0; };
    EXPECT_EQ(ResolveRulesDir(search), c.want) << c.what;
  }
}

TEST(ExecutablePath, IsThisTestProgram) {
  std::string exe = ExecutablePath();
  ASSERT_FALSE(exe.empty());
  EXPECT_NE(exe.find("vbtask_tests"), std::string::npos) << exe;
}

}  // namespace
}  // namespace vbtask

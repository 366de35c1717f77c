// A pattern the code reads and the file does not define, or the other way
// round, fails the load: no lookup by name is left for run time.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>

#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

struct LoadCase {
  const char* name;
  const char* file;   // patterns.tsv
  const char* error;  // a part of the message; "" when the load succeeds
};

class PatternSetLoad : public ::testing::TestWithParam<LoadCase> {};

TEST_P(PatternSetLoad, BindsEveryHandleOrFails) {
  const LoadCase& c = GetParam();
  fs::path dir = fs::temp_directory_path() / ("vbtask-patterns-" + std::string(c.name));
  fs::create_directories(dir);
  std::ofstream(dir / "patterns.tsv") << c.file;
  const re2::RE2* number = nullptr;
  const re2::RE2* date = nullptr;
  auto set = PatternSet::Load(dir.string(), "patterns.tsv",
                              {{"number", &number}, {"date", &date}});
  fs::remove_all(dir);
  if (*c.error == '\0') {
    ASSERT_TRUE(set.ok()) << set.status().message();
    PatternSet moved = std::move(set.value());  // handles survive a move
    ASSERT_NE(number, nullptr);
    ASSERT_NE(date, nullptr);
    EXPECT_TRUE(RE2::FullMatch("42", *number));
    EXPECT_TRUE(RE2::FullMatch("2024-01-02", *date));
    return;
  }
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.status().message().find(c.error), std::string::npos)
      << set.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Files, PatternSetLoad,
    ::testing::Values(
        LoadCase{"both", "number\t\\d+\ndate\t\\d{4}-\\d\\d-\\d\\d\n", ""},
        LoadCase{"missing", "number\t\\d+\n", "patterns.tsv: no pattern date"},
        LoadCase{"misspelt", "number\t\\d+\ndaet\t\\d+\n", "unknown pattern name 'daet'"},
        LoadCase{"twice", "number\t\\d+\nnumber\t\\d\ndate\tx\n", "defined twice"},
        LoadCase{"broken", "number\t(\\d+\ndate\tx\n", "does not compile"}),
    [](const ::testing::TestParamInfo<LoadCase>& info) { return info.param.name; });

}  // namespace
}  // namespace vbtask

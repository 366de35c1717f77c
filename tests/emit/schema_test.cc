// Every golden output satisfies the published schema's required fields,
// types of nulls/arrays/objects, and enums, so schema and code stay in step.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/schema_checker.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

using Json = nlohmann::json;
using testing::SchemaChecker;

TEST(Schema, GoldenOutputsConform) {
  std::ifstream schema_in(testing::SourcePath("schema/vbtask-2.schema.json"));
  Json schema = Json::parse(schema_in);
  SchemaChecker checker(schema);
  int checked = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourcePath("output"))) {
    std::ifstream in(e.path());
    checker.Check(Json::parse(in), schema, e.path().filename().string());
    ++checked;
  }
  EXPECT_GE(checked, 5);
}

}  // namespace
}  // namespace vbtask

// Shared helpers for the tests: the project's rules, loaded once.
#ifndef VBTASK_TESTS_TEST_SUPPORT_H_
#define VBTASK_TESTS_TEST_SUPPORT_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#include "pipeline/driver/pipeline.h"

namespace vbtask::testing {

const PipelineRules& Rules();
std::string SourcePath(const std::string& relative);
ProcessedDocument ProcessString(const std::string& text);

}  // namespace vbtask::testing

#endif  // VBTASK_TESTS_TEST_SUPPORT_H_

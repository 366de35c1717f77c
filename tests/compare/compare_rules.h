// The comparison's rules, loaded once for the compare tests.
#ifndef VBTASK_TESTS_COMPARE_COMPARE_RULES_H_
#define VBTASK_TESTS_COMPARE_COMPARE_RULES_H_

#include <gtest/gtest.h>

#include "pipeline/compare/compare.h"
#include "tests/test_support.h"

namespace vbtask::testing {

inline const CompareRules& CompareTestRules() {
  static const CompareRules rules = [] {
    auto loaded = CompareRules::Load(SourcePath("rules"));
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded.value());
  }();
  return rules;
}

}  // namespace vbtask::testing

#endif  // VBTASK_TESTS_COMPARE_COMPARE_RULES_H_

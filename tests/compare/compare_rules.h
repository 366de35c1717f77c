// For the compare and link tests: the comparison's rules, loaded once, and
// the movement of tests/compare/data/ processed.
#ifndef VBTASK_TESTS_COMPARE_COMPARE_RULES_H_
#define VBTASK_TESTS_COMPARE_COMPARE_RULES_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// m1 (Tỉnh ủy), m2 (Huyện ủy), m3 (Sở), m4 (Đảng ủy xã), in that order.
inline std::vector<Document> MovementDocuments() {
  std::vector<Document> docs;
  for (const char* name : {"m1_ct_tinhuy_racthainhua", "m2_kh_huyenuy_racthainhua",
                           "m3_kh_sotnmt_racthainhua", "m4_kh_danguyxa_racthainhua"}) {
    auto doc = ProcessFile(SourcePath(std::string("tests/compare/data/") + name + ".txt"), Rules());
    EXPECT_TRUE(doc.ok()) << name;
    if (doc.ok()) docs.push_back(std::move(doc.value()));
  }
  return docs;
}

}  // namespace vbtask::testing

#endif  // VBTASK_TESTS_COMPARE_COMPARE_RULES_H_

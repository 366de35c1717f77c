#include "tests/test_support.h"

namespace vbtask::testing {

const PipelineRules& Rules() {
  static const PipelineRules* rules = [] {
    auto r = PipelineRules::Load(std::string(VBTASK_SOURCE_DIR) + "/rules");
    if (!r.ok()) {
      std::fprintf(stderr, "rules: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new PipelineRules(std::move(r.value()));
  }();
  return *rules;
}

std::string SourcePath(const std::string& relative) {
  return std::string(VBTASK_SOURCE_DIR) + "/" + relative;
}

ProcessedDocument ProcessString(const std::string& text) {
  auto doc = ProcessSource(SourceFile{"test.txt", text}, Rules());
  if (!doc.ok()) {
    std::fprintf(stderr, "process: %s\n", doc.status().message().c_str());
    std::abort();
  }
  return std::move(doc.value());
}

}  // namespace vbtask::testing

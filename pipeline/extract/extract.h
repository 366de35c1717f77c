// Stage 5, extract: the segmented document in, the facts of each item out:
// who leads it, who co-operates, by when, and which documents it cites.
#ifndef VBTASK_EXTRACT_EXTRACT_H_
#define VBTASK_EXTRACT_EXTRACT_H_

#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/lines/line_classifier.h"
#include "pipeline/reconstruct/reconstruct.h"
#include "pipeline/ruleset/rule_file.h"
#include "pipeline/segment/segment.h"

namespace vbtask {

struct ExtractRules {
  struct TimePattern {
    std::string kind;
    std::shared_ptr<const re2::RE2> pattern;
  };
  PatternSet patterns;
  std::vector<std::string> agency_heads;  // skeletons: "ban", "so", "ubnd" …
  std::vector<std::string> verbs;         // skeletons that end an agency
  std::vector<TimePattern> time_patterns;  // in priority order
  std::vector<std::pair<std::string, std::string>> frequencies;  // phrase, code
  static Result<ExtractRules> Load(const std::string& rules_dir);
};

struct Agency {
  std::string text;  // as printed
};

struct TimeExpression {
  std::string text;   // as printed
  std::string kind;   // date, deadline, frequency, period
  std::string value;  // ISO date, "2021/2025", a frequency code
};

struct Citation {
  std::string type;    // "Quyết định"
  std::string number;  // "290-QĐ/TW"
  std::string date;    // ISO, or empty
  std::string issuer;  // "Bộ Chính trị", or empty
  std::string text;    // the citation as printed
  size_t begin = 0, end = 0;  // bytes in the reconstructed text
};

struct ItemFacts {
  std::vector<Agency> lead, cooperate;
  std::vector<TimeExpression> time;
  std::vector<int> citations;  // indices into Extraction::citations
};

struct Extraction {
  std::vector<Citation> citations;  // every citation, in text order
  std::vector<ItemFacts> items;     // parallel to SegmentedDocument::items
};

Extraction Extract(const ReconstructedText& text, const SegmentedDocument& doc,
                   const LineClassifier& classifier, const ExtractRules& rules);

}  // namespace vbtask

#endif  // VBTASK_EXTRACT_EXTRACT_H_

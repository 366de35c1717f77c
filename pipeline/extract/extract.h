// Stage 5, extract: the segmented document in, the facts of each item out:
// who leads it, who co-operates, by when, and which documents it cites.
#ifndef VBTASK_EXTRACT_EXTRACT_H_
#define VBTASK_EXTRACT_EXTRACT_H_

#include <memory>

#include <re2/set.h>
#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/extract/agency_lexicon.h"
#include "pipeline/extract/law_names.h"
#include "pipeline/lines/line_classifier.h"
#include "pipeline/model/document.h"
#include "pipeline/reconstruct/reconstruct.h"
#include "pipeline/ruleset/rule_file.h"
#include "pipeline/segment/segment.h"

namespace vbtask {

struct ExtractRules {
  struct TimePattern {
    TimeKind kind;
    std::shared_ptr<const re2::RE2> pattern;
  };
  PatternSet pattern_set;  // owns what `patterns` points to
  struct {
    const re2::RE2* citation = nullptr;
    const re2::RE2* lead_assigned = nullptr;
    const re2::RE2* cooperate = nullptr;
    const re2::RE2* addressed = nullptr;
    const re2::RE2* campaign = nullptr;
    const re2::RE2* campaign_more = nullptr;
    const re2::RE2* named_citation = nullptr;
    const re2::RE2* subject_opener = nullptr;
    const re2::RE2* leads_through = nullptr;
    const re2::RE2* law_tail = nullptr;
    const re2::RE2* responsible_for = nullptr;
  } patterns;
  AgencyLexicon agencies;
  LawNames laws;
  std::vector<std::string> responsible_heads;  // skeletons: "giam doc"
  std::vector<std::string> verbs;         // skeletons that end an agency
  std::vector<TimePattern> time_patterns;  // in priority order
  // All time patterns at once: one pass over an item tells which of them
  // can match, so most of them never run.
  std::shared_ptr<re2::RE2::Set> time_prefilter;
  std::vector<std::pair<std::string, std::string>> frequencies;  // phrase, code
  struct RelationCue {
    CitationRelation relation;
    std::shared_ptr<const re2::RE2> pattern;  // on the skeleton before a mention
  };
  std::vector<RelationCue> relation_cues;  // in the order of the file
  static Result<ExtractRules> Load(const std::string& rules_dir);
};

struct DocumentFacts {
  std::vector<Agency> addressees;      // "Kính gửi" and "… yêu cầu X …"
  std::vector<std::string> campaigns;  // “Dân vận khéo”
  bool has_number = false;
  NumberParts number_parts;
  std::string key;                     // the document's own citation key
  std::vector<Warning> warnings;       // checks of the header against the body
};

// What extract finds beyond the items' own facts.
struct Extraction {
  std::vector<Citation> citations;  // distinct, in order of first mention
  DocumentFacts document;
};

// Sets the facts of each of `doc`'s items (Item::facts) and returns the
// document's citations and facts.
Extraction Extract(const ReconstructedText& text, SegmentedDocument* doc,
                   const LineClassifier& classifier, const ExtractRules& rules);

}  // namespace vbtask

#endif  // VBTASK_EXTRACT_EXTRACT_H_

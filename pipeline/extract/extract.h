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
  AgencyLexicon agencies;
  LawNames laws;
  std::vector<std::string> verbs;         // skeletons that end an agency
  std::vector<TimePattern> time_patterns;  // in priority order
  // All time patterns at once: one pass over an item tells which of them
  // can match, so most of them never run.
  std::shared_ptr<re2::RE2::Set> time_prefilter;
  std::vector<std::pair<std::string, std::string>> frequencies;  // phrase, code
  static Result<ExtractRules> Load(const std::string& rules_dir);
};

struct Agency {
  std::string text;   // as printed
  std::string name;   // canonical spelling, abbreviations expanded
  std::string level;  // trung-uong, tinh, huyen, xa, co-quan, or ""
  std::string kind;   // party, state, front, other
};

struct TimeExpression {
  std::string text;   // as printed
  std::string kind;   // date, deadline, frequency, period
  // date/deadline: ISO date, "--12-10" without year, "2024-Q3";
  // frequency: a code; occasion: "--10-15" when it names a day.
  std::string value;
  // period: the years it spans; 0 where open ("đến năm 2025").
  int from_year = 0, to_year = 0;
};

struct Citation {
  std::string type;    // "Quyết định"
  std::string number;  // "290-QĐ/TW"; empty for a named document
  std::string name;    // "Nghị quyết Đại hội XIII", for a document without number
  std::string key;     // for linking: "290-QD/TW@2013", "nghi-quyet-dai-hoi-xiii"
  std::string date;    // ISO, or empty
  std::string issuer;  // "Bộ Chính trị", or empty
  std::string text;    // the citation as printed
  // Bytes in the reconstructed text; for a citation in a footnote, both
  // are the position of the footnote's marker in the body.
  size_t begin = 0, end = 0;
  std::string footnote;  // the marker of the footnote it is printed in
};

struct ItemFacts {
  std::vector<Agency> lead, cooperate;
  std::vector<TimeExpression> time;
  std::vector<int> citations;  // indices into Extraction::citations
};

// The parts of a document number: "134-CV/ThU" (Party) or
// "12/2024/QĐ-UBND" (state); "215/SGTVT-QLVT" has no type code.
struct NumberParts {
  std::string seq, type_code, issuer_code, year;
};

struct DocumentFacts {
  std::vector<Agency> addressees;      // "Kính gửi" and "… yêu cầu X …"
  std::vector<std::string> campaigns;  // “Dân vận khéo”
  bool has_number = false;
  NumberParts number_parts;
  std::string key;                     // the document's own citation key
  std::vector<Warning> warnings;       // checks of the header against the body
};

struct Extraction {
  std::vector<Citation> citations;  // every citation, in text order
  std::vector<ItemFacts> items;     // parallel to SegmentedDocument::items
  DocumentFacts document;
};

Extraction Extract(const ReconstructedText& text, const SegmentedDocument& doc,
                   const LineClassifier& classifier, const ExtractRules& rules);

}  // namespace vbtask

#endif  // VBTASK_EXTRACT_EXTRACT_H_

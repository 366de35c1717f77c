// Stage 6, classify: what the input is, from what segment and extract
// found in its header.
//
// An archive dump holds official documents among many pages that only
// discuss one (news articles, Q&A pages, encyclopaedia entries, forms).
// Those have no header of their own, yet numbered headings and phrases like
// "Luật này" make items and a type of them. Classify looks for the header
// elements an official document prints (ClassEvidence) and decides:
// - official when it prints a number ("Số: …"), a real place-and-date,
//   its type name on a line of its own in the header ("CHỈ THỊ"; not a
//   type inferred from "Luật này"), a "Nơi nhận" list, or a signature
//   together with a motto, an issuer or "Kính gửi". A form prints a motto,
//   a title and "Kính gửi" but leaves the number and the date blank, and
//   its signature line names no one;
// - an official document is `normative` by its type (rules/document/
//   classes.tsv: Luật, Nghị định …, or a Quyết định numbered with a year),
//   otherwise `directive`;
// - anything else is `other`: its items, type, addressees and the relations
//   of its citations (a "Căn cứ" in an article is not the page's own basis)
//   are dropped, its citations kept as plain mentions, and a
//   not_official_document warning says which elements were (not) found.
#ifndef VBTASK_CLASSIFY_CLASSIFY_H_
#define VBTASK_CLASSIFY_CLASSIFY_H_

#include <string>
#include <unordered_map>

#include "pipeline/base/status.h"
#include "pipeline/lines/line_classifier.h"
#include "pipeline/model/document.h"

namespace vbtask {

struct ClassifyRules {
  enum class TypeRule { kNormative, kYearNumbered };
  std::unordered_map<std::string, TypeRule> by_type;  // type name → rule
  std::unordered_map<std::string, std::string> type_of_code;  // "NĐ" → "Nghị định"
  // A run option, not a file: false keeps the items, type and relations of
  // an `other` document (fragments of a document, a body without its
  // header, read on purpose); it is still classed `other` and warned about.
  bool strip_other = true;

  // Reads rules/document/classes.tsv; each type must be one `types` knows.
  static Result<ClassifyRules> Load(const std::string& rules_dir,
                                    const LineClassifier& types);
};

// The header elements `doc` prints, in ClassEvidence order.
std::vector<ClassEvidence> FindClassEvidence(const Document& doc);

// Sets doc->document_class and doc->class_evidence; strips an `other`
// document as the header comment says (unless rules.strip_other is false).
void Classify(const ClassifyRules& rules, Document* doc);

}  // namespace vbtask

#endif  // VBTASK_CLASSIFY_CLASSIFY_H_

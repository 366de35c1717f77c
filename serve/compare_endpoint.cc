#include "serve/compare_endpoint.h"

#include "pipeline/compare/report.h"
#include "serve/extract_endpoint.h"

namespace vbtask::serve {

HttpAnswer AnswerCompare(const std::vector<SourceFile>& documents, const PipelineRules& rules,
                         const CompareRules* compare_rules, unsigned ocr_workers) {
  if (compare_rules == nullptr) {
    return ErrorAnswer(501, "compare is not built into this server; extract each version "
                            "with POST /v2/extract");
  }
  if (documents.size() != 2) {
    return ErrorAnswer(400, "give two files as a multipart form: the parent directive, "
                            "then the document carrying it down; got " +
                                std::to_string(documents.size()));
  }
  std::vector<Document> docs;
  for (const SourceFile& source : documents) {
    auto doc = ExtractDocument(source, ExtractQuery{}, rules, ocr_workers);
    if (!doc.ok()) return FailureAnswer(doc.status());
    docs.push_back(std::move(doc.value()));
  }
  // As the command line: the corpus's weights plus both documents' items.
  TermWeights weights = compare_rules->corpus_weights;
  for (const Document& doc : docs) LearnTermWeights(doc, *compare_rules, &weights);
  auto comparison = CompareDocuments(docs[0], docs[1], *compare_rules, weights);
  if (!comparison.ok()) return ErrorAnswer(422, comparison.status().message());
  HttpAnswer answer;
  answer.body = ComparisonJson(*comparison, docs[0], docs[1]);
  return answer;
}

}  // namespace vbtask::serve

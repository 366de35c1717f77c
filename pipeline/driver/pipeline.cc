#include "pipeline/driver/pipeline.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "pipeline/base/sha256.h"
#include "pipeline/pdf/pdf.h"
#include "pipeline/segment/segment.h"

namespace vbtask {

Result<PipelineRules> PipelineRules::Load(const std::string& dir) {
  auto classifier = LineClassifier::Load(dir);
  if (!classifier.ok()) return classifier.status();
  auto normalize = NormalizeRules::Load(dir);
  if (!normalize.ok()) return normalize.status();
  auto reconstruct = ReconstructRules::Load(dir);
  if (!reconstruct.ok()) return reconstruct.status();
  auto extract = ExtractRules::Load(dir);
  if (!extract.ok()) return extract.status();
  auto layout = LayoutRules::Load(dir);
  if (!layout.ok()) return layout.status();
  return PipelineRules{std::move(classifier.value()),
                       std::move(normalize.value()),
                       std::move(reconstruct.value()),
                       std::move(extract.value()),
                       std::move(layout.value())};
}

std::string DefaultRulesDir() {
  if (const char* env = std::getenv("VBTASK_RULES"); env && *env) return env;
  return VBTASK_DEFAULT_RULES_DIR;
}

DecodedText DecodeTextLayer(std::string text) {
  return {std::move(text), "UTF-8"};
}

namespace {

// The stages after decoding, shared by text files and PDFs.
ProcessedDocument ProcessText(const SourceFile& source, DecodedText decoded,
                              const PipelineRules& rules) {
  NormalizedText normalized = Normalize(decoded.text, rules.normalize);
  ProcessedDocument doc;
  doc.source.path = source.path;
  doc.source.encoding = decoded.encoding;
  doc.source.sha256 = Sha256Hex(source.bytes);
  doc.text = Reconstruct(normalized.text, rules.classifier, rules.reconstruct);
  doc.segmented = Segment(doc.text, rules.classifier);
  doc.extraction =
      Extract(doc.text, doc.segmented, rules.classifier, rules.extract);
  return doc;
}

Result<ProcessedDocument> ProcessPdf(const SourceFile& source,
                                     const PipelineRules& rules) {
  auto pages = ReadPdfPages(source);
  if (!pages.ok()) return pages.status();
  ProcessedDocument doc = ProcessText(
      source, DecodeTextLayer(PagesToText(*pages, rules.layout)), rules);
  doc.source.format = "pdf";
  doc.text.pages = static_cast<int>(pages->size());
  return doc;
}

}  // namespace

Result<ProcessedDocument> ProcessSource(const SourceFile& source,
                                        const PipelineRules& rules) {
  if (LooksLikePdf(source.bytes)) return ProcessPdf(source, rules);
  auto decoded = Decode(source);
  if (!decoded.ok()) return decoded.status();
  return ProcessText(source, std::move(decoded.value()), rules);
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return buf.str();
}

Result<ProcessedDocument> ProcessFile(const std::string& path,
                                      const PipelineRules& rules) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ProcessSource(SourceFile{path, std::move(bytes.value())}, rules);
}

}  // namespace vbtask

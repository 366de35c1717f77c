#include "pipeline/driver/pipeline.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "pipeline/base/sha256.h"
#include "pipeline/segment/segment.h"

namespace vbtask {

Result<PipelineRules> PipelineRules::Load(const std::string& dir) {
  auto decode = DecodeRules::Load(dir);
  if (!decode.ok()) return decode.status();
  auto classifier = LineClassifier::Load(dir);
  if (!classifier.ok()) return classifier.status();
  auto normalize = NormalizeRules::Load(dir);
  if (!normalize.ok()) return normalize.status();
  auto reconstruct = ReconstructRules::Load(dir);
  if (!reconstruct.ok()) return reconstruct.status();
  auto extract = ExtractRules::Load(dir);
  if (!extract.ok()) return extract.status();
  auto repair = RepairModel::Load(dir);
  if (!repair.ok()) return repair.status();
  return PipelineRules{std::move(decode.value()),
                       std::move(classifier.value()),
                       std::move(normalize.value()),
                       std::move(reconstruct.value()),
                       std::move(extract.value()),
                       std::move(repair.value())};
}

std::string DefaultRulesDir() {
  if (const char* env = std::getenv("VBTASK_RULES"); env && *env) return env;
  return VBTASK_DEFAULT_RULES_DIR;
}

Result<ProcessedDocument> ProcessSource(const SourceFile& source,
                                        const PipelineRules& rules,
                                        const DecodeOptions& options) {
  auto decoded = Decode(source, rules.decode, options);
  if (!decoded.ok()) return decoded.status();
  NormalizedText normalized = Normalize(decoded->text, rules.normalize);
  ProcessedDocument doc;
  doc.source.path = source.path;
  doc.source.encoding = decoded->encoding;
  doc.source.sha256 = Sha256Hex(source.bytes);
  doc.text = Reconstruct(normalized.text, rules.classifier, rules.reconstruct);
  doc.repairs = RepairReconstructed(&doc.text, rules.repair, rules.repair_mode);
  doc.segmented = Segment(doc.text, rules.classifier);
  doc.extraction =
      Extract(doc.text, doc.segmented, rules.classifier, rules.extract);
  return doc;
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
                                      const PipelineRules& rules,
                                      const DecodeOptions& options) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ProcessSource(SourceFile{path, std::move(bytes.value())}, rules,
                       options);
}

}  // namespace vbtask

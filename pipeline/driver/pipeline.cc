#include "pipeline/driver/pipeline.h"

#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "pipeline/base/sha256.h"
#include "pipeline/ocr/ocr.h"
#include "pipeline/pdf/pdf.h"
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
  auto layout = LayoutRules::Load(dir);
  if (!layout.ok()) return layout.status();
  auto repair = RepairModel::Load(dir);
  if (!repair.ok()) return repair.status();
  return PipelineRules{std::move(decode.value()),
                       std::move(classifier.value()),
                       std::move(normalize.value()),
                       std::move(reconstruct.value()),
                       std::move(extract.value()),
                       std::move(layout.value()),
                       std::move(repair.value())};
}

std::string DefaultRulesDir() {
  if (const char* env = std::getenv("VBTASK_RULES"); env && *env) return env;
  return VBTASK_DEFAULT_RULES_DIR;
}

DecodedText DecodeTextLayer(std::string text, const PipelineRules& rules) {
  return RepairMojibake(text, rules.decode);
}

namespace {

// Pages OCR'd with a lower mean confidence get a warning.
constexpr double kLowConfidence = 70;

// The stages from repair on; segment's warnings are made again, and those
// of low OCR confidence added after them.
void RepairSegmentExtract(ProcessedDocument& doc, const PipelineRules& rules,
                          RepairMode mode) {
  doc.repairs = RepairReconstructed(&doc.text, rules.repair, mode);
  doc.segmented = Segment(doc.text, rules.classifier);
  doc.extraction =
      Extract(doc.text, doc.segmented, rules.classifier, rules.extract);
  for (const OcrConfidence& o : doc.source.ocr) {
    if (o.confidence < kLowConfidence) {
      char message[96];
      std::snprintf(message, sizeof message,
                    "page %d: OCR mean confidence %.0f%%", o.page, o.confidence);
      doc.segmented.warnings.push_back({"low_ocr_confidence", message});
    }
  }
}

// The stages after decoding, shared by text files and PDFs.
ProcessedDocument ProcessText(const SourceFile& source, DecodedText decoded,
                              const PipelineRules& rules,
                              std::vector<OcrConfidence> ocr = {}) {
  NormalizedText normalized = Normalize(decoded.text, rules.normalize);
  ProcessedDocument doc;
  doc.source.path = source.path;
  doc.source.ocr = std::move(ocr);
  doc.source.encoding = decoded.encoding;
  doc.source.sha256 = Sha256Hex(source.bytes);
  doc.text = Reconstruct(normalized.text, rules.classifier, rules.reconstruct);
  RepairSegmentExtract(doc, rules, rules.repair_mode);
  return doc;
}

// A page with less text than this in its text layer is taken as a scan (a
// scanner may stamp a page number or a file name on it).
constexpr size_t kUsableTextBytes = 20;

size_t TextBytes(const Page& page) {
  size_t n = 0;
  for (const Line& l : page.lines) {
    for (const Word& w : l.words) n += w.text.size();
  }
  return n;
}

ProcessedDocument ProcessPages(const SourceFile& source,
                               const std::vector<Page>& pages,
                               const std::vector<OcrPage>& ocr,
                               const PipelineRules& rules) {
  std::vector<OcrConfidence> confidences;
  for (const OcrPage& o : ocr) confidences.push_back({o.page.number, o.mean_confidence});
  ProcessedDocument doc = ProcessText(
      source, DecodeTextLayer(PagesToText(pages, rules.layout), rules), rules,
      std::move(confidences));
  doc.text.pages = static_cast<int>(pages.size());
  return doc;
}

Status NoText(const std::string& path) {
  return Status::InvalidInput(path + ": no text found (neither a text layer nor by OCR)");
}

Result<ProcessedDocument> ProcessPdf(const SourceFile& source,
                                     const PipelineRules& rules,
                                     const ProcessOptions& options) {
  auto pages = ReadPdfPages(source);
  if (!pages.ok()) return pages.status();
  std::vector<int> scanned;
  for (const Page& p : *pages) {
    if (TextBytes(p) < kUsableTextBytes) scanned.push_back(p.number);
  }
  std::vector<OcrPage> ocr;
  if (!scanned.empty()) {
    auto images = RenderScannedPages(source, scanned, kOcrDpi);
    if (!images.ok()) return images.status();
    auto read = OcrPages(*images, options.ocr_workers);
    if (!read.ok()) return Status(read.status().code(), source.path + ": " + read.status().message());
    ocr = std::move(read.value());
    for (OcrPage& o : ocr) (*pages)[o.page.number - 1] = o.page;
  }
  size_t text = 0;
  for (const Page& p : *pages) text += TextBytes(p);
  if (text == 0) return NoText(source.path);
  ProcessedDocument doc = ProcessPages(source, *pages, ocr, rules);
  doc.source.format = scanned.size() == pages->size() ? "scan" : "pdf";
  return doc;
}

Result<ProcessedDocument> ProcessImage(const SourceFile& source,
                                       const PipelineRules& rules) {
  auto image = DecodeImage(source);
  if (!image.ok()) return image.status();
  auto read = OcrPages({*image}, 1);
  if (!read.ok()) return Status(read.status().code(), source.path + ": " + read.status().message());
  if (TextBytes((*read)[0].page) == 0) return NoText(source.path);
  ProcessedDocument doc = ProcessPages(source, {(*read)[0].page}, *read, rules);
  doc.source.format = "image";
  return doc;
}

}  // namespace

ProcessedDocument RepairAgain(ProcessedDocument unrepaired,
                              const PipelineRules& rules, RepairMode mode) {
  RepairSegmentExtract(unrepaired, rules, mode);
  return unrepaired;
}

Result<ProcessedDocument> ProcessSource(const SourceFile& source,
                                        const PipelineRules& rules,
                                        const ProcessOptions& options) {
  if (LooksLikePdf(source.bytes)) return ProcessPdf(source, rules, options);
  if (LooksLikeImage(source.bytes)) return ProcessImage(source, rules);
  auto decoded = Decode(source, rules.decode, options.decode);
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
                                      const PipelineRules& rules,
                                      const ProcessOptions& options) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ProcessSource(SourceFile{path, std::move(bytes.value())}, rules,
                       options);
}

}  // namespace vbtask

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
  auto docx = DocxRules::Load(dir, *decode);
  if (!docx.ok()) return docx.status();
  auto repair = RepairModel::Load(dir, decode->syllables());
  if (!repair.ok()) return repair.status();
  auto classify = ClassifyRules::Load(dir, *classifier);
  if (!classify.ok()) return classify.status();
  return PipelineRules{std::move(decode.value()),
                       std::move(classifier.value()),
                       std::move(normalize.value()),
                       std::move(reconstruct.value()),
                       std::move(extract.value()),
                       std::move(layout.value()),
                       std::move(docx.value()),
                       std::move(repair.value()),
                       std::move(classify.value())};
}

DecodedText DecodeTextLayer(std::string text, const PipelineRules& rules) {
  return RepairMojibake(text, rules.decode);
}

namespace {

IngestedDocument FromText(const SourceFile& source, DecodedText decoded) {
  IngestedDocument doc;
  doc.source.path = source.path;
  doc.source.encoding = std::move(decoded.encoding);
  doc.source.sha256 = Sha256Hex(source.bytes);
  doc.text = std::move(decoded.text);
  return doc;
}

// A page with less text than this in its text layer is taken as a scan (a
// scanner may stamp a page number or a file name on it).
constexpr size_t kUsableTextBytes = 20;
// Pages OCR'd with a lower mean confidence get a warning.
constexpr double kLowConfidence = 70;

size_t TextBytes(const Page& page) {
  size_t n = 0;
  for (const Line& l : page.lines) {
    for (const Word& w : l.words) n += w.text.size();
  }
  return n;
}

IngestedDocument FromPages(const SourceFile& source,
                           const std::vector<Page>& pages,
                           const std::vector<OcrPage>& ocr,
                           const PipelineRules& rules) {
  IngestedDocument doc = FromText(
      source, DecodeTextLayer(PagesToText(pages, rules.layout), rules));
  doc.source.pages = static_cast<int>(pages.size());
  for (const OcrPage& o : ocr) {
    doc.source.ocr.push_back({o.page.number, o.mean_confidence});
    if (o.mean_confidence < kLowConfidence) {
      char message[96];
      std::snprintf(message, sizeof message, "page %d: OCR mean confidence %.0f%%",
                    o.page.number, o.mean_confidence);
      doc.warnings.push_back({WarningCode::kLowOcrConfidence, message});
    }
  }
  return doc;
}

Status NoText(const std::string& path) {
  return Status::InvalidInput(path + ": no text found (neither a text layer nor by OCR)");
}

Result<IngestedDocument> IngestPdf(const SourceFile& source,
                                   const PipelineRules& rules,
                                   const ProcessOptions& options) {
  auto pages = ReadPdfPages(source);
  if (!pages.ok()) return pages.status();
  std::vector<int> scanned;
  for (const Page& p : *pages) {
    if (OwnTextBytes(p, rules.layout) < kUsableTextBytes) scanned.push_back(p.number);
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
  IngestedDocument doc = FromPages(source, *pages, ocr, rules);
  doc.source.format =
      scanned.size() == pages->size() ? SourceFormat::kScan : SourceFormat::kPdf;
  return doc;
}

Result<IngestedDocument> IngestImage(const SourceFile& source,
                                     const PipelineRules& rules) {
  auto image = DecodeImage(source);
  if (!image.ok()) return image.status();
  auto read = OcrPages({*image}, 1);
  if (!read.ok()) return Status(read.status().code(), source.path + ": " + read.status().message());
  if (TextBytes((*read)[0].page) == 0) return NoText(source.path);
  IngestedDocument doc = FromPages(source, {(*read)[0].page}, *read, rules);
  doc.source.format = SourceFormat::kImage;
  return doc;
}

// Word, OpenDocument and .doc files: their text as the layout stage would
// give it, then the same mojibake repair as a PDF text layer (a legacy font
// the rules do not name still shows as mojibake).
Result<IngestedDocument> IngestOffice(const SourceFile& source,
                                      const PipelineRules& rules) {
  auto office = ReadOfficeDocument(source, rules.docx, rules.decode);
  if (!office.ok()) return office.status();
  DecodedText decoded = DecodeTextLayer(std::move(office->text), rules);
  for (const std::string& e : office->encodings) decoded.encoding += "+" + e + "-font";
  IngestedDocument doc = FromText(source, std::move(decoded));
  doc.source.format = office->format;
  for (Warning& w : office->warnings) doc.warnings.push_back(std::move(w));
  return doc;
}

// normalize → reconstruct: the text the repair stage reads.
ReconstructedText ReconstructIngested(const IngestedDocument& doc,
                                      const PipelineRules& rules) {
  NormalizedText normalized = Normalize(doc.text, rules.normalize);
  ReconstructedText text =
      Reconstruct(normalized.text, rules.classifier, rules.reconstruct);
  if (doc.source.pages > 0) text.pages = doc.source.pages;
  return text;
}

}  // namespace

Result<IngestedDocument> Ingest(const SourceFile& source,
                                const PipelineRules& rules,
                                const ProcessOptions& options) {
  if (LooksLikePdf(source.bytes)) return IngestPdf(source, rules, options);
  if (LooksLikeImage(source.bytes)) return IngestImage(source, rules);
  if (SniffOfficeFormat(source.bytes) != OfficeFormat::kNone) {
    return IngestOffice(source, rules);
  }
  auto decoded = Decode(source, rules.decode, options.decode);
  if (!decoded.ok()) return decoded.status();
  return FromText(source, std::move(decoded.value()));
}

Document FinishDocument(IngestedDocument ingested, const PipelineRules& rules,
                        const RepairEvidence* batch) {
  return FinishDocument(std::move(ingested), rules, rules.repair_mode, batch);
}

Document FinishDocument(IngestedDocument ingested, const PipelineRules& rules,
                        RepairMode mode, const RepairEvidence* batch) {
  StageResults s;
  s.text = ReconstructIngested(ingested, rules);
  s.source = std::move(ingested.source);
  s.ingest_warnings = std::move(ingested.warnings);
  if (mode != RepairMode::kOff) {
    const TextOrigin origin =
        s.source.ocr.empty() ? TextOrigin::kTyped : TextOrigin::kOcr;
    RepairDecision decision = DecideRepair(s.text.text, rules.repair, origin);
    if (!decision.repair) {
      mode = RepairMode::kOff;
      s.ingest_warnings.push_back(
          {WarningCode::kRepairSkipped, std::move(decision.reason)});
    }
  }
  s.repairs = RepairReconstructed(&s.text, rules.repair, mode, batch);
  s.segmented = Segment(s.text, rules.classifier);
  s.extraction = Extract(s.text, &s.segmented, rules.classifier, rules.extract);
  Document doc = AssembleDocument(std::move(s));
  Classify(rules.classify, &doc);
  return doc;
}

Document AssembleDocument(StageResults s) {
  Document doc;
  doc.source = std::move(s.source);
  doc.source.pages = s.text.pages;
  SegmentedDocument& seg = s.segmented;
  doc.header = std::move(seg.header);
  DocumentFacts& facts = s.extraction.document;
  if (facts.has_number) doc.number_parts = std::move(facts.number_parts);
  doc.key = std::move(facts.key);
  doc.addressees = std::move(facts.addressees);
  doc.campaigns = std::move(facts.campaigns);
  doc.distribution = std::move(seg.distribution);
  doc.signer = std::move(seg.signer);
  doc.attachment_types = std::move(seg.attachment_types);
  doc.text = std::move(s.text.text);
  doc.preamble_begin = seg.preamble_begin;
  doc.preamble_end = seg.preamble_end;
  doc.items = std::move(seg.items);
  doc.citations = std::move(s.extraction.citations);
  doc.footnotes = std::move(s.text.footnotes);
  doc.repairs = std::move(s.repairs);
  doc.warnings = std::move(seg.warnings);
  for (auto* more : {&s.ingest_warnings, &facts.warnings}) {
    doc.warnings.insert(doc.warnings.end(), std::make_move_iterator(more->begin()),
                        std::make_move_iterator(more->end()));
  }
  return doc;
}

Result<Document> ProcessSource(const SourceFile& source, const PipelineRules& rules,
                               const ProcessOptions& options) {
  auto ingested = Ingest(source, rules, options);
  if (!ingested.ok()) return ingested.status();
  return FinishDocument(std::move(ingested.value()), rules);
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

Result<Document> ProcessFile(const std::string& path, const PipelineRules& rules,
                             const ProcessOptions& options) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ProcessSource(SourceFile{path, std::move(bytes.value())}, rules,
                       options);
}

}  // namespace vbtask

// The whole pipeline for one input: bytes in, Document (model/document.h) out.
// decode → normalize → reconstruct → repair → segment → extract; a PDF
// (found by its "%PDF-" signature) goes pdf → layout → decode of its text
// layer instead of decode, and its pages without text through OCR. Emit is
// separate so that callers choose the output form.
#ifndef VBTASK_DRIVER_PIPELINE_H_
#define VBTASK_DRIVER_PIPELINE_H_

#include <string>

#include "pipeline/base/status.h"
#include "pipeline/classify/classify.h"
#include "pipeline/decode/decode.h"
#include "pipeline/docx/docx.h"
#include "pipeline/driver/rules_location.h"
#include "pipeline/extract/extract.h"
#include "pipeline/layout/layout.h"
#include "pipeline/lines/line_classifier.h"
#include "pipeline/model/document.h"
#include "pipeline/normalize/normalize.h"
#include "pipeline/reconstruct/reconstruct.h"
#include "pipeline/repair/repair.h"
#include "pipeline/segment/segment.h"

namespace vbtask {

// Every rules/ table the stages use, loaded and validated once per run and
// shared read-only by all worker threads.
struct PipelineRules {
  DecodeRules decode;
  LineClassifier classifier;
  NormalizeRules normalize;
  ReconstructRules reconstruct;
  ExtractRules extract;
  LayoutRules layout;
  DocxRules docx;
  RepairModel repair;
  ClassifyRules classify;
  RepairMode repair_mode = RepairMode::kSafe;  // a run option, not a file

  static Result<PipelineRules> Load(const std::string& rules_dir);
};

// The text layer of a PDF, as the layout stage rebuilt it, to UTF-8 text.
// Text layers of documents typed in legacy Vietnamese fonts come out as
// mojibake ("Bé ChÝnh trÞ" for "Bộ Chính trị"); this is where they are
// decoded. Clean text layers pass unchanged.
DecodedText DecodeTextLayer(std::string text, const PipelineRules& rules);

struct ProcessOptions {
  // Forces the input encoding of text files (default: detect it).
  DecodeOptions decode;
  // Tesseract engines working on the scanned pages of one document in
  // parallel; 0 means one per core.
  unsigned ocr_workers = 0;
};

// A source as ingestion left it: its text and the facts about where the
// text came from, before any text processing. It is what a batch keeps of
// each document between its two passes (see batch.h).
struct IngestedDocument {
  SourceInfo source;  // pages: of a PDF or image; 0 for text (form feeds tell)
  std::string text;   // valid UTF-8
  // What ingestion found wrong (an OCR'd page of low confidence), decided
  // on the exact figures before anything rounds them.
  std::vector<Warning> warnings;
};

// A PDF (by its "%PDF-" signature) is read through its text layer, its
// pages without one through OCR; PNG, JPEG and TIFF images through OCR; a
// zip holding word/document.xml or an ODT mimetype, and an OLE container
// (.doc), as an office document (docx.h); anything else as text.
Result<IngestedDocument> Ingest(const SourceFile& source,
                                const PipelineRules& rules,
                                const ProcessOptions& options = {});

// reconstruct → repair → segment → extract → classify. `batch`, when given, is what
// the documents of the batch print (see RepairEvidence).
Document FinishDocument(IngestedDocument doc, const PipelineRules& rules,
                        const RepairEvidence* batch = nullptr);
// The same in a repair mode other than the rules' own: one ingested (and
// OCR'd) input finished in several modes to compare them.
Document FinishDocument(IngestedDocument doc, const PipelineRules& rules,
                        RepairMode mode, const RepairEvidence* batch = nullptr);

// What the stages made of one input, as one Document: the warnings of
// segment, then ingestion's, then extract's.
struct StageResults {
  SourceInfo source;
  std::vector<Warning> ingest_warnings;
  ReconstructedText text;  // repaired
  std::vector<Repair> repairs;
  SegmentedDocument segmented;  // items carry extract's facts
  Extraction extraction;
};
Document AssembleDocument(StageResults stages);

// Ingest then FinishDocument.
Result<Document> ProcessSource(const SourceFile& source, const PipelineRules& rules,
                               const ProcessOptions& options = {});

// Reads `path` and processes it; an unreadable file is an I/O error.
Result<Document> ProcessFile(const std::string& path, const PipelineRules& rules,
                             const ProcessOptions& options = {});

Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace vbtask

#endif  // VBTASK_DRIVER_PIPELINE_H_

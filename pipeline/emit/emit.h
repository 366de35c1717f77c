// Stage 6, emit: the extracted document in, JSON out (output contract
// "vbtask/1", schema/vbtask-1.schema.json). Keys come out in a fixed order
// so that outputs diff cleanly.
#ifndef VBTASK_EMIT_EMIT_H_
#define VBTASK_EMIT_EMIT_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/extract/extract.h"
#include "pipeline/reconstruct/reconstruct.h"
#include "pipeline/repair/repair.h"
#include "pipeline/segment/segment.h"

namespace vbtask {

inline constexpr const char* kSchemaVersion = "vbtask/1";

struct OcrConfidence {
  int page = 1;
  double confidence = 0;  // Tesseract's mean word confidence, 0-100
};

struct SourceInfo {
  std::string path;
  std::string format = "text";  // "text", "pdf", "scan", "image", "docx", "odt", "doc"
  std::string encoding;
  std::string sha256;
  std::vector<OcrConfidence> ocr;  // the OCR'd pages
};

struct ProcessedDocument {
  SourceInfo source;
  ReconstructedText text;  // repaired
  std::vector<Repair> repairs;
  SegmentedDocument segmented;
  Extraction extraction;
};

nlohmann::ordered_json ToJson(const ProcessedDocument& doc);

}  // namespace vbtask

#endif  // VBTASK_EMIT_EMIT_H_

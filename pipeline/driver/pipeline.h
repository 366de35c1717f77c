// The whole pipeline for one input: bytes in, ProcessedDocument out.
// decode → normalize → reconstruct → repair → segment → extract; emit is separate so
// that callers choose the output form.
#ifndef VBTASK_DRIVER_PIPELINE_H_
#define VBTASK_DRIVER_PIPELINE_H_

#include <string>

#include "pipeline/base/status.h"
#include "pipeline/decode/decode.h"
#include "pipeline/emit/emit.h"
#include "pipeline/extract/extract.h"
#include "pipeline/lines/line_classifier.h"
#include "pipeline/normalize/normalize.h"
#include "pipeline/reconstruct/reconstruct.h"
#include "pipeline/repair/repair.h"

namespace vbtask {

// Every rules/ table the stages use, loaded and validated once per run and
// shared read-only by all worker threads.
struct PipelineRules {
  DecodeRules decode;
  LineClassifier classifier;
  NormalizeRules normalize;
  ReconstructRules reconstruct;
  ExtractRules extract;
  RepairModel repair;
  RepairMode repair_mode = RepairMode::kSafe;  // a run option, not a file

  static Result<PipelineRules> Load(const std::string& rules_dir);
};

// $VBTASK_RULES if set, else the rules/ directory the build was made from.
std::string DefaultRulesDir();

// `options` can force the input encoding (default: detect it).
Result<ProcessedDocument> ProcessSource(const SourceFile& source,
                                        const PipelineRules& rules,
                                        const DecodeOptions& options = {});

// Reads `path` and processes it; an unreadable file is an I/O error.
Result<ProcessedDocument> ProcessFile(const std::string& path,
                                      const PipelineRules& rules,
                                      const DecodeOptions& options = {});

Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace vbtask

#endif  // VBTASK_DRIVER_PIPELINE_H_

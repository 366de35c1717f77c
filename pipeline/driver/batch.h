// A batch of inputs through the whole pipeline, files in parallel.
//
// With adaptation on, a batch runs in two passes. The first ingests every
// input (decode, PDF text layer or OCR) and lets the repair stage learn
// which syllable pairs the batch prints in confident text (RepairEvidence);
// the second finishes each document with that evidence. Between the passes
// each ingested document waits in a spool file, so memory does not grow
// with the batch and nothing is OCR'd twice.
#ifndef VBTASK_DRIVER_BATCH_H_
#define VBTASK_DRIVER_BATCH_H_

#include <functional>
#include <string>
#include <vector>

#include "pipeline/driver/pipeline.h"

namespace vbtask {

struct BatchOptions {
  ProcessOptions process;
  unsigned jobs = 0;    // files in parallel; 0 means one per core
  bool adapt = true;    // learn from the whole batch before repairing
  std::string spool_dir;  // where the spool directory goes; "" = $TMPDIR
};

// Called once per input, from worker threads, in no particular order.
using DocumentSink =
    std::function<void(size_t index, Result<Document> document)>;

// `paths` are files; "-" stands for `stdin_bytes`. A file that cannot be
// read or processed reaches the sink as an error naming it; the others go
// on. A non-OK return means the batch itself could not run (no spool).
Status ProcessBatch(const std::vector<std::string>& paths,
                    const std::string& stdin_bytes, const PipelineRules& rules,
                    const BatchOptions& options, const DocumentSink& sink);

}  // namespace vbtask

#endif  // VBTASK_DRIVER_BATCH_H_

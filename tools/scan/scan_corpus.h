// Scanned test documents made from the corpus's born-digital PDFs, and how
// well the pipeline reads them back.
//
// MakeScannedPdf: a PDF with a text layer in, an image-only PDF out: every
// page rendered at the given resolution, with grey-level jitter, speckles,
// a slight skew and on request a light blur, all from a fixed seed so that
// the same input always gives the same scan. CompareWithText: the JSON of the scan and the
// JSON of the text version of the same document in, the share of items
// found again, header fields equal and the word error rate of the text out.
#ifndef VBTASK_TOOLS_SCAN_SCAN_CORPUS_H_
#define VBTASK_TOOLS_SCAN_SCAN_CORPUS_H_


#include <string>
#include <string_view>

#include "pipeline/base/status.h"
#include "pipeline/decode/decode.h"
#include "pipeline/model/json.h"
#include "pipeline/ocr/ocr.h"

namespace vbtask {

struct ScanOptions {
  double dpi = 150;
  unsigned seed = 1;
  double skew_degrees = 0.3;
  bool blur = false;  // at 150 dpi a 3x3 blur alone triples the word errors
  int jitter = 20;  // grey levels, ±
};

// Blur, jitter, speckles and skew, in place.
void AddScanNoise(PageImage& image, const ScanOptions& options);

Result<std::string> MakeScannedPdf(const SourceFile& pdf,
                                   const ScanOptions& options);

struct ScanScore {
  int items = 0;        // items of the text version
  int ids_found = 0;    // found in the scan with the same id
  int kinds_found = 0;  // … and the same kind
  int scan_items = 0;   // items of the scan
  bool number = false, date = false, type = false, issuer = false;
  double word_error_rate = 0;  // of the scan's text against the text version's
};

ScanScore CompareWithText(const nlohmann::ordered_json& scan,
                          const nlohmann::ordered_json& text);

// Word-level edit distance over the number of words of `reference`.
double WordErrorRate(std::string_view reference, std::string_view hypothesis);

// The text version of a corpus PDF: corpus/directives/<stem>.txt, else
// corpus/seeds/<stem>.txt, under `corpus_dir`; empty when there is none.
std::string TextVersionPath(const std::string& corpus_dir,
                            const std::string& pdf_path);

}  // namespace vbtask

#endif  // VBTASK_TOOLS_SCAN_SCAN_CORPUS_H_

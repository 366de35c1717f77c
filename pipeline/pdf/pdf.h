// Stage 1b, pdf: the bytes of a PDF file in, its pages with positioned
// words out (Poppler's text layer; the text is not flattened here, the
// layout stage rebuilds lines and reading order).
//
// Errors name the file: encrypted (a password is needed), not a readable
// PDF, truncated, no pages. Pages without a usable text layer (scans) come
// out without lines; RenderPdfPages turns them into images for OCR.
#ifndef VBTASK_PDF_PDF_H_
#define VBTASK_PDF_PDF_H_

#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/decode/decode.h"
#include "pipeline/layout/page.h"
#include "pipeline/ocr/ocr.h"

namespace vbtask {

// True when the bytes are a PDF ("%PDF-" at the start).
bool LooksLikePdf(std::string_view bytes);

Result<std::vector<Page>> ReadPdfPages(const SourceFile& source);

// The pages `numbers` (1-based) rendered in grey at `dpi`.
Result<std::vector<PageImage>> RenderPdfPages(const SourceFile& source,
                                              const std::vector<int>& numbers,
                                              double dpi);

// The scanned pages `numbers` rendered for OCR: each at the resolution of
// its scan when the file shows it and it is lower than `dpi` (the OCR
// stage cleans the page at that scale, then enlarges it), else at `dpi`.
Result<std::vector<PageImage>> RenderScannedPages(const SourceFile& source,
                                                  const std::vector<int>& numbers,
                                                  double dpi);

}  // namespace vbtask

#endif  // VBTASK_PDF_PDF_H_

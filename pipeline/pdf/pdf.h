// Stage 1b, pdf: the bytes of a PDF file in, its pages with positioned
// words out (Poppler's text layer; the text is not flattened here, the
// layout stage rebuilds lines and reading order).
//
// Errors name the file: encrypted (a password is needed), not a readable
// PDF, truncated, no pages, and no text layer at all (a scan: OCR is needed).
#ifndef VBTASK_PDF_PDF_H_
#define VBTASK_PDF_PDF_H_

#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/decode/decode.h"
#include "pipeline/layout/page.h"

namespace vbtask {

// True when the bytes are a PDF ("%PDF-" at the start).
bool LooksLikePdf(std::string_view bytes);

Result<std::vector<Page>> ReadPdfPages(const SourceFile& source);

}  // namespace vbtask

#endif  // VBTASK_PDF_PDF_H_

// Scanner specks removed before OCR: a 3x3 median over 8-bit grey pixels.
// Kept apart from the OCR stage so that it can be tested (and timed) alone;
// it runs on every page of a scan, so it is a few array passes, not a
// general rank filter.
#ifndef VBTASK_OCR_DESPECKLE_H_
#define VBTASK_OCR_DESPECKLE_H_

#include "pipeline/ocr/ocr.h"

namespace vbtask {

// Each pixel becomes the median of its 3x3 neighbourhood; pixels on the
// image border keep their value (page margins carry no text).
PageImage MedianFiltered3x3(const PageImage& image);

}  // namespace vbtask

#endif  // VBTASK_OCR_DESPECKLE_H_

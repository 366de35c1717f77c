// Part of the pdf stage: the resolution of the scans in a PDF, read from
// the sizes of its images, so that a scanned page can be rendered at the
// resolution it was scanned at (and cleaned of specks at that scale)
// instead of being resampled by the renderer first.
#ifndef VBTASK_PDF_SCAN_RESOLUTION_H_
#define VBTASK_PDF_SCAN_RESOLUTION_H_

#include <string_view>
#include <vector>

namespace vbtask {

struct ImageSize {
  long width = 0, height = 0;  // pixels
};

// The sizes of the image objects whose dictionaries are written out in the
// file (those inside compressed object streams are not seen).
std::vector<ImageSize> ImageSizes(std::string_view pdf);

// The resolution, in dots per inch, of the images that have the shape of a
// page of this size in points; 0 when there is none or when they disagree
// (then the caller keeps its own resolution).
double ScanResolution(const std::vector<ImageSize>& images, double page_width,
                      double page_height);

}  // namespace vbtask

#endif  // VBTASK_PDF_SCAN_RESOLUTION_H_

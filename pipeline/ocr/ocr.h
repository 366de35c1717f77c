// Stage 1c, ocr: page images in, pages of positioned words out (Tesseract
// through its C++ API, with Debian's Vietnamese model), for scanned PDF
// pages and PNG/JPEG/TIFF files. The pages then go through the layout stage
// like text-layer pages.
#ifndef VBTASK_OCR_OCR_H_
#define VBTASK_OCR_OCR_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/decode/decode.h"
#include "pipeline/layout/page.h"

namespace vbtask {

// Tesseract reads best at about this resolution: scanned pages are rendered
// at it, and lower-resolution images enlarged to it.
inline constexpr double kOcrDpi = 300;

// 8-bit grey pixels, rows top to bottom.
struct PageImage {
  int number = 1;  // page number in the document
  int width = 0, height = 0, bytes_per_row = 0;
  double dpi = 300;
  std::vector<unsigned char> pixels;
};

struct OcrPage {
  Page page;                   // in PDF points, as text-layer pages
  double mean_confidence = 0;  // Tesseract's mean word confidence, 0-100
};

// OCRs the images with at most `workers` Tesseract engines in parallel
// (each single-threaded; 0 means one per core); results come in the order
// of the images.
Result<std::vector<OcrPage>> OcrPages(const std::vector<PageImage>& images,
                                      unsigned workers);

// PNG, JPEG or TIFF by signature.
bool LooksLikeImage(std::string_view bytes);

// The first image of the file, as grey pixels (Leptonica).
Result<PageImage> DecodeImage(const SourceFile& source);

// Tesseract parallelises inside one page with OpenMP, whose threads spin
// against the page workers (three times slower on two cores). OpenMP reads
// OMP_THREAD_LIMIT only when the program starts, so a program that OCRs
// calls this first thing in main: when the variable is not set, it sets it
// to 1 and executes the program again.
void RestartWithSingleThreadedOcr(char** argv);

// Writes the image as a PNG file (to make scans for tests and benchmarks).
bool SavePng(const PageImage& image, const std::string& path);

// The images as an image-only PDF, one page each (Flate-compressed grey).
Result<std::string> ImagesToPdf(const std::vector<PageImage>& pages);

}  // namespace vbtask

#endif  // VBTASK_OCR_OCR_H_

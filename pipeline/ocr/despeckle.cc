#include "pipeline/ocr/despeckle.h"

#include <algorithm>
#include <cstring>

namespace vbtask {
namespace {

using Byte = unsigned char;

inline Byte Min3(Byte a, Byte b, Byte c) { return std::min(a, std::min(b, c)); }
inline Byte Max3(Byte a, Byte b, Byte c) { return std::max(a, std::max(b, c)); }
inline Byte Median3(Byte a, Byte b, Byte c) {
  return std::max(std::min(a, b), std::min(std::max(a, b), c));
}

}  // namespace

// The median of nine values is the median of (largest of the column
// minima, median of the column medians, smallest of the column maxima) once
// each column of three is sorted: three passes of min/max over a row that
// the compiler vectorises, instead of a sort per pixel.
PageImage MedianFiltered3x3(const PageImage& image) {
  PageImage out;
  out.number = image.number;
  out.width = image.width;
  out.height = image.height;
  out.bytes_per_row = image.width;
  out.dpi = image.dpi;
  const size_t w = static_cast<size_t>(image.width);
  out.pixels.resize(w * static_cast<size_t>(image.height));
  for (int y = 0; y < image.height; ++y) {
    std::memcpy(&out.pixels[y * w], &image.pixels[y * static_cast<size_t>(image.bytes_per_row)], w);
  }
  if (image.width < 3 || image.height < 3) return out;
  std::vector<Byte> lo(w), mid(w), hi(w);
  for (int y = 1; y + 1 < image.height; ++y) {
    const Byte* above = &image.pixels[(y - 1) * static_cast<size_t>(image.bytes_per_row)];
    const Byte* row = above + image.bytes_per_row;
    const Byte* below = row + image.bytes_per_row;
    for (size_t x = 0; x < w; ++x) {
      lo[x] = Min3(above[x], row[x], below[x]);
      hi[x] = Max3(above[x], row[x], below[x]);
      mid[x] = Median3(above[x], row[x], below[x]);
    }
    Byte* dst = &out.pixels[y * w];
    for (size_t x = 1; x + 1 < w; ++x) {
      dst[x] = Median3(Max3(lo[x - 1], lo[x], lo[x + 1]),
                       Median3(mid[x - 1], mid[x], mid[x + 1]),
                       Min3(hi[x - 1], hi[x], hi[x + 1]));
    }
  }
  return out;
}

}  // namespace vbtask

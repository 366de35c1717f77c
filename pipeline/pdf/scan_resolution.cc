#include "pipeline/pdf/scan_resolution.h"

#include <charconv>
#include <cmath>

namespace vbtask {
namespace {

// An image is taken for the scan of a page when its sides are in the ratio
// of the page's (either way round, for a rotated page) within this share.
constexpr double kAspectSlack = 0.02;
// Resolutions outside this range are not scans of a page (a logo, a
// thumbnail, a misread number).
constexpr double kMinScanDpi = 70;
constexpr double kMaxScanDpi = 1200;
// Scans whose resolutions differ by less than this share are one resolution.
constexpr double kSameDpi = 0.02;

// The integer after `key` in `dict`, or -1: an indirect reference
// ("/Width 12 0 R") or anything else is not read.
long IntegerAfter(std::string_view dict, std::string_view key) {
  size_t at = dict.find(key);
  if (at == std::string_view::npos) return -1;
  size_t p = at + key.size();
  while (p < dict.size() && (dict[p] == ' ' || dict[p] == '\r' || dict[p] == '\n')) ++p;
  long value = -1;
  const char* last = dict.data() + dict.size();
  auto [end, error] = std::from_chars(dict.data() + p, last, value);
  if (error != std::errc()) return -1;
  std::string_view rest(end, static_cast<size_t>(last - end));
  if (rest.starts_with(" 0 R")) return -1;
  return value;
}

}  // namespace

std::vector<ImageSize> ImageSizes(std::string_view pdf) {
  std::vector<ImageSize> sizes;
  for (std::string_view subtype : {"/Subtype /Image", "/Subtype/Image"}) {
    for (size_t at = pdf.find(subtype); at != std::string_view::npos;
         at = pdf.find(subtype, at + subtype.size())) {
      // The dictionary runs from its object's "obj" to its "stream".
      size_t begin = pdf.rfind(" obj", at);
      size_t end = pdf.find("stream", at);
      if (begin == std::string_view::npos || end == std::string_view::npos) continue;
      std::string_view dict = pdf.substr(begin, end - begin);
      long width = IntegerAfter(dict, "/Width");
      long height = IntegerAfter(dict, "/Height");
      if (width > 0 && height > 0) sizes.push_back({width, height});
    }
  }
  return sizes;
}

double ScanResolution(const std::vector<ImageSize>& images, double page_width,
                      double page_height) {
  if (page_width <= 0 || page_height <= 0) return 0;
  double found = 0;
  for (const ImageSize& image : images) {
    double ratio = static_cast<double>(image.width) / image.height;
    double upright = page_width / page_height;
    double dpi = 0;
    if (std::abs(ratio / upright - 1) < kAspectSlack) {
      dpi = image.width * 72.0 / page_width;
    } else if (std::abs(ratio * upright - 1) < kAspectSlack) {
      dpi = image.height * 72.0 / page_width;
    }
    if (dpi < kMinScanDpi || dpi > kMaxScanDpi) continue;
    if (found != 0 && std::abs(dpi / found - 1) >= kSameDpi) return 0;
    found = found == 0 ? dpi : found;
  }
  return found;
}

}  // namespace vbtask

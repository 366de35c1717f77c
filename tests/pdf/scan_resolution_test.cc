// The resolution of a scanned page, read from the sizes of the images of
// the PDF, so that it is rendered at the scale it was scanned at.
#include "pipeline/pdf/scan_resolution.h"

#include <gtest/gtest.h>

#include <string>

namespace vbtask {
namespace {

// An A4 page in points.
constexpr double kA4Width = 595, kA4Height = 842;

std::string ImageObject(int number, const std::string& size) {
  return std::to_string(number) + " 0 obj\n<< /Type /XObject /Subtype /Image " + size +
         " /BitsPerComponent 8 /ColorSpace /DeviceGray /Length 3 >>\nstream\nabc\nendstream\nendobj\n";
}

TEST(ScanResolution, ImageSizesAreReadFromTheirDictionaries) {
  std::string pdf = "%PDF-1.5\n" + ImageObject(4, "/Width 1240 /Height 1754") +
                    "5 0 obj\n<</Subtype/Image/Height 877/Width 620/Length 3>>stream\nabc\n"
                    "endstream\nendobj\n" +
                    ImageObject(6, "/Width 8 0 R /Height 9 0 R");
  std::vector<ImageSize> sizes = ImageSizes(pdf);
  ASSERT_EQ(sizes.size(), 2u);  // the indirect sizes are not read
  EXPECT_EQ(sizes[0].width, 1240);
  EXPECT_EQ(sizes[0].height, 1754);
  EXPECT_EQ(sizes[1].width, 620);
  EXPECT_EQ(sizes[1].height, 877);
}

TEST(ScanResolution, PageSizedImagesGiveTheirResolution) {
  EXPECT_NEAR(ScanResolution({{1240, 1754}}, kA4Width, kA4Height), 150, 0.1);
  // A page turned by a quarter, its scan stored upright.
  EXPECT_NEAR(ScanResolution({{2480, 3508}}, kA4Height, kA4Width), 300, 0.2);
  // A logo of another shape does not count.
  EXPECT_NEAR(ScanResolution({{120, 60}, {1240, 1754}}, kA4Width, kA4Height), 150, 0.1);
}

TEST(ScanResolution, NoneOrDisagreeingImagesGiveNothing) {
  EXPECT_EQ(ScanResolution({}, kA4Width, kA4Height), 0);
  EXPECT_EQ(ScanResolution({{120, 60}}, kA4Width, kA4Height), 0);
  EXPECT_EQ(ScanResolution({{1240, 1754}, {2480, 3508}}, kA4Width, kA4Height), 0);
  // A page-shaped thumbnail is not a scan.
  EXPECT_EQ(ScanResolution({{50, 71}}, kA4Width, kA4Height), 0);
}

}  // namespace
}  // namespace vbtask

#include "pipeline/ocr/despeckle.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace vbtask {
namespace {

PageImage Blank(int width, int height, unsigned char grey) {
  PageImage image;
  image.width = width;
  image.height = height;
  image.bytes_per_row = width;
  image.pixels.assign(static_cast<size_t>(width) * height, grey);
  return image;
}

unsigned char At(const PageImage& image, int x, int y) {
  return image.pixels[static_cast<size_t>(y) * image.bytes_per_row + x];
}

TEST(Despeckle, RemovesASingleDarkDot) {
  PageImage page = Blank(9, 9, 255);
  page.pixels[4 * 9 + 4] = 0;
  PageImage out = MedianFiltered3x3(page);
  EXPECT_EQ(At(out, 4, 4), 255);
}

TEST(Despeckle, KeepsAStrokeThreePixelsWide) {
  PageImage page = Blank(12, 12, 255);
  for (int y = 0; y < 12; ++y) {
    for (int x = 4; x < 7; ++x) page.pixels[y * 12 + x] = 0;
  }
  PageImage out = MedianFiltered3x3(page);
  for (int y = 1; y < 11; ++y) {
    EXPECT_EQ(At(out, 3, y), 255);
    EXPECT_EQ(At(out, 4, y), 0);
    EXPECT_EQ(At(out, 5, y), 0);
    EXPECT_EQ(At(out, 6, y), 0);
    EXPECT_EQ(At(out, 7, y), 255);
  }
}

// The column-sort shortcut must give the true median of the nine values,
// including on rows wider than they are stored (bytes_per_row > width).
TEST(Despeckle, EqualsTheMedianOfNineOnNoise) {
  std::mt19937 random(7);
  PageImage page = Blank(37, 23, 0);
  page.bytes_per_row = 40;
  page.pixels.resize(40 * 23);
  for (auto& p : page.pixels) p = static_cast<unsigned char>(random() & 0xFF);
  PageImage out = MedianFiltered3x3(page);
  ASSERT_EQ(out.width, 37);
  for (int y = 0; y < 23; ++y) {
    for (int x = 0; x < 37; ++x) {
      if (x == 0 || y == 0 || x == 36 || y == 22) {
        EXPECT_EQ(At(out, x, y), At(page, x, y));
        continue;
      }
      unsigned char nine[9];
      int k = 0;
      for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) nine[k++] = At(page, x + dx, y + dy);
      }
      std::nth_element(nine, nine + 4, nine + 9);
      EXPECT_EQ(At(out, x, y), nine[4]) << x << "," << y;
    }
  }
}

}  // namespace
}  // namespace vbtask

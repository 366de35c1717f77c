// Seconds per page of the OCR stage, with one and with two workers, against
// the `tesseract` command on the same page images.
//
//   ./build/vbtask_bench_ocr [--pages N] [--dpi D] corpus/pdf/*.pdf
//
// The first N pages of the PDFs are rendered at D dpi (300 unless told)
// with the speckle of the scan corpus, as a scanned archive gives them;
// each engine is single-threaded (OMP_THREAD_LIMIT=1).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "pipeline/driver/pipeline.h"
#include "pipeline/ocr/ocr.h"
#include "pipeline/pdf/pdf.h"
#include "tools/scan/scan_corpus.h"

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  vbtask::RestartWithSingleThreadedOcr(argv);
  size_t want = 10;
  double dpi = 300;
  std::vector<std::string> pdfs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--pages") == 0 && i + 1 < argc) {
      want = std::strtoul(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--dpi") == 0 && i + 1 < argc) {
      dpi = std::strtod(argv[++i], nullptr);
    } else {
      pdfs.push_back(argv[i]);
    }
  }
  std::vector<vbtask::PageImage> images;
  for (const std::string& path : pdfs) {
    if (images.size() >= want) break;
    auto bytes = vbtask::ReadWholeFile(path);
    if (!bytes.ok()) continue;
    vbtask::SourceFile source{path, *bytes};
    auto pages = vbtask::ReadPdfPages(source);
    if (!pages.ok()) continue;
    std::vector<int> numbers;
    for (size_t n = 1; n <= pages->size() && images.size() + numbers.size() < want; ++n) {
      numbers.push_back(static_cast<int>(n));
    }
    auto rendered = vbtask::RenderPdfPages(source, numbers, dpi);
    if (!rendered.ok()) continue;
    for (auto& img : *rendered) {
      vbtask::AddScanNoise(img, {.dpi = dpi});
      images.push_back(std::move(img));
    }
  }
  if (images.empty()) {
    std::fprintf(stderr, "usage: vbtask_bench_ocr [--pages N] [--dpi D] FILE.pdf...\n");
    return 2;
  }
  const double n = static_cast<double>(images.size());
  std::printf("%zu noisy pages at %.0f dpi\n", images.size(), dpi);
  double one = 0;
  for (unsigned workers : {1u, 2u}) {
    auto start = Clock::now();
    auto pages = vbtask::OcrPages(images, workers);
    double s = Since(start);
    if (!pages.ok()) {
      std::fprintf(stderr, "%s\n", pages.status().message().c_str());
      return 1;
    }
    if (workers == 1) one = s;
    std::printf("vbtask OCR, %u worker%s   %7.2f s  %6.2f s/page  (%.2fx the time of 1)\n",
                workers, workers > 1 ? "s" : " ", s, s / n, s / one);
  }
  std::string dir = "/tmp/vbtask_bench_ocr_" + std::to_string(getpid());
  std::string mk = "mkdir -p " + dir;
  if (std::system(mk.c_str()) != 0) return 1;
  for (size_t i = 0; i < images.size(); ++i) {
    vbtask::SavePng(images[i], dir + "/p" + std::to_string(i) + ".png");
  }
  auto start = Clock::now();
  for (size_t i = 0; i < images.size(); ++i) {
    std::string cmd = "tesseract " + dir + "/p" + std::to_string(i) +
                      ".png " + dir + "/out -l vie >/dev/null 2>&1";
    if (std::system(cmd.c_str()) != 0) return 1;
  }
  double s = Since(start);
  std::printf("tesseract CLI, one by one  %7.2f s  %6.2f s/page\n", s, s / n);
  std::string rm = "rm -rf " + dir;
  return std::system(rm.c_str()) == 0 ? 0 : 1;
}

// Writes noisy image-only scans of born-digital PDFs, for tests and
// benchmarks of the OCR path (see tools/scan/scan_corpus.h):
//
//   ./build/vbtask_make_scans [--dpi 150] [--seed 1] -o DIR FILE.pdf...
//
// DIR/<stem>.<dpi>dpi.pdf for each input; the same input, resolution and
// seed always give the same pixels.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/driver/pipeline.h"
#include "tools/scan/scan_corpus.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  vbtask::ScanOptions options;
  std::string out_dir;
  std::vector<std::string> pdfs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--dpi") == 0 && i + 1 < argc) {
      options.dpi = std::strtod(argv[++i], nullptr);
    } else if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
      options.seed = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
    } else if (std::strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
      out_dir = argv[++i];
    } else {
      pdfs.push_back(argv[i]);
    }
  }
  if (out_dir.empty() || pdfs.empty() || options.dpi < 50) {
    std::fprintf(stderr, "usage: vbtask_make_scans [--dpi N] [--seed N] -o DIR FILE.pdf...\n");
    return 2;
  }
  fs::create_directories(out_dir);
  int failed = 0;
  for (const std::string& path : pdfs) {
    auto bytes = vbtask::ReadWholeFile(path);
    auto scan = bytes.ok() ? vbtask::MakeScannedPdf({path, *bytes}, options)
                           : vbtask::Result<std::string>(bytes.status());
    if (!scan.ok()) {
      std::fprintf(stderr, "%s\n", scan.status().message().c_str());
      ++failed;
      continue;
    }
    fs::path out = fs::path(out_dir) / (fs::path(path).stem().string() + "." +
                                        std::to_string(static_cast<int>(options.dpi)) +
                                        "dpi.pdf");
    std::ofstream(out, std::ios::binary) << *scan;
    std::printf("%s\n", out.string().c_str());
  }
  return failed ? 1 : 0;
}

#include "tools/scan/scan_corpus.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>
#include <set>
#include <sstream>
#include <vector>

#include "pipeline/pdf/pdf.h"

namespace vbtask {
namespace {

using Json = nlohmann::ordered_json;

// std::mt19937 gives the same numbers everywhere (its distributions do not),
// so noise is drawn from its raw output.
unsigned Draw(std::mt19937& random, unsigned range) { return random() % range; }

// The page turned by a small angle about its centre, white brought in at
// the corners (nearest pixel: a scanner's skew, not a photo's).
void Skew(PageImage& image, double degrees) {
  const double a = degrees * M_PI / 180, c = std::cos(a), s = std::sin(a);
  const double cx = image.width / 2.0, cy = image.height / 2.0;
  std::vector<unsigned char> out(image.pixels.size(), 255);
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      int sx = static_cast<int>(std::lround(cx + c * (x - cx) - s * (y - cy)));
      int sy = static_cast<int>(std::lround(cy + s * (x - cx) + c * (y - cy)));
      if (sx < 0 || sy < 0 || sx >= image.width || sy >= image.height) continue;
      out[static_cast<size_t>(y) * image.bytes_per_row + x] =
          image.pixels[static_cast<size_t>(sy) * image.bytes_per_row + sx];
    }
  }
  image.pixels.swap(out);
}

// A light blur (the centre weighs half), as ink spreads on paper.
void Blur(PageImage& image) {
  std::vector<unsigned char> out = image.pixels;
  const size_t w = image.bytes_per_row;
  for (int y = 1; y + 1 < image.height; ++y) {
    for (int x = 1; x + 1 < image.width; ++x) {
      const unsigned char* p = image.pixels.data() + y * w + x;
      unsigned ring = p[-w - 1] + p[-w] + p[-w + 1] + p[-1] + p[1] +
                      p[w - 1] + p[w] + p[w + 1];
      out[y * w + x] = static_cast<unsigned char>((8u * p[0] + ring) / 16);
    }
  }
  image.pixels.swap(out);
}

}  // namespace

void AddScanNoise(PageImage& image, const ScanOptions& options) {
  std::mt19937 random(options.seed * 7919u + static_cast<unsigned>(image.number));
  if (options.skew_degrees != 0) {
    // Each page is fed a little differently: the skew changes sign.
    Skew(image, image.number % 2 ? options.skew_degrees : -options.skew_degrees);
  }
  if (options.blur) Blur(image);
  for (unsigned char& p : image.pixels) {
    int v = p + static_cast<int>(Draw(random, 2 * options.jitter + 1)) - options.jitter;
    unsigned speck = Draw(random, 1000);
    if (speck < 3) v = 0;      // dust
    if (speck > 996) v = 255;  // dropouts
    p = static_cast<unsigned char>(std::clamp(v, 0, 255));
  }
}

Result<std::string> MakeScannedPdf(const SourceFile& pdf,
                                   const ScanOptions& options) {
  auto pages = ReadPdfPages(pdf);
  if (!pages.ok()) return pages.status();
  std::vector<int> numbers;
  for (size_t n = 1; n <= pages->size(); ++n) numbers.push_back(static_cast<int>(n));
  auto images = RenderPdfPages(pdf, numbers, options.dpi);
  if (!images.ok()) return images.status();
  for (PageImage& image : *images) AddScanNoise(image, options);
  return ImagesToPdf(*images);
}

ScanScore CompareWithText(const Json& scan, const Json& text) {
  ScanScore score;
  std::set<std::pair<std::string, std::string>> scanned;  // id, kind
  std::set<std::string> scanned_ids;
  for (const Json& item : scan["items"]) {
    scanned.emplace(item["id"], item["kind"].dump());
    scanned_ids.insert(item["id"].get<std::string>());
    ++score.scan_items;
  }
  for (const Json& item : text["items"]) {
    ++score.items;
    score.ids_found += scanned_ids.count(item["id"].get<std::string>());
    score.kinds_found += scanned.count({item["id"], item["kind"].dump()});
  }
  const Json& got = scan["document"];
  const Json& want = text["document"];
  score.number = got["number"] == want["number"];
  score.date = got["date"] == want["date"];
  score.type = got["type"] == want["type"];
  score.issuer = got["issuer"] == want["issuer"];
  score.word_error_rate =
      WordErrorRate(text["text"].get<std::string>(), scan["text"].get<std::string>());
  return score;
}

double WordErrorRate(std::string_view reference, std::string_view hypothesis) {
  auto words = [](std::string_view text) {
    std::vector<std::string> out;
    std::istringstream in{std::string(text)};
    for (std::string w; in >> w;) out.push_back(w);
    return out;
  };
  const std::vector<std::string> ref = words(reference), hyp = words(hypothesis);
  std::vector<size_t> row(hyp.size() + 1), next(hyp.size() + 1);
  for (size_t j = 0; j <= hyp.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= ref.size(); ++i) {
    next[0] = i;
    for (size_t j = 1; j <= hyp.size(); ++j) {
      next[j] = std::min({row[j] + 1, next[j - 1] + 1,
                          row[j - 1] + (ref[i - 1] == hyp[j - 1] ? 0 : 1)});
    }
    std::swap(row, next);
  }
  return ref.empty() ? 0 : static_cast<double>(row[hyp.size()]) / ref.size();
}

std::string TextVersionPath(const std::string& corpus_dir,
                            const std::string& pdf_path) {
  namespace fs = std::filesystem;
  const std::string stem = fs::path(pdf_path).stem().string();
  for (const char* dir : {"directives", "seeds"}) {
    fs::path candidate = fs::path(corpus_dir) / dir / (stem + ".txt");
    if (fs::exists(candidate)) return candidate.string();
  }
  return "";
}

}  // namespace vbtask

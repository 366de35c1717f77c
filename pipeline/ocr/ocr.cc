#include "pipeline/ocr/ocr.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <numeric>
#include <optional>
#include <thread>

#include "pipeline/layout/layout.h"
#include "pipeline/ocr/despeckle.h"
#include "pipeline/ocr/second_look.h"

namespace vbtask {
namespace {

// The box of a printed Vietnamese word spans its diacritics and descenders:
// the median word of a line is about this many times the font size.
constexpr double kWordHeightPerPoint = 1.15;
// Tesseract's row height (ascender to descender line of the row's font, as
// it estimates them) is about this many times the font size.
constexpr double kRowHeightPerPoint = 1.33;
// Words recognised with less confidence are specks of noise.
constexpr float kNoiseConfidence = 20;
// A line with a word read with less confidence is read again on its own.
constexpr float kDoubtfulConfidence = 50;
// Resolution assumed for an image file that does not say.
constexpr double kDefaultDpi = 300;

struct Engine {
  tesseract::TessBaseAPI api;
  bool ready = false;
};

Status InitEngine(Engine& e) {
  if (e.ready) return Status::Ok();
  if (e.api.Init(nullptr, "vie", tesseract::OEM_LSTM_ONLY) != 0) {
    return Status::Internal(
        "Tesseract cannot load its Vietnamese model (tesseract-ocr-vie)");
  }
  e.api.SetPageSegMode(tesseract::PSM_AUTO);
  // Tesseract's progress notes ("Detected 233 diacritics") would go to
  // stderr between vbtask's own messages.
  e.api.SetVariable("debug_file", "/dev/null");
  e.ready = true;
  return Status::Ok();
}

// The Tesseract line of a word, and that line's row height in points.
struct LineOfWord {
  int line = 0;
  double row_height = 0;
};

// One size per line, from the median height of its words: single boxes
// vary with accents and descenders, and a line box takes in specks. A line
// of digits or of letters without accents ("2025", "ban") has short words
// only: Tesseract's row height, taken from the whole block, keeps its size
// from falling far below that of the lines around it.
void SetFontSizes(std::vector<Word>& words, const std::vector<LineOfWord>& line_of) {
  for (size_t begin = 0; begin < words.size();) {
    size_t end = begin;
    std::vector<double> heights;
    while (end < words.size() && line_of[end].line == line_of[begin].line) {
      heights.push_back(words[end++].box.height());
    }
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2,
                     heights.end());
    double size = std::max(heights[heights.size() / 2] / kWordHeightPerPoint,
                           line_of[begin].row_height / kRowHeightPerPoint);
    for (size_t i = begin; i < end; ++i) words[i].font_size = size;
    begin = end;
  }
}

// From this resolution up, a 3x3 median at the scan's own scale removes
// dots of scanner noise (which Tesseract would read as punctuation, and
// which swell its word boxes over the next line) and keeps the strokes;
// below it, it would thin the letters.
constexpr double kDespeckleDpi = 140;
// Images within this share of kOcrDpi are read at their own resolution.
constexpr double kEnlargeBelow = 0.9;

PIX* ToPix(const PageImage& image) {
  PIX* pix = pixCreate(image.width, image.height, 8);
  if (!pix) return nullptr;
  for (int y = 0; y < image.height; ++y) {
    l_uint32* row = pixGetData(pix) + y * pixGetWpl(pix);
    const unsigned char* in = image.pixels.data() + static_cast<size_t>(y) * image.bytes_per_row;
    for (int x = 0; x < image.width; ++x) SET_DATA_BYTE(row, x, in[x]);
  }
  pixSetResolution(pix, static_cast<int>(image.dpi), static_cast<int>(image.dpi));
  return pix;
}

// Replaces *pix by made(*pix) (null if that failed).
template <typename Make>
void Transform(PIX** pix, Make made) {
  if (!*pix) return;
  PIX* out = made(*pix);
  pixDestroy(pix);
  *pix = out;
}

// What Tesseract is given: the page cleaned of specks at the scale of the
// scan, then, if it is a low-resolution scan, enlarged to kOcrDpi with
// linear interpolation (Tesseract's line finding and recognition were
// trained on 300-dpi text; at 150 dpi it reads twice as many words wrong).
struct TesseractImage {
  PIX* pix = nullptr;
  double dpi = 0;
  ~TesseractImage() { pixDestroy(&pix); }
};

void Prepare(const PageImage& image, TesseractImage* out) {
  out->pix = image.dpi >= kDespeckleDpi ? ToPix(MedianFiltered3x3(image)) : ToPix(image);
  out->dpi = image.dpi;
  if (image.dpi < kEnlargeBelow * kOcrDpi) {
    const float factor = static_cast<float>(kOcrDpi / image.dpi);
    Transform(&out->pix, [factor](PIX* p) { return pixScaleGrayLI(p, factor, factor); });
    out->dpi = kOcrDpi;
  }
}

Result<OcrPage> Recognize(Engine& e, const PageImage& image) {
  TesseractImage prepared;
  Prepare(image, &prepared);
  if (!prepared.pix) {
    return Status::Internal("page " + std::to_string(image.number) +
                            ": out of memory for the page image");
  }
  e.api.SetImage(prepared.pix);
  e.api.SetSourceResolution(static_cast<int>(prepared.dpi));
  if (e.api.Recognize(nullptr) != 0) {
    return Status::Internal("page " + std::to_string(image.number) +
                            ": Tesseract failed");
  }
  const double scale = 72.0 / prepared.dpi;  // Tesseract's pixels to points
  OcrPage out;
  out.page.number = image.number;
  out.page.width = image.width * 72.0 / image.dpi;
  out.page.height = image.height * 72.0 / image.dpi;
  std::vector<TesseractLine> lines;
  std::vector<TesseractWord> read = ReadWords(e.api, &lines);
  SecondLookAtDoubtfulLines(e.api, kDoubtfulConfidence, &read, lines);
  std::vector<Word> words;
  std::vector<LineOfWord> line_of;
  double confidence = 0;
  for (TesseractWord& r : read) {
    if (r.confidence < kNoiseConfidence) continue;
    Word w;
    w.text = std::move(r.text);
    w.box = {r.x0 * scale, r.y0 * scale, r.x1 * scale, r.y1 * scale};
    w.baseline = r.baseline * scale;
    w.source_line = r.line;
    line_of.push_back({r.line, r.row_height * scale});
    confidence += r.confidence;
    words.push_back(std::move(w));
  }
  SetFontSizes(words, line_of);
  out.mean_confidence = words.empty() ? 0 : confidence / words.size();
  out.page.lines = GroupIntoLines(std::move(words));
  e.api.Clear();
  return out;
}

// The pages in the order workers take them: the most ink, which takes
// the engine longest, first, so that a short last page (the signature)
// is what the workers finish on, not a full one left to one of them.
std::vector<size_t> InkiestFirst(const std::vector<PageImage>& images) {
  std::vector<size_t> ink(images.size(), 0);
  for (size_t i = 0; i < images.size(); ++i) {
    for (unsigned char p : images[i].pixels) ink[i] += p < 128;
  }
  std::vector<size_t> order(images.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return ink[a] > ink[b]; });
  return order;
}

}  // namespace

Result<std::vector<OcrPage>> OcrPages(const std::vector<PageImage>& images,
                                      unsigned workers) {
  std::vector<std::optional<Result<OcrPage>>> results(images.size());
  const std::vector<size_t> order = InkiestFirst(images);
  std::atomic<size_t> next{0};
  auto work = [&] {
    Engine engine;
    for (size_t k = next++; k < order.size(); k = next++) {
      const size_t i = order[k];
      Status s = InitEngine(engine);
      results[i].emplace(s.ok() ? Recognize(engine, images[i]) : Result<OcrPage>(s));
    }
  };
  if (workers == 0) workers = std::thread::hardware_concurrency();
  workers = std::max(1u, std::min<unsigned>(workers, images.size()));
  std::vector<std::thread> threads;
  for (unsigned k = 1; k < workers; ++k) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  std::vector<OcrPage> pages;
  for (auto& r : results) {
    if (!r->ok()) return r->status();
    pages.push_back(std::move(r->value()));
  }
  return pages;
}

bool LooksLikeImage(std::string_view b) {
  return b.starts_with("\x89PNG\r\n\x1a\n") || b.starts_with("\xFF\xD8\xFF") ||
         b.starts_with(std::string_view("II*\0", 4)) ||
         b.starts_with(std::string_view("MM\0*", 4));
}

Result<PageImage> DecodeImage(const SourceFile& source) {
  auto data = reinterpret_cast<const l_uint8*>(source.bytes.data());
  PIX* pix = pixReadMem(data, source.bytes.size());
  if (!pix) return Status::InvalidInput(source.path + ": unreadable image");
  PIX* grey = pixConvertTo8(pix, 0);
  int xres = pixGetXRes(pix);
  pixDestroy(&pix);
  if (!grey) return Status::InvalidInput(source.path + ": unsupported image");
  PageImage image;
  image.width = pixGetWidth(grey);
  image.height = pixGetHeight(grey);
  image.bytes_per_row = image.width;
  image.dpi = xres > 0 ? xres : kDefaultDpi;
  image.pixels.resize(static_cast<size_t>(image.width) * image.height);
  for (int y = 0; y < image.height; ++y) {
    l_uint32* row = pixGetData(grey) + y * pixGetWpl(grey);
    for (int x = 0; x < image.width; ++x) {
      image.pixels[static_cast<size_t>(y) * image.width + x] =
          static_cast<unsigned char>(GET_DATA_BYTE(row, x));
    }
  }
  pixDestroy(&grey);
  return image;
}

void RestartWithSingleThreadedOcr(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/1);
  execv("/proc/self/exe", argv);  // returns only if it failed: run as it is
}

bool SavePng(const PageImage& image, const std::string& path) {
  PIX* pix = ToPix(image);
  if (!pix) return false;
  bool ok = pixWrite(path.c_str(), pix, IFF_PNG) == 0;
  pixDestroy(&pix);
  return ok;
}

Result<std::string> ImagesToPdf(const std::vector<PageImage>& pages) {
  PIXA* pixa = pixaCreate(static_cast<int>(pages.size()));
  int dpi = 0;
  for (const PageImage& image : pages) {
    PIX* pix = ToPix(image);
    if (!pix) {
      pixaDestroy(&pixa);
      return Status::Internal("page image too large");
    }
    pixaAddPix(pixa, pix, L_INSERT);
    dpi = static_cast<int>(image.dpi);
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  bool ok = pixaConvertToPdfData(pixa, dpi, 1.0, L_FLATE_ENCODE, 0, nullptr,
                                 &data, &size) == 0;
  pixaDestroy(&pixa);
  if (!ok) return Status::Internal("Leptonica could not write the PDF");
  std::string pdf(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return pdf;
}

}  // namespace vbtask

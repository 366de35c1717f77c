#include "pipeline/pdf/pdf.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "pipeline/base/utf8.h"
#include "pipeline/layout/layout.h"
#include "pipeline/pdf/scan_resolution.h"

namespace vbtask {
namespace {

// Share of the glyph box height below the baseline (the descent), to place
// the baseline of a run from its box.
constexpr double kDescentShare = 0.22;
// A complete PDF ends with "%%EOF" (possibly followed by a few bytes of
// line ends or padding); Poppler would silently rebuild a truncated file
// and return part of it.
constexpr size_t kTrailerWindow = 1024;

// Poppler reports recoverable damage on stderr; the outcome is reported
// through the Status instead.
void IgnorePopplerMessage(const std::string&, void*) {}

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
  });
}

bool HasTrailer(std::string_view bytes) {
  size_t from = bytes.size() > kTrailerWindow ? bytes.size() - kTrailerWindow : 0;
  return bytes.find("%%EOF", from) != std::string_view::npos;
}

// poppler::ustring is UTF-16; its own to_utf8() opens an iconv converter
// for every call, which costs more than the rest of the page.
std::string ToUtf8(const poppler::ustring& u) {
  std::string out;
  out.reserve(u.size());
  for (size_t i = 0; i < u.size(); ++i) {
    char32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u.size() && u[i + 1] >= 0xDC00 &&
        u[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[++i] - 0xDC00);
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;  // a lone surrogate
    }
    utf8::Append(out, c);
  }
  return out;
}

Page ReadPage(poppler::page& pdf_page, int number) {
  Page page;
  page.number = number;
  poppler::rectf rect = pdf_page.page_rect();
  page.width = rect.width();
  page.height = rect.height();
  std::vector<Word> words;
  for (const poppler::text_box& box :
       pdf_page.text_list(poppler::page::text_list_include_font)) {
    Word w;
    w.text = ToUtf8(box.text());
    if (w.text.empty()) continue;
    poppler::rectf b = box.bbox();
    w.box = {b.x(), b.y(), b.right(), b.bottom()};
    w.font_size = box.get_font_size();
    w.baseline = b.bottom() - kDescentShare * b.height();
    std::string font = box.get_font_name();
    w.bold = font.find("Bold") != std::string::npos;
    w.italic = font.find("Italic") != std::string::npos ||
               font.find("Oblique") != std::string::npos;
    words.push_back(std::move(w));
  }
  page.lines = GroupIntoLines(std::move(words));
  return page;
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) { return bytes.starts_with("%PDF-"); }

namespace {

// Opens the document, or says why it cannot be read.
Result<std::unique_ptr<poppler::document>> Open(const SourceFile& source) {
  const std::string& path = source.path;
  if (source.bytes.size() > INT_MAX) {
    return Status::InvalidInput(path + ": PDF too large");
  }
  if (!HasTrailer(source.bytes)) {
    return Status::InvalidInput(path + ": truncated PDF (no %%EOF at the end)");
  }
  SilencePoppler();
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      source.bytes.data(), static_cast<int>(source.bytes.size())));
  if (!doc) {
    return Status::InvalidInput(path + ": not a readable PDF (corrupt)");
  }
  if (doc->is_locked()) {
    return Status::InvalidInput(path +
                                ": encrypted PDF (a password is needed to open it)");
  }
  if (doc->pages() <= 0) return Status::InvalidInput(path + ": PDF has no pages");
  return doc;
}

Status PageError(const std::string& path, int number) {
  return Status::InvalidInput(path + ": page " + std::to_string(number) +
                              " cannot be read (corrupt PDF)");
}

}  // namespace

Result<std::vector<Page>> ReadPdfPages(const SourceFile& source) {
  auto doc = Open(source);
  if (!doc.ok()) return doc.status();
  int count = (*doc)->pages();
  std::vector<Page> pages;
  pages.reserve(count);
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> pdf_page((*doc)->create_page(i));
    if (!pdf_page) return PageError(source.path, i + 1);
    pages.push_back(ReadPage(*pdf_page, i + 1));
  }
  return pages;
}

namespace {

// Each page at the resolution `dpi_of` gives for it.
template <typename DpiOf>
Result<std::vector<PageImage>> Render(const SourceFile& source,
                                      const std::vector<int>& numbers, DpiOf dpi_of) {
  auto doc = Open(source);
  if (!doc.ok()) return doc.status();
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  std::vector<PageImage> images;
  for (int number : numbers) {
    std::unique_ptr<poppler::page> pdf_page((*doc)->create_page(number - 1));
    if (!pdf_page) return PageError(source.path, number);
    const double dpi = dpi_of(*pdf_page);
    poppler::image rendered = renderer.render_page(pdf_page.get(), dpi, dpi);
    if (!rendered.is_valid()) return PageError(source.path, number);
    PageImage image;
    image.number = number;
    image.width = rendered.width();
    image.height = rendered.height();
    image.bytes_per_row = rendered.bytes_per_row();
    image.dpi = dpi;
    const char* data = rendered.const_data();
    image.pixels.assign(data, data + static_cast<size_t>(image.bytes_per_row) *
                                         image.height);
    images.push_back(std::move(image));
  }
  return images;
}

}  // namespace

Result<std::vector<PageImage>> RenderPdfPages(const SourceFile& source,
                                              const std::vector<int>& numbers,
                                              double dpi) {
  return Render(source, numbers, [dpi](const poppler::page&) { return dpi; });
}

Result<std::vector<PageImage>> RenderScannedPages(const SourceFile& source,
                                                  const std::vector<int>& numbers,
                                                  double dpi) {
  const std::vector<ImageSize> sizes = ImageSizes(source.bytes);
  return Render(source, numbers, [&](const poppler::page& page) {
    poppler::rectf rect = page.page_rect();
    double scan = ScanResolution(sizes, rect.width(), rect.height());
    return scan > 0 && scan < dpi ? scan : dpi;
  });
}

}  // namespace vbtask

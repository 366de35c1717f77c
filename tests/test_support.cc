#include "tests/test_support.h"

#include <optional>

namespace vbtask::testing {

namespace {

// The project's rules with the repair stage in `mode`; a broken rules
// directory ends the test program.
const PipelineRules* LoadRules(RepairMode mode, bool strip_other = true) {
  auto r = PipelineRules::Load(std::string(VBTASK_SOURCE_DIR) + "/rules");
  if (!r.ok()) {
    std::fprintf(stderr, "rules: %s\n", r.status().message().c_str());
    std::abort();
  }
  r->repair_mode = mode;
  r->classify.strip_other = strip_other;
  return new PipelineRules(std::move(r.value()));
}

}  // namespace

const PipelineRules& Rules() {
  static const PipelineRules* rules = LoadRules(RepairMode::kSafe);
  return *rules;
}

const PipelineRules& RulesWithoutRepair() {
  static const PipelineRules* rules = LoadRules(RepairMode::kOff);
  return *rules;
}

const PipelineRules& RulesKeepingOther() {
  static const PipelineRules* rules = LoadRules(RepairMode::kSafe, false);
  return *rules;
}

std::string SourcePath(const std::string& relative) {
  return std::string(VBTASK_SOURCE_DIR) + "/" + relative;
}

namespace {
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
    lines.push_back(text.substr(start, nl - start));
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}
}  // namespace

std::string LineDiff(const std::string& want, const std::string& got) {
  const std::vector<std::string> a = Lines(want), b = Lines(got);
  size_t first = 0;
  while (first < a.size() && first < b.size() && a[first] == b[first]) ++first;
  if (first == a.size() && first == b.size()) return "no difference";
  // The end of the difference, matching from the back.
  size_t tail = 0;
  while (tail < a.size() - first && tail < b.size() - first &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  constexpr size_t kContext = 2, kShown = 12;
  std::string out = "first difference at line " + std::to_string(first + 1) + ":\n";
  for (size_t i = first >= kContext ? first - kContext : 0; i < first; ++i) {
    out += "  " + a[i] + "\n";
  }
  for (size_t i = first; i < a.size() - tail && i < first + kShown; ++i) out += "- " + a[i] + "\n";
  for (size_t i = first; i < b.size() - tail && i < first + kShown; ++i) out += "+ " + b[i] + "\n";
  return out;
}

std::vector<std::string> ItemIds(const Document& doc) {
  std::vector<std::string> ids;
  for (const Item& it : doc.items) ids.push_back(it.id);
  return ids;
}

Document ProcessString(const std::string& text) {
  auto doc = ProcessSource(SourceFile{"test.txt", text}, RulesKeepingOther());
  if (!doc.ok()) {
    std::fprintf(stderr, "process: %s\n", doc.status().message().c_str());
    std::abort();
  }
  return std::move(doc.value());
}

std::vector<Result<Document>> ProcessAsBatch(
    const std::vector<std::string>& paths, const BatchOptions& options) {
  std::vector<std::optional<Result<Document>>> slots(paths.size());
  Status s = ProcessBatch(paths, "", Rules(), options,
                          [&](size_t i, Result<Document> doc) {
                            slots[i].emplace(std::move(doc));
                          });
  std::vector<Result<Document>> out;
  for (auto& slot : slots) {
    out.push_back(!s.ok()   ? Result<Document>(s)
                  : slot    ? std::move(*slot)
                            : Result<Document>(Status::Internal("not processed")));
  }
  return out;
}

std::string BuildPdf(const std::vector<std::string>& objects,
                     const std::string& trailer) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) +
         "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", off);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R " + trailer + " >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string BlankPagePdf() {
  return BuildPdf({"<< /Type /Catalog /Pages 2 0 R >>",
                   "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"});
}

std::string NoPagesPdf() {
  return BuildPdf({"<< /Type /Catalog /Pages 2 0 R >>",
                   "<< /Type /Pages /Kids [] /Count 0 >>"});
}

// Standard security handler, revision 2: the empty user password does not
// match /U, so the document cannot be opened without the password.
std::string EncryptedPdf() {
  std::string hex32(64, 'a');
  return BuildPdf({"<< /Type /Catalog /Pages 2 0 R >>",
                   "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                   "<< /Filter /Standard /V 1 /R 2 /O <" + hex32 + "> /U <" +
                       hex32 + "> /P -44 >>"},
                  "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
                  "<0123456789abcdef0123456789abcdef>]");
}

std::string ImageOnlyPdf(const PageImage& image, const std::string& text_page) {
  double w = image.width * 72.0 / image.dpi, h = image.height * 72.0 / image.dpi;
  std::string pixels;
  for (int y = 0; y < image.height; ++y) {
    const unsigned char* row = image.pixels.data() + y * image.bytes_per_row;
    pixels.append(reinterpret_cast<const char*>(row), image.width);
  }
  std::string content = "q " + std::to_string(w) + " 0 0 " + std::to_string(h) +
                        " 0 0 cm /Im0 Do Q";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      text_page.empty() ? "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
                        : "<< /Type /Pages /Kids [6 0 R 3 0 R] /Count 2 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(w) + " " +
          std::to_string(h) +
          "] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /XObject /Subtype /Image /Width " + std::to_string(image.width) +
          " /Height " + std::to_string(image.height) +
          " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " +
          std::to_string(pixels.size()) + " >>\nstream\n" + pixels +
          "\nendstream",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" +
          content + "\nendstream",
  };
  if (!text_page.empty()) {
    // A page with a text layer in a standard font, before the scan.
    std::string text = "BT /F1 12 Tf 72 760 Td (" + text_page + ") Tj ET";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        ">> >> >> /Contents 7 0 R >>");
    objects.push_back("<< /Length " + std::to_string(text.size()) +
                      " >>\nstream\n" + text + "\nendstream");
  }
  return BuildPdf(objects);
}

}  // namespace vbtask::testing

// How well scanned directives are read: each corpus PDF is made into a noisy
// image-only scan (tools/scan/scan_corpus.h) at each resolution asked,
// run through the pipeline once with repair off and again from the repair
// stage on in each repair mode asked, and compared with the text version of
// the same document (corpus/directives/ or corpus/seeds/, repair off).
//
//   ./build/vbtask_scan_accuracy [--dpi 150] [--dpi 300] [--repair off|safe|full]
//       [--skew DEG] [--jitter GREY] [--blur] corpus/pdf/*.pdf
//
// --dpi and --repair may be repeated (default: 150 and 300; off and safe,
// safe being what `vbtask extract` runs). Prints one row per document,
// resolution and repair mode, then totals: items of the text version found
// again by id (and kind), header fields equal, word error rate of the text,
// mean OCR confidence.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/driver/pipeline.h"
#include "tools/scan/scan_corpus.h"

namespace {

using Json = nlohmann::ordered_json;

struct Totals {
  int documents = 0, items = 0, ids = 0, kinds = 0;
  int number = 0, date = 0, type = 0, issuer = 0;
  double wer = 0;

  void Add(const vbtask::ScanScore& s) {
    ++documents;
    items += s.items;
    ids += s.ids_found;
    kinds += s.kinds_found;
    number += s.number;
    date += s.date;
    type += s.type;
    issuer += s.issuer;
    wer += s.word_error_rate;
  }
};

struct Mode {
  std::string name;
  vbtask::RepairMode mode;
  Totals totals;
};

const char* Mark(bool ok) { return ok ? "ok" : "NO"; }

double MeanConfidence(const Json& scan) {
  double sum = 0;
  for (const Json& page : scan["source"]["ocr"]) sum += page["confidence"].get<double>();
  return scan["source"]["ocr"].empty() ? 0 : sum / scan["source"]["ocr"].size();
}

}  // namespace

int main(int argc, char** argv) {
  vbtask::RestartWithSingleThreadedOcr(argv);
  std::vector<double> resolutions;
  std::vector<Mode> modes;
  vbtask::ScanOptions noise;
  std::vector<std::string> pdfs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--dpi") == 0 && i + 1 < argc) {
      resolutions.push_back(std::strtod(argv[++i], nullptr));
    } else if (std::strcmp(argv[i], "--repair") == 0 && i + 1 < argc) {
      Mode m{argv[++i], vbtask::RepairMode::kOff, {}};
      if (!vbtask::ParseRepairMode(m.name, &m.mode)) {
        std::fprintf(stderr, "--repair: off, safe or full, not %s\n", m.name.c_str());
        return 2;
      }
      modes.push_back(std::move(m));
    } else if (std::strcmp(argv[i], "--skew") == 0 && i + 1 < argc) {
      noise.skew_degrees = std::strtod(argv[++i], nullptr);
    } else if (std::strcmp(argv[i], "--jitter") == 0 && i + 1 < argc) {
      noise.jitter = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--blur") == 0) {
      noise.blur = true;
    } else {
      pdfs.push_back(argv[i]);
    }
  }
  if (resolutions.empty()) resolutions = {150, 300};
  if (modes.empty()) {
    modes = {{"off", vbtask::RepairMode::kOff, {}}, {"safe", vbtask::RepairMode::kSafe, {}}};
  }
  if (pdfs.empty()) {
    std::fprintf(stderr, "usage: vbtask_scan_accuracy [--dpi N]... [--repair off|safe|full]... FILE.pdf...\n");
    return 2;
  }
  auto loaded = vbtask::PipelineRules::Load(vbtask::DefaultRulesDir());
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
    return 1;
  }
  vbtask::PipelineRules rules = std::move(*loaded);
  rules.repair_mode = vbtask::RepairMode::kOff;  // the OCR's own text

  std::printf("%-40s %4s %4s %5s %9s %9s %3s %3s %3s %3s %6s %5s %6s\n", "document",
              "dpi", "rep", "pages", "ids", "id+kind", "num", "dat", "typ", "iss", "WER",
              "conf", "s/page");
  for (double dpi : resolutions) {
    for (Mode& m : modes) m.totals = Totals();
    noise.dpi = dpi;
    for (const std::string& path : pdfs) {
      namespace fs = std::filesystem;
      std::string corpus = fs::path(path).parent_path().parent_path().string();
      std::string text_path = vbtask::TextVersionPath(corpus, path);
      auto bytes = vbtask::ReadWholeFile(path);
      if (text_path.empty() || !bytes.ok()) {
        std::fprintf(stderr, "%s: no text version or unreadable, skipped\n", path.c_str());
        continue;
      }
      auto text = vbtask::ProcessFile(text_path, rules);
      auto scan = vbtask::MakeScannedPdf(vbtask::SourceFile{path, *bytes}, noise);
      if (!text.ok() || !scan.ok()) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(),
                     (text.ok() ? scan.status() : text.status()).message().c_str());
        continue;
      }
      auto start = std::chrono::steady_clock::now();
      auto read = vbtask::Ingest(vbtask::SourceFile{path, *scan}, rules);
      vbtask::Document unrepaired;
      if (read.ok()) unrepaired = vbtask::FinishDocument(*read, rules);
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (!read.ok()) {
        std::fprintf(stderr, "%s\n", read.status().message().c_str());
        continue;
      }
      const Json want = vbtask::ToJson(*text);
      const int pages = unrepaired.source.pages;
      for (Mode& m : modes) {
        Json got = vbtask::ToJson(m.mode == vbtask::RepairMode::kOff
                                      ? unrepaired
                                      : vbtask::FinishDocument(*read, rules, m.mode));
        vbtask::ScanScore s = vbtask::CompareWithText(got, want);
        std::printf("%-40s %4.0f %4s %5d %4d/%-4d %4d/%-4d %3s %3s %3s %3s %5.1f%% %5.1f %6.2f\n",
                    fs::path(path).stem().string().c_str(), dpi, m.name.c_str(), pages,
                    s.ids_found, s.items, s.kinds_found, s.items, Mark(s.number),
                    Mark(s.date), Mark(s.type), Mark(s.issuer), 100 * s.word_error_rate,
                    MeanConfidence(got), seconds / pages);
        m.totals.Add(s);
      }
      std::fflush(stdout);  // rows come a few seconds apart
    }
    for (const Mode& m : modes) {
      const Totals& t = m.totals;
      if (t.documents == 0) continue;
      std::printf(
          "TOTAL %.0f dpi, repair %s: %d documents; ids %d/%d (%.1f%%), id+kind %d/%d "
          "(%.1f%%); number %d, date %d, type %d, issuer %d exact; mean WER %.1f%%\n",
          dpi, m.name.c_str(), t.documents, t.ids, t.items,
          100.0 * t.ids / std::max(t.items, 1), t.kinds, t.items,
          100.0 * t.kinds / std::max(t.items, 1), t.number, t.date, t.type, t.issuer,
          100 * t.wer / t.documents);
    }
  }
  return 0;
}

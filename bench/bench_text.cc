// Throughput of the text pipeline: reads the given files, replicates them
// until at least --mb megabytes, and prints MB/s for each stage and overall.
// Usage: vbtask_bench [--mb N] [--decode-only] FILE...
// --decode-only times the decode stage alone (encoding detection), to
// compare clean UTF-8 with legacy-encoded copies of the same documents.
// Repair runs in its default mode (safe); "w/o repair" is the total without
// it.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/driver/pipeline.h"
#include "pipeline/emit/emit.h"
#include "pipeline/segment/segment.h"

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  double target_mb = 50;
  bool decode_only = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc) {
      target_mb = std::atof(argv[++i]);
    } else if (a == "--decode-only") {
      decode_only = true;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: vbtask_bench [--mb N] [--decode-only] FILE...\n");
    return 2;
  }
  auto rules = vbtask::PipelineRules::Load(vbtask::DefaultRulesDir());
  if (!rules.ok()) {
    std::fprintf(stderr, "%s\n", rules.status().message().c_str());
    return 2;
  }
  std::vector<vbtask::SourceFile> files;
  size_t one_round = 0;
  for (const auto& p : paths) {
    auto bytes = vbtask::ReadWholeFile(p);
    if (!bytes.ok()) {
      std::fprintf(stderr, "%s\n", bytes.status().message().c_str());
      return 1;
    }
    one_round += bytes->size();
    files.push_back({p, std::move(bytes.value())});
  }
  size_t rounds = static_cast<size_t>(target_mb * 1e6 / one_round) + 1;
  double total_mb = static_cast<double>(rounds * one_round) / 1e6;

  double t_decode = 0, t_norm = 0, t_recon = 0, t_repair = 0, t_seg = 0,
         t_ext = 0, t_emit = 0;
  size_t items = 0;
  auto secs = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
  };
  auto start = Clock::now();
  for (size_t r = 0; r < rounds; ++r) {
    for (const auto& f : files) {
      auto t0 = Clock::now();
      auto decoded = vbtask::Decode(f, rules->decode);
      if (!decoded.ok()) continue;
      auto t1 = Clock::now();
      t_decode += secs(t0, t1);
      if (decode_only) continue;
      auto norm = vbtask::Normalize(decoded->text, rules->normalize);
      auto t2 = Clock::now();
      vbtask::StageResults stages;
      stages.text = vbtask::Reconstruct(norm.text, rules->classifier, rules->reconstruct);
      auto t3r = Clock::now();
      stages.repairs =
          vbtask::RepairReconstructed(&stages.text, rules->repair, rules->repair_mode);
      auto t3 = Clock::now();
      stages.segmented = vbtask::Segment(stages.text, rules->classifier);
      auto t4 = Clock::now();
      stages.extraction = vbtask::Extract(stages.text, &stages.segmented,
                                          rules->classifier, rules->extract);
      auto t5 = Clock::now();
      // Emit: the stages' results as one document, then its JSON.
      vbtask::Document doc = vbtask::AssembleDocument(std::move(stages));
      std::string json = vbtask::EmitJson(doc, vbtask::JsonLayout::kOneLine);
      auto t6 = Clock::now();
      items += doc.items.size();
      t_norm += secs(t1, t2), t_recon += secs(t2, t3r);
      t_repair += secs(t3r, t3);
      t_seg += secs(t3, t4), t_ext += secs(t4, t5), t_emit += secs(t5, t6);
    }
  }
  double total = secs(start, Clock::now());
  std::printf("input: %.1f MB (%zu files x %zu rounds), %zu items\n", total_mb,
              files.size(), rounds, items);
  std::printf("%-12s %8s %10s\n", "stage", "seconds", "MB/s");
  auto row = [&](const char* name, double t) {
    std::printf("%-12s %8.2f %10.1f\n", name, t, total_mb / t);
  };
  row("decode", t_decode);
  row("normalize", t_norm);
  row("reconstruct", t_recon);
  row("repair", t_repair);
  row("segment", t_seg);
  row("extract", t_ext);
  row("emit", t_emit);
  row("total", total);
  row("w/o repair", total - t_repair);
  return 0;
}

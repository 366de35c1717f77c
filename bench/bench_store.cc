// Load speed of the corpus store: processes the given files once, then
// loads them into a fresh SQLite store --rounds times over (each round's
// copies keyed apart, as distinct documents), committing every 64 as
// `vbtask extract --db` does. Prints documents/s of the pipeline and of
// the store, what loading adds to a batch, the store's size and the peak
// resident memory.
// Usage: vbtask_bench_store [--rounds N] [--db PATH] FILE...
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/driver/pipeline.h"
#include "pipeline/store/store.h"

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  int rounds = 40;
  std::string db = (std::filesystem::temp_directory_path() / "vbtask_bench_store.db").string();
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else if (a == "--db" && i + 1 < argc) {
      db = argv[++i];
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty() || rounds < 1) {
    std::fprintf(stderr, "usage: vbtask_bench_store [--rounds N] [--db PATH] FILE...\n");
    return 2;
  }
  auto rules = vbtask::PipelineRules::Load(vbtask::DefaultRulesDir());
  if (!rules.ok()) {
    std::fprintf(stderr, "%s\n", rules.status().message().c_str());
    return 2;
  }
  auto secs = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
  };
  // The pipeline's time per document, over a few passes (the first one's
  // documents are loaded).
  constexpr int kPipelinePasses = 3;
  std::vector<vbtask::Document> docs;
  auto t0 = Clock::now();
  for (int pass = 0; pass < kPipelinePasses; ++pass) {
    for (const std::string& p : paths) {
      auto doc = vbtask::ProcessFile(p, *rules);
      if (!doc.ok()) {
        std::fprintf(stderr, "%s\n", doc.status().message().c_str());
        return 1;
      }
      if (pass == 0) docs.push_back(std::move(doc.value()));
    }
  }
  const double t_pipeline = secs(t0, Clock::now()) / kPipelinePasses;

  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  auto store = vbtask::Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().message().c_str());
    return 1;
  }
  vbtask::StoreLoader loader(store->get(), "bench");
  auto t1 = Clock::now();
  for (int r = 0; r < rounds; ++r) {
    for (vbtask::Document& d : docs) {
      const std::string hash = d.source.sha256;
      d.source.sha256 = hash + "#" + std::to_string(r);
      loader.Add(d);
      d.source.sha256 = hash;
    }
  }
  vbtask::Status s = loader.Finish();
  const double t_store = secs(t1, Clock::now());
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 1;
  }
  const double loaded = static_cast<double>(loader.loaded());
  store->reset();  // closed: its write-ahead log is checkpointed into the file
  const double per_doc_pipeline = t_pipeline / docs.size();
  const double per_doc_store = t_store / loaded;
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("pipeline: %zu documents in %.2f s = %.1f documents/s (one thread)\n",
              docs.size(), t_pipeline, docs.size() / t_pipeline);
  std::printf("store:    %.0f documents in %.2f s = %.0f documents/s into %s (%.1f MB)\n",
              loaded, t_store, loaded / t_store, db.c_str(),
              std::filesystem::file_size(db) / 1e6);
  std::printf("loading adds %.1f%% to the pipeline's time per document\n",
              100 * per_doc_store / per_doc_pipeline);
  std::printf("peak RSS: %.1f MB\n", usage.ru_maxrss / 1024.0);
  return 0;
}

#include "pipeline/driver/batch.h"

#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "pipeline/model/serialized.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

void RunParallel(size_t n, unsigned jobs, const std::function<void(size_t)>& work) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(n, 1)));
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> threads;
  for (unsigned k = 1; k < jobs; ++k) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

Result<SourceFile> ReadSource(const std::string& path, const std::string& stdin_bytes) {
  if (path == "-") return SourceFile{"-", stdin_bytes};
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return SourceFile{path, std::move(bytes.value())};
}

// The spool holds an ingested document in the model's MessagePack form: a
// Document with its source, its ingested text and ingestion's warnings.
Status WriteSpool(const std::string& path, IngestedDocument doc) {
  Document spooled;
  spooled.source = std::move(doc.source);
  spooled.text = std::move(doc.text);
  spooled.warnings = std::move(doc.warnings);
  std::string bytes = ToMsgpack(spooled);
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    return Status::IoError(spooled.source.path + ": cannot spool to " + path + ": " +
                           std::strerror(errno));
  }
  return Status::Ok();
}

Result<IngestedDocument> ReadSpool(const std::string& path, const std::string& source) {
  auto bytes = ReadWholeFile(path);
  std::error_code ignored;
  fs::remove(path, ignored);
  if (!bytes.ok()) return Status::IoError(source + ": spool lost: " + bytes.status().message());
  auto spooled = FromMsgpack(*bytes);
  if (!spooled.ok()) {
    return Status::IoError(source + ": spool " + path + " is damaged: " +
                           spooled.status().message());
  }
  return IngestedDocument{std::move(spooled->source), std::move(spooled->text),
                          std::move(spooled->warnings)};
}

// A private directory under `parent` (or the system's temporary one).
Result<std::string> MakeSpoolDir(const std::string& parent) {
  std::error_code ec;
  fs::path base = parent.empty() ? fs::temp_directory_path(ec) : fs::path(parent);
  if (ec) return Status::IoError("no temporary directory: " + ec.message());
  std::string pattern = (base / "vbtask-spool-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return Status::IoError(pattern + ": cannot create: " + std::strerror(errno));
  }
  return pattern;
}

}  // namespace

Status ProcessBatch(const std::vector<std::string>& paths,
                    const std::string& stdin_bytes, const PipelineRules& rules,
                    const BatchOptions& options, const DocumentSink& sink) {
  auto process = [&](size_t i, const RepairEvidence* batch) -> Result<Document> {
    auto source = ReadSource(paths[i], stdin_bytes);
    if (!source.ok()) return source.status();
    auto ingested = Ingest(*source, rules, options.process);
    if (!ingested.ok()) return ingested.status();
    return FinishDocument(std::move(ingested.value()), rules, batch);
  };
  // One document is its own evidence; with repair off there is no use for any.
  if (!options.adapt || paths.size() < 2 || rules.repair_mode == RepairMode::kOff) {
    RunParallel(paths.size(), options.jobs,
                [&](size_t i) { sink(i, process(i, nullptr)); });
    return Status::Ok();
  }
  auto dir = MakeSpoolDir(options.spool_dir);
  if (!dir.ok()) return dir.status();
  auto spool_path = [&](size_t i) {
    return (fs::path(*dir) / (std::to_string(i) + ".msgpack")).string();
  };
  RepairEvidence evidence(rules.repair);
  std::vector<char> spooled(paths.size(), 0);
  RunParallel(paths.size(), options.jobs, [&](size_t i) {
    auto source = ReadSource(paths[i], stdin_bytes);
    if (!source.ok()) return sink(i, source.status());
    auto ingested = Ingest(*source, rules, options.process);
    if (!ingested.ok()) return sink(i, ingested.status());
    // Normalized lines teach as well as reconstructed paragraphs (only a
    // pair across a line break is lost) and cost a fraction to make.
    evidence.AddDocument(Normalize(ingested->text, rules.normalize).text);
    Status s = WriteSpool(spool_path(i), std::move(ingested.value()));
    if (!s.ok()) return sink(i, s);
    spooled[i] = 1;
  });
  RunParallel(paths.size(), options.jobs, [&](size_t i) {
    if (!spooled[i]) return;
    auto ingested = ReadSpool(spool_path(i), paths[i]);
    if (!ingested.ok()) return sink(i, ingested.status());
    sink(i, FinishDocument(std::move(ingested.value()), rules, &evidence));
  });
  std::error_code ignored;
  fs::remove_all(*dir, ignored);
  return Status::Ok();
}

}  // namespace vbtask

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

#include <nlohmann/json.hpp>

namespace vbtask {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

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

// The spool holds an ingested document as MessagePack: compact, and its
// strings need no escaping.
Status WriteSpool(const std::string& path, const IngestedDocument& doc) {
  Json ocr = Json::array();
  for (const OcrConfidence& o : doc.source.ocr) ocr.push_back({o.page, o.confidence});
  Json warnings = Json::array();
  for (const Warning& w : doc.warnings) warnings.push_back({w.code, w.message});
  Json j = {{"path", doc.source.path},     {"format", doc.source.format},
            {"encoding", doc.source.encoding}, {"sha256", doc.source.sha256},
            {"ocr", ocr},                  {"pages", doc.pages},
            {"warnings", warnings}, {"text", doc.text}};
  std::vector<uint8_t> bytes = Json::to_msgpack(j);
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    return Status::IoError(doc.source.path + ": cannot spool to " + path + ": " +
                           std::strerror(errno));
  }
  return Status::Ok();
}

Result<IngestedDocument> ReadSpool(const std::string& path, const std::string& source) {
  auto bytes = ReadWholeFile(path);
  std::error_code ignored;
  fs::remove(path, ignored);
  if (!bytes.ok()) return Status::IoError(source + ": spool lost: " + bytes.status().message());
  Json j = Json::from_msgpack(*bytes, true, false);
  if (j.is_discarded()) return Status::IoError(source + ": spool " + path + " is damaged");
  IngestedDocument doc;
  doc.source.path = j.value("path", "");
  doc.source.format = j.value("format", "");
  doc.source.encoding = j.value("encoding", "");
  doc.source.sha256 = j.value("sha256", "");
  for (const Json& o : j["ocr"]) {
    doc.source.ocr.push_back({o[0].get<int>(), o[1].get<double>()});
  }
  doc.pages = j.value("pages", 0);
  for (const Json& w : j["warnings"]) {
    doc.warnings.push_back({w[0].get<std::string>(), w[1].get<std::string>()});
  }
  doc.text = j.value("text", "");
  return doc;
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
  auto process = [&](size_t i, const RepairEvidence* batch) -> Result<ProcessedDocument> {
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
    Status s = WriteSpool(spool_path(i), *ingested);
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

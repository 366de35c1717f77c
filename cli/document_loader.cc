#include "cli/document_loader.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "pipeline/model/serialized.h"

namespace vbtask::cli {
namespace {

bool LooksLikeJson(const std::string& bytes) {
  size_t i = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  return i < bytes.size() && bytes[i] == '{';
}

Result<Document> ParseNamed(const std::string& path, std::string_view text) {
  auto doc = ParseDocumentJson(text);
  if (!doc.ok()) return Status::InvalidInput(path + ": " + doc.status().message());
  if (doc->source.path.empty()) doc->source.path = path;
  return doc;
}

}  // namespace

Result<Document> DocumentLoader::Load(const std::string& path) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  if (LooksLikeJson(*bytes)) return ParseNamed(path, *bytes);
  if (!pipeline_rules_) {
    auto rules = PipelineRules::Load(rules_dir_);
    if (!rules.ok()) return rules.status();
    pipeline_rules_ = std::make_unique<PipelineRules>(std::move(rules.value()));
  }
  return ProcessSource({path, std::move(bytes.value())}, *pipeline_rules_);
}

std::vector<Document> LoadOutputDirectory(const std::string& dir,
                                          std::vector<std::string>* errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    errors->push_back(dir + ": not a directory");
    return {};
  }
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string ext = it->path().extension().string();
    if (ext == ".json" || ext == ".jsonl") files.push_back(it->path().string());
  }
  if (ec) errors->push_back(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  for (const std::string& file : files) {
    auto bytes = ReadWholeFile(file);
    if (!bytes.ok()) {
      errors->push_back(bytes.status().message());
      continue;
    }
    if (file.size() > 6 && file.compare(file.size() - 6, 6, ".jsonl") == 0) {
      std::istringstream lines(*bytes);
      std::string line;
      for (int n = 1; std::getline(lines, line); ++n) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto doc = ParseNamed(file + ":" + std::to_string(n), line);
        if (doc.ok()) docs.push_back(std::move(doc.value()));
        else errors->push_back(doc.status().message());
      }
      continue;
    }
    auto doc = ParseNamed(file, *bytes);
    if (doc.ok()) docs.push_back(std::move(doc.value()));
    else errors->push_back(doc.status().message());
  }
  return docs;
}

}  // namespace vbtask::cli

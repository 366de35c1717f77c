#include "pipeline/driver/input_files.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace vbtask {
namespace fs = std::filesystem;
namespace {

// File types taken from a directory; a file named on the command line is
// read whatever its name.
bool IsDocumentFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (const char* known : {".txt", ".text", ".md", ".pdf", ".png", ".jpg",
                            ".jpeg", ".tif", ".tiff", ".docx", ".odt", ".doc"}) {
    if (ext == known) return true;
  }
  return false;
}

struct Found {
  std::string path;
  std::string relative;  // to the directory argument, for name collisions
};

}  // namespace

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args) {
  std::vector<Found> found;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg != "-" && fs::is_directory(arg, ec)) {
      std::vector<Found> in_dir;
      for (auto it = fs::recursive_directory_iterator(
               arg, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file() && IsDocumentFile(it->path())) {
          in_dir.push_back({it->path().string(),
                            fs::relative(it->path(), arg).string()});
        }
      }
      std::sort(in_dir.begin(), in_dir.end(),
                [](const Found& a, const Found& b) { return a.path < b.path; });
      found.insert(found.end(), in_dir.begin(), in_dir.end());
    } else {
      found.push_back({arg, fs::path(arg).filename().string()});
    }
  }
  // name.json, unless two inputs share a name: then name.ext.json (the
  // text and the PDF of one document), or the relative path when even that
  // is shared.
  std::map<std::string, int> stem_count, file_count;
  for (const Found& f : found) {
    ++stem_count[fs::path(f.path).stem().string()];
    ++file_count[fs::path(f.path).filename().string()];
  }
  std::vector<InputFile> out;
  for (const Found& f : found) {
    std::string stem = f.path == "-" ? "stdin" : fs::path(f.path).stem().string();
    std::string file = fs::path(f.path).filename().string();
    std::string name = stem + ".json";
    if (file_count[file] > 1) {
      name = fs::path(f.relative).replace_extension(".json").string();
    } else if (stem_count[stem] > 1) {
      name = file + ".json";
    }
    out.push_back({f.path, name});
  }
  return out;
}

}  // namespace vbtask

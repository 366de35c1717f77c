// Reading the parts of a DOCX/ODT zip with libarchive, within caps: a zip
// declares sizes it need not keep, so expansion is counted as it happens.
#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

#include "pipeline/docx/docx_internal.h"

namespace vbtask::docx_internal {
namespace {

struct ArchiveFree {
  void operator()(archive* a) const { archive_read_free(a); }
};

// Parts smaller than this together never count as a bomb, whatever the
// ratio: a tiny document compresses very well.
constexpr size_t kRatioFloor = 1u << 20;

}  // namespace

Result<Parts> ReadZipParts(const SourceFile& source,
                           const std::vector<std::string>& wanted,
                           std::vector<std::string>* names) {
  std::unique_ptr<archive, ArchiveFree> a(archive_read_new());
  if (!a) return Status::Internal(source.path + ": cannot start libarchive");
  archive_read_support_format_zip(a.get());
  if (archive_read_open_memory(a.get(), source.bytes.data(), source.bytes.size()) !=
      ARCHIVE_OK) {
    return Status::InvalidInput(source.path + ": not a readable zip archive: " +
                                archive_error_string(a.get()));
  }
  const size_t cap = std::min(kMaxExpanded,
                              std::max(kRatioFloor, source.bytes.size() * kMaxRatio));
  Parts parts;
  size_t expanded = 0;
  archive_entry* entry = nullptr;
  for (;;) {
    int r = archive_read_next_header(a.get(), &entry);
    if (r == ARCHIVE_EOF) break;
    if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
      return Status::InvalidInput(source.path + ": damaged zip archive: " +
                                  archive_error_string(a.get()));
    }
    const char* raw = archive_entry_pathname(entry);
    std::string name = raw ? raw : "";
    if (names) names->push_back(name);
    if (std::find(wanted.begin(), wanted.end(), name) == wanted.end()) continue;
    if (archive_entry_is_encrypted(entry)) {
      return Status::InvalidInput(source.path + ": encrypted (" + name +
                                  " needs a password)");
    }
    std::string& data = parts[name];
    char buf[64 * 1024];
    for (;;) {
      la_ssize_t n = archive_read_data(a.get(), buf, sizeof buf);
      if (n == 0) break;
      if (n < 0) {
        return Status::InvalidInput(source.path + ": damaged zip part " + name +
                                    ": " + archive_error_string(a.get()));
      }
      expanded += static_cast<size_t>(n);
      if (expanded > cap) {
        return Status::InvalidInput(
            source.path + ": zip parts expand beyond " + std::to_string(cap >> 20) +
            " MiB (" + std::to_string(source.bytes.size()) +
            " bytes compressed); refused as a possible zip bomb");
      }
      data.append(buf, static_cast<size_t>(n));
    }
  }
  return parts;
}

}  // namespace vbtask::docx_internal

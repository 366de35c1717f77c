#include "pipeline/emit/xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/base/utf8.h"
#include "pipeline/emit/item_table.h"

namespace vbtask {
namespace {

constexpr size_t kCellCharacters = 32767;  // Excel's limit for one cell
constexpr lxw_row_t kSheetRows = 1048576;

// `text` cut to what a cell holds, in code points.
std::string FitCell(const std::string& text) {
  if (text.size() <= kCellCharacters) return text;  // bytes >= code points
  size_t pos = 0, count = 0;
  while (pos < text.size() && count < kCellCharacters - 1) {
    utf8::Next(text, pos);
    ++count;
  }
  return pos >= text.size() ? text : text.substr(0, pos) + "…";
}

Status WriteWorkbook(const std::vector<const Document*>& docs, const std::string& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) return Status::IoError(path + ": cannot create the workbook");
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "items");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_format* wrapped = workbook_add_format(workbook);
  format_set_text_wrap(wrapped);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);

  const auto& columns = ItemTableColumns();
  const double widths[] = {30, 16, 11, 24, 10, 80, 30, 30, 16};
  for (lxw_col_t c = 0; c < columns.size(); ++c) {
    worksheet_set_column(sheet, c, c, widths[c], c == 5 ? wrapped : nullptr);
    worksheet_write_string(sheet, 0, c, std::string(columns[c]).c_str(), bold);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  lxw_row_t row = 1;
  lxw_error error = LXW_NO_ERROR;
  for (const Document* doc : docs) {
    for (const TableRow& fields : ItemTableRows(*doc)) {
      if (row >= kSheetRows) {
        workbook_close(workbook);
        return Status::InvalidInput("more items than a sheet's " +
                                    std::to_string(kSheetRows - 1) + " rows");
      }
      for (lxw_col_t c = 0; c < fields.size() && error == LXW_NO_ERROR; ++c) {
        if (fields[c].empty()) continue;
        error = worksheet_write_string(sheet, row, c, FitCell(fields[c]).c_str(), nullptr);
      }
      ++row;
    }
  }
  worksheet_autofilter(sheet, 0, 0, row - 1, static_cast<lxw_col_t>(columns.size() - 1));
  lxw_error closed = workbook_close(workbook);
  if (error == LXW_NO_ERROR) error = closed;
  if (error != LXW_NO_ERROR) {
    return Status::IoError(path + ": cannot write the workbook: " + lxw_strerror(error));
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> XlsxWorkbook(const std::vector<const Document*>& docs,
                                 const std::string& temp_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = temp_dir.empty() ? fs::temp_directory_path(ec) : fs::path(temp_dir);
  if (ec) return Status::IoError("no temporary directory: " + ec.message());
  std::string path = (dir / "vbtask-XXXXXX.xlsx").string();
  int fd = ::mkstemps(path.data(), 5);
  if (fd < 0) return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  ::close(fd);
  Status written = WriteWorkbook(docs, path);
  std::string bytes;
  if (written.ok()) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
    if (!in || bytes.empty()) written = Status::IoError(path + ": cannot read back");
  }
  std::remove(path.c_str());
  if (!written.ok()) return written;
  return bytes;
}

}  // namespace vbtask

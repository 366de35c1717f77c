// The text stream of an office document, shaped as the layout stage shapes
// a PDF's: a line per paragraph, header-like tables as column blocks, task
// tables as TAB-separated rows, notes after the body.
#include <string>

#include "pipeline/docx/docx_internal.h"

namespace vbtask::docx_internal {
namespace {

// A table with this many columns holding text or fewer is read column by
// column (the official header, the signature block); wider ones row by
// row, which is how the segment stage reads task tables.
constexpr size_t kMaxBlockColumns = 2;

std::string JoinCell(const std::vector<std::string>& paragraphs) {
  std::string s;
  for (const std::string& p : paragraphs) {
    if (p.empty()) continue;
    if (!s.empty()) s += ' ';
    s += p;
  }
  return s;
}

}  // namespace

std::string Superscript(int n) {
  static const char* const kDigits[] = {"⁰", "¹", "²", "³", "⁴",
                                        "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string digits = std::to_string(n), out;
  for (char c : digits) out += kDigits[c - '0'];
  return out;
}

std::string CleanParagraph(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void TextSink::Paragraph(std::string text) {
  if (!open_.empty()) {
    Table& t = open_.back();
    if (t.rows.empty()) t.rows.emplace_back();
    if (t.rows.back().empty()) t.rows.back().emplace_back();
    t.rows.back().back().push_back(std::move(text));
    return;
  }
  Emit(std::move(text));
}

void TextSink::PageBreak() {
  if (!open_.empty()) return;  // a break inside a cell does not split the table
  if (!lines_.empty() && lines_.back() != "\f") lines_.push_back("\f");
}

void TextSink::BeginTable() { open_.emplace_back(); }
void TextSink::BeginRow() {
  if (!open_.empty()) open_.back().rows.emplace_back();
}
void TextSink::BeginCell() {
  if (open_.empty()) return;
  if (open_.back().rows.empty()) open_.back().rows.emplace_back();
  open_.back().rows.back().emplace_back();
}

void TextSink::EndTable() {
  if (open_.empty()) return;
  Table t = std::move(open_.back());
  open_.pop_back();
  if (!open_.empty()) {
    // A table nested in a cell: its text stays in that cell.
    for (const auto& row : t.rows) {
      for (const auto& cell : row) Paragraph(JoinCell(cell));
    }
    return;
  }
  EmitTable(t);
}

void TextSink::EmitTable(const Table& t) {
  size_t columns = 0;
  for (const auto& row : t.rows) columns = std::max(columns, row.size());
  std::vector<size_t> used;  // columns holding text
  for (size_t c = 0; c < columns; ++c) {
    for (const auto& row : t.rows) {
      if (c < row.size() && !JoinCell(row[c]).empty()) {
        used.push_back(c);
        break;
      }
    }
  }
  if (used.size() <= kMaxBlockColumns) {
    for (size_t c : used) {
      for (const auto& row : t.rows) {
        if (c >= row.size()) continue;
        for (const std::string& p : row[c]) Emit(p);
      }
    }
    return;
  }
  for (const auto& row : t.rows) {
    std::string line;
    bool any = false;
    for (size_t k = 0; k < used.size(); ++k) {
      size_t c = used[k];
      std::string cell = c < row.size() ? JoinCell(row[c]) : "";
      any |= !cell.empty();
      if (k > 0) line += '\t';
      line += cell;
    }
    if (any) Emit(line);
  }
}

void TextSink::Emit(std::string line) {
  if (line.empty()) return;  // the layout stage writes no blank lines either
  lines_.push_back(std::move(line));
}

std::string TextSink::Note(const std::string& body) {
  std::string marker = Superscript(++notes_);
  notes_text_.push_back(marker + " " + CleanParagraph(body));
  return marker;
}

std::string TextSink::Finish() {
  while (!open_.empty()) EndTable();
  while (!lines_.empty() && lines_.back() == "\f") lines_.pop_back();
  std::string out;
  for (const std::string& l : lines_) out += l + "\n";
  for (const std::string& n : notes_text_) out += n + "\n";
  return out;
}

}  // namespace vbtask::docx_internal

// Printing list numbers as word processors do, and list counters.
#include <string>

#include "pipeline/docx/docx_internal.h"

namespace vbtask::docx_internal {
namespace {

std::string Roman(int n, bool upper) {
  static const struct { int value; const char* digits; } kTable[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
      {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"},
      {1, "i"}};
  std::string s;
  for (const auto& t : kTable) {
    for (; n >= t.value; n -= t.value) s += t.digits;
  }
  if (upper) {
    for (char& c : s) c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// Word's letters: a..z, then aa..zz, aaa.. (the letter repeated, not
// base 26). Word knows no "đ" in this sequence, so neither do we.
std::string Letters(int n, char first) {
  int repeat = (n - 1) / 26 + 1;
  return std::string(static_cast<size_t>(repeat),
                     static_cast<char>(first + (n - 1) % 26));
}

}  // namespace

std::string FormatNumber(int n, std::string_view fmt) {
  if (fmt == "none") return "";
  if (n <= 0) return std::to_string(n);
  if (fmt == "lowerLetter") return Letters(n, 'a');
  if (fmt == "upperLetter") return Letters(n, 'A');
  if (fmt == "lowerRoman") return Roman(n, false);
  if (fmt == "upperRoman") return Roman(n, true);
  if (fmt == "decimalZero") return (n < 10 ? "0" : "") + std::to_string(n);
  return std::to_string(n);  // decimal and the formats we do not print
}

std::string ListCounters::Next(int level, const std::vector<LevelFormat>& levels,
                               const DocxRules& rules) {
  if (level < 0 || level >= static_cast<int>(levels.size())) return "";
  if (value_.size() < levels.size()) value_.resize(levels.size());
  auto& v = value_[level];
  v = v ? *v + 1 : levels[level].start;
  // A lower level starts again when a level above it that its restart
  // rule names advances (by default: any level above it).
  for (size_t lower = level + 1; lower < levels.size(); ++lower) {
    int restart = levels[lower].restart;
    if (restart == 0) continue;
    if (restart < 0 || level < restart) value_[lower].reset();
  }
  const LevelFormat& f = levels[level];
  if (f.num_fmt == "bullet") return rules.PrintedBullet(f.text);
  std::string label;
  for (size_t i = 0; i < f.text.size(); ++i) {
    char c = f.text[i];
    if (c == '%' && i + 1 < f.text.size() && f.text[i + 1] >= '1' &&
        f.text[i + 1] <= '9') {
      int ref = f.text[++i] - '1';
      if (ref >= static_cast<int>(levels.size())) continue;
      // A level above that was never used prints its start value.
      int n = value_[ref] ? *value_[ref] : levels[ref].start;
      label += FormatNumber(n, f.legal ? "decimal" : levels[ref].num_fmt);
    } else {
      label += c;
    }
  }
  return label;
}

void ListCounters::Set(int level, int value) {
  if (level < 0) return;
  if (value_.size() <= static_cast<size_t>(level)) value_.resize(level + 1);
  value_[level] = value - 1;
}

}  // namespace vbtask::docx_internal

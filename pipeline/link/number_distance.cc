// The weighted edit distance between document numbers, with the costs of
// rules/link/confusions.tsv.
#include <algorithm>
#include <vector>

#include "pipeline/base/utf8.h"
#include "pipeline/link/link.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

uint64_t PairKey(char32_t a, char32_t b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | b;
}

char32_t UpperOf(char32_t c) {
  if (c >= 'a' && c <= 'z') return c - 'a' + 'A';
  if (c == U'đ') return U'Đ';
  return c;
}

}  // namespace

Result<NumberDistance> NumberDistance::Load(const std::string& rules_dir) {
  auto file = ReadRuleFile(rules_dir, "link/confusions.tsv", 3, 3);
  if (!file.ok()) return file.status();
  NumberDistance d;
  auto find = [&](char32_t c) {
    while (d.representative_.count(c) && d.representative_[c] != c) c = d.representative_[c];
    return c;
  };
  for (const RuleEntry& entry : file->entries) {
    char* end = nullptr;
    double cost = std::strtod(entry.fields[2].c_str(), &end);
    if (*end != '\0' || cost <= 0 || cost >= 1)
      return file->Error(entry, "the cost must be a number between 0 and 1");
    char32_t a = 0, b = 0;
    bool a_none = entry.fields[0] == "(none)", b_none = entry.fields[1] == "(none)";
    if ((!a_none && !ParseCodePoint(entry.fields[0], &a)) ||
        (!b_none && !ParseCodePoint(entry.fields[1], &b)))
      return file->Error(entry, "expected one character, U+XXXX or (none)");
    if (a_none && b_none) return file->Error(entry, "(none) on both sides");
    if (a_none || b_none) {
      d.gap_[UpperOf(a_none ? b : a)] = cost;
      continue;
    }
    a = UpperOf(a);
    b = UpperOf(b);
    d.substitution_[PairKey(a, b)] = cost;
    char32_t ra = find(a), rb = find(b);
    d.representative_.emplace(ra, ra);
    d.representative_.emplace(rb, rb);
    if (ra != rb) d.representative_[std::max(ra, rb)] = std::min(ra, rb);
  }
  // Flatten, so that Canonical needs one lookup per character.
  for (auto& [c, rep] : d.representative_) rep = find(c);
  return d;
}

std::u32string NumberDistance::Upper(const std::string& number) const {
  std::u32string out = utf8::ToU32(number);
  for (char32_t& c : out) c = UpperOf(c);
  return out;
}

double NumberDistance::Substitution(char32_t a, char32_t b) const {
  if (a == b) return 0;
  auto it = substitution_.find(PairKey(a, b));
  return it == substitution_.end() ? 1.0 : it->second;
}

double NumberDistance::Gap(char32_t c) const {
  auto it = gap_.find(c);
  return it == gap_.end() ? 1.0 : it->second;
}

double NumberDistance::Distance(const std::string& a, const std::string& b) const {
  std::u32string x = Upper(a), y = Upper(b);
  std::vector<double> previous(y.size() + 1), current(y.size() + 1);
  previous[0] = 0;
  for (size_t j = 1; j <= y.size(); ++j) previous[j] = previous[j - 1] + Gap(y[j - 1]);
  for (size_t i = 1; i <= x.size(); ++i) {
    current[0] = previous[0] + Gap(x[i - 1]);
    for (size_t j = 1; j <= y.size(); ++j) {
      current[j] = std::min({previous[j - 1] + Substitution(x[i - 1], y[j - 1]),
                             previous[j] + Gap(x[i - 1]), current[j - 1] + Gap(y[j - 1])});
    }
    std::swap(previous, current);
  }
  return previous[y.size()];
}

std::string NumberDistance::Canonical(const std::string& number) const {
  std::u32string out;
  for (char32_t c : Upper(number)) {
    auto it = representative_.find(c);
    char32_t rep = it == representative_.end() ? c : it->second;
    if (gap_.count(c) || gap_.count(rep)) continue;
    out += rep;
  }
  return utf8::FromU32(out);
}

}  // namespace vbtask

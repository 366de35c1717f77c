// Time expressions of an item: dates, deadlines, frequencies, periods and
// occasions, with normalized values.
#include <re2/re2.h>

#include <cstdio>
#include <algorithm>
#include <cstdlib>

#include "pipeline/base/utf8.h"
#include "pipeline/extract/extract_internal.h"

namespace vbtask::extract_internal {
namespace {

constexpr int kMaxGroups = 6;

int ToInt(const re2::StringPiece& s) {
  return std::atoi(std::string(s.data(), s.size()).c_str());
}

// The code of a frequency phrase: the table's entry for the whole phrase,
// else for its longest ending ("định kỳ ít nhất một lần mỗi quý" ends
// with "mỗi quý").
std::string FrequencyCode(std::string_view phrase, const ExtractRules& rules) {
  std::string code;
  size_t best = 0;
  for (const auto& [words, c] : rules.frequencies) {
    if (phrase == words) return c;
    if (words.size() > best && phrase.size() > words.size() &&
        phrase.substr(phrase.size() - words.size()) == words &&
        phrase[phrase.size() - words.size() - 1] == ' ') {
      best = words.size();
      code = c;
    }
  }
  return code;
}

// Fills t's value from the groups of its pattern: day, month, year for
// dates, deadlines and occasions; quarter and year for "quý III/2024"; the
// phrase for frequencies; from and to years for periods.
void Normalize(const RE2& pattern, const re2::StringPiece* m, int groups,
               const ExtractRules& rules, TimeExpression* t) {
  char buf[32];
  const TimeKind kind = t->kind;
  auto has = [&](int g) { return g < groups && !m[g].empty(); };
  if (kind == TimeKind::kPeriod) {
    // Named groups: from, to, or year (a single year is both).
    for (const auto& [name, g] : pattern.NamedCapturingGroups()) {
      if (!has(g)) continue;
      int year = ToInt(m[g]);
      if (name == "from" || name == "year") t->from_year = year;
      if (name == "to" || name == "year") t->to_year = year;
    }
    return;
  }
  if (kind == TimeKind::kFrequency) {
    if (has(1)) t->value = FrequencyCode(std::string_view(m[1].data(), m[1].size()), rules);
    return;
  }
  if (kind == TimeKind::kDeadline && has(1) && !has(3) && m[1].size() > 2) {
    // "quý III/2024" → 2024-Q3
    std::string_view q(m[1].data(), m[1].size());
    std::string_view numeral = q.substr(q.rfind(' ') + 1);
    int n = numeral[0] >= '0' && numeral[0] <= '9' ? ToInt(numeral) : RomanValue(numeral);
    std::snprintf(buf, sizeof buf, "%d-Q%d", ToInt(m[2]), n);
    t->value = buf;
    return;
  }
  if (has(1) && has(2) && has(3)) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ToInt(m[3]), ToInt(m[2]), ToInt(m[1]));
    t->value = buf;
  } else if (has(1) && has(2)) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", ToInt(m[2]), ToInt(m[1]));
    t->value = buf;
  } else if (kind == TimeKind::kDate && has(1) && m[1].size() == 4) {
    t->value = std::string(m[1].data(), m[1].size());  // "vào năm 2025"
  }
}

}  // namespace

void FindTimes(const LineView& v, const ExtractRules& rules,
               const std::vector<FoundCitation>& citations, size_t item_begin,
               ItemFacts* f) {
  const std::string& sk = v.skeleton();
  struct Found {
    size_t begin, end;
    TimeExpression t;
  };
  std::vector<Found> found;
  std::vector<int> candidates;
  if (!rules.time_prefilter->Match(sk, &candidates)) return;
  std::sort(candidates.begin(), candidates.end());
  for (int index : candidates) {
    const auto& tp = rules.time_patterns[index];
    int groups = std::min(tp.pattern->NumberOfCapturingGroups() + 1, kMaxGroups);
    re2::StringPiece m[kMaxGroups];
    size_t pos = 0;
    while (pos < sk.size() &&
           tp.pattern->Match(sk, pos, sk.size(), RE2::UNANCHORED, m, groups)) {
      size_t b = m[0].data() - sk.data(), e = b + m[0].size();
      pos = e > b ? e : b + 1;
      // Patterns that run to the end of a clause stop before its punctuation.
      while (e > b && std::string_view(" ,;.:").find(sk[e - 1]) != std::string_view::npos) {
        --e;
      }
      size_t abs_b = item_begin + v.ByteOf(b), abs_e = item_begin + v.ByteOf(e);
      bool in_citation = false;
      for (const FoundCitation& c : citations) {
        in_citation |= abs_b < c.end && abs_e > c.begin;
      }
      bool overlaps = false;
      for (const Found& o : found) overlaps |= b < o.end && e > o.begin;
      if (in_citation || overlaps) continue;
      TimeExpression t;
      t.text = std::string(v.Original(std::string_view(sk).substr(b, e - b)));
      t.kind = tp.kind;
      Normalize(*tp.pattern, m, groups, rules, &t);
      found.push_back({b, e, std::move(t)});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.begin < b.begin; });
  for (Found& x : found) f->time.push_back(std::move(x.t));
}

}  // namespace vbtask::extract_internal

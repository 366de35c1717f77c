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

int ToInt(const re2::StringPiece& s) {
  return std::atoi(std::string(s.data(), s.size()).c_str());
}

std::string Normalize(const std::string& kind, const re2::StringPiece* m,
                      int groups, const ExtractRules& rules) {
  char buf[32];
  if ((kind == "date" || kind == "deadline") && groups >= 4 &&
      !m[3].empty()) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ToInt(m[3]), ToInt(m[2]),
                  ToInt(m[1]));
    return buf;
  }
  if (kind == "deadline" && groups >= 3 && !m[1].empty()) {
    // "quý III/2024" → 2024-Q3
    std::string_view q(m[1].data(), m[1].size());
    std::string_view numeral = q.substr(q.rfind(' ') + 1);
    int n = numeral[0] >= '0' && numeral[0] <= '9' ? ToInt(numeral)
                                                    : RomanValue(numeral);
    std::snprintf(buf, sizeof buf, "%d-Q%d", ToInt(m[2]), n);
    return buf;
  }
  if (kind == "frequency" && groups >= 2) {
    std::string_view phrase(m[1].data(), m[1].size());
    for (const auto& [words, code] : rules.frequencies) {
      if (phrase == words) return code;
    }
    return "";
  }
  if (kind == "period" && groups >= 2) {
    if (groups >= 3 && !m[2].empty()) {
      std::snprintf(buf, sizeof buf, "%d/%d", ToInt(m[1]), ToInt(m[2]));
    } else {
      std::snprintf(buf, sizeof buf, "/%d", ToInt(m[1]));
    }
    return buf;
  }
  return "";
}

}  // namespace

void FindTimes(const LineView& v, const ExtractRules& rules,
               const std::vector<Citation>& citations, size_t item_begin,
               ItemFacts* f) {
  const std::string& sk = v.skeleton();
  struct Found {
    size_t begin, end;
    TimeExpression t;
  };
  std::vector<Found> found;
  for (const auto& tp : rules.time_patterns) {
    int groups = std::min(tp.pattern->NumberOfCapturingGroups() + 1, 4);
    re2::StringPiece m[4];
    size_t pos = 0;
    while (pos < sk.size() &&
           tp.pattern->Match(sk, pos, sk.size(), RE2::UNANCHORED, m, groups)) {
      size_t b = m[0].data() - sk.data(), e = b + m[0].size();
      pos = e > b ? e : b + 1;
      size_t abs_b = item_begin + v.ByteOf(b), abs_e = item_begin + v.ByteOf(e);
      bool in_citation = false;
      for (const Citation& c : citations) {
        in_citation |= abs_b < c.end && abs_e > c.begin;
      }
      bool overlaps = false;
      for (const Found& o : found) overlaps |= b < o.end && e > o.begin;
      if (in_citation || overlaps) continue;
      TimeExpression t;
      t.text = std::string(v.Original(std::string_view(m[0].data(), m[0].size())));
      t.kind = tp.kind;
      t.value = Normalize(tp.kind, m, groups, rules);
      found.push_back({b, e, std::move(t)});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.begin < b.begin; });
  for (Found& x : found) f->time.push_back(std::move(x.t));
}

}  // namespace vbtask::extract_internal

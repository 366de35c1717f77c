// Who leads an item and who co-operates.
#include <re2/re2.h>

#include "pipeline/base/utf8.h"
#include "pipeline/extract/extract_internal.h"

namespace vbtask::extract_internal {
namespace {

// An agency phrase at the start of an item is at most this many words.
constexpr int kMaxAgencyWords = 18;

bool StartsWithWord(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.compare(0, w.size(), w) == 0 &&
         (s.size() == w.size() || !(s[w.size()] >= 'a' && s[w.size()] <= 'z'));
}

bool StartsWithAny(std::string_view s, const std::vector<std::string>& words) {
  for (const auto& w : words) {
    if (StartsWithWord(s, w)) return true;
  }
  return false;
}

// `sk` is a piece of `v.skeleton()` that starts with an agency's name.
bool StartsWithAgency(const LineView& v, std::string_view sk,
                      const ExtractRules& rules) {
  return rules.agencies.OpeningAt(v, sk) > 0;
}

// The end of the agency at the start of `sk`: the first verb within a few
// words, or npos.
size_t AgencyEnd(const LineView& v, std::string_view sk,
                 const ExtractRules& rules) {
  int words = 0;
  for (size_t i = 0; i < sk.size() && words <= kMaxAgencyWords; ++i) {
    if (i > 0 && sk[i - 1] != ' ') continue;
    if (sk[i] == ' ') continue;
    ++words;
    // Inside an opening ("Ban cán sự") a verb-looking word is part of the name.
    if (size_t head = rules.agencies.OpeningAt(v, sk.substr(i)); head > 0) {
      i += head - 1;
      continue;
    }
    if (i > 0 && StartsWithAny(sk.substr(i), rules.verbs)) return i;
    if (sk[i] == '.' || sk[i] == ':') return std::string_view::npos;
  }
  return std::string_view::npos;
}

}  // namespace

void AddAgencies(const LineView& v, size_t from, size_t to,
                 const ExtractRules& rules, bool only_named,
                 std::vector<Agency>* out) {
  std::string_view sk(v.skeleton().data() + from, to - from);
  // Pieces between separators; a piece that is only a level word or starts
  // with a verb continues the previous one ("UBND các huyện, thị xã, thành
  // phố"; "Các cơ quan tham mưu, giúp việc Tỉnh ủy").
  std::vector<std::string_view> pieces;
  size_t start = 0;
  auto close = [&](size_t end) {
    std::string_view piece = utf8::Trim(sk.substr(start, end - start));
    if (piece.empty()) return;
    if (!pieces.empty() &&
        (rules.agencies.StartsWithLevelWord(v.Original(piece)) ||
         StartsWithAny(piece, rules.verbs))) {
      const char* begin = pieces.back().data();
      pieces.back() = std::string_view(begin, piece.data() + piece.size() - begin);
      return;
    }
    pieces.push_back(piece);
  };
  for (size_t i = 0; i < sk.size(); ++i) {
    if (sk[i] == ',' || sk[i] == ';') {
      close(i);
      start = i + 1;
    } else if (sk.compare(i, 4, " va ") == 0) {
      close(i);
      start = i + 4;
    }
  }
  close(sk.size());
  for (std::string_view piece_sk : pieces) {
    if (only_named && !StartsWithAgency(v, piece_sk, rules)) continue;
    std::string_view piece = v.Original(piece_sk);
    while (!piece.empty() && (piece.back() == ',' || piece.back() == ';' ||
                              piece.back() == ':')) {
      piece.remove_suffix(1);
    }
    piece = utf8::Trim(piece);
    if (piece.size() >= 2) out->push_back(rules.agencies.Describe(piece));
  }
}

bool IsAgencyHeading(const LineView& v, const ExtractRules& rules) {
  std::string_view sk = utf8::Trim(v.skeleton());
  if (sk.empty() || sk.size() > 160 || v.EndsWith(".;:")) return false;
  size_t newline = sk.find('\n');
  if (newline != std::string_view::npos) return false;
  return StartsWithAgency(v, sk, rules) && !StartsWithAny(sk, rules.verbs) &&
         AgencyEnd(v, sk, rules) == std::string_view::npos;
}

void FindRoles(const LineView& v, const LineClassifier& c,
               const ExtractRules& rules, ItemFacts* f) {
  const std::string& sk = v.skeleton();
  std::string_view first_line = std::string_view(sk).substr(0, sk.find('\n'));

  re2::StringPiece m[2];
  if (rules.patterns.Get("lead_assigned")
          .Match(sk, 0, sk.size(), RE2::UNANCHORED, m, 2)) {
    std::string_view who = m[1];
    for (std::string_view skip : {"giao ", "cho "}) {
      if (who.substr(0, skip.size()) == skip) who.remove_prefix(skip.size());
    }
    if (StartsWithAgency(v, who, rules)) {
      size_t from = who.data() - sk.data();
      AddAgencies(v, from, from + who.size(), rules, true, &f->lead);
    }
  }
  if (f->lead.empty() && StartsWithAgency(v, first_line, rules) &&
      !StartsWithAny(first_line, rules.verbs)) {
    size_t end = AgencyEnd(v, first_line, rules);
    if (end != std::string_view::npos) {
      AddAgencies(v, 0, end, rules, true, &f->lead);
    } else if (IsAgencyHeading(c.View(v.Original(first_line)), rules)) {
      AddAgencies(v, 0, first_line.size(), rules, true, &f->lead);
    }
  }

  const RE2& coop = rules.patterns.Get("cooperate");
  size_t pos = 0;
  while (pos < sk.size() && coop.Match(sk, pos, sk.size(), RE2::UNANCHORED, m, 2)) {
    size_t from = m[1].data() - sk.data();
    AddAgencies(v, from, from + m[1].size(), rules, true, &f->cooperate);
    pos = m[0].data() - sk.data() + std::max<size_t>(m[0].size(), 1);
  }
}

}  // namespace vbtask::extract_internal

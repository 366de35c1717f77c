// Who leads an item and who co-operates.
#include <re2/re2.h>

#include <algorithm>

#include "pipeline/base/utf8.h"
#include "pipeline/extract/extract_internal.h"

namespace vbtask::extract_internal {
namespace {

// An agency phrase at the start of an item is at most this many words.
constexpr int kMaxAgencyWords = 18;

bool StartsWithWord(std::string_view s, std::string_view w) {
  return MatchPhraseAt(s, w) > 0;
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
    if (sk[i] == '(') {  // "Sở X (cơ quan thường trực …) chủ trì"
      size_t close = sk.find(')', i);
      if (close == std::string_view::npos) return std::string_view::npos;
      i = close;
      continue;
    }
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

// A heading wrapped by a web page or a narrow column reads as one line.
std::string OneLine(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// The subject of the item's first sentence leads it: "UBND tỉnh chỉ đạo …",
// "Đề nghị Công an tỉnh chỉ đạo …". "X lãnh đạo Y làm …" makes Y a lead
// too; a first line that only names an agency leads the whole item.
void FindSubjectLeads(const LineView& v, const LineClassifier& c,
                      const ExtractRules& rules, std::string_view first_line,
                      std::vector<Agency>* lead) {
  const std::string& sk = v.skeleton();
  re2::StringPiece m[1];
  std::string_view rest = first_line;
  if (rules.patterns.subject_opener
          ->Match(sk, 0, first_line.size(), RE2::ANCHOR_START, m, 1)) {
    rest.remove_prefix(m[0].size());
  }
  if (!StartsWithAgency(v, rest, rules) || StartsWithAny(rest, rules.verbs)) return;
  size_t end = AgencyEnd(v, rest, rules);
  size_t from = rest.data() - sk.data();
  if (end == std::string_view::npos) {
    if (IsAgencyHeading(c.View(OneLine(v.Original(rest))), rules)) {
      AddAgencies(v, from, from + rest.size(), rules, true, lead);
    }
    return;
  }
  AddAgencies(v, from, from + end, rules, true, lead);
  std::string_view object = rest.substr(end);
  if (!rules.patterns.leads_through
           ->Match(sk, object.data() - sk.data(), object.data() - sk.data() + object.size(),
                  RE2::ANCHOR_START, m, 1)) {
    return;
  }
  object.remove_prefix(m[0].size());
  size_t object_end = AgencyEnd(v, object, rules);
  if (!StartsWithAgency(v, object, rules) || object_end == std::string_view::npos) return;
  std::vector<Agency> found;
  size_t object_from = object.data() - sk.data();
  AddAgencies(v, object_from, object_from + object_end, rules, true, &found);
  for (Agency& a : found) AddUnique(std::move(a), lead);
}

// "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế, Thủ trưởng các sở, ban,
// ngành và Chủ tịch UBND các xã chịu trách nhiệm thi hành …": each head
// named leads. The list is cut at semicolons and where a piece opens with
// a head's title, so "các sở, ban, ngành" stays whole.
void FindResponsibleHeads(const LineView& v, const ExtractRules& rules,
                          std::vector<Agency>* lead) {
  const std::string& sk = v.skeleton();
  const auto& heads = rules.responsible_heads;
  re2::StringPiece m[2];
  size_t pos = 0;
  while (pos < sk.size() &&
         rules.patterns.responsible_for->Match(sk, pos, sk.size(), RE2::UNANCHORED, m, 2)) {
    pos = m[0].data() + std::max<size_t>(m[0].size(), 1) - sk.data();
    const size_t from = m[1].data() - sk.data(), to = from + m[1].size();
    size_t start = from;
    for (size_t i = from; i <= to; ++i) {
      size_t next = i;
      if (i < to) {
        if (sk[i] == ';' || sk[i] == ',') {
          next = i + 1;
        } else if (sk.compare(i, 4, " va ") == 0) {
          next = i + 4;
        } else {
          continue;
        }
        while (next < to && sk[next] == ' ') ++next;
        // A semicolon always ends a head; a comma or "và" only before the
        // next head's title.
        if (sk[i] != ';' &&
            !StartsWithAny(std::string_view(sk).substr(next, to - next), heads)) {
          continue;
        }
      }
      std::string_view piece_sk = utf8::Trim(std::string_view(sk).substr(start, i - start));
      if (StartsWithAny(piece_sk, heads)) {
        std::string_view piece = utf8::Trim(v.Original(piece_sk));
        if (piece.size() >= 2) AddUnique(rules.agencies.Describe(piece), lead);
      }
      start = next;
    }
  }
}

}  // namespace

void AddUnique(Agency a, std::vector<Agency>* list) {
  for (Agency& b : *list) {
    if (b.name == a.name) return;
    // "Sở" read from one pattern and "Sở Xây dựng" from another are one
    // agency: a bare head word is the start of the fuller name.
    if (a.text.find(' ') == std::string::npos && b.text.starts_with(a.text + " ")) return;
    if (b.text.find(' ') == std::string::npos && a.text.starts_with(b.text + " ")) {
      b = std::move(a);
      return;
    }
  }
  list->push_back(std::move(a));
}

void AddAgencies(const LineView& v, size_t from, size_t to,
                 const ExtractRules& rules, bool only_named,
                 std::vector<Agency>* out) {
  std::string_view sk(v.skeleton().data() + from, to - from);
  // Pieces between separators. A piece that names no agency continues the
  // previous one when it is only a level word ("UBND các huyện, thị xã,
  // thành phố"), starts with a verb ("Các cơ quan tham mưu, giúp việc Tỉnh
  // ủy") or is a capitalised part of a name after "và" ("Sở Nông nghiệp và
  // Phát triển nông thôn").
  std::vector<std::string_view> pieces;
  size_t start = 0;
  bool after_and = false;
  auto close = [&](size_t end) {
    std::string_view piece = utf8::Trim(sk.substr(start, end - start));
    if (piece.empty()) return;
    bool continues =
        !pieces.empty() && !StartsWithAgency(v, piece, rules) &&
        (rules.agencies.StartsWithLevelWord(v.Original(piece)) ||
         StartsWithAny(piece, rules.verbs) ||
         (after_and && v.IsUpperAt(static_cast<size_t>(piece.data() - v.skeleton().data()))));
    if (continues) {
      const char* begin = pieces.back().data();
      pieces.back() = std::string_view(begin, piece.data() + piece.size() - begin);
      return;
    }
    pieces.push_back(piece);
  };
  int depth = 0;  // commas inside parentheses do not separate agencies
  for (size_t i = 0; i < sk.size(); ++i) {
    depth += sk[i] == '(' ? 1 : sk[i] == ')' ? -1 : 0;
    if (depth > 0) continue;
    if (sk[i] == ',' || sk[i] == ';') {
      close(i);
      start = i + 1;
      after_and = false;
    } else if (sk.compare(i, 4, " va ") == 0) {
      close(i);
      start = i + 4;
      after_and = true;
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
    // A closing parenthetical says what the agency is, not who it is.
    if (!piece.empty() && piece.back() == ')' && piece.find('(') != std::string_view::npos) {
      piece = utf8::Trim(piece.substr(0, piece.rfind('(')));
    }
    if (piece.size() >= 2) out->push_back(rules.agencies.Describe(piece));
  }
}

bool IsLeadHeading(const LineView& v, const LineClassifier& c, const ExtractRules& rules) {
  if (IsAgencyHeading(v, rules)) return true;
  re2::StringPiece m[1];
  const std::string& sk = v.skeleton();
  if (!rules.patterns.subject_opener->Match(sk, 0, sk.size(), RE2::ANCHOR_START, m, 1)) {
    return false;
  }
  std::string_view rest = std::string_view(sk).substr(m[0].size());
  return IsAgencyHeading(c.View(OneLine(v.Original(rest))), rules);
}

bool IsAgencyHeading(const LineView& v, const ExtractRules& rules) {
  std::string_view sk = utf8::Trim(v.skeleton());
  // "Các doanh nghiệp, hợp tác xã kinh doanh vận tải:" heads its children.
  if (sk.empty() || sk.size() > 160 || v.EndsWith(".;")) return false;
  size_t newline = sk.find('\n');
  if (newline != std::string_view::npos) return false;
  return StartsWithAgency(v, sk, rules) && !StartsWithAny(sk, rules.verbs) &&
         AgencyEnd(v, sk, rules) == std::string_view::npos;
}

void FindRoles(const LineView& v, const LineClassifier& c,
               const ExtractRules& rules, ItemFacts* f) {
  const std::string& sk = v.skeleton();
  std::string_view first_line = std::string_view(sk).substr(0, sk.find('\n'));

  FindSubjectLeads(v, c, rules, first_line, &f->lead);
  FindResponsibleHeads(v, rules, &f->lead);
  // "… giao X chủ trì …", anywhere in the item.
  re2::StringPiece m[2];
  const RE2& assigned = *rules.patterns.lead_assigned;
  size_t at = 0;
  while (at < sk.size() && assigned.Match(sk, at, sk.size(), RE2::UNANCHORED, m, 2)) {
    at = m[0].data() + std::max<size_t>(m[0].size(), 1) - sk.data();
    std::string_view who = m[1];
    for (std::string_view skip : {"giao ", "cho "}) {
      if (who.substr(0, skip.size()) == skip) who.remove_prefix(skip.size());
    }
    if (!StartsWithAgency(v, who, rules)) continue;
    std::vector<Agency> found;
    size_t from = who.data() - sk.data();
    AddAgencies(v, from, from + who.size(), rules, true, &found);
    for (Agency& a : found) AddUnique(std::move(a), &f->lead);
  }

  const RE2& coop = *rules.patterns.cooperate;
  size_t pos = 0;
  while (pos < sk.size() && coop.Match(sk, pos, sk.size(), RE2::UNANCHORED, m, 2)) {
    size_t from = m[1].data() - sk.data();
    // "phối hợp với Bộ Thông tin và Truyền thông hoàn thiện …": the names
    // end at the first verb outside an agency's name.
    size_t length = m[1].size();
    if (size_t verb = AgencyEnd(v, std::string_view(m[1].data(), m[1].size()), rules);
        verb != std::string_view::npos) {
      length = verb;
    }
    AddAgencies(v, from, from + length, rules, true, &f->cooperate);
    pos = m[0].data() - sk.data() + std::max<size_t>(m[0].size(), 1);
  }
}

void FindTableRowFacts(const std::string& text, const Item& row,
                       const LineClassifier& c, const ExtractRules& rules,
                       const std::vector<FoundCitation>& citations, ItemFacts* f) {
  for (const TableCell& cell : row.cells) {
    std::string_view printed(text.data() + cell.begin, cell.end - cell.begin);
    LineView v = c.View(printed);
    if (cell.role == "lead" || cell.role == "cooperate") {
      AddAgencies(v, 0, v.skeleton().size(), rules, false,
                  cell.role == "lead" ? &f->lead : &f->cooperate);
    } else if (cell.role == "time" && !printed.empty()) {
      size_t before = f->time.size();
      FindTimes(v, rules, citations, cell.begin, f);
      // The column says it is a time even when no pattern knows the words.
      if (f->time.size() == before) f->time.push_back({std::string(printed), TimeKind::kDeadline, ""});
    }
  }
}

}  // namespace vbtask::extract_internal

// Citations as documents: the relation a mention's sentence gives it, and
// the grouping of mentions of one document (analysts count cited
// documents, not mentions).
#include <re2/re2.h>

#include <string_view>
#include <unordered_map>

#include "pipeline/extract/extract_internal.h"

namespace vbtask::extract_internal {
namespace {

// How far back a mention's cue may stand: "Căn cứ Nghị quyết số …" puts it
// just before, a list ("Thực hiện Chỉ thị số 05 … và Kế hoạch số 12 …")
// a little further; beyond that the words belong to another clause.
constexpr size_t kCueWindow = 80;  // code points

// The start of the text the cue of a mention at `begin` is read in: at most
// kCueWindow code points back, and not before the start of its sentence or
// clause (a line break, ';' or ". ").
size_t CueStart(std::string_view text, size_t begin) {
  size_t start = begin;
  for (size_t n = 0; start > 0 && n < kCueWindow;) {
    --start;
    if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) ++n;
  }
  std::string_view window = text.substr(start, begin - start);
  size_t cut = window.find_last_of("\n;");
  if (size_t stop = window.rfind(". "); stop != std::string_view::npos &&
                                        (cut == std::string_view::npos || stop > cut)) {
    cut = stop + 1;
  }
  return cut == std::string_view::npos ? start : start + cut + 1;
}

// The key without its "@year": "05-CT/TW@2022" → "05-CT/TW".
std::string_view Base(std::string_view key) { return key.substr(0, key.find('@')); }

}  // namespace

void SetRelations(const LineView& view, const LineClassifier& c,
                  const ExtractRules& rules, std::vector<FoundCitation>* found) {
  std::string_view text = view.text();
  for (FoundCitation& cit : *found) {
    if (cit.begin > text.size()) continue;
    size_t start = CueStart(text, cit.begin);
    const std::string before = c.folder().Skeleton(text.substr(start, cit.begin - start));
    // The cue nearest the mention wins ("Căn cứ Luật …, Nghị định … sửa đổi,
    // bổ sung Luật …"); at the same place, the earlier line of the file
    // (the longer cue "báo cáo kết quả … thực hiện" before "thực hiện").
    size_t best_end = 0;
    bool any = false;
    for (const ExtractRules::RelationCue& cue : rules.relation_cues) {
      re2::StringPiece m;
      for (size_t pos = 0; pos <= before.size() &&
                           cue.pattern->Match(before, pos, before.size(), RE2::UNANCHORED, &m, 1);) {
        size_t end = m.data() + m.size() - before.data();
        if (!any || end > best_end) {
          best_end = end;
          cit.relation = cue.relation;
          any = true;
        }
        pos = end > pos ? end : pos + 1;
      }
    }
  }
}

std::vector<Citation> GroupCitations(const std::vector<FoundCitation>& found,
                                     std::vector<MentionPlace>* places) {
  std::vector<Citation> out;
  std::unordered_map<std::string, int> by_key;
  // Numbered documents by their number alone: a later mention often omits
  // the date, and so the year of its key.
  std::unordered_map<std::string, int> by_number;
  places->clear();
  for (const FoundCitation& f : found) {
    int index = -1;
    if (auto it = by_key.find(f.key); it != by_key.end()) {
      index = it->second;
    } else if (!f.number.empty()) {
      auto it2 = by_number.find(std::string(Base(f.key)));
      // An undated mention joins the dated document of its number; a dated
      // one joins a document whose mentions so far gave no year.
      if (it2 != by_number.end() &&
          (f.date.empty() || Base(out[it2->second].key) == out[it2->second].key)) {
        index = it2->second;
      }
    }
    if (index < 0) {
      index = static_cast<int>(out.size());
      Citation cit;
      cit.type = f.type;
      cit.number = f.number;
      cit.name = f.name;
      cit.key = f.key;
      out.push_back(std::move(cit));
      if (!f.number.empty()) by_number.emplace(std::string(Base(f.key)), index);
    }
    Citation& cit = out[index];
    by_key.emplace(f.key, index);
    // The first mention that gives a value gives it.
    if (cit.date.empty() && !f.date.empty()) {
      cit.date = f.date;
      if (!f.number.empty()) cit.key = f.key;  // now with its year
    }
    if (cit.issuer.empty()) cit.issuer = f.issuer;
    if (cit.type.empty()) cit.type = f.type;
    if (cit.relation == CitationRelation::kMentions) cit.relation = f.relation;
    CitationMention m;
    m.text = f.text;
    m.begin = f.begin;
    m.end = f.end;
    m.footnote = f.footnote;
    places->push_back({index, static_cast<int>(cit.mentions.size())});
    cit.mentions.push_back(std::move(m));
  }
  return out;
}

}  // namespace vbtask::extract_internal

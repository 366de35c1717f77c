#include "pipeline/extract/extract.h"

#include <re2/re2.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <memory>

#include "pipeline/base/utf8.h"
#include "pipeline/extract/extract_internal.h"
#include "pipeline/model/names.h"

namespace vbtask {
namespace {

using extract_internal::FoundCitation;

std::string IsoDate(std::string_view d, std::string_view m, std::string_view y) {
  if (d.empty() || m.empty() || y.empty()) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d",
                std::atoi(std::string(y).c_str()),
                std::atoi(std::string(m).c_str()),
                std::atoi(std::string(d).c_str()));
  return buf;
}

// Citations in the whole text, with dates shared across a list ("Quyết định
// số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị").
std::vector<FoundCitation> FindCitations(const LineView& v, const LineClassifier& c,
                                    const ExtractRules& rules) {
  std::string_view text = v.text();
  const std::string& sk = v.skeleton();
  const RE2& re = *rules.patterns.citation;
  std::vector<FoundCitation> out;
  re2::StringPiece m[7];  // whole, type, number, day, month, year, issuer
  size_t pos = 0;
  while (pos < sk.size() && re.Match(sk, pos, sk.size(), RE2::UNANCHORED, m, 7)) {
    auto view = [](const re2::StringPiece& p) {
      return std::string_view(p.data(), p.size());
    };
    const char* end = m[2].data() + m[2].size();
    if (!m[5].empty()) end = m[5].data() + m[5].size();
    if (!m[6].empty()) end = m[6].data() + m[6].size();
    FoundCitation cit;
    std::string type_letters;
    for (char ch : view(m[1])) if (ch != ' ') type_letters.push_back(ch);
    for (const DocumentType& t : c.types()) {
      if (t.letters == type_letters) cit.type = t.name;
    }
    for (char ch : v.Original(view(m[2]))) if (ch != ' ') cit.number.push_back(ch);
    cit.date = IsoDate(view(m[3]), view(m[4]), view(m[5]));
    for (char ch : utf8::Trim(v.Original(view(m[6])))) {
      bool space = ch == ' ' || ch == '\n';
      if (!space || (!cit.issuer.empty() && cit.issuer.back() != ' ')) {
        cit.issuer.push_back(space ? ' ' : ch);
      }
    }
    cit.begin = v.ByteOf(m[1].data());
    cit.end = v.ByteOf(end);
    cit.text = std::string(text.substr(cit.begin, cit.end - cit.begin));
    out.push_back(std::move(cit));
    pos = static_cast<size_t>(end - sk.data());
  }
  for (size_t i = out.size(); i-- > 1;) {
    FoundCitation& a = out[i - 1];
    const FoundCitation& b = out[i];
    std::string gap = c.folder().Skeleton(
        std::string_view(text).substr(a.end, b.begin - a.end));
    if (gap != " va " && gap != ", " && gap != "; ") continue;
    if (a.date.empty()) a.date = b.date;
    if (a.issuer.empty()) a.issuer = b.issuer;
  }
  for (FoundCitation& cit : out) {
    cit.key = extract_internal::CitationKey(cit.number, cit.date, c.folder());
  }
  return out;
}

// "luat-tiep-can-thong-tin": the key of a document cited by name.
std::string NameKey(std::string_view name_skeleton) {
  std::string key;
  for (char ch : name_skeleton) {
    bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (alnum) {
      key.push_back(ch);
    } else if (!key.empty() && key.back() != '-') {
      key.push_back('-');
    }
  }
  while (!key.empty() && key.back() == '-') key.pop_back();
  return key;
}

bool Overlaps(const FoundCitation& cit, const std::vector<FoundCitation>& others) {
  for (const FoundCitation& o : others) {
    if (cit.begin < o.end && cit.end > o.begin) return true;
  }
  return false;
}

// Laws by the names the gazetteer knows, capitalised as a name is
// ("Luật Đất đai", not "luật đất đai"), with the year or the number that
// follows ("Luật Bảo vệ môi trường năm 2020", "Luật Lưu trữ số
// 33/2024/QH15": the number makes it a numbered citation).
void AddKnownLaws(const LineView& v, const LineClassifier& c, const ExtractRules& rules,
                  const std::vector<FoundCitation>& numbered, std::vector<FoundCitation>* laws) {
  std::string_view text = v.text();
  const std::string& sk = v.skeleton();
  const RE2& tail = *rules.patterns.law_tail;
  for (const std::string& opening : rules.laws.openings()) {
    for (size_t at = sk.find(opening); at != std::string::npos;
         at = sk.find(opening, at + 1)) {
      bool word_start = at == 0 || !std::isalnum(static_cast<unsigned char>(sk[at - 1]));
      if (!word_start || !v.IsUpperAt(at)) continue;
      size_t len = rules.laws.LongestAt(sk, at);
      if (len == 0) continue;
      FoundCitation cit;
      cit.begin = v.ByteOf(at);
      cit.end = v.ByteOf(at + len);
      cit.name = std::string(text.substr(cit.begin, cit.end - cit.begin));
      re2::StringPiece m[3];  // whole, year, number
      if (tail.Match(sk, at + len, sk.size(), RE2::ANCHOR_START, m, 3)) {
        cit.end = v.ByteOf(m[0].data() + m[0].size());
        if (!m[2].empty()) {
          for (char ch : v.Original(std::string_view(m[2].data(), m[2].size()))) {
            if (ch != ' ') cit.number.push_back(ch);
          }
        }
      }
      if (Overlaps(cit, numbered) || Overlaps(cit, *laws)) continue;
      cit.text = std::string(text.substr(cit.begin, cit.end - cit.begin));
      for (const DocumentType& t : c.types()) {
        if (t.skeleton == opening) cit.type = t.name;
      }
      if (cit.type.empty()) cit.type = "Luật";
      cit.key = cit.number.empty() ? NameKey(c.folder().Skeleton(cit.name))
                                   : extract_internal::CitationKey(cit.number, "", c.folder());
      if (!cit.number.empty()) cit.name.clear();
      laws->push_back(std::move(cit));
    }
  }
}

// "Nghị quyết Đại hội XIII": documents cited by name, merged in text order
// with the numbered ones (which win where both match).
void AddNamedCitations(const LineView& v, const LineClassifier& c,
                       const ExtractRules& rules, std::vector<FoundCitation>* out) {
  std::string_view text = v.text();
  const std::string& sk = v.skeleton();
  const RE2& re = *rules.patterns.named_citation;
  re2::StringPiece m[3];  // whole, a law's name, another named document
  size_t pos = 0;
  std::vector<FoundCitation> named;
  AddKnownLaws(v, c, rules, *out, &named);
  while (pos < sk.size() && re.Match(sk, pos, sk.size(), RE2::UNANCHORED, m, 3)) {
    pos = m[0].data() + m[0].size() - sk.data();
    const re2::StringPiece& name = m[1].empty() ? m[2] : m[1];
    if (!m[1].empty()) {
      // "Luật Nghĩa vụ quân sự": both words capitalised, unlike "luật pháp".
      size_t law = m[1].data() - sk.data();
      size_t second = sk.find(' ', law) + 1;
      if (!v.IsUpperAt(law) || !v.IsUpperAt(second)) continue;
    }
    FoundCitation cit;
    cit.begin = v.ByteOf(name.data());
    cit.end = v.ByteOf(name.data() + name.size());
    if (Overlaps(cit, *out) || Overlaps(cit, named)) continue;
    cit.text = std::string(text.substr(cit.begin, cit.end - cit.begin));
    cit.name = cit.text;
    std::string_view name_sk(name.data(), name.size());
    for (const DocumentType& t : c.types()) {
      const std::string& type_sk = t.skeleton;
      if (name_sk.substr(0, type_sk.size()) == type_sk &&
          type_sk.size() > c.folder().Skeleton(cit.type).size()) {
        cit.type = t.name;
      }
    }
    cit.key = NameKey(name_sk);
    named.push_back(std::move(cit));
  }
  out->insert(out->end(), named.begin(), named.end());
  std::stable_sort(out->begin(), out->end(), [](const FoundCitation& a, const FoundCitation& b) {
    return a.begin < b.begin;
  });
}

// The marker as printed in the body: "1" → "¹".
std::string Superscript(std::string_view marker) {
  static const char32_t kDigits[] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                     0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
  std::string out;
  for (char d : marker) {
    if (d < '0' || d > '9') return "";
    utf8::Append(out, kDigits[d - '0']);
  }
  return out;
}

// Citations printed in footnotes belong where the footnote's marker stands
// in the body, so the item that carries the marker cites them.
void AddFootnoteCitations(const ReconstructedText& text, const LineClassifier& c,
                          const ExtractRules& rules, std::vector<FoundCitation>* out) {
  for (const Footnote& note : text.footnotes) {
    std::string mark = Superscript(note.marker);
    size_t at = mark.empty() ? std::string::npos : text.text.find(mark);
    if (at == std::string::npos) at = text.text.size();
    LineView note_view = c.View(note.text);
    std::vector<FoundCitation> found = FindCitations(note_view, c, rules);
    AddNamedCitations(note_view, c, rules, &found);
    // Read while the positions are still those in the footnote's text.
    extract_internal::SetRelations(note_view, c, rules, &found);
    for (FoundCitation& cit : found) {
      cit.begin = cit.end = at;
      cit.footnote = note.marker;
      out->push_back(std::move(cit));
    }
  }
  std::stable_sort(out->begin(), out->end(), [](const FoundCitation& a, const FoundCitation& b) {
    return a.begin < b.begin;
  });
}

// "Kèm theo Kế hoạch số 245/KH-SVHTTDL" in an attachment names the document
// itself, not a document it cites.
void DropSelfReferences(const Header& header, const LineClassifier& c,
                        std::vector<FoundCitation>* citations) {
  if (header.number.empty()) return;
  const std::string own = extract_internal::CitationKey(header.number, "", c.folder());
  std::erase_if(*citations, [&](const FoundCitation& cit) {
    return !cit.number.empty() &&
           extract_internal::CitationKey(cit.number, "", c.folder()) == own &&
           (cit.date.empty() || header.date.empty() || cit.date == header.date);
  });
}

}  // namespace

Result<ExtractRules> ExtractRules::Load(const std::string& dir) {
  ExtractRules r;
  auto p = PatternSet::Load(
      dir, "extract/patterns.tsv",
      {{"citation", &r.patterns.citation}, {"lead_assigned", &r.patterns.lead_assigned}, {"cooperate", &r.patterns.cooperate}, {"addressed", &r.patterns.addressed}, {"campaign", &r.patterns.campaign}, {"campaign_more", &r.patterns.campaign_more}, {"named_citation", &r.patterns.named_citation}, {"subject_opener", &r.patterns.subject_opener}, {"leads_through", &r.patterns.leads_through}, {"law_tail", &r.patterns.law_tail}, {"responsible_for", &r.patterns.responsible_for}});
  if (!p.ok()) return p.status();
  r.pattern_set = std::move(p.value());
  auto agencies = AgencyLexicon::Load(dir);
  if (!agencies.ok()) return agencies.status();
  r.agencies = std::move(agencies.value());
  auto folder = TextFolder::Load(dir);
  if (!folder.ok()) return folder.status();
  auto laws = LawNames::Load(dir, folder.value());
  if (!laws.ok()) return laws.status();
  r.laws = std::move(laws.value());
  auto heads = ReadWordList(dir, "extract/responsible_heads.txt");
  if (!heads.ok()) return heads.status();
  r.responsible_heads = std::move(heads.value());
  auto verbs = ReadWordList(dir, "extract/verbs.txt");
  if (!verbs.ok()) return verbs.status();
  r.verbs = std::move(verbs.value());
  auto times = ReadRuleFile(dir, "extract/time_patterns.tsv", 2, 2);
  if (!times.ok()) return times.status();
  RE2::Options options;
  options.set_log_errors(false);
  r.time_prefilter = std::make_shared<RE2::Set>(options, RE2::UNANCHORED);
  for (const RuleEntry& e : times->entries) {
    std::optional<TimeKind> kind = ParseName<TimeKind>(e.fields[0]);
    if (!kind) return times->Error(e, "unknown time kind '" + e.fields[0] + "'");
    auto re = std::make_shared<RE2>(e.fields[1], options);
    if (!re->ok()) return times->Error(e, "pattern does not compile: " + re->error());
    r.time_patterns.push_back({*kind, std::move(re)});
    if (r.time_prefilter->Add(e.fields[1], nullptr) < 0) {
      return times->Error(e, "pattern does not compile as part of a set");
    }
  }
  if (!r.time_prefilter->Compile()) {
    return Status::InvalidRules(times->path + ": the time patterns do not fit in one set");
  }
  auto cues = ReadRuleFile(dir, "extract/citation_relations.tsv", 2, 2);
  if (!cues.ok()) return cues.status();
  for (const RuleEntry& e : cues->entries) {
    std::optional<CitationRelation> relation = ParseName<CitationRelation>(e.fields[0]);
    if (!relation) {
      return cues->Error(e, "unknown relation '" + e.fields[0] + "' (expected " +
                                NameList<CitationRelation>() + ")");
    }
    auto re = std::make_shared<RE2>(e.fields[1], options);
    if (!re->ok()) return cues->Error(e, "pattern does not compile: " + re->error());
    r.relation_cues.push_back({*relation, std::move(re)});
  }
  auto freq = ReadRuleFile(dir, "extract/frequencies.tsv", 2, 2);
  if (!freq.ok()) return freq.status();
  for (const RuleEntry& e : freq->entries) {
    r.frequencies.emplace_back(e.fields[0], e.fields[1]);
  }
  return r;
}

Extraction Extract(const ReconstructedText& text, SegmentedDocument* segmented,
                   const LineClassifier& c, const ExtractRules& rules) {
  SegmentedDocument& doc = *segmented;
  Extraction ex;
  // One matching form of the whole text serves every whole-text search.
  LineView whole = c.View(text.text);
  std::vector<FoundCitation> found = FindCitations(whole, c, rules);
  AddNamedCitations(whole, c, rules, &found);
  extract_internal::SetRelations(whole, c, rules, &found);
  AddFootnoteCitations(text, c, rules, &found);
  DropSelfReferences(doc.header, c, &found);
  // A web page's chrome cites documents too ("Nghị định 13/2023/NĐ-CP" of
  // its privacy notice); only the document's own citations count.
  std::erase_if(found, [&](const FoundCitation& cit) {
    return cit.begin < doc.frame_begin || cit.end > doc.frame_end;
  });
  std::vector<extract_internal::MentionPlace> places;
  ex.citations = extract_internal::GroupCitations(found, &places);
  // Whether an item hands its lead down to children without a subject.
  std::vector<bool> passes_lead(doc.items.size(), false);
  for (size_t i = 0; i < doc.items.size(); ++i) {
    Item& it = doc.items[i];
    ItemFacts& f = it.facts;
    // The mentions in the item's own text make it cite their documents,
    // each once; the mention records the item it is in.
    for (size_t k = 0; k < found.size(); ++k) {
      const FoundCitation& cit = found[k];
      if (cit.begin < it.begin || cit.end > it.end) continue;
      const auto [cited, mention] = places[k];
      ex.citations[cited].mentions[mention].item = static_cast<int>(i);
      if (std::find(f.citations.begin(), f.citations.end(), cited) == f.citations.end()) {
        f.citations.push_back(cited);
      }
    }
    if (!it.cells.empty()) {
      extract_internal::FindTableRowFacts(text.text, it, c, rules, found, &f);
      continue;
    }
    std::string_view own(text.text.data() + it.begin, it.end - it.begin);
    LineView v = c.View(own);
    extract_internal::FindRoles(v, c, rules, &f);
    extract_internal::FindTimes(v, rules, found, it.begin, &f);
    // A child without a subject of its own inherits the lead of an item
    // that only names an agency ("5. Ban Dân vận Tỉnh uỷ") or whose lead
    // sentence introduces its children ("UBND huyện chỉ đạo …: a) …").
    passes_lead[i] = !f.lead.empty() &&
                     (v.EndsWith(":") || extract_internal::IsLeadHeading(v, c, rules));
    if (f.lead.empty() && it.parent >= 0 && passes_lead[it.parent]) {
      f.lead = doc.items[it.parent].facts.lead;
      passes_lead[i] = true;
    }
  }
  extract_internal::FindDocumentFacts(whole, doc, c, rules, &ex);
  return ex;
}

}  // namespace vbtask

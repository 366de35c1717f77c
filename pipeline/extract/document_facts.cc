// Facts about the document as a whole: whom it addresses, the movements it
// names, the parts of its number, and checks of its header against what
// its body cites.
#include <re2/re2.h>

#include "pipeline/base/utf8.h"
#include "pipeline/extract/extract_internal.h"

namespace vbtask::extract_internal {
namespace {

void AddAddressees(const LineView& v, size_t from, size_t to,
                   const ExtractRules& rules, std::vector<Agency>* out) {
  std::vector<Agency> found;
  AddAgencies(v, from, to, rules, false, &found);
  for (Agency& a : found) AddUnique(std::move(a), out);
}

// "… yêu cầu các cấp ủy, chính quyền … tập trung thực hiện": the last such
// sentence of the preamble addresses the whole document.
void FindPreambleAddressees(std::string_view text, const SegmentedDocument& doc,
                            const LineClassifier& c, const ExtractRules& rules,
                            std::vector<Agency>* out) {
  if (doc.preamble_end <= doc.preamble_begin) return;
  std::string_view preamble(text.data() + doc.preamble_begin,
                            doc.preamble_end - doc.preamble_begin);
  LineView v = c.View(preamble);
  const std::string& sk = v.skeleton();
  const RE2& re = *rules.patterns.addressed;
  re2::StringPiece m[2];
  size_t pos = 0, last_from = 0, last_to = 0;
  // Every cue is tried, so the last "yêu cầu" that names whom wins over an
  // earlier one ("đáp ứng yêu cầu phát triển …, Ban Bí thư yêu cầu …").
  while (pos < sk.size() && re.Match(sk, pos, sk.size(), RE2::UNANCHORED, m, 2)) {
    last_from = m[1].data() - sk.data();
    last_to = last_from + m[1].size();
    pos = m[0].data() - sk.data() + 1;
  }
  if (last_to > last_from) AddAddressees(v, last_from, last_to, rules, out);
}

void FindCampaigns(const LineView& v, const ExtractRules& rules,
                   std::vector<std::string>* out) {
  const std::string& sk = v.skeleton();
  const RE2& first = *rules.patterns.campaign;
  const RE2& more = *rules.patterns.campaign_more;
  auto add = [&](const re2::StringPiece& name) {
    std::string printed(utf8::Trim(v.Original(std::string_view(name.data(), name.size()))));
    for (const std::string& known : *out) {
      if (known == printed) return;
    }
    out->push_back(std::move(printed));
  };
  re2::StringPiece m[2];
  size_t pos = 0;
  while (pos < sk.size() && first.Match(sk, pos, sk.size(), RE2::UNANCHORED, m, 2)) {
    add(m[1]);
    pos = m[0].data() + m[0].size() - sk.data();
    while (pos < sk.size() && more.Match(sk, pos, sk.size(), RE2::ANCHOR_START, m, 2)) {
      add(m[1]);
      pos = m[0].data() + m[0].size() - sk.data();
    }
  }
}

// Party "134-CV/ThU", "07-NQ/ĐU"; state "12/2024/QĐ-UBND", "215/SGTVT-QLVT".
bool SplitNumber(std::string_view number, const LineClassifier& c, NumberParts* p) {
  size_t digits = 0;
  while (digits < number.size() && number[digits] >= '0' && number[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits == number.size()) return false;
  p->seq = std::string(number.substr(0, digits));
  std::string_view rest = number.substr(digits + 1);
  if (number[digits] == '-') {  // Party: seq-TYPE/ISSUER
    size_t slash = rest.find('/');
    if (slash == std::string_view::npos) return false;
    p->type_code = std::string(rest.substr(0, slash));
    p->issuer_code = std::string(rest.substr(slash + 1));
    return true;
  }
  if (number[digits] != '/') return false;
  if (rest.size() > 5 && rest[4] == '/' && rest.substr(0, 2) == "20") {
    p->year = std::string(rest.substr(0, 4));
    rest.remove_prefix(5);
  }
  size_t dash = rest.find('-');
  std::string_view first = rest.substr(0, dash);
  bool is_type = false;
  for (const DocumentType& t : c.types()) {
    is_type |= c.folder().MatchKey(t.code) == c.folder().MatchKey(first);
  }
  if (is_type && dash != std::string_view::npos) {
    p->type_code = std::string(first);
    p->issuer_code = std::string(rest.substr(dash + 1));
  } else {
    p->issuer_code = std::string(rest);
  }
  return true;
}

void CheckTypeCode(const Header& h, const NumberParts& parts,
                   const LineClassifier& c, std::vector<Warning>* warnings) {
  if (h.type.empty() || parts.type_code.empty()) return;
  const TextFolder& folder = c.folder();
  const std::string code = folder.MatchKey(parts.type_code);
  std::string expected;
  for (const DocumentType& t : c.types()) {
    if (folder.MatchKey(t.name) != folder.MatchKey(h.type)) continue;
    if (folder.MatchKey(t.code) == code) return;  // one name may have two codes
    expected = t.code;
  }
  if (expected.empty()) return;
  warnings->push_back({WarningCode::kTypeCodeMismatch,
                       "the number " + h.number + " has type code " +
                           parts.type_code + " but the document is a " + h.type +
                           " (" + expected + ")"});
}

void CheckCitationDates(const Header& h, const std::vector<Citation>& citations,
                        std::vector<Warning>* warnings) {
  if (h.date.empty()) return;
  for (const Citation& cit : citations) {
    if (cit.date.empty() || cit.date <= h.date) continue;
    warnings->push_back({WarningCode::kDateBeforeCitation,
                         "the document is dated " + h.date + " but cites " +
                             (cit.number.empty() ? cit.name : cit.number) +
                             " of " + cit.date});
  }
}

}  // namespace

std::string CitationKey(std::string_view number, std::string_view iso_date,
                        const TextFolder& folder) {
  std::string key;
  for (char ch : folder.Skeleton(number)) {
    if (ch == ' ') continue;
    key.push_back(ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch);
  }
  if (iso_date.size() >= 4) key += "@" + std::string(iso_date.substr(0, 4));
  return key;
}

void FindDocumentFacts(const LineView& whole, const SegmentedDocument& doc,
                       const LineClassifier& c, const ExtractRules& rules,
                       Extraction* ex) {
  DocumentFacts& d = ex->document;
  for (const std::string& recipient : doc.header.recipients) {
    LineView v = c.View(recipient);
    AddAddressees(v, 0, v.skeleton().size(), rules, &d.addressees);
  }
  FindPreambleAddressees(whole.text(), doc, c, rules, &d.addressees);
  FindCampaigns(whole, rules, &d.campaigns);
  const Header& h = doc.header;
  if (!h.number.empty()) {
    d.has_number = SplitNumber(h.number, c, &d.number_parts);
    d.key = CitationKey(h.number, h.date, c.folder());
    if (d.has_number) CheckTypeCode(h, d.number_parts, c, &d.warnings);
  }
  CheckCitationDates(h, ex->citations, &d.warnings);
}

}  // namespace vbtask::extract_internal

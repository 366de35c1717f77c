// The official header: issuer block, number, motto, place and date, type
// name, subject and "Kính gửi".
#include <cstdio>
#include <optional>

#include "pipeline/base/utf8.h"
#include "pipeline/segment/segment_internal.h"

namespace vbtask::segment_internal {
namespace {

// Header lines are short; a long mixed-case line is the start of the body.
constexpr size_t kMaxHeaderLine = 160;

void AppendJoined(std::string* to, std::string_view piece) {
  piece = utf8::Trim(piece);
  if (piece.empty()) return;
  if (!to->empty()) to->push_back(' ');
  to->append(piece);
}

// In a list of recipients OCR reads a dash as ":", "." or "_" (": Ủy ban
// nhân dân các huyện;"): the rest of the line is the entry.
std::optional<std::string_view> AfterMisreadDash(std::string_view text) {
  text = utf8::Trim(text);
  if (text.size() < 3 || std::string_view(":._~").find(text[0]) == std::string_view::npos ||
      text[1] != ' ') {
    return std::nullopt;
  }
  return utf8::Trim(text.substr(2));
}

bool StartsWithDigit(std::string_view text) {
  text = utf8::Trim(text);
  return !text.empty() && text.front() >= '0' && text.front() <= '9';
}

// A line in capitals that repeats a body of the header's issuer block
// ("ỦY BAN NHÂN DÂN TỈNH …" or its last part).
bool NamesAnIssuer(const LineView& v, const std::vector<std::string>& orgs,
                   const LineClassifier& c) {
  if (!v.AllUpper()) return false;
  std::string_view line = utf8::Trim(v.skeleton());
  for (const std::string& org : orgs) {
    std::string org_sk = c.folder().Skeleton(org);
    if (!org_sk.empty() && (line == org_sk || line.ends_with(" " + org_sk) ||
                            org_sk.ends_with(" " + std::string(line)))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsOrgLine(const Para& p) {
  return p.view.AllUpper() && !p.label && p.view.code_points() <= 90;
}

bool IsHeaderLine(const Para& p, const LineClassifier& c) {
  const LineView& v = p.view;
  return c.IsSeparator(v) || IsOrgLine(p) || c.IsMotto(v) || c.MatchNumber(v) ||
         c.IsBareNumberLabel(v) || c.MatchSubjectVv(v) || c.MatchPlaceDate(v);
}

std::string ListEntry(std::string_view text) {
  std::string_view t = utf8::Trim(text);
  while (!t.empty() && (t.front() == '-' || t.front() == '+')) {
    t = utf8::Trim(t.substr(1));
  }
  if (t.size() >= 3 && t.substr(0, 3) == "\xE2\x80\xA2") t = utf8::Trim(t.substr(3));
  while (!t.empty() && (t.back() == ';' || t.back() == ',' || t.back() == '.')) {
    t.remove_suffix(1);
    t = utf8::Trim(t);
  }
  return std::string(t);
}

size_t ParseHeader(const std::vector<Para>& paras, size_t from, size_t to,
                   const LineClassifier& c, Header* h) {
  std::vector<std::string> orgs;  // caps lines above the number / type
  bool seen_type = false, seen_number = false, in_recipients = false;
  bool subject_line = false;
  size_t last_subject_line = to;  // index of the last "V/v" line read
  size_t i = from;
  for (; i < to; ++i) {
    const Para& p = paras[i];
    const LineView& v = p.view;
    if (in_recipients) {
      if (p.label && (p.label->style == LabelStyle::kDash ||
                      p.label->style == LabelStyle::kPlus)) {
        h->recipients.push_back(ListEntry(v.text()));
        continue;
      }
      if (!h->recipients.empty() && !p.label) {
        if (auto entry = AfterMisreadDash(v.text())) {
          h->recipients.push_back(ListEntry(*entry));
          continue;
        }
      }
      in_recipients = false;
      if (h->recipients.empty() && v.code_points() < 120 && !p.label &&
          !v.EndsWith(":")) {
        h->recipients.push_back(ListEntry(v.text()));
        continue;
      }
    }
    if (v.code_points() > kMaxHeaderLine) break;
    if (c.IsSeparator(v)) continue;
    if (c.IsMotto(v)) {
      h->mottos.emplace_back(utf8::Trim(v.text()));
      continue;
    }
    if (i + 1 < to && c.IsMottoWrapped(v, paras[i + 1].view)) {
      std::string motto(utf8::Trim(v.text()));
      AppendJoined(&motto, paras[i + 1].view.text());
      h->mottos.push_back(std::move(motto));
      ++i;
      continue;
    }
    if (auto number = c.MatchNumber(v); number && !seen_number) {
      h->number = *number;
      seen_number = true;
      continue;
    }
    if (c.IsBareNumberLabel(v)) {
      // OCR sometimes breaks "Số 07-NQ/ĐU" after "Số": the number is
      // then the next line.
      if (i + 1 < to && !seen_number) {
        auto number = c.MatchNumber(c.View("Số " + std::string(paras[i + 1].view.text())));
        if (number) {
          h->number = *number;
          seen_number = true;
          ++i;
        }
      }
      continue;
    }
    // A web page or a narrow column may break the line inside the place
    // ("Hà" / "Nội, ngày 25 tháng 11 năm 2025").
    std::optional<PlaceDate> pd = c.MatchPlaceDate(v);
    if (!pd && h->date.empty() && i + 1 < to && v.code_points() <= 40 && !v.AllUpper()) {
      std::string joined(utf8::Trim(v.text()));
      AppendJoined(&joined, paras[i + 1].view.text());
      pd = c.MatchPlaceDate(c.View(joined));
      if (pd) ++i;
    }
    if (pd && h->date.empty()) {
      h->place = pd->place;
      if (pd->year > 0 && pd->month > 0 && pd->day > 0) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", pd->year, pd->month,
                      pd->day);
        h->date = buf;
      }
      continue;
    }
    if (auto rest = c.MatchAddressedTo(v)) {
      if (!rest->empty()) {
        std::string first = ListEntry(*rest);
        if (!first.empty()) h->recipients.push_back(first);
      }
      in_recipients = true;
      continue;
    }
    if (auto vv = c.MatchSubjectVv(v)) {
      AppendJoined(&h->subject, *vv);
      subject_line = true;
      last_subject_line = i;
      continue;
    }
    // A "V/v" subject wraps in its narrow column; a wrapped piece that
    // starts in lower case or with a digit ("năm" / "2024") goes on.
    // A piece in capitals or mixed case is still the subject when
    // "Kính gửi" follows it: nothing else stands between the two.
    if (last_subject_line + 1 == i && !p.label &&
        (v.StartsLower() || StartsWithDigit(v.text()) ||
         (i + 1 < to && c.MatchAddressedTo(paras[i + 1].view) && !c.IsMotto(v) &&
          !c.MatchPlaceDate(v) && !c.MatchTypeName(v)))) {
      AppendJoined(&h->subject, v.text());
      last_subject_line = i;
      continue;
    }
    if (const DocumentType* t = c.MatchTypeName(v); t && !seen_type) {
      h->type = t->name;
      h->type_code = t->code;
      seen_type = true;
      // The subject is the paragraph(s) under the type name: one sentence-
      // case paragraph, or consecutive lines in capitals.
      while (i + 1 < to) {
        const Para& n = paras[i + 1];
        // The enacting authority under the subject of a Quyết định
        // ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN TỈNH") is not
        // part of the subject.
        if (n.label || c.IsSeparator(n.view) || c.IsMotto(n.view) ||
            c.MatchAddressedTo(n.view) || c.MatchPlaceDate(n.view) ||
            n.view.code_points() > 400 || c.IsPosition(n.view) ||
            NamesAnIssuer(n.view, orgs, c)) {
          break;
        }
        // "Về việc …" under the type name: the subject is what follows.
        if (h->subject.empty()) {
          if (auto vv = c.MatchSubjectVv(n.view)) {
            AppendJoined(&h->subject, *vv);
            ++i;
            if (!n.view.AllUpper()) break;
            continue;
          }
        }
        bool caps = n.view.AllUpper();
        if (!h->subject.empty() && !caps) break;
        if (!h->subject.empty() && caps != paras[i].view.AllUpper()) break;
        AppendJoined(&h->subject, n.view.text());
        ++i;
        if (!caps) break;
      }
      continue;
    }
    if (IsOrgLine(p) && !seen_type && h->subject.empty()) {
      if (!orgs.empty() && c.ContinuesOrgLine(c.View(orgs.back()), v)) {
        AppendJoined(&orgs.back(), v.text());
      } else {
        orgs.emplace_back(utf8::Trim(v.text()));
      }
      continue;
    }
    break;  // the body starts here
  }
  if (!seen_type && subject_line) {
    if (const DocumentType* t = c.TypeImpliedBySubjectLine()) {
      h->type = t->name;
      h->type_code = t->code;
    }
  }
  if (orgs.size() >= 2 && c.IsBareBodyName(c.View(orgs[orgs.size() - 2]))) {
    std::string place = orgs.back();
    orgs.pop_back();
    AppendJoined(&orgs.back(), place);
  }
  if (!orgs.empty()) {
    h->issuer = orgs.back();
    for (size_t k = 0; k + 1 < orgs.size(); ++k) AppendJoined(&h->parent_org, orgs[k]);
  }
  return i;
}

}  // namespace vbtask::segment_internal

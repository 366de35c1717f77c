// The closing: "Nơi nhận" distribution list and the signature block
// (authority such as T/M BAN THƯỜNG VỤ, position, "(đã ký)", name).
#include <unicode/uchar.h>

#include "pipeline/base/utf8.h"
#include "pipeline/segment/segment_internal.h"

namespace vbtask::segment_internal {
namespace {

// Position lines only count as the start of a closing this close to the end
// of a part; earlier they are more likely a heading.
constexpr size_t kPositionWindow = 8;

bool IsBullet(const Para& p) {
  return p.label && (p.label->style == LabelStyle::kDash ||
                     p.label->style == LabelStyle::kPlus);
}

// A personal name: 2 to 6 words of letters, each capitalised.
bool LooksLikeName(const LineView& v) {
  std::string_view t = utf8::Trim(v.text());
  if (t.empty() || v.code_points() > 45) return false;
  int words = 0;
  bool word_start = true;
  for (size_t p = 0; p < t.size();) {
    char32_t cp = utf8::Next(t, p);
    if (cp == ' ') {
      word_start = true;
      continue;
    }
    if (!u_isalpha(static_cast<UChar32>(cp))) return false;
    if (word_start) {
      if (!u_isupper(static_cast<UChar32>(cp))) return false;
      ++words;
      word_start = false;
    }
  }
  return words >= 2 && words <= 6;
}

}  // namespace

size_t FindClosing(const std::vector<Para>& paras, size_t from, size_t to,
                   const LineClassifier& c) {
  for (size_t i = from; i < to; ++i) {
    const LineView& v = paras[i].view;
    if (v.code_points() > 120) continue;
    if (c.MatchRecipientsList(v) || c.IsAuthority(v) || c.IsSignedMarker(v)) {
      return i;
    }
    if (to - i <= kPositionWindow && c.IsPosition(v)) return i;
  }
  return to;
}

size_t ParseClosing(const std::vector<Para>& paras, size_t from, size_t to,
                    const LineClassifier& c, SegmentedDocument* doc) {
  bool in_list = false;
  size_t last = from;  // after the last paragraph read as part of the closing
  for (size_t i = from; i < to; ++i) {
    const Para& p = paras[i];
    const LineView& v = p.view;
    if (auto rest = c.MatchRecipientsList(v)) {
      in_list = true;
      if (std::string e = ListEntry(*rest); !e.empty()) {
        doc->distribution.push_back(e);
      }
      last = i + 1;
      continue;
    }
    if (in_list && IsBullet(p)) {
      doc->distribution.push_back(ListEntry(v.text()));
      last = i + 1;
      continue;
    }
    in_list = false;
    Signer& s = doc->signer;
    if (c.IsAuthority(v)) {
      if (s.authority.empty()) s.authority = std::string(utf8::Trim(v.text()));
      last = i + 1;
      continue;
    }
    if (c.IsPosition(v)) {
      if (s.position.empty()) s.position = std::string(utf8::Trim(v.text()));
      last = i + 1;
      continue;
    }
    if (c.IsSignedMarker(v)) {
      last = i + 1;
      continue;
    }
    // The first name under a signature block is the signer's; without a
    // block, the last name-like line is.
    bool block = !s.authority.empty() || !s.position.empty();
    // A position that wraps ("KT. TRƯỞNG BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ")
    // looks like a name in capitals; a name in mixed case below it is the
    // signer's.
    bool replaces_caps = !s.name.empty() && c.View(s.name).AllUpper() && !v.AllUpper();
    if (LooksLikeName(v) && (s.name.empty() || !block || replaces_caps)) {
      s.name = std::string(utf8::Trim(v.text()));
      last = i + 1;
    }
  }
  return last;
}

}  // namespace vbtask::segment_internal

#include "pipeline/segment/segment.h"

#include <cstdlib>

#include "pipeline/base/utf8.h"
#include "pipeline/segment/segment_internal.h"

namespace vbtask {
namespace {

using segment_internal::Para;

bool IsRealDate(const std::string& iso) {
  if (iso.size() != 10) return false;
  int y = std::atoi(iso.substr(0, 4).c_str());
  int m = std::atoi(iso.substr(5, 2).c_str());
  int d = std::atoi(iso.substr(8, 2).c_str());
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap);
}

// The paragraph that holds byte `offset`.
size_t ParaAt(const std::vector<Para>& paras, size_t offset) {
  for (size_t i = 0; i < paras.size(); ++i) {
    if (offset < paras[i].end || i + 1 == paras.size()) return i;
  }
  return 0;
}

// A body paragraph after the last task that closes the document ("Yêu cầu
// các cấp ủy … thực hiện") is not part of that task.
void TrimClosingParagraphs(const std::vector<Para>& paras, size_t body_end,
                           const LineClassifier& c, Item* last) {
  if (last->kind == ItemKind::kSection) return;
  for (size_t j = ParaAt(paras, last->begin) + 1; j < body_end; ++j) {
    if (c.StartsWithClosingCue(paras[j].view)) {
      last->end = paras[j - 1].end;
      return;
    }
  }
}

// "… thực hiện Công văn này" names the document's own type.
const DocumentType* TypeFromSelfReference(const std::string& text,
                                          const LineClassifier& c) {
  std::string skeleton = c.folder().Skeleton(text);
  const DocumentType* best = nullptr;
  size_t best_count = 0;
  for (const DocumentType& t : c.types()) {
    std::string needle = t.skeleton + " nay";
    size_t count = 0;
    for (size_t p = skeleton.find(needle); p != std::string::npos;
         p = skeleton.find(needle, p + 1)) {
      ++count;
    }
    if (count > best_count) best = &t, best_count = count;
  }
  return best;
}

void AddWarnings(SegmentedDocument* doc, bool type_inferred) {
  Header& h = doc->header;
  auto missing = [&](const std::string& value, const char* what) {
    if (value.empty()) {
      doc->warnings.push_back(
          {WarningCode::kMissingElement, std::string("the header has no ") + what});
    }
  };
  missing(h.type, "document type");
  missing(h.number, "number (Số …)");
  missing(h.date, "date");
  missing(h.issuer, "issuing body");
  missing(doc->signer.name, "signer");
  if (type_inferred) {
    doc->warnings.push_back({WarningCode::kTypeInferred,
                             "document type taken from a self-reference (\"" +
                                 h.type + " này\")"});
  }
  if (!h.date.empty() && !IsRealDate(h.date)) {
    doc->warnings.push_back(
        {WarningCode::kInvalidDate, "the date " + h.date + " does not exist"});
    h.date.clear();
  }
  if (doc->items.empty()) {
    doc->warnings.push_back({WarningCode::kNoItems, "no numbered items were found"});
  }
}

// Web pages and archive dumps print the site's chrome (banners, a table
// of the document's metadata) before the official header. The header then
// starts at the block of header lines just above the first motto; when the
// header parsed from the top already reaches the motto, it starts at 0.
size_t FindHeaderStart(const std::vector<Para>& paras, const LineClassifier& c) {
  const size_t n = paras.size();
  size_t motto = n;
  for (size_t i = 0; i < n; ++i) {
    if (c.IsMotto(paras[i].view) ||
        (i + 1 < n && c.IsMottoWrapped(paras[i].view, paras[i + 1].view))) {
      motto = i;
      break;
    }
  }
  // A motto in the second half, or after a title in capitals, is an
  // attachment's own header, not the document's.
  if (motto == n || motto == 0 || motto > n / 2) return 0;
  for (size_t i = 0; i < motto; ++i) {
    if (paras[i].view.AllUpper() && c.MatchTypeName(paras[i].view)) return 0;
  }
  size_t start = motto;
  while (start > 0 && segment_internal::IsHeaderLine(paras[start - 1], c)) --start;
  return start;
}

// An attachment after the closing says what it is attached to ("Kèm theo
// Kế hoạch số …", "Ban hành kèm theo …") or is an annex by its type (Phụ
// lục, Quy chế); a type name in capitals elsewhere after the signature is
// the chrome of a web page ("THÔNG BÁO" of a login notice), not a part of
// the document.
bool IsAttachmentStart(const std::vector<Para>& paras, size_t at, size_t to,
                       const LineClassifier& c) {
  const DocumentType* type = c.MatchTypeName(paras[at].view);
  if (type && c.IsAnnexType(*type)) return true;
  constexpr size_t kCueWindow = 6;  // title lines between the type and its cue
  for (size_t j = at + 1; j < to && j <= at + kCueWindow; ++j) {
    if (c.IsAttachmentCue(paras[j].view)) return true;
  }
  return false;
}

}  // namespace

SegmentedDocument Segment(const ReconstructedText& rt,
                          const LineClassifier& c) {
  std::vector<Para> paras;
  paras.reserve(rt.paragraphs.size());
  for (const Paragraph& p : rt.paragraphs) {
    Para para;
    para.begin = p.begin;
    para.end = p.end;
    para.page = p.page;
    para.view = c.View(std::string_view(rt.text).substr(p.begin, p.end - p.begin));
    para.label = c.MatchLabel(para.view);
    if (para.label && !paras.empty() && !paras.back().label) {
      if (auto joined = c.JoinKeyword(paras.back().view, *para.label)) {
        para.label = std::move(joined);
      }
    }
    paras.push_back(std::move(para));
  }
  const size_t n = paras.size();
  SegmentedDocument doc;
  doc.frame_end = rt.text.size();
  size_t body = segment_internal::ParseHeader(paras, 0, n, c, &doc.header);
  if (doc.header.mottos.empty()) {
    if (size_t start = FindHeaderStart(paras, c); start > 0) {
      Header framed;
      size_t framed_body = segment_internal::ParseHeader(paras, start, n, c, &framed);
      if (!framed.mottos.empty()) {
        doc.header = std::move(framed);
        doc.frame_begin = paras[start].begin;
        body = framed_body;
      }
    }
  }
  size_t closing = segment_internal::FindClosing(paras, body, n, c);

  // Attachments start with their own type name, in capitals, after the
  // closing ("quy định." alone is the end of a wrapped sentence).
  std::vector<size_t> attachments;
  for (size_t i = closing; i < n; ++i) {
    if (paras[i].view.AllUpper() && c.MatchTypeName(paras[i].view) &&
        IsAttachmentStart(paras, i, n, c)) {
      attachments.push_back(i);
    }
  }
  size_t closing_end = attachments.empty() ? n : attachments.front();
  size_t closing_last = segment_internal::ParseClosing(paras, closing, closing_end, c, &doc);
  // What follows the signature of a document without attachments is not
  // part of it when the document was found inside a page's chrome.
  if (doc.frame_begin > 0 && attachments.empty() && closing_last > closing) {
    doc.frame_end = paras[closing_last - 1].end;
  }

  // A task table in the body ("IV. Phân công nhiệm vụ" followed by a
  // table): its rows are tasks under the item it follows; numbered
  // paragraphs after it are items again.
  size_t table = segment_internal::FindTaskTable(rt.text, paras, body, closing, c);
  size_t items_start = segment_internal::BuildItems(
      rt.text, paras, body, table, c, 0, &doc.items, &doc.warnings);
  if (table < closing) {
    int parent = doc.items.empty() ? -1 : static_cast<int>(doc.items.size()) - 1;
    while (parent >= 0 && doc.items[parent].kind == ItemKind::kBullet) {
      parent = doc.items[parent].parent;
    }
    size_t after = segment_internal::BuildTableItems(rt.text, paras, table, closing,
                                                     c, 0, parent, &doc.items);
    segment_internal::BuildItems(rt.text, paras, after, closing, c, 0,
                                 &doc.items, &doc.warnings);
  }
  if (!doc.items.empty()) {
    TrimClosingParagraphs(paras, closing, c, &doc.items.back());
  }
  doc.preamble_begin = body < n ? paras[body].begin : rt.text.size();
  doc.preamble_end = items_start < n && items_start > body
                         ? paras[items_start - 1].end
                         : doc.preamble_begin;

  for (size_t k = 0; k < attachments.size(); ++k) {
    size_t from = attachments[k];
    size_t to = k + 1 < attachments.size() ? attachments[k + 1] : n;
    Header header;
    size_t att_body = segment_internal::ParseHeader(paras, from, to, c, &header);
    size_t att_closing = segment_internal::FindClosing(paras, att_body, to, c);
    doc.attachment_types.push_back(header.type);
    const int number = static_cast<int>(k) + 1;
    // A task table takes over from its header row; numbered paragraphs
    // before it are items as usual.
    size_t table = segment_internal::FindTaskTable(rt.text, paras, att_body,
                                                   att_closing, c);
    segment_internal::BuildItems(rt.text, paras, att_body, table, c, number,
                                 &doc.items, &doc.warnings);
    if (table < att_closing) {
      segment_internal::BuildTableItems(rt.text, paras, table, att_closing, c,
                                        number, -1, &doc.items);
    }
  }

  bool type_inferred = false;
  if (doc.header.type.empty()) {
    if (const DocumentType* t = TypeFromSelfReference(rt.text, c)) {
      doc.header.type = t->name;
      doc.header.type_code = t->code;
      type_inferred = true;
    }
  }
  AddWarnings(&doc, type_inferred);
  return doc;
}

}  // namespace vbtask

#include "pipeline/emit/emit.h"

#include <cmath>

#include "pipeline/base/utf8.h"

namespace vbtask {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json Span(utf8::CodePointCounter& counter, size_t begin, size_t end) {
  Json span;
  span["start"] = counter.ToCodePoints(begin);
  span["end"] = counter.ToCodePoints(end);
  return span;
}

Json AgencyList(const std::vector<Agency>& agencies) {
  Json list = Json::array();
  for (const Agency& a : agencies) {
    Json j;
    j["text"] = a.text;
    j["name"] = a.name;
    j["level"] = OrNull(a.level);
    j["kind"] = a.kind;
    list.push_back(std::move(j));
  }
  return list;
}

// `counter` must be advanced in text order: citations come sorted.
Json CitationJson(const Citation& c, utf8::CodePointCounter& counter) {
  Json j;
  j["type"] = OrNull(c.type);
  j["number"] = OrNull(c.number);
  j["name"] = OrNull(c.name);
  j["date"] = OrNull(c.date);
  j["issuer"] = OrNull(c.issuer);
  j["key"] = c.key;
  j["text"] = c.text;
  // A citation in a footnote has no span in `text`; it names its footnote.
  j["span"] = c.footnote.empty() ? Span(counter, c.begin, c.end) : Json(nullptr);
  j["footnote"] = OrNull(c.footnote);
  return j;
}

Json NumberPartsJson(const DocumentFacts& facts) {
  if (!facts.has_number) return nullptr;
  const NumberParts& p = facts.number_parts;
  Json j;
  j["seq"] = p.seq;
  j["type_code"] = OrNull(p.type_code);
  j["issuer_code"] = OrNull(p.issuer_code);
  j["year"] = OrNull(p.year);
  return j;
}

Json DocumentJson(const SegmentedDocument& seg, const DocumentFacts& facts) {
  const Header& h = seg.header;
  Json d;
  d["type"] = OrNull(h.type);
  d["type_code"] = OrNull(h.type_code);
  d["number"] = OrNull(h.number);
  d["number_parts"] = NumberPartsJson(facts);
  d["key"] = OrNull(facts.key);
  d["date"] = OrNull(h.date);
  d["place"] = OrNull(h.place);
  d["issuer"] = OrNull(h.issuer);
  d["parent_org"] = OrNull(h.parent_org);
  d["subject"] = OrNull(h.subject);
  d["recipients"] = h.recipients;
  d["addressees"] = AgencyList(facts.addressees);
  d["campaigns"] = facts.campaigns;
  d["distribution"] = seg.distribution;
  Json signer;
  signer["name"] = OrNull(seg.signer.name);
  signer["authority"] = OrNull(seg.signer.authority);
  signer["position"] = OrNull(seg.signer.position);
  d["signer"] = std::move(signer);
  d["mottos"] = h.mottos;
  d["attachments"] = seg.attachment_types;
  return d;
}

}  // namespace

Json ToJson(const ProcessedDocument& doc) {
  const std::string& text = doc.text.text;
  const SegmentedDocument& seg = doc.segmented;
  Json j;
  j["schema"] = kSchemaVersion;
  Json source;
  source["path"] = doc.source.path;
  source["format"] = doc.source.format;
  source["encoding"] = doc.source.encoding;
  source["sha256"] = doc.source.sha256;
  source["pages"] = doc.text.pages;
  if (!doc.source.ocr.empty()) {
    Json ocr = Json::array();
    for (const OcrConfidence& o : doc.source.ocr) {
      Json page;
      page["page"] = o.page;
      page["confidence"] = std::round(o.confidence * 10) / 10;
      ocr.push_back(std::move(page));
    }
    source["ocr"] = std::move(ocr);
  }
  j["source"] = std::move(source);
  j["document"] = DocumentJson(seg, doc.extraction.document);
  j["text"] = text;
  {
    utf8::CodePointCounter counter(text);
    j["preamble"] = Span(counter, seg.preamble_begin, seg.preamble_end);
  }

  // Citations once, in text order; items refer to them by index.
  Json citations = Json::array();
  {
    utf8::CodePointCounter counter(text);
    for (const Citation& c : doc.extraction.citations) {
      citations.push_back(CitationJson(c, counter));
    }
  }

  Json items = Json::array();
  utf8::CodePointCounter counter(text);
  for (size_t i = 0; i < seg.items.size(); ++i) {
    const Item& it = seg.items[i];
    Json item;
    item["id"] = it.id;
    item["path"] = it.path;
    item["label"] = it.label;
    item["kind"] = ItemKindName(it.kind);
    item["parent"] = it.parent >= 0 ? Json(seg.items[it.parent].id) : Json(nullptr);
    item["text"] = text.substr(it.begin, it.end - it.begin);
    item["span"] = Span(counter, it.begin, it.end);
    item["page"] = it.page;
    const ItemFacts* facts =
        i < doc.extraction.items.size() ? &doc.extraction.items[i] : nullptr;
    item["lead"] = facts ? AgencyList(facts->lead) : Json::array();
    item["cooperate"] = facts ? AgencyList(facts->cooperate) : Json::array();
    Json time = Json::array();
    Json cites = Json::array();
    if (facts) {
      for (const TimeExpression& t : facts->time) {
        Json tj;
        tj["text"] = t.text;
        tj["kind"] = t.kind;
        if (t.kind == "period" && (t.from_year != 0 || t.to_year != 0)) {
          Json range;
          range["from"] = t.from_year != 0 ? Json(t.from_year) : Json(nullptr);
          range["to"] = t.to_year != 0 ? Json(t.to_year) : Json(nullptr);
          tj["value"] = std::move(range);
        } else {
          tj["value"] = OrNull(t.value);
        }
        time.push_back(std::move(tj));
      }
      for (int c : facts->citations) {
        cites.push_back(citations[c]);
      }
    }
    item["time"] = std::move(time);
    item["citations"] = std::move(cites);
    items.push_back(std::move(item));
  }
  j["items"] = std::move(items);

  j["citations"] = std::move(citations);

  Json footnotes = Json::array();
  for (const Footnote& f : doc.text.footnotes) {
    Json fj;
    fj["marker"] = f.marker;
    fj["text"] = f.text;
    fj["page"] = f.page;
    footnotes.push_back(std::move(fj));
  }
  j["footnotes"] = std::move(footnotes);
  Json repairs = Json::array();
  {
    utf8::CodePointCounter counter(text);
    for (const Repair& r : doc.repairs) {
      Json rj;
      rj["span"] = Span(counter, r.begin, r.end);
      rj["from"] = r.from;
      rj["to"] = r.to;
      rj["rule"] = r.rule;
      rj["confidence"] = std::round(r.confidence * 1000) / 1000;
      repairs.push_back(std::move(rj));
    }
  }
  j["repairs"] = std::move(repairs);
  Json warnings = Json::array();
  std::vector<Warning> all_warnings = seg.warnings;
  all_warnings.insert(all_warnings.end(), doc.extraction.document.warnings.begin(),
                      doc.extraction.document.warnings.end());
  for (const Warning& w : all_warnings) {
    Json wj;
    wj["code"] = w.code;
    wj["message"] = w.message;
    warnings.push_back(std::move(wj));
  }
  j["warnings"] = std::move(warnings);
  return j;
}

}  // namespace vbtask

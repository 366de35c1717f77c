// Document → JSON. Positions become code points (utf8::CodePointCounter,
// which must be advanced in text order: items and repairs come sorted, and
// the mentions of citations are sorted here); confidences are rounded to
// what the contract states.
#include <algorithm>
#include <cmath>
#include <map>

#include "pipeline/base/utf8.h"
#include "pipeline/model/json.h"
#include "pipeline/model/names.h"
#include "pipeline/model/serialized.h"

namespace vbtask {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json Name(auto value) { return std::string(NameOf(value)); }

Json Span(utf8::CodePointCounter& counter, size_t begin, size_t end) {
  Json span;
  span["start"] = counter.ToCodePoints(begin);
  span["end"] = counter.ToCodePoints(end);
  return span;
}

Json SourceJson(const SourceInfo& s) {
  Json source;
  source["path"] = s.path;
  source["format"] = Name(s.format);
  source["encoding"] = s.encoding;
  source["sha256"] = s.sha256;
  source["pages"] = s.pages;
  if (!s.ocr.empty()) {
    Json ocr = Json::array();
    for (const OcrConfidence& o : s.ocr) {
      Json page;
      page["page"] = o.page;
      page["confidence"] = std::round(o.confidence * 10) / 10;
      ocr.push_back(std::move(page));
    }
    source["ocr"] = std::move(ocr);
  }
  return source;
}

Json AgencyList(const std::vector<Agency>& agencies) {
  Json list = Json::array();
  for (const Agency& a : agencies) {
    Json j;
    j["text"] = a.text;
    j["name"] = a.name;
    j["level"] = a.level == AgencyLevel::kNone ? Json(nullptr) : Name(a.level);
    j["kind"] = Name(a.kind);
    list.push_back(std::move(j));
  }
  return list;
}

Json NumberPartsJson(const std::optional<NumberParts>& parts) {
  if (!parts) return nullptr;
  Json j;
  j["seq"] = parts->seq;
  j["type_code"] = OrNull(parts->type_code);
  j["issuer_code"] = OrNull(parts->issuer_code);
  j["year"] = OrNull(parts->year);
  return j;
}

Json HeaderJson(const Document& doc) {
  const Header& h = doc.header;
  Json d;
  d["class"] = Name(doc.document_class);
  Json evidence = Json::array();
  for (ClassEvidence e : doc.class_evidence) evidence.push_back(Name(e));
  d["class_evidence"] = std::move(evidence);
  d["type"] = OrNull(h.type);
  d["type_code"] = OrNull(h.type_code);
  d["number"] = OrNull(h.number);
  d["number_parts"] = NumberPartsJson(doc.number_parts);
  d["key"] = OrNull(doc.key);
  d["date"] = OrNull(h.date);
  d["place"] = OrNull(h.place);
  d["issuer"] = OrNull(h.issuer);
  d["parent_org"] = OrNull(h.parent_org);
  d["subject"] = OrNull(h.subject);
  d["recipients"] = h.recipients;
  d["addressees"] = AgencyList(doc.addressees);
  d["campaigns"] = doc.campaigns;
  d["distribution"] = doc.distribution;
  Json signer;
  signer["name"] = OrNull(doc.signer.name);
  signer["authority"] = OrNull(doc.signer.authority);
  signer["position"] = OrNull(doc.signer.position);
  d["signer"] = std::move(signer);
  d["mottos"] = h.mottos;
  d["attachments"] = doc.attachment_types;
  return d;
}

// A cited document and where it is cited. Mentions of different documents
// interleave in the text, so their positions are converted in one sorted
// pass first (the counter only moves forward).
Json CitationsJson(const Document& doc) {
  std::vector<size_t> offsets;
  for (const Citation& c : doc.citations) {
    for (const CitationMention& m : c.mentions) {
      if (m.footnote.empty()) offsets.insert(offsets.end(), {m.begin, m.end});
    }
  }
  std::sort(offsets.begin(), offsets.end());
  std::map<size_t, size_t> code_point_at;
  utf8::CodePointCounter counter(doc.text);
  for (size_t b : offsets) code_point_at.emplace(b, counter.ToCodePoints(b));

  Json list = Json::array();
  for (const Citation& c : doc.citations) {
    Json j;
    j["type"] = OrNull(c.type);
    j["number"] = OrNull(c.number);
    j["name"] = OrNull(c.name);
    j["date"] = OrNull(c.date);
    j["issuer"] = OrNull(c.issuer);
    j["key"] = c.key;
    j["relation"] = Name(c.relation);
    Json mentions = Json::array();
    for (const CitationMention& m : c.mentions) {
      Json mj;
      // A mention in a footnote has no span in `text`; it names its footnote.
      if (m.footnote.empty()) {
        Json span;
        span["start"] = code_point_at[m.begin];
        span["end"] = code_point_at[m.end];
        mj["span"] = std::move(span);
      } else {
        mj["span"] = nullptr;
      }
      mj["item"] = m.item >= 0 ? Json(doc.items[m.item].id) : Json(nullptr);
      mj["footnote"] = OrNull(m.footnote);
      mj["text"] = m.text;
      mentions.push_back(std::move(mj));
    }
    j["mentions"] = std::move(mentions);
    list.push_back(std::move(j));
  }
  return list;
}

Json TimeJson(const TimeExpression& t) {
  Json j;
  j["text"] = t.text;
  j["kind"] = Name(t.kind);
  if (t.kind == TimeKind::kPeriod && (t.from_year != 0 || t.to_year != 0)) {
    Json range;
    range["from"] = t.from_year != 0 ? Json(t.from_year) : Json(nullptr);
    range["to"] = t.to_year != 0 ? Json(t.to_year) : Json(nullptr);
    j["value"] = std::move(range);
  } else {
    j["value"] = OrNull(t.value);
  }
  return j;
}

// An item's citations are indices into the document's `citations`.
Json ItemsJson(const Document& doc) {
  Json items = Json::array();
  utf8::CodePointCounter counter(doc.text);
  for (const Item& it : doc.items) {
    Json item;
    item["id"] = it.id;
    item["path"] = it.path;
    item["label"] = it.label;
    item["kind"] = Name(it.kind);
    item["parent"] = it.parent >= 0 ? Json(doc.items[it.parent].id) : Json(nullptr);
    item["text"] = doc.text.substr(it.begin, it.end - it.begin);
    item["span"] = Span(counter, it.begin, it.end);
    item["page"] = it.page;
    item["lead"] = AgencyList(it.facts.lead);
    item["cooperate"] = AgencyList(it.facts.cooperate);
    Json time = Json::array();
    for (const TimeExpression& t : it.facts.time) time.push_back(TimeJson(t));
    item["time"] = std::move(time);
    item["citations"] = it.facts.citations;
    items.push_back(std::move(item));
  }
  return items;
}

Json FootnotesJson(const std::vector<Footnote>& footnotes) {
  Json list = Json::array();
  for (const Footnote& f : footnotes) {
    Json fj;
    fj["marker"] = f.marker;
    fj["text"] = f.text;
    fj["page"] = f.page;
    list.push_back(std::move(fj));
  }
  return list;
}

Json RepairsJson(const Document& doc) {
  Json list = Json::array();
  utf8::CodePointCounter counter(doc.text);
  for (const Repair& r : doc.repairs) {
    Json rj;
    rj["span"] = Span(counter, r.begin, r.end);
    rj["from"] = r.from;
    rj["to"] = r.to;
    rj["rule"] = Name(r.rule);
    rj["confidence"] = std::round(r.confidence * 1000) / 1000;
    list.push_back(std::move(rj));
  }
  return list;
}

Json WarningsJson(const std::vector<Warning>& warnings) {
  Json list = Json::array();
  for (const Warning& w : warnings) {
    Json wj;
    wj["code"] = Name(w.code);
    wj["message"] = w.message;
    list.push_back(std::move(wj));
  }
  return list;
}

}  // namespace

Json ToJson(const Document& doc) {
  Json j;
  j["schema"] = kSchemaVersion;
  j["source"] = SourceJson(doc.source);
  j["document"] = HeaderJson(doc);
  j["text"] = doc.text;
  {
    utf8::CodePointCounter counter(doc.text);
    j["preamble"] = Span(counter, doc.preamble_begin, doc.preamble_end);
  }
  j["items"] = ItemsJson(doc);
  // Each cited document once, in order of first mention.
  j["citations"] = CitationsJson(doc);
  j["footnotes"] = FootnotesJson(doc.footnotes);
  j["repairs"] = RepairsJson(doc);
  j["warnings"] = WarningsJson(doc.warnings);
  return j;
}

std::string ToMsgpack(const Document& doc) {
  std::vector<uint8_t> bytes = Json::to_msgpack(ToJson(doc));
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace vbtask

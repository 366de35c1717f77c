// JSON → Document. Every value is checked before it is read, so a document
// of the wrong shape is an error value naming the place, never an
// exception. Fields the output derives (an item's text and parent id, the
// item a mention is in, an item's citation indices) are checked against
// what they refer to:
// a document that reads back is one ToJson writes again byte for byte.
#include <algorithm>
#include <unordered_map>

#include "pipeline/base/utf8.h"
#include "pipeline/model/json.h"
#include "pipeline/model/names.h"
#include "pipeline/model/serialized.h"

namespace vbtask {
namespace {

using Json = nlohmann::ordered_json;

// Reads the values of one document; the first problem is kept (the rest
// read as defaults) and reported by status().
class Reader {
 public:
  const Json& Field(const Json& object, const char* key, const std::string& where) {
    static const Json kNull;
    if (!object.is_object()) return Fail(where, "expected an object"), kNull;
    auto it = object.find(key);
    if (it == object.end()) return Fail(where, std::string("no key \"") + key + "\""), kNull;
    return *it;
  }

  std::string String(const Json& v, const std::string& where) {
    if (!v.is_string()) return Fail(where, "expected a string"), "";
    return v.get<std::string>();
  }
  // The output writes null for an absent value the model keeps empty.
  std::string StringOrNull(const Json& v, const std::string& where) {
    return v.is_null() ? "" : String(v, where);
  }
  int64_t Integer(const Json& v, const std::string& where) {
    if (!v.is_number_integer()) return Fail(where, "expected an integer"), 0;
    return v.get<int64_t>();
  }
  int64_t IntegerOrNull(const Json& v, const std::string& where) {
    return v.is_null() ? 0 : Integer(v, where);
  }
  double Number(const Json& v, const std::string& where) {
    if (!v.is_number()) return Fail(where, "expected a number"), 0;
    return v.get<double>();
  }
  const Json& Array(const Json& v, const std::string& where) {
    static const Json kEmpty = Json::array();
    if (!v.is_array()) return Fail(where, "expected an array"), kEmpty;
    return v;
  }
  std::vector<std::string> Strings(const Json& v, const std::string& where) {
    std::vector<std::string> out;
    const Json& list = Array(v, where);
    for (size_t i = 0; i < list.size(); ++i) {
      out.push_back(String(list[i], Index(where, i)));
    }
    return out;
  }
  template <typename E>
  E Enum(const Json& v, const std::string& where) {
    std::string name = String(v, where);
    if (!ok()) return E{};
    std::optional<E> value = ParseName<E>(name);
    if (!value) Fail(where, "\"" + name + "\" is not " + NameList<E>());
    return value.value_or(E{});
  }

  static std::string Index(const std::string& where, size_t i) {
    return where + "[" + std::to_string(i) + "]";
  }
  void Fail(const std::string& where, const std::string& problem) {
    if (error_.empty()) error_ = where + ": " + problem;
  }
  bool ok() const { return error_.empty(); }
  Status status() const {
    return ok() ? Status::Ok() : Status::InvalidInput(error_);
  }

 private:
  std::string error_;
};

// Code point offsets of the text → bytes.
class TextPositions {
 public:
  explicit TextPositions(const std::string& text) {
    for (size_t p = 0; p < text.size();) {
      byte_at_.push_back(p);
      utf8::Next(text, p);
    }
    byte_at_.push_back(text.size());
  }
  // A span {"start", "end"} in code points → [begin, end) bytes.
  void Read(Reader& r, const Json& span, const std::string& where, size_t* begin,
            size_t* end) const {
    int64_t start = r.Integer(r.Field(span, "start", where), where + ".start");
    int64_t stop = r.Integer(r.Field(span, "end", where), where + ".end");
    if (!r.ok()) return;
    if (start < 0 || stop < start) return r.Fail(where, "not a span");
    if (static_cast<size_t>(stop) >= byte_at_.size()) {
      return r.Fail(where + ".end", "past the end of the text");
    }
    *begin = byte_at_[start];
    *end = byte_at_[stop];
  }

 private:
  std::vector<size_t> byte_at_;  // of each code point, then the text's size
};

void ReadSource(Reader& r, const Json& j, SourceInfo* s) {
  const std::string at = "source";
  s->path = r.String(r.Field(j, "path", at), at + ".path");
  s->format = r.Enum<SourceFormat>(r.Field(j, "format", at), at + ".format");
  s->encoding = r.String(r.Field(j, "encoding", at), at + ".encoding");
  s->sha256 = r.String(r.Field(j, "sha256", at), at + ".sha256");
  s->pages = static_cast<int>(r.Integer(r.Field(j, "pages", at), at + ".pages"));
  if (!j.is_object() || !j.contains("ocr")) return;
  const Json& ocr = r.Array(j["ocr"], at + ".ocr");
  for (size_t i = 0; i < ocr.size(); ++i) {
    std::string where = Reader::Index(at + ".ocr", i);
    OcrConfidence o;
    o.page = static_cast<int>(r.Integer(r.Field(ocr[i], "page", where), where + ".page"));
    o.confidence = r.Number(r.Field(ocr[i], "confidence", where), where + ".confidence");
    s->ocr.push_back(o);
  }
}

std::vector<Agency> ReadAgencies(Reader& r, const Json& v, const std::string& at) {
  std::vector<Agency> out;
  const Json& list = r.Array(v, at);
  for (size_t i = 0; i < list.size(); ++i) {
    std::string where = Reader::Index(at, i);
    const Json& a = list[i];
    Agency agency;
    agency.text = r.String(r.Field(a, "text", where), where + ".text");
    agency.name = r.String(r.Field(a, "name", where), where + ".name");
    const Json& level = r.Field(a, "level", where);
    agency.level = level.is_null() ? AgencyLevel::kNone
                                   : r.Enum<AgencyLevel>(level, where + ".level");
    agency.kind = r.Enum<AgencyKind>(r.Field(a, "kind", where), where + ".kind");
    out.push_back(std::move(agency));
  }
  return out;
}

void ReadHeader(Reader& r, const Json& d, Document* doc) {
  const std::string at = "document";
  auto text = [&](const char* key) {
    return r.StringOrNull(r.Field(d, key, at), at + "." + key);
  };
  // The class was added to vbtask/2 later: output written before it has
  // none, and every document then was read as a directive.
  if (d.is_object() && d.contains("class")) {
    doc->document_class = r.Enum<DocumentClass>(d["class"], at + ".class");
    const std::string where = at + ".class_evidence";
    const Json& evidence = r.Array(r.Field(d, "class_evidence", at), where);
    for (size_t i = 0; i < evidence.size(); ++i) {
      doc->class_evidence.push_back(
          r.Enum<ClassEvidence>(evidence[i], Reader::Index(where, i)));
    }
  }
  Header& h = doc->header;
  h.type = text("type");
  h.type_code = text("type_code");
  h.number = text("number");
  if (const Json& parts = r.Field(d, "number_parts", at); !parts.is_null()) {
    const std::string where = at + ".number_parts";
    NumberParts p;
    p.seq = r.String(r.Field(parts, "seq", where), where + ".seq");
    p.type_code = r.StringOrNull(r.Field(parts, "type_code", where), where + ".type_code");
    p.issuer_code =
        r.StringOrNull(r.Field(parts, "issuer_code", where), where + ".issuer_code");
    p.year = r.StringOrNull(r.Field(parts, "year", where), where + ".year");
    doc->number_parts = std::move(p);
  }
  doc->key = text("key");
  h.date = text("date");
  h.place = text("place");
  h.issuer = text("issuer");
  h.parent_org = text("parent_org");
  h.subject = text("subject");
  h.recipients = r.Strings(r.Field(d, "recipients", at), at + ".recipients");
  doc->addressees = ReadAgencies(r, r.Field(d, "addressees", at), at + ".addressees");
  doc->campaigns = r.Strings(r.Field(d, "campaigns", at), at + ".campaigns");
  doc->distribution = r.Strings(r.Field(d, "distribution", at), at + ".distribution");
  const Json& signer = r.Field(d, "signer", at);
  const std::string s = at + ".signer";
  doc->signer.name = r.StringOrNull(r.Field(signer, "name", s), s + ".name");
  doc->signer.authority = r.StringOrNull(r.Field(signer, "authority", s), s + ".authority");
  doc->signer.position = r.StringOrNull(r.Field(signer, "position", s), s + ".position");
  h.mottos = r.Strings(r.Field(d, "mottos", at), at + ".mottos");
  doc->attachment_types = r.Strings(r.Field(d, "attachments", at), at + ".attachments");
}

// Read after the items, so that a mention's item id can be resolved.
Citation ReadCitation(Reader& r, const Json& c, const std::string& at,
                      const TextPositions& positions,
                      const std::unordered_map<std::string, int>& index_of_id) {
  auto text = [&](const Json& object, const char* key, const std::string& where) {
    return r.StringOrNull(r.Field(object, key, where), where + "." + key);
  };
  Citation cit;
  cit.type = text(c, "type", at);
  cit.number = text(c, "number", at);
  cit.name = text(c, "name", at);
  cit.date = text(c, "date", at);
  cit.issuer = text(c, "issuer", at);
  cit.key = r.String(r.Field(c, "key", at), at + ".key");
  cit.relation = r.Enum<CitationRelation>(r.Field(c, "relation", at), at + ".relation");
  const Json& mentions = r.Array(r.Field(c, "mentions", at), at + ".mentions");
  if (r.ok() && mentions.empty()) r.Fail(at + ".mentions", "a citation has a mention");
  for (size_t k = 0; k < mentions.size() && r.ok(); ++k) {
    const std::string where = Reader::Index(at + ".mentions", k);
    const Json& mj = mentions[k];
    CitationMention m;
    m.text = r.String(r.Field(mj, "text", where), where + ".text");
    m.footnote = text(mj, "footnote", where);
    const Json& span = r.Field(mj, "span", where);
    if (m.footnote.empty() || !span.is_null()) {
      positions.Read(r, span, where + ".span", &m.begin, &m.end);
    }
    const Json& item = r.Field(mj, "item", where);
    if (!item.is_null()) {
      auto found = index_of_id.find(r.String(item, where + ".item"));
      if (found == index_of_id.end()) r.Fail(where + ".item", "no item has this id");
      else m.item = found->second;
    }
    cit.mentions.push_back(std::move(m));
  }
  return cit;
}

TimeExpression ReadTime(Reader& r, const Json& t, const std::string& at) {
  TimeExpression time;
  time.text = r.String(r.Field(t, "text", at), at + ".text");
  time.kind = r.Enum<TimeKind>(r.Field(t, "kind", at), at + ".kind");
  const Json& value = r.Field(t, "value", at);
  if (value.is_object() && time.kind == TimeKind::kPeriod) {
    const std::string where = at + ".value";
    time.from_year = static_cast<int>(
        r.IntegerOrNull(r.Field(value, "from", where), where + ".from"));
    time.to_year =
        static_cast<int>(r.IntegerOrNull(r.Field(value, "to", where), where + ".to"));
  } else {
    time.value = r.StringOrNull(value, at + ".value");
  }
  return time;
}

// Items refer to their parent by id, and to the document's citations (of
// which there are `citations`) by index.
void ReadItems(Reader& r, const Json& list, size_t citations,
               const TextPositions& positions, Document* doc,
               std::unordered_map<std::string, int>* ids) {
  std::unordered_map<std::string, int>& index_of_id = *ids;
  for (size_t i = 0; i < list.size() && r.ok(); ++i) {
    const std::string at = Reader::Index("items", i);
    const Json& j = list[i];
    Item it;
    it.id = r.String(r.Field(j, "id", at), at + ".id");
    it.path = r.Strings(r.Field(j, "path", at), at + ".path");
    it.label = r.String(r.Field(j, "label", at), at + ".label");
    it.kind = r.Enum<ItemKind>(r.Field(j, "kind", at), at + ".kind");
    const Json& parent = r.Field(j, "parent", at);
    if (!parent.is_null()) {
      auto found = index_of_id.find(r.String(parent, at + ".parent"));
      if (found == index_of_id.end()) r.Fail(at + ".parent", "no earlier item has this id");
      else it.parent = found->second;
    }
    positions.Read(r, r.Field(j, "span", at), at + ".span", &it.begin, &it.end);
    std::string text = r.String(r.Field(j, "text", at), at + ".text");
    if (r.ok() && text != doc->text.substr(it.begin, it.end - it.begin)) {
      r.Fail(at + ".text", "differs from the document's text at its span");
    }
    it.page = static_cast<int>(r.Integer(r.Field(j, "page", at), at + ".page"));
    it.facts.lead = ReadAgencies(r, r.Field(j, "lead", at), at + ".lead");
    it.facts.cooperate = ReadAgencies(r, r.Field(j, "cooperate", at), at + ".cooperate");
    const Json& times = r.Array(r.Field(j, "time", at), at + ".time");
    for (size_t k = 0; k < times.size(); ++k) {
      it.facts.time.push_back(ReadTime(r, times[k], Reader::Index(at + ".time", k)));
    }
    const Json& cites = r.Array(r.Field(j, "citations", at), at + ".citations");
    for (size_t k = 0; k < cites.size(); ++k) {
      const std::string where = Reader::Index(at + ".citations", k);
      int64_t index = r.Integer(cites[k], where);
      if (r.ok() && (index < 0 || static_cast<size_t>(index) >= citations)) {
        r.Fail(where, "not an index into the document's citations");
      }
      it.facts.citations.push_back(static_cast<int>(index));
    }
    index_of_id.emplace(it.id, static_cast<int>(i));
    doc->items.push_back(std::move(it));
  }
}

void ReadRest(Reader& r, const Json& j, const TextPositions& positions, Document* doc) {
  const Json& notes = r.Array(r.Field(j, "footnotes", ""), "footnotes");
  for (size_t i = 0; i < notes.size(); ++i) {
    const std::string at = Reader::Index("footnotes", i);
    Footnote f;
    f.marker = r.String(r.Field(notes[i], "marker", at), at + ".marker");
    f.text = r.String(r.Field(notes[i], "text", at), at + ".text");
    f.page = static_cast<int>(r.Integer(r.Field(notes[i], "page", at), at + ".page"));
    doc->footnotes.push_back(std::move(f));
  }
  const Json& repairs = r.Array(r.Field(j, "repairs", ""), "repairs");
  for (size_t i = 0; i < repairs.size(); ++i) {
    const std::string at = Reader::Index("repairs", i);
    const Json& rj = repairs[i];
    Repair rep;
    positions.Read(r, r.Field(rj, "span", at), at + ".span", &rep.begin, &rep.end);
    rep.from = r.String(r.Field(rj, "from", at), at + ".from");
    rep.to = r.String(r.Field(rj, "to", at), at + ".to");
    rep.rule = r.Enum<RepairRule>(r.Field(rj, "rule", at), at + ".rule");
    rep.confidence = r.Number(r.Field(rj, "confidence", at), at + ".confidence");
    doc->repairs.push_back(std::move(rep));
  }
  const Json& warnings = r.Array(r.Field(j, "warnings", ""), "warnings");
  for (size_t i = 0; i < warnings.size(); ++i) {
    const std::string at = Reader::Index("warnings", i);
    Warning w;
    w.code = r.Enum<WarningCode>(r.Field(warnings[i], "code", at), at + ".code");
    w.message = r.String(r.Field(warnings[i], "message", at), at + ".message");
    doc->warnings.push_back(std::move(w));
  }
}

}  // namespace

Result<Document> FromJson(const Json& j) {
  Reader r;
  if (!j.is_object()) return Status::InvalidInput("a document must be a JSON object");
  std::string schema = r.String(r.Field(j, "schema", ""), "schema");
  if (r.ok() && schema != kSchemaVersion) {
    r.Fail("schema", "\"" + schema + "\" is not " + kSchemaVersion);
  }
  Document doc;
  ReadSource(r, r.Field(j, "source", ""), &doc.source);
  ReadHeader(r, r.Field(j, "document", ""), &doc);
  doc.text = r.String(r.Field(j, "text", ""), "text");
  if (!r.ok()) return r.status();
  if (size_t bad = 0; !utf8::IsValid(doc.text, &bad)) {
    return Status::InvalidInput("text: not valid UTF-8 at byte " + std::to_string(bad));
  }
  const TextPositions positions(doc.text);
  positions.Read(r, r.Field(j, "preamble", ""), "preamble", &doc.preamble_begin,
                 &doc.preamble_end);
  const Json& citations = r.Array(r.Field(j, "citations", ""), "citations");
  std::unordered_map<std::string, int> index_of_id;
  ReadItems(r, r.Array(r.Field(j, "items", ""), "items"), citations.size(), positions,
            &doc, &index_of_id);
  for (size_t i = 0; i < citations.size() && r.ok(); ++i) {
    doc.citations.push_back(ReadCitation(r, citations[i], Reader::Index("citations", i),
                                         positions, index_of_id));
  }
  ReadRest(r, j, positions, &doc);
  if (!r.ok()) return r.status();
  return doc;
}

Result<Document> ParseDocumentJson(std::string_view json_text) {
  Json j;
  try {
    j = Json::parse(json_text);
  } catch (const Json::exception& e) {
    return Status::InvalidInput(std::string("malformed JSON: ") + e.what());
  }
  return FromJson(j);
}

Result<Document> FromMsgpack(std::string_view bytes) {
  Json j = Json::from_msgpack(bytes, /*strict=*/true, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidInput("malformed MessagePack");
  return FromJson(j);
}

}  // namespace vbtask

// The rows a document becomes, and the migrations of a schema file: what
// both engines share.
#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "pipeline/base/utf8.h"
#include "pipeline/model/names.h"
#include "pipeline/normalize/plain_letters.h"
#include "pipeline/store/store_internal.h"
#include "pipeline/store/store_schema.h"

namespace vbtask {
namespace store_internal {
namespace {

constexpr const char* kMigrationMark = "-- migration ";

// Byte offsets of a text → code points, in any order.
class CodePoints {
 public:
  explicit CodePoints(const std::string& text) : at_(text.size() + 1, 0) {
    size_t cp = 0;
    for (size_t p = 0; p < text.size();) {
      size_t start = p;
      utf8::Next(text, p);
      for (size_t b = start; b < p && b < at_.size(); ++b) at_[b] = cp;
      ++cp;
    }
    at_[text.size()] = cp;
  }
  Value operator()(size_t byte) const {
    return std::to_string(at_[byte < at_.size() ? byte : at_.size() - 1]);
  }

 private:
  std::vector<size_t> at_;
};

Value Text(std::string_view v) { return v.empty() ? Value() : Value(std::string(v)); }
Value Always(std::string_view v) { return std::string(v); }
Value Int(long long v) { return std::to_string(v); }
Value IntOrNull(long long v, bool null) { return null ? Value() : Int(v); }
Value Name(auto value) { return std::string(NameOf(value)); }

// The document's text less its items' own texts (the header, preamble,
// closing, and headings' gaps): each piece of the text is indexed once,
// as the document's or as an item's, which halves what loading writes.
std::string TextOutsideItems(const Document& d) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const Item& it : d.items) spans.emplace_back(it.begin, std::max(it.begin, it.end));
  std::sort(spans.begin(), spans.end());
  std::string out;
  size_t at = 0;
  for (const auto& [begin, end] : spans) {
    if (begin > at && begin <= d.text.size()) out.append(d.text, at, begin - at).push_back('\n');
    at = std::max(at, std::min(end, d.text.size()));
  }
  if (at < d.text.size()) out.append(d.text, at, std::string::npos);
  return out;
}

}  // namespace

DocumentRows RowsOf(const Document& d, const std::string& pipeline_version) {
  DocumentRows out;
  const Header& h = d.header;
  std::string evidence;
  for (ClassEvidence e : d.class_evidence) {
    evidence += (evidence.empty() ? "" : ",") + std::string(NameOf(e));
  }
  const int year = h.date.size() >= 4 ? std::atoi(h.date.substr(0, 4).c_str()) : 0;
  out.document = {"documents",
                  {"sha256", "path", "format", "encoding", "pages", "pipeline_version",
                   "class", "class_evidence", "type", "type_code", "number", "key",
                   "date", "year", "place", "issuer", "parent_org", "subject",
                   "signer_name", "signer_position", "signer_authority", "text"},
                  {{Always(d.source.sha256), Always(d.source.path), Name(d.source.format),
                    Always(d.source.encoding), Int(d.source.pages), Always(pipeline_version),
                    Name(d.document_class), Always(evidence), Text(h.type),
                    Text(h.type_code), Text(h.number), Text(d.key), Text(h.date),
                    IntOrNull(year, year == 0), Text(h.place), Text(h.issuer),
                    Text(h.parent_org), Text(h.subject), Text(d.signer.name),
                    Text(d.signer.position), Text(d.signer.authority), Always(d.text)}}};
  const CodePoints cp(d.text);
  Table items{"items",
              {"item_index", "item_id", "label", "kind", "parent", "text", "start", "end",
               "page"},
              {}};
  Table agencies{"agencies", {"item_index", "role", "text", "name", "level", "kind"}, {}};
  Table times{"times", {"item_index", "text", "kind", "value", "from_year", "to_year"}, {}};
  auto agency = [&](int item, const char* role, const Agency& a) {
    agencies.rows.push_back({IntOrNull(item, item < 0), Always(role), Always(a.text),
                             Always(a.name),
                             a.level == AgencyLevel::kNone ? Value() : Name(a.level),
                             Name(a.kind)});
  };
  for (const Agency& a : d.addressees) agency(-1, "addressee", a);
  out.search.push_back({-1, TextOutsideItems(d)});
  for (size_t i = 0; i < d.items.size(); ++i) {
    const Item& it = d.items[i];
    const int index = static_cast<int>(i);
    const size_t begin = std::min(it.begin, d.text.size());
    std::string text = d.text.substr(begin, it.end > begin ? it.end - begin : 0);
    items.rows.push_back({Int(index), Always(it.id), Always(it.label), Name(it.kind),
                          IntOrNull(it.parent, it.parent < 0), Always(text), cp(it.begin),
                          cp(it.end), Int(it.page)});
    out.search.push_back({index, std::move(text)});
    for (const Agency& a : it.facts.lead) agency(index, "lead", a);
    for (const Agency& a : it.facts.cooperate) agency(index, "cooperate", a);
    for (const TimeExpression& t : it.facts.time) {
      const bool period = t.kind == TimeKind::kPeriod;
      times.rows.push_back({Int(index), Always(t.text), Name(t.kind), Text(t.value),
                            IntOrNull(t.from_year, !period || t.from_year == 0),
                            IntOrNull(t.to_year, !period || t.to_year == 0)});
    }
  }
  Table citations{"citations",
                  {"citation_index", "type", "number", "name", "key", "date", "issuer",
                   "relation"},
                  {}};
  Table mentions{"citation_mentions",
                 {"citation_index", "item_index", "footnote", "text", "start", "end"},
                 {}};
  for (size_t c = 0; c < d.citations.size(); ++c) {
    const Citation& ct = d.citations[c];
    citations.rows.push_back({Int(c), Text(ct.type), Text(ct.number), Text(ct.name),
                              Text(ct.key), Text(ct.date), Text(ct.issuer),
                              Name(ct.relation)});
    for (const CitationMention& m : ct.mentions) {
      const bool in_footnote = !m.footnote.empty();
      mentions.rows.push_back({Int(c), IntOrNull(m.item, m.item < 0), Text(m.footnote),
                               Always(m.text), in_footnote ? Value() : cp(m.begin),
                               in_footnote ? Value() : cp(m.end)});
    }
  }
  Table repairs{"repairs", {"start", "end", "from_text", "to_text", "rule", "confidence"}, {}};
  for (const Repair& r : d.repairs) {
    repairs.rows.push_back({cp(r.begin), cp(r.end), Always(r.from), Always(r.to),
                            Name(r.rule), std::to_string(r.confidence)});
  }
  Table warnings{"warnings", {"code", "message"}, {}};
  for (const Warning& w : d.warnings) {
    warnings.rows.push_back({Name(w.code), Always(w.message)});
  }
  out.children = {std::move(items),    std::move(agencies), std::move(times),
                  std::move(citations), std::move(mentions), std::move(repairs),
                  std::move(warnings)};
  return out;
}

std::string InsertSql(const Table& table, bool document_id, char placeholder) {
  std::string columns = document_id ? "document_id" : "";
  std::string values = document_id ? std::string(1, placeholder) + "1" : "";
  int n = document_id ? 1 : 0;
  for (const std::string& c : table.columns) {
    // "end" is a keyword in PostgreSQL: every column name is quoted.
    columns += (n ? ", \"" : "\"") + c + "\"";
    values += (n ? ", " : "") + std::string(1, placeholder) + std::to_string(n + 1);
    ++n;
  }
  return "INSERT INTO " + table.name + " (" + columns + ") VALUES (" + values + ")";
}

std::vector<Migration> Migrations(const char* schema_sql) {
  std::vector<Migration> out;
  std::string_view all = schema_sql;
  size_t at = all.find(kMigrationMark);
  while (at != std::string_view::npos) {
    size_t number = at + std::strlen(kMigrationMark);
    size_t next = all.find(kMigrationMark, number);
    std::string_view body = all.substr(
        number, next == std::string_view::npos ? std::string_view::npos : next - number);
    out.push_back({std::atoi(std::string(body.substr(0, body.find('\n'))).c_str()),
                   std::string(body.substr(body.find('\n') + 1))});
    at = next;
  }
  return out;
}

std::string FoldAllForSearch(std::string_view text) { return PlainLowercase(text); }

}  // namespace store_internal

int StoreSchemaVersion() {
  auto migrations = store_internal::Migrations(kStoreSchemaSql);
  return migrations.empty() ? 0 : migrations.back().version;
}

std::string FoldForSearch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    // đ U+0111 = C4 91, Đ U+0110 = C4 90.
    const unsigned char next = i + 1 < text.size() ? text[i + 1] : 0;
    if (static_cast<unsigned char>(text[i]) == 0xC4 && (next == 0x91 || next == 0x90)) {
      out.push_back(next == 0x91 ? 'd' : 'D');
      ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

bool IsPostgresUrl(const std::string& db) {
  return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path_or_url) {
  if (IsPostgresUrl(path_or_url)) {
    return store_internal::OpenPostgres(path_or_url);
  }
  return store_internal::OpenSqlite(path_or_url);
}

StoreLoader::StoreLoader(Store* store, std::string pipeline_version, size_t chunk)
    : store_(store), pipeline_version_(std::move(pipeline_version)), chunk_(chunk) {}

void StoreLoader::Add(const Document& doc) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!error_.ok()) return;
  if (pending_ == 0) error_ = store_->Begin();
  if (error_.ok()) error_ = store_->Put(doc, pipeline_version_);
  if (!error_.ok()) return;
  ++loaded_;
  if (++pending_ == chunk_) {
    pending_ = 0;
    error_ = store_->Commit();
  }
}

Status StoreLoader::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!error_.ok()) return error_;
  pending_ = 0;
  return store_->Commit();
}

}  // namespace vbtask

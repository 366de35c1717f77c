// The document model: what the pipeline knows about one input, in the types
// every stage shares and none owns. Stages fill it in turn (ingest the
// source, reconstruct the text and footnotes, repair, segment the header and
// items, extract each item's facts); model/json.h writes it as the output
// contract "vbtask/2" (schema/vbtask-2.schema.json) and reads it back.
//
// Positions are bytes in `Document::text`, as the stages use them; the JSON
// form counts code points. A value set that is closed is an enum class
// (names in model/names.h).
#ifndef VBTASK_MODEL_DOCUMENT_H_
#define VBTASK_MODEL_DOCUMENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vbtask {

inline constexpr const char* kSchemaVersion = "vbtask/2";

// How the text was obtained.
enum class SourceFormat {
  kText,   // a text file, in any encoding decode knows
  kPdf,    // a PDF's text layer (some pages may be OCR'd)
  kScan,   // a PDF whose every page was OCR'd
  kImage,  // an image, OCR'd
  kDocx,   // word-processor formats
  kOdt,
  kDoc,
};

// An input as read, before anything is made of it.
struct SourceFile {
  std::string path;   // as given by the user; used in messages and output
  std::string bytes;  // the whole file
};

struct OcrConfidence {
  int page = 1;
  double confidence = 0;  // Tesseract's mean word confidence, 0-100
};

struct SourceInfo {
  std::string path;  // as given by the user
  SourceFormat format = SourceFormat::kText;
  std::string encoding;
  std::string sha256;
  // Of a PDF or an image; 0 for text until its form feeds are counted.
  int pages = 0;
  std::vector<OcrConfidence> ocr;  // the OCR'd pages
};

// The header block as printed (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW).
struct Header {
  std::string type;       // canonical name: "Chỉ thị"; empty when unknown
  std::string type_code;  // "CT"
  std::string number;     // "134-CV/ThU"
  std::string date;       // ISO yyyy-mm-dd; empty when absent or invalid
  std::string place;
  std::string issuer;
  std::string parent_org;
  std::string subject;
  std::vector<std::string> mottos;
  std::vector<std::string> recipients;
};

struct Signer {
  std::string name, authority, position;  // empty when absent
};

// The parts of a document number: "134-CV/ThU" (Party) or
// "12/2024/QĐ-UBND" (state); "215/SGTVT-QLVT" has no type code.
struct NumberParts {
  std::string seq, type_code, issuer_code, year;
};

enum class AgencyLevel { kNone, kTrungUong, kTinh, kHuyen, kXa, kCoQuan };
enum class AgencyKind { kParty, kState, kFront, kOther };

struct Agency {
  std::string text;  // as printed
  std::string name;  // canonical spelling, abbreviations expanded
  AgencyLevel level = AgencyLevel::kNone;
  AgencyKind kind = AgencyKind::kOther;
};

enum class TimeKind { kDate, kDeadline, kFrequency, kPeriod, kOccasion };

struct TimeExpression {
  std::string text;  // as printed
  TimeKind kind = TimeKind::kDate;
  // date/deadline: ISO date, "--12-10" without year, "2024-Q3";
  // frequency: a code; occasion: "--10-15" when it names a day.
  std::string value;
  // period: the years it spans; 0 where open ("đến năm 2025").
  int from_year = 0, to_year = 0;
};

// How the citing document stands to a document it cites, read from the
// sentence that cites it (cue phrases in rules/extract/citation_relations.tsv).
enum class CitationRelation {
  kBasedOn,     // "Căn cứ …"
  kImplements,  // "Thực hiện …", "triển khai …", "quán triệt …"
  kAmends,      // "sửa đổi, bổ sung …"
  kReplaces,    // "thay thế …", "bãi bỏ …"
  kReportsOn,   // "báo cáo kết quả … thực hiện …"
  kMentions,    // none of these
};

// One place a cited document is printed.
struct CitationMention {
  std::string text;  // as printed
  // Bytes in the text; for a mention in a footnote, both are the position
  // of the footnote's marker in the body (the output does not carry it:
  // read back from JSON, they are 0).
  size_t begin = 0, end = 0;
  std::string footnote;  // the marker of the footnote it is printed in
  int item = -1;         // index into Document::items of the item it is in
};

// A cited document, once however often it is cited: analysts count
// documents, not mentions. Mentions are the same document when their keys
// are equal; the first mention that gives a date, issuer or type gives it
// (a later mention often omits the date).
struct Citation {
  std::string type;    // "Quyết định"
  std::string number;  // "290-QĐ/TW"; empty for a named document
  std::string name;    // "Nghị quyết Đại hội XIII", for a document without number
  std::string key;     // for linking: "290-QD/TW@2013", "nghi-quyet-dai-hoi-xiii"
  std::string date;    // ISO, or empty
  std::string issuer;  // "Bộ Chính trị", or empty
  // Of the first mention whose sentence gives one.
  CitationRelation relation = CitationRelation::kMentions;
  std::vector<CitationMention> mentions;  // in text order, at least one
};

struct Footnote {
  std::string marker;  // "1"
  std::string text;
  int page = 1;
};

enum class ItemKind { kSection, kTask, kBullet };

// A cell of a task-table row and the role of its column ("lead", "time" …).
struct TableCell {
  std::string role;
  size_t begin = 0, end = 0;  // bytes in the text
};

// What extract finds in an item.
struct ItemFacts {
  std::vector<Agency> lead, cooperate;
  std::vector<TimeExpression> time;
  std::vector<int> citations;  // indices into Document::citations, distinct
};

struct Item {
  std::string id;                 // "II.1.-2"
  std::vector<std::string> path;  // {"II", "1", "-2"}
  std::string label;              // as printed: "1.", "a)", "-", "Điều 5."
  ItemKind kind = ItemKind::kTask;
  int parent = -1;                // index into the document's items
  size_t begin = 0, end = 0;      // own text, bytes in the text
  int page = 1;
  ItemFacts facts;
  // Working state of segment and extract, not in the output: read back
  // from JSON they are 0 and empty.
  int attachment = 0;             // 0 = the document itself, n = PLn
  std::vector<TableCell> cells;   // set for the rows of a task table
};

enum class RepairRule {
  kDroppedGlyph,
  kDiacritic,
  kLetterConfusion,
  kNumber,
  kSplitSyllable,
  kStrayMark,
  kCase,
};

struct Repair {
  size_t begin = 0, end = 0;  // bytes of the new text in the repaired text
  std::string from, to;       // as printed, and as repaired
  RepairRule rule = RepairRule::kDiacritic;
  double confidence = 0;      // 0..1
  // Bytes of `from` in the text before repair; not in the output.
  size_t input_begin = 0, input_end = 0;
};

enum class WarningCode {
  kMissingElement,
  kTypeInferred,
  kInvalidDate,
  kNoItems,
  kTypeCodeMismatch,
  kDateBeforeCitation,
  kLabelInferred,
  kLowOcrConfidence,
  kTrackedChanges,  // a Word file's tracked changes, read as accepted
  kRepairSkipped,   // typed text without signs of damage is not repaired
  kNotOfficialDocument,  // an article, a page or a form: see DocumentClass
};

// What an input is. Archive dumps mix official documents with articles,
// Q&A pages and forms that discuss one; only an official document has
// items, a type and citation relations worth loading (classify/classify.h).
enum class DocumentClass {
  kDirective,  // an official document that gives tasks: chỉ thị, kế hoạch, công văn …
  kNormative,  // a legal normative document: luật, nghị định, thông tư, a numbered-by-year quyết định …
  kOther,      // an article, a web page, a form
};

// A header element an official document prints, found in the input: the
// evidence the class is decided on.
enum class ClassEvidence {
  kMotto,         // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"
  kIssuer,        // the issuing body's name in capitals
  kNumber,        // "Số: 28-CT/TU"
  kDate,          // "…, ngày 10 tháng 10 năm 2025", a real date
  kType,          // the type name printed in the header (not inferred)
  kRecipients,    // "Kính gửi: …"
  kSignature,     // the signer's authority, position or name
  kDistribution,  // "Nơi nhận: …"
};

struct Warning {
  WarningCode code;
  std::string message;
};

struct Document {
  SourceInfo source;
  DocumentClass document_class = DocumentClass::kDirective;
  std::vector<ClassEvidence> class_evidence;  // in the enum's order
  Header header;
  std::optional<NumberParts> number_parts;  // when the number could be parsed
  std::string key;                          // the document's own citation key
  std::vector<Agency> addressees;           // "Kính gửi" and "… yêu cầu X …"
  std::vector<std::string> campaigns;       // “Dân vận khéo”
  std::vector<std::string> distribution;    // "Nơi nhận" entries
  Signer signer;
  std::vector<std::string> attachment_types;  // "Quy chế" for PL1 …
  std::string text;  // reconstructed and repaired: paragraphs, '\n' between
  size_t preamble_begin = 0, preamble_end = 0;  // bytes in the text
  std::vector<Item> items;
  std::vector<Citation> citations;  // distinct, in order of first mention
  std::vector<Footnote> footnotes;
  std::vector<Repair> repairs;      // in text order
  std::vector<Warning> warnings;
};

}  // namespace vbtask

#endif  // VBTASK_MODEL_DOCUMENT_H_

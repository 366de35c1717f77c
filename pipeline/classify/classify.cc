#include "pipeline/classify/classify.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "pipeline/model/names.h"
#include "pipeline/normalize/plain_letters.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

// Base letters only, in lowercase: "CHỈ THỊ", "Chỉ thị" and the OCR's
// "CHI THI" are all "chithi".
std::string LowerLetters(std::string_view text) {
  std::string out;
  for (char c : PlainLowercase(text)) {
    // Vietnamese letters fold to ASCII; other bytes (spaces, punctuation,
    // other scripts) are dropped.
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
  }
  return out;
}

// Whether the type name stands on a line of its own before the body: a
// type implied by a "V/v" or "Về việc" line is not printed (a form has
// "Về việc …" under its title too).
bool TypePrinted(const Document& doc) {
  const std::string type = LowerLetters(doc.header.type);
  const size_t body = doc.preamble_begin > 0 ? doc.preamble_begin : doc.text.size();
  std::string_view head = std::string_view(doc.text).substr(0, body);
  for (size_t at = 0; at < head.size();) {
    size_t end = std::min(head.find('\n', at), head.size());
    std::string_view line = head.substr(at, end - at);
    if (line.size() <= 3 * type.size() + 16 && LowerLetters(line) == type) return true;
    at = end + 1;
  }
  return false;
}

// A signature block names its authority or position ("TM. BAN THƯỜNG VỤ",
// "PHÓ BÍ THƯ") or a person, whose name is printed in title case; a line in
// capitals alone is a caption ("NGƯỜI LÀM ĐƠN").
bool SignaturePrinted(const Signer& s) {
  if (!s.authority.empty() || !s.position.empty()) return true;
  icu::UnicodeString name = icu::UnicodeString::fromUTF8(s.name);
  for (int32_t i = 0; i < name.length();) {
    UChar32 c = name.char32At(i);
    if (u_islower(c)) return true;
    i += U16_LENGTH(c);
  }
  return false;
}

bool Has(const std::vector<ClassEvidence>& evidence, ClassEvidence e) {
  return std::find(evidence.begin(), evidence.end(), e) != evidence.end();
}

bool IsOfficial(const std::vector<ClassEvidence>& e) {
  using E = ClassEvidence;
  if (Has(e, E::kNumber) || Has(e, E::kDate) || Has(e, E::kType) ||
      Has(e, E::kDistribution)) {
    return true;
  }
  return Has(e, E::kSignature) && (Has(e, E::kMotto) || Has(e, E::kIssuer) ||
                                   Has(e, E::kRecipients));
}

DocumentClass OfficialClass(const ClassifyRules& rules, const Document& doc) {
  std::string type = doc.header.type;
  if (type.empty() && doc.number_parts) {
    auto it = rules.type_of_code.find(doc.number_parts->type_code);
    if (it != rules.type_of_code.end()) type = it->second;
  }
  auto rule = rules.by_type.find(type);
  if (rule == rules.by_type.end()) return DocumentClass::kDirective;
  if (rule->second == ClassifyRules::TypeRule::kNormative) return DocumentClass::kNormative;
  bool year_numbered = doc.number_parts && !doc.number_parts->year.empty();
  return year_numbered ? DocumentClass::kNormative : DocumentClass::kDirective;
}

// Warnings about the structure of an official document mean nothing for
// a page that is not one.
bool AboutOfficialStructure(WarningCode code) {
  switch (code) {
    case WarningCode::kMissingElement:
    case WarningCode::kTypeInferred:
    case WarningCode::kNoItems:
    case WarningCode::kTypeCodeMismatch:
    case WarningCode::kDateBeforeCitation:
    case WarningCode::kLabelInferred:
      return true;
    default:
      return false;
  }
}

std::string NotOfficialMessage(const std::vector<ClassEvidence>& evidence) {
  std::string found;
  for (ClassEvidence e : evidence) {
    found += (found.empty() ? "" : ", ") + std::string(NameOf(e));
  }
  return "not an official document: " +
         (found.empty() ? std::string("no header element found")
                        : "found only " + found) +
         " (an official document prints a number, a place and date, its type "
         "name, a 'Nơi nhận' list, or a signature with its header); items, type and "
         "citation relations are not read";
}

void StripToPlainText(Document* doc) {
  doc->header.type.clear();
  doc->header.type_code.clear();
  doc->key.clear();
  doc->number_parts.reset();
  doc->addressees.clear();
  doc->attachment_types.clear();
  doc->items.clear();
  doc->preamble_begin = doc->preamble_end = 0;
  for (Citation& c : doc->citations) {
    c.relation = CitationRelation::kMentions;
    for (CitationMention& m : c.mentions) m.item = -1;
  }
  std::erase_if(doc->warnings,
                [](const Warning& w) { return AboutOfficialStructure(w.code); });
}

}  // namespace

Result<ClassifyRules> ClassifyRules::Load(const std::string& dir,
                                          const LineClassifier& types) {
  auto file = ReadRuleFile(dir, "document/classes.tsv", 2, 2);
  if (!file.ok()) return file.status();
  ClassifyRules rules;
  for (const DocumentType& t : types.types()) rules.type_of_code.emplace(t.code, t.name);
  for (const RuleEntry& e : file->entries) {
    const std::string& name = e.fields[0];
    bool known = std::any_of(types.types().begin(), types.types().end(),
                             [&](const DocumentType& t) { return t.name == name; });
    if (!known) return file->Error(e, "'" + name + "' is not in document/types.tsv");
    if (e.fields[1] == "normative") {
      rules.by_type[name] = TypeRule::kNormative;
    } else if (e.fields[1] == "year_numbered") {
      rules.by_type[name] = TypeRule::kYearNumbered;
    } else {
      return file->Error(e, "second field must be normative or year_numbered");
    }
  }
  return rules;
}

std::vector<ClassEvidence> FindClassEvidence(const Document& doc) {
  const Header& h = doc.header;
  const bool type_inferred =
      std::any_of(doc.warnings.begin(), doc.warnings.end(), [](const Warning& w) {
        return w.code == WarningCode::kTypeInferred;
      });
  const Signer& s = doc.signer;
  std::vector<ClassEvidence> found;
  auto add = [&](bool present, ClassEvidence e) {
    if (present) found.push_back(e);
  };
  add(!h.mottos.empty(), ClassEvidence::kMotto);
  add(!h.issuer.empty(), ClassEvidence::kIssuer);
  add(!h.number.empty(), ClassEvidence::kNumber);
  add(!h.date.empty(), ClassEvidence::kDate);
  add(!h.type.empty() && !type_inferred && TypePrinted(doc), ClassEvidence::kType);
  add(!h.recipients.empty(), ClassEvidence::kRecipients);
  add(SignaturePrinted(s), ClassEvidence::kSignature);
  add(!doc.distribution.empty(), ClassEvidence::kDistribution);
  return found;
}

void Classify(const ClassifyRules& rules, Document* doc) {
  doc->class_evidence = FindClassEvidence(*doc);
  if (IsOfficial(doc->class_evidence)) {
    doc->document_class = OfficialClass(rules, *doc);
    return;
  }
  doc->document_class = DocumentClass::kOther;
  if (rules.strip_other) StripToPlainText(doc);
  doc->warnings.push_back(
      {WarningCode::kNotOfficialDocument, NotOfficialMessage(doc->class_evidence)});
}

}  // namespace vbtask

// The names of the model's enums, as the output contract and the rules/
// files spell them: NameOf(AgencyLevel::kTinh) is "tinh",
// ParseName<AgencyLevel>("tinh") is AgencyLevel::kTinh, and a name outside
// the set is std::nullopt, so that every reader can reject it with its
// own context.
#ifndef VBTASK_MODEL_NAMES_H_
#define VBTASK_MODEL_NAMES_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "pipeline/model/document.h"

namespace vbtask {

// One table per enum, every value once.
template <typename E>
struct EnumNames;

template <>
struct EnumNames<SourceFormat> {
  static constexpr std::pair<SourceFormat, std::string_view> kTable[] = {
      {SourceFormat::kText, "text"}, {SourceFormat::kPdf, "pdf"},
      {SourceFormat::kScan, "scan"}, {SourceFormat::kImage, "image"},
      {SourceFormat::kDocx, "docx"}, {SourceFormat::kOdt, "odt"},
      {SourceFormat::kDoc, "doc"}};
};

// kNone is null in the output and "-" in rules/agencies/terms.tsv.
template <>
struct EnumNames<AgencyLevel> {
  static constexpr std::pair<AgencyLevel, std::string_view> kTable[] = {
      {AgencyLevel::kNone, "none"},     {AgencyLevel::kTrungUong, "trung-uong"},
      {AgencyLevel::kTinh, "tinh"},     {AgencyLevel::kHuyen, "huyen"},
      {AgencyLevel::kXa, "xa"},         {AgencyLevel::kCoQuan, "co-quan"}};
};

template <>
struct EnumNames<AgencyKind> {
  static constexpr std::pair<AgencyKind, std::string_view> kTable[] = {
      {AgencyKind::kParty, "party"}, {AgencyKind::kState, "state"},
      {AgencyKind::kFront, "front"}, {AgencyKind::kOther, "other"}};
};

template <>
struct EnumNames<TimeKind> {
  static constexpr std::pair<TimeKind, std::string_view> kTable[] = {
      {TimeKind::kDate, "date"},         {TimeKind::kDeadline, "deadline"},
      {TimeKind::kFrequency, "frequency"}, {TimeKind::kPeriod, "period"},
      {TimeKind::kOccasion, "occasion"}};
};

template <>
struct EnumNames<CitationRelation> {
  static constexpr std::pair<CitationRelation, std::string_view> kTable[] = {
      {CitationRelation::kBasedOn, "based_on"},
      {CitationRelation::kImplements, "implements"},
      {CitationRelation::kAmends, "amends"},
      {CitationRelation::kReplaces, "replaces"},
      {CitationRelation::kReportsOn, "reports_on"},
      {CitationRelation::kMentions, "mentions"}};
};

template <>
struct EnumNames<ItemKind> {
  static constexpr std::pair<ItemKind, std::string_view> kTable[] = {
      {ItemKind::kSection, "section"}, {ItemKind::kTask, "task"},
      {ItemKind::kBullet, "bullet"}};
};

template <>
struct EnumNames<RepairRule> {
  static constexpr std::pair<RepairRule, std::string_view> kTable[] = {
      {RepairRule::kDroppedGlyph, "dropped_glyph"},
      {RepairRule::kDiacritic, "diacritic"},
      {RepairRule::kLetterConfusion, "letter_confusion"},
      {RepairRule::kNumber, "number"},
      {RepairRule::kSplitSyllable, "split_syllable"},
      {RepairRule::kStrayMark, "stray_mark"},
      {RepairRule::kCase, "case"}};
};

template <>
struct EnumNames<WarningCode> {
  static constexpr std::pair<WarningCode, std::string_view> kTable[] = {
      {WarningCode::kMissingElement, "missing_element"},
      {WarningCode::kTypeInferred, "type_inferred"},
      {WarningCode::kInvalidDate, "invalid_date"},
      {WarningCode::kNoItems, "no_items"},
      {WarningCode::kTypeCodeMismatch, "type_code_mismatch"},
      {WarningCode::kDateBeforeCitation, "date_before_citation"},
      {WarningCode::kLabelInferred, "label_inferred"},
      {WarningCode::kLowOcrConfidence, "low_ocr_confidence"},
      {WarningCode::kTrackedChanges, "tracked_changes"},
      {WarningCode::kRepairSkipped, "repair_skipped"},
      {WarningCode::kNotOfficialDocument, "not_official_document"}};
};

template <>
struct EnumNames<DocumentClass> {
  static constexpr std::pair<DocumentClass, std::string_view> kTable[] = {
      {DocumentClass::kDirective, "directive"},
      {DocumentClass::kNormative, "normative"},
      {DocumentClass::kOther, "other"}};
};

template <>
struct EnumNames<ClassEvidence> {
  static constexpr std::pair<ClassEvidence, std::string_view> kTable[] = {
      {ClassEvidence::kMotto, "motto"},
      {ClassEvidence::kIssuer, "issuer"},
      {ClassEvidence::kNumber, "number"},
      {ClassEvidence::kDate, "date"},
      {ClassEvidence::kType, "type"},
      {ClassEvidence::kRecipients, "recipients"},
      {ClassEvidence::kSignature, "signature"},
      {ClassEvidence::kDistribution, "distribution"}};
};

template <typename E>
constexpr std::string_view NameOf(E value) {
  for (const auto& [v, name] : EnumNames<E>::kTable) {
    if (v == value) return name;
  }
  return "?";  // unreachable while every table lists every value
}

template <typename E>
constexpr std::optional<E> ParseName(std::string_view name) {
  for (const auto& [v, n] : EnumNames<E>::kTable) {
    if (n == name) return v;
  }
  return std::nullopt;
}

// "a, b or c": the valid names, for error messages.
template <typename E>
std::string NameList() {
  std::string out;
  const auto& table = EnumNames<E>::kTable;
  const size_t n = std::size(table);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == n ? " or " : ", ";
    out += table[i].second;
  }
  return out;
}

}  // namespace vbtask

#endif  // VBTASK_MODEL_NAMES_H_

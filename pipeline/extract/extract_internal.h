// Pieces of the extract stage (internal).
#ifndef VBTASK_EXTRACT_EXTRACT_INTERNAL_H_
#define VBTASK_EXTRACT_EXTRACT_INTERNAL_H_

#include <string_view>
#include <vector>

#include "pipeline/extract/extract.h"

namespace vbtask::extract_internal {

// A citation as found at one place, before the mentions of one document are
// grouped into a Citation (group.cc). Its date and issuer are only what
// this mention prints (or shares along a list).
struct FoundCitation {
  std::string type, number, name, key, date, issuer;
  std::string text;  // as printed
  // Bytes in the text; a mention in a footnote stands at its marker.
  size_t begin = 0, end = 0;
  std::string footnote;
  CitationRelation relation = CitationRelation::kMentions;
};

// Sets the relation of each of `found` (positions in `view`'s text) from
// the cue phrases before it in its sentence.
void SetRelations(const LineView& view, const LineClassifier& c,
                  const ExtractRules& rules, std::vector<FoundCitation>* found);

// Where a found citation went: the index of its document in the grouped
// list, and of its mention in that document's mentions.
struct MentionPlace {
  int citation = 0, mention = 0;
};

// The distinct documents of `found` (in text order), in order of first
// mention; `places[k]` is where found[k] went.
std::vector<Citation> GroupCitations(const std::vector<FoundCitation>& found,
                                     std::vector<MentionPlace>* places);

// Splits the skeleton range [from, to) of `line` into agencies ("HĐND, UBND
// thành phố và các đoàn thể"). With `only_named`, pieces that do not open
// like an agency's name ("phối hợp kiểm tra, đôn đốc") are dropped.
void AddAgencies(const LineView& line, size_t from, size_t to,
                 const ExtractRules& rules, bool only_named,
                 std::vector<Agency>* out);

// Addressees, campaigns, number parts, the document's key and the checks
// of the header against what the body cites.
void FindDocumentFacts(const LineView& whole, const SegmentedDocument& doc,
                       const LineClassifier& c, const ExtractRules& rules,
                       Extraction* ex);

// "5584/KH-ƯBND" of 2022 → "5584/KH-UBND@2022".
std::string CitationKey(std::string_view number, std::string_view iso_date,
                        const TextFolder& folder);

// Appends `agency` unless one with the same canonical name is there.
void AddUnique(Agency agency, std::vector<Agency>* list);

// Lead and co-operating agencies of one item's own text.
void FindRoles(const LineView& item, const LineClassifier& c,
               const ExtractRules& rules, ItemFacts* facts);

// Time expressions of one item, skipping dates inside citations.
// `item_begin` is the item's offset in the text the citations refer to.
void FindTimes(const LineView& item, const ExtractRules& rules,
               const std::vector<FoundCitation>& citations, size_t item_begin,
               ItemFacts* facts);

// A task-table row: lead, co-operating agencies and time from the cells of
// their columns; every piece of a lead or co-operate cell is an agency.
void FindTableRowFacts(const std::string& text, const Item& row,
                       const LineClassifier& c, const ExtractRules& rules,
                       const std::vector<FoundCitation>& citations, ItemFacts* facts);

// The text only names who leads what is under it: "Ban Dân vận Tỉnh uỷ",
// "Trách nhiệm của Sở Y tế", "Đề nghị UBND các xã, phường".
bool IsLeadHeading(const LineView& text, const LineClassifier& c, const ExtractRules& rules);

// The text is only an agency's name: "Ban Dân vận Tỉnh uỷ".
bool IsAgencyHeading(const LineView& text, const ExtractRules& rules);

}  // namespace vbtask::extract_internal

#endif  // VBTASK_EXTRACT_EXTRACT_INTERNAL_H_

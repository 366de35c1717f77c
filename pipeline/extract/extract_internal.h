// Pieces of the extract stage (internal).
#ifndef VBTASK_EXTRACT_EXTRACT_INTERNAL_H_
#define VBTASK_EXTRACT_EXTRACT_INTERNAL_H_

#include <string_view>
#include <vector>

#include "pipeline/extract/extract.h"

namespace vbtask::extract_internal {

// Lead and co-operating agencies of one item's own text.
void FindRoles(const LineView& item, const LineClassifier& c,
               const ExtractRules& rules, ItemFacts* facts);

// Time expressions of one item, skipping dates inside citations.
// `item_begin` is the item's offset in the text the citations refer to.
void FindTimes(const LineView& item, const ExtractRules& rules,
               const std::vector<Citation>& citations, size_t item_begin,
               ItemFacts* facts);

// The text is only an agency's name: "Ban Dân vận Tỉnh uỷ".
bool IsAgencyHeading(const LineView& text, const ExtractRules& rules);

}  // namespace vbtask::extract_internal

#endif  // VBTASK_EXTRACT_EXTRACT_INTERNAL_H_

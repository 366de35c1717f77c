// Pieces of the segment stage (internal). Each works on a range of
// paragraphs [from, to) of one document part.
#ifndef VBTASK_SEGMENT_SEGMENT_INTERNAL_H_
#define VBTASK_SEGMENT_SEGMENT_INTERNAL_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/lines/line_classifier.h"
#include "pipeline/segment/segment.h"

namespace vbtask::segment_internal {

struct Para {
  size_t begin = 0, end = 0;  // bytes in the reconstructed text
  int page = 1;
  LineView view;
  std::optional<Label> label;
};

// A short line in capitals without a label: an issuer's or a parent
// body's name in the header.
bool IsOrgLine(const Para& p);
// A line the official header is made of: separator, body name, motto,
// number, "V/v" subject, place and date.
bool IsHeaderLine(const Para& p, const LineClassifier& c);

// Reads the header from paragraph `from`; returns the first body paragraph.
size_t ParseHeader(const std::vector<Para>& paras, size_t from, size_t to,
                   const LineClassifier& c, Header* header);

// The first paragraph of the closing ("Nơi nhận", signature) in
// [from, to), or `to` when there is none.
size_t FindClosing(const std::vector<Para>& paras, size_t from, size_t to,
                   const LineClassifier& c);

// Distribution list and signer from the closing paragraphs. Returns the
// paragraph after the last one read as part of the closing (`from` when
// none was).
size_t ParseClosing(const std::vector<Para>& paras, size_t from, size_t to,
                    const LineClassifier& c, SegmentedDocument* doc);

// The first paragraph in [from, to) that is the header row of a task table
// (TAB-separated cells naming a number and a task column), or `to`.
size_t FindTaskTable(std::string_view text, const std::vector<Para>& paras,
                     size_t from, size_t to, const LineClassifier& c);

// One task item per numbered row of the task table whose header row is
// paras[header], with its lead, co-operating agencies and time in cells.
// Rows are children of items[parent] when parent >= 0 (a table in the
// body: id "IV.1"), else of the attachment (id "PL<attachment>.1").
// Returns the paragraph after the table.
size_t BuildTableItems(std::string_view text, const std::vector<Para>& paras,
                       size_t header, size_t to, const LineClassifier& c,
                       int attachment, int parent, std::vector<Item>* items);

// Items of the body [from, to). Returns the paragraph where items start
// (the end of the preamble). A label OCR misread is given the id its
// siblings' sequence expects, with a "label_inferred" warning.
size_t BuildItems(std::string_view text, const std::vector<Para>& paras,
                  size_t from, size_t to, const LineClassifier& c,
                  int attachment, std::vector<Item>* items,
                  std::vector<Warning>* warnings);

// Strips a leading bullet and trailing separators from a list entry.
std::string ListEntry(std::string_view text);

}  // namespace vbtask::segment_internal

#endif  // VBTASK_SEGMENT_SEGMENT_INTERNAL_H_

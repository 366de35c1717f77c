// Stage 4, segment: paragraphs in, the document's structure out.
//
// Follows the official layouts (Nghị định 30/2020/NĐ-CP for state documents,
// Hướng dẫn 36-HD/VPTW for Party documents):
// - header: issuer and parent organisation, number, place and date, motto,
//   type name, subject, "Kính gửi" recipients;
// - body: preamble, then hierarchical items (Roman, Arabic, dotted, letters,
//   keywords, ordinals, dash and plus bullets), each a section, task or
//   bullet;
// - closing: "Nơi nhận" list and signature block;
// - attachments issued by the document (a Quy chế, a Phụ lục), whose items
//   follow the document's own with ids prefixed "PL1", "PL2" ….
// Recognition is by the rules/ vocabulary on the skeleton, so OCR damage to
// diacritics does not break it.
#ifndef VBTASK_SEGMENT_SEGMENT_H_
#define VBTASK_SEGMENT_SEGMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/lines/line_classifier.h"
#include "pipeline/model/document.h"
#include "pipeline/reconstruct/reconstruct.h"

namespace vbtask {

// The header, items and closing as segment found them; the driver moves
// them into the Document.
struct SegmentedDocument {
  Header header;
  std::vector<Item> items;
  std::vector<std::string> distribution;  // "Nơi nhận" entries
  Signer signer;
  size_t preamble_begin = 0, preamble_end = 0;  // bytes in the text
  // The document within its text: a web page's chrome before the header
  // and after the signature lies outside [frame_begin, frame_end).
  size_t frame_begin = 0, frame_end = 0;
  std::vector<std::string> attachment_types;    // "Quy chế" for PL1 …
  std::vector<Warning> warnings;
};

SegmentedDocument Segment(const ReconstructedText& text,
                          const LineClassifier& classifier);

}  // namespace vbtask

#endif  // VBTASK_SEGMENT_SEGMENT_H_

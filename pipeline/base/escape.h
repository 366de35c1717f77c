// Text put into the markup and tables reports are written in.
#ifndef VBTASK_BASE_ESCAPE_H_
#define VBTASK_BASE_ESCAPE_H_

#include <string>
#include <string_view>

namespace vbtask {

// & < > " as entities: safe in HTML and XML text and attribute values.
std::string EscapeMarkup(std::string_view text);

// A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a
// comma, a quote or a line break; as it is otherwise.
std::string CsvField(std::string_view text);

}  // namespace vbtask

#endif  // VBTASK_BASE_ESCAPE_H_

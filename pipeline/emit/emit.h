// Stage 6, emit: the finished document in, JSON text out, as `vbtask
// extract` writes it. The JSON itself is the model's (model/json.h); emit
// only chooses its layout.
#ifndef VBTASK_EMIT_EMIT_H_
#define VBTASK_EMIT_EMIT_H_

#include <string>

#include "pipeline/model/document.h"

namespace vbtask {

enum class JsonLayout {
  kPretty,   // indented by two spaces, a newline at the end: one file per document
  kOneLine,  // no newline: one line of JSON Lines
};

std::string EmitJson(const Document& doc, JsonLayout layout);

}  // namespace vbtask

#endif  // VBTASK_EMIT_EMIT_H_

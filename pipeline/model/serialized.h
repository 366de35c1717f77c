// The model as bytes, for code that has no business with a JSON library:
// JSON text (model/json.h's form) and the same content as MessagePack.
#ifndef VBTASK_MODEL_SERIALIZED_H_
#define VBTASK_MODEL_SERIALIZED_H_

#include <string>
#include <string_view>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace vbtask {

// JSON text in; malformed JSON is an error like the wrong shape (FromJson).
Result<Document> ParseDocumentJson(std::string_view json_text);

// MessagePack: compact, and its strings need no escaping (the batch spool
// keeps ingested documents in it).
std::string ToMsgpack(const Document& doc);
Result<Document> FromMsgpack(std::string_view bytes);

}  // namespace vbtask

#endif  // VBTASK_MODEL_SERIALIZED_H_

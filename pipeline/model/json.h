// The model as JSON, in the output contract "vbtask/2"
// (schema/vbtask-1.schema.json), both ways: FromJson(ToJson(d)) gives back
// every field the output carries, and ToJson(FromJson(j)) is `j` again for
// every output vbtask writes (tests/model/round_trip_test.cc checks the
// goldens byte for byte). Keys come out in a fixed order so that outputs
// diff cleanly. Only model/ and emit/ include this (and so nlohmann/json);
// the rest of the pipeline uses model/serialized.h.
#ifndef VBTASK_MODEL_JSON_H_
#define VBTASK_MODEL_JSON_H_

#include <nlohmann/json.hpp>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace vbtask {

nlohmann::ordered_json ToJson(const Document& doc);

// A document of the wrong shape (a missing key, a value of the wrong type,
// an unknown name, a span outside the text) is an InvalidInput error
// naming the place: "items[3].span.end: past the end of the text".
Result<Document> FromJson(const nlohmann::ordered_json& json);

}  // namespace vbtask

#endif  // VBTASK_MODEL_JSON_H_

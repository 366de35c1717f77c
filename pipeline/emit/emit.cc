#include "pipeline/emit/emit.h"

#include "pipeline/model/json.h"

namespace vbtask {

std::string EmitJson(const Document& doc, JsonLayout layout) {
  nlohmann::ordered_json j = ToJson(doc);
  return layout == JsonLayout::kPretty ? j.dump(2) + "\n" : j.dump();
}

}  // namespace vbtask

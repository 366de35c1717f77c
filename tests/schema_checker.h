// Checks a JSON value against a published schema's required fields, types
// (with nulls), enums and consts, following "#/$defs/..." references: the
// part of JSON Schema the project's contracts use, so that schema and code
// stay in step.
#ifndef VBTASK_TESTS_SCHEMA_CHECKER_H_
#define VBTASK_TESTS_SCHEMA_CHECKER_H_

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace vbtask::testing {

using Json = nlohmann::json;

class SchemaChecker {
 public:
  explicit SchemaChecker(Json schema) : root_(std::move(schema)) {}

  void Check(const Json& value, const Json& schema, const std::string& where) {
    const Json& s = Resolve(schema);
    if (s.contains("type")) CheckType(value, s["type"], where);
    if (s.contains("enum")) {
      bool found = false;
      for (const Json& e : s["enum"]) found |= e == value;
      EXPECT_TRUE(found) << where << ": " << value << " not in enum";
    }
    if (s.contains("const")) EXPECT_EQ(value, s["const"]) << where;
    if (value.is_object()) {
      for (const Json& key : s.value("required", Json::array())) {
        EXPECT_TRUE(value.contains(key.get<std::string>()))
            << where << ": missing " << key;
      }
      if (s.contains("properties")) {
        for (auto& [key, sub] : s["properties"].items()) {
          if (value.contains(key)) Check(value[key], sub, where + "." + key);
        }
      }
    }
    if (value.is_array() && s.contains("items")) {
      for (size_t i = 0; i < value.size(); ++i) {
        Check(value[i], s["items"], where + "[" + std::to_string(i) + "]");
      }
    }
  }

 private:
  const Json& Resolve(const Json& schema) {
    if (!schema.contains("$ref")) return schema;
    std::string ref = schema["$ref"];  // "#/$defs/name"
    return root_["$defs"][ref.substr(ref.rfind('/') + 1)];
  }

  static void CheckType(const Json& v, const Json& type, const std::string& where) {
    auto is = [&](const std::string& t) {
      return (t == "string" && v.is_string()) || (t == "null" && v.is_null()) ||
             (t == "object" && v.is_object()) || (t == "array" && v.is_array()) ||
             (t == "boolean" && v.is_boolean()) ||
             (t == "integer" && v.is_number_integer()) ||
             (t == "number" && v.is_number());
    };
    bool ok = false;
    if (type.is_array()) {
      for (const Json& t : type) ok |= is(t);
    } else {
      ok = is(type);
    }
    EXPECT_TRUE(ok) << where << ": " << v.type_name() << " is not " << type;
  }

  Json root_;
};

}  // namespace vbtask::testing

#endif  // VBTASK_TESTS_SCHEMA_CHECKER_H_

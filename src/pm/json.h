// A small ordered JSON DOM for package.json, lockfiles and packuments (no V8 here).
// Objects keep insertion order so a rewritten package.json keeps its key order.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nodus::pm {

class Json {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  Json() = default;
  static Json Object() { Json j; j.type_ = Type::kObject; return j; }
  static Json Array() { Json j; j.type_ = Type::kArray; return j; }
  static Json String(std::string s) { Json j; j.type_ = Type::kString; j.str_ = std::move(s); return j; }
  static Json Bool(bool b) { Json j; j.type_ = Type::kBool; j.bool_ = b; return j; }
  static Json Number(double d);
  static Json RawNumber(std::string text) { Json j; j.type_ = Type::kNumber; j.str_ = std::move(text); return j; }

  Type type() const { return type_; }
  bool IsNull() const { return type_ == Type::kNull; }
  bool IsObject() const { return type_ == Type::kObject; }
  bool IsArray() const { return type_ == Type::kArray; }
  bool IsString() const { return type_ == Type::kString; }
  bool IsBool() const { return type_ == Type::kBool; }
  bool IsNumber() const { return type_ == Type::kNumber; }

  const std::string& str() const { return str_; }  // string value, or a number's source text
  bool boolean() const { return bool_; }
  double number() const;

  // Objects.
  const Json* Get(std::string_view key) const;
  Json* GetMut(std::string_view key);
  Json& Set(std::string_view key, Json value);  // replaces in place, or appends
  bool Erase(std::string_view key);
  // The string member `key`, or `def` when absent or not a string.
  std::string GetString(std::string_view key, std::string_view def = {}) const;
  const std::vector<std::pair<std::string, Json>>& members() const { return obj_; }
  std::vector<std::pair<std::string, Json>>& members_mut() { return obj_; }
  void SortKeys();

  // Arrays.
  const std::vector<Json>& items() const { return arr_; }
  std::vector<Json>& items_mut() { return arr_; }
  void Push(Json v) { arr_.push_back(std::move(v)); }

  size_t size() const { return type_ == Type::kArray ? arr_.size() : obj_.size(); }
  bool operator==(const Json& o) const;

 private:
  Type type_ = Type::kNull;
  bool bool_ = false;
  std::string str_;
  std::vector<Json> arr_;
  std::vector<std::pair<std::string, Json>> obj_;
};

struct JsonError {
  size_t line = 0, column = 0;  // 1-based
  std::string message;
};

bool ParseJson(std::string_view text, Json* out, JsonError* err);

// A packument (the registry's document for a package) lies on an install's critical path and
// only a few of its versions are ever read. ParsePackument checks the whole text exactly as
// ParseJson does (same errors) but builds only the top-level members other than "versions"
// (`rest`); each version keeps its manifest's source text, a view into `text` for ParseJson
// when it is needed, and its "deprecated" member. Duplicate keys: the last one wins in the first
// one's place, as everywhere.
struct RawVersion {
  std::string version;
  std::string_view text;
  Json deprecated;  // null when absent
};
bool ParsePackument(std::string_view text, Json* rest, std::vector<RawVersion>* versions, JsonError* err);
// `indent` 0 gives compact output; otherwise pretty with that many spaces (no trailing newline).
std::string SerializeJson(const Json& v, int indent = 2);
void AppendJsonString(std::string* out, std::string_view s);

}  // namespace nodus::pm

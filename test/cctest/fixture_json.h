// A small JSON reader for the test fixtures under test/fixtures/semver/ (made by gen.js).
#pragma once

#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nodus::pm::testing {

struct Json {
  enum Kind { kNull, kBool, kNum, kStr, kArr, kObj } kind = kNull;
  bool b = false;
  double n = 0;
  std::string s;
  std::vector<Json> arr;
  std::vector<std::pair<std::string, Json>> obj;

  const Json& operator[](std::string_view key) const {
    static const Json null;
    for (const auto& [k, v] : obj) {
      if (k == key) return v;
    }
    return null;
  }
  const Json& operator[](size_t i) const { return arr.at(i); }
  bool IsNull() const { return kind == kNull; }
  std::optional<std::string> Str() const {
    if (kind != kStr) return std::nullopt;
    return s;
  }
};

class JsonParser {
 public:
  explicit JsonParser(std::string_view t) : t_(t) {}
  bool Parse(Json* out) {
    if (!Value(out)) return false;
    Ws();
    return i_ == t_.size();
  }

 private:
  void Ws() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t')) i_++;
  }
  bool Lit(std::string_view w) {
    if (t_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  static void Utf8(uint32_t c, std::string* o) {
    if (c < 0x80) {
      *o += char(c);
    } else if (c < 0x800) {
      *o += char(0xC0 | (c >> 6));
      *o += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *o += char(0xE0 | (c >> 12));
      *o += char(0x80 | ((c >> 6) & 0x3F));
      *o += char(0x80 | (c & 0x3F));
    } else {
      *o += char(0xF0 | (c >> 18));
      *o += char(0x80 | ((c >> 12) & 0x3F));
      *o += char(0x80 | ((c >> 6) & 0x3F));
      *o += char(0x80 | (c & 0x3F));
    }
  }
  bool Hex4(uint32_t* c) {
    if (i_ + 4 > t_.size()) return false;
    *c = std::stoul(std::string(t_.substr(i_, 4)), nullptr, 16);
    i_ += 4;
    return true;
  }
  bool String(std::string* o) {
    if (!Lit("\"")) return false;
    while (i_ < t_.size() && t_[i_] != '"') {
      char c = t_[i_++];
      if (c != '\\') {
        *o += c;
        continue;
      }
      char e = t_[i_++];
      switch (e) {
        case 'n': *o += '\n'; break;
        case 't': *o += '\t'; break;
        case 'r': *o += '\r'; break;
        case 'b': *o += '\b'; break;
        case 'f': *o += '\f'; break;
        case 'u': {
          uint32_t c1;
          if (!Hex4(&c1)) return false;
          if (c1 >= 0xD800 && c1 < 0xDC00 && Lit("\\u")) {
            uint32_t c2;
            if (!Hex4(&c2)) return false;
            c1 = 0x10000 + ((c1 - 0xD800) << 10) + (c2 - 0xDC00);
          }
          Utf8(c1, o);
          break;
        }
        default: *o += e;
      }
    }
    return Lit("\"");
  }
  bool Value(Json* v) {
    Ws();
    if (i_ >= t_.size()) return false;
    char c = t_[i_];
    if (c == '{') {
      i_++;
      v->kind = Json::kObj;
      Ws();
      if (Lit("}")) return true;
      do {
        Ws();
        std::string k;
        if (!String(&k)) return false;
        Ws();
        if (!Lit(":")) return false;
        Json val;
        if (!Value(&val)) return false;
        v->obj.emplace_back(std::move(k), std::move(val));
        Ws();
      } while (Lit(","));
      return Lit("}");
    }
    if (c == '[') {
      i_++;
      v->kind = Json::kArr;
      Ws();
      if (Lit("]")) return true;
      do {
        Json val;
        if (!Value(&val)) return false;
        v->arr.push_back(std::move(val));
        Ws();
      } while (Lit(","));
      return Lit("]");
    }
    if (c == '"') {
      v->kind = Json::kStr;
      return String(&v->s);
    }
    if (Lit("null")) return true;
    if (Lit("true")) {
      v->kind = Json::kBool;
      v->b = true;
      return true;
    }
    if (Lit("false")) {
      v->kind = Json::kBool;
      return true;
    }
    size_t end = i_;
    while (end < t_.size() && std::string_view("+-0123456789.eE").find(t_[end]) != std::string_view::npos) end++;
    if (end == i_) return false;
    v->kind = Json::kNum;
    v->n = std::stod(std::string(t_.substr(i_, end - i_)));
    i_ = end;
    return true;
  }
  std::string_view t_;
  size_t i_ = 0;
};

// The `cases` array of test/fixtures/semver/<name>.
inline const Json& FixtureCases(const std::string& name) {
  static std::map<std::string, std::unique_ptr<Json>> cache;
  auto& slot = cache[name];
  if (!slot) {
    slot = std::make_unique<Json>();
    std::ifstream f(std::string(NODUS_SOURCE_DIR) + "/test/fixtures/semver/" + name);
    std::stringstream ss;
    ss << f.rdbuf();
    Json doc;
    if (JsonParser(ss.str()).Parse(&doc)) *slot = std::move(const_cast<Json&>(doc["cases"]));
  }
  return *slot;
}

}  // namespace nodus::pm::testing

#include "pm/json.h"

#include <unordered_map>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace nodus::pm {

Json Json::Number(double d) {
  char buf[64];
  if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
    std::snprintf(buf, sizeof buf, "%.0f", d);
  else
    std::snprintf(buf, sizeof buf, "%.17g", d);
  return RawNumber(buf);
}

double Json::number() const { return type_ == Type::kNumber ? std::strtod(str_.c_str(), nullptr) : 0; }

const Json* Json::Get(std::string_view key) const {
  if (type_ != Type::kObject) return nullptr;
  for (auto& [k, v] : obj_)
    if (k == key) return &v;
  return nullptr;
}

Json* Json::GetMut(std::string_view key) {
  if (type_ != Type::kObject) return nullptr;
  for (auto& [k, v] : obj_)
    if (k == key) return &v;
  return nullptr;
}

Json& Json::Set(std::string_view key, Json value) {
  if (type_ != Type::kObject) { *this = Object(); }
  for (auto& [k, v] : obj_)
    if (k == key) { v = std::move(value); return v; }
  obj_.emplace_back(std::string(key), std::move(value));
  return obj_.back().second;
}

bool Json::Erase(std::string_view key) {
  for (auto it = obj_.begin(); it != obj_.end(); ++it)
    if (it->first == key) { obj_.erase(it); return true; }
  return false;
}

std::string Json::GetString(std::string_view key, std::string_view def) const {
  const Json* v = Get(key);
  if (v && v->IsString()) return v->str_;
  return std::string(def);
}

void Json::SortKeys() {
  std::stable_sort(obj_.begin(), obj_.end(), [](auto& a, auto& b) { return a.first < b.first; });
}

bool Json::operator==(const Json& o) const {
  if (type_ != o.type_) return false;
  switch (type_) {
    case Type::kNull: return true;
    case Type::kBool: return bool_ == o.bool_;
    case Type::kNumber: return number() == o.number();
    case Type::kString: return str_ == o.str_;
    case Type::kArray: return arr_ == o.arr_;
    case Type::kObject: return obj_ == o.obj_;
  }
  return false;
}

namespace {

class Parser {
 public:
  Parser(std::string_view t, JsonError* e) : text_(t), err_(e) {}

  bool ParseDocument(Json* out) {
    SkipBom();
    SkipWs();
    if (!ParseValue(out, 0)) return false;
    SkipWs();
    if (pos_ != text_.size()) return Fail("Unexpected token after JSON value");
    return true;
  }

 private:
  bool Fail(const char* msg) {
    if (err_) {
      size_t line = 1, col = 1;
      for (size_t i = 0; i < pos_ && i < text_.size(); i++) {
        if (text_[i] == '\n') { line++; col = 1; } else { col++; }
      }
      err_->line = line;
      err_->column = col;
      err_->message = msg;
      if (pos_ >= text_.size()) err_->message += " (end of input)";
      else {
        char c = text_[pos_];
        if (c >= 0x20 && c < 0x7f) { err_->message += " near '"; err_->message += c; err_->message += "'"; }
      }
    }
    return false;
  }
  void SkipBom() {
    if (pos_ == 0 && text_.size() >= 3 && (unsigned char)text_[0] == 0xEF && (unsigned char)text_[1] == 0xBB &&
        (unsigned char)text_[2] == 0xBF)
      pos_ = 3;
  }
  void SkipWs() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos_++;
      else break;
    }
  }
  bool ParseValue(Json* out, int depth) { return Value<true>(out, depth); }
  // A value at pos_, checked as ParseValue does; `out` gets it only with kBuild.
  template <bool kBuild>
  bool Value(Json* out, int depth) {
    if (depth > 512) return Fail("JSON nested too deeply");
    if (pos_ >= text_.size()) return Fail("Unexpected end of JSON input");
    char c = text_[pos_];
    if (c == '{') {
      if (kBuild) return ParseObject(out, depth);
      return Members<false>([&](std::string&) { return Value<false>(nullptr, depth + 1); });
    }
    if (c == '[') {
      if (kBuild) return ParseArray(out, depth);
      return Items([&] { return Value<false>(nullptr, depth + 1); });
    }
    if (c == '"') {
      if (!kBuild) return ScanString<false>(nullptr);
      std::string s;
      if (!ParseString(&s)) return false;
      *out = Json::String(std::move(s));
      return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return kBuild ? ParseNumber(out) : ScanNumber();
    if (text_.substr(pos_, 4) == "true") { pos_ += 4; if (kBuild) *out = Json::Bool(true); return true; }
    if (text_.substr(pos_, 5) == "false") { pos_ += 5; if (kBuild) *out = Json::Bool(false); return true; }
    if (text_.substr(pos_, 4) == "null") { pos_ += 4; if (kBuild) *out = Json(); return true; }
    return Fail("Unexpected token");
  }
  // The members of the object at pos_: `member(key)` consumes each value (keys are built only
  // with kKeys).
  template <bool kKeys, class F>
  bool Members(F&& member) {
    pos_++;
    SkipWs();
    if (pos_ < text_.size() && text_[pos_] == '}') { pos_++; return true; }
    std::string key;
    while (true) {
      SkipWs();
      if (pos_ >= text_.size() || text_[pos_] != '"') return Fail("Expected a string key");
      key.clear();
      if (!ScanString<kKeys>(&key)) return false;
      SkipWs();
      if (pos_ >= text_.size() || text_[pos_] != ':') return Fail("Expected ':' after key");
      pos_++;
      SkipWs();
      if (!member(key)) return false;
      SkipWs();
      if (pos_ >= text_.size()) return Fail("Unterminated object");
      if (text_[pos_] == ',') { pos_++; continue; }
      if (text_[pos_] == '}') { pos_++; return true; }
      return Fail("Expected ',' or '}' in object");
    }
  }
  template <class F>
  bool Items(F&& item) {
    pos_++;
    SkipWs();
    if (pos_ < text_.size() && text_[pos_] == ']') { pos_++; return true; }
    while (true) {
      SkipWs();
      if (!item()) return false;
      SkipWs();
      if (pos_ >= text_.size()) return Fail("Unterminated array");
      if (text_[pos_] == ',') { pos_++; continue; }
      if (text_[pos_] == ']') { pos_++; return true; }
      return Fail("Expected ',' or ']' in array");
    }
  }
  bool ParseObject(Json* out, int depth) {
    *out = Json::Object();
    std::unordered_map<std::string, size_t> index;
    bool indexed = false;
    return Members<true>([&](std::string& key) {
      Json v;
      if (!ParseValue(&v, depth + 1)) return false;
      // Duplicate keys: the last one wins in the first one's place, as in JSON.parse. Large
      // objects look keys up in an index instead of a linear scan.
      auto& members = out->members_mut();
      if (!indexed && members.size() < 32) {
        out->Set(key, std::move(v));
      } else {
        if (!indexed) {
          for (size_t i = 0; i < members.size(); i++) index.emplace(members[i].first, i);
          indexed = true;
        }
        auto [it, inserted] = index.try_emplace(key, members.size());
        if (inserted) members.emplace_back(std::move(key), std::move(v));
        else members[it->second].second = std::move(v);
      }
      return true;
    });
  }
  bool ParseArray(Json* out, int depth) {
    *out = Json::Array();
    return Items([&] {
      Json v;
      if (!ParseValue(&v, depth + 1)) return false;
      out->Push(std::move(v));
      return true;
    });
  }

 public:
  // See ParsePackument in json.h. The same checks (and errors) as ParseDocument.
  bool ParsePackument(Json* rest, std::vector<RawVersion>* versions) {
    SkipBom();
    SkipWs();
    versions->clear();
    if (pos_ >= text_.size() || text_[pos_] != '{') return ParseDocument(rest);
    *rest = Json::Object();
    std::unordered_map<std::string, size_t> index;
    bool ok = Members<true>([&](std::string& key) {
      if (key != "versions" || pos_ >= text_.size() || text_[pos_] != '{') {
        Json v;
        if (!ParseValue(&v, 1)) return false;
        if (key == "versions") versions->clear();
        rest->Set(key, std::move(v));
        return true;
      }
      rest->Erase("versions");  // a duplicate "versions": the last one wins
      versions->clear();
      index.clear();
      return Members<true>([&](std::string& version) {
        RawVersion rv;
        size_t start = pos_;
        if (pos_ < text_.size() && text_[pos_] == '{') {
          if (!Members<true>([&](std::string& field) {
                if (field != "deprecated") return Value<false>(nullptr, 3);
                return ParseValue(&rv.deprecated, 3);
              }))
            return false;
        } else if (!Value<false>(nullptr, 2)) {
          return false;
        }
        rv.text = text_.substr(start, pos_ - start);
        auto [it, fresh] = index.try_emplace(version, versions->size());
        if (fresh) {
          rv.version = version;
          versions->push_back(std::move(rv));
        } else {
          (*versions)[it->second].text = rv.text;
          (*versions)[it->second].deprecated = std::move(rv.deprecated);
        }
        return true;
      });
    });
    if (!ok) return false;
    SkipWs();
    if (pos_ != text_.size()) return Fail("Unexpected token after JSON value");
    return true;
  }

 private:
  static void AppendUtf8(std::string* s, uint32_t cp) {
    if (cp < 0x80) s->push_back((char)cp);
    else if (cp < 0x800) { s->push_back((char)(0xC0 | (cp >> 6))); s->push_back((char)(0x80 | (cp & 0x3F))); }
    else if (cp < 0x10000) {
      s->push_back((char)(0xE0 | (cp >> 12)));
      s->push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
      s->push_back((char)(0x80 | (cp & 0x3F)));
    } else {
      s->push_back((char)(0xF0 | (cp >> 18)));
      s->push_back((char)(0x80 | ((cp >> 12) & 0x3F)));
      s->push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
      s->push_back((char)(0x80 | (cp & 0x3F)));
    }
  }
  bool ReadHex4(uint32_t* v) {
    if (pos_ + 4 > text_.size()) return Fail("Bad unicode escape");
    *v = 0;
    for (int i = 0; i < 4; i++) {
      char c = text_[pos_++];
      *v <<= 4;
      if (c >= '0' && c <= '9') *v |= c - '0';
      else if (c >= 'a' && c <= 'f') *v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') *v |= c - 'A' + 10;
      else { pos_--; return Fail("Bad unicode escape"); }
    }
    return true;
  }
  bool ParseString(std::string* s) { return ScanString<true>(s); }
  // A string's text is checked as ParseString does; `s` gets it only with kBuild.
  template <bool kBuild>
  bool ScanString(std::string* s) {
    pos_++;  // opening quote
    while (true) {
      size_t start = pos_;
      pos_ = PlainRun(pos_);
      if (kBuild) s->append(text_.substr(start, pos_ - start));
      if (pos_ >= text_.size()) return Fail("Unterminated string");
      char c = text_[pos_];
      if (c == '"') { pos_++; return true; }
      if ((unsigned char)c < 0x20) return Fail("Bad control character in string");
      pos_++;  // backslash
      if (pos_ >= text_.size()) return Fail("Unterminated string");
      char e = text_[pos_++];
      switch (e) {
        case '"': if (kBuild) s->push_back('"'); break;
        case '\\': if (kBuild) s->push_back('\\'); break;
        case '/': if (kBuild) s->push_back('/'); break;
        case 'b': if (kBuild) s->push_back('\b'); break;
        case 'f': if (kBuild) s->push_back('\f'); break;
        case 'n': if (kBuild) s->push_back('\n'); break;
        case 'r': if (kBuild) s->push_back('\r'); break;
        case 't': if (kBuild) s->push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!ReadHex4(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && pos_ + 6 <= text_.size() && text_[pos_] == '\\' &&
              text_[pos_ + 1] == 'u') {
            size_t save = pos_;
            pos_ += 2;
            uint32_t lo;
            if (!ReadHex4(&lo)) return false;
            if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            else pos_ = save;
          }
          if (kBuild) AppendUtf8(s, cp);
          break;
        }
        default: pos_--; return Fail("Bad escaped character");
      }
    }
  }
  // The end of the run of plain string bytes (not '"', '\\' or a control character) from `i`:
  // 16 bytes at a time (strings are most of a packument's bytes), then byte by byte.
  size_t PlainRun(size_t i) const {
    const char* p = text_.data();
    size_t n = text_.size();
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    while (i + 16 <= n) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                  _mm_cmpeq_epi8(_mm_min_epu8(x, control), x));
      int mask = _mm_movemask_epi8(stop);
      if (mask) return i + __builtin_ctz(mask);
      i += 16;
    }
#endif
    while (i < n && p[i] != '"' && p[i] != '\\' && (unsigned char)p[i] >= 0x20) i++;
    return i;
  }
  bool ParseNumber(Json* out) {
    size_t start = pos_;
    if (!ScanNumber()) return false;
    *out = Json::RawNumber(std::string(text_.substr(start, pos_ - start)));
    return true;
  }
  bool ScanNumber() {
    if (text_[pos_] == '-') pos_++;
    if (pos_ >= text_.size() || !isdigit((unsigned char)text_[pos_])) return Fail("Bad number");
    if (text_[pos_] == '0') pos_++;
    else while (pos_ < text_.size() && isdigit((unsigned char)text_[pos_])) pos_++;
    if (pos_ < text_.size() && text_[pos_] == '.') {
      pos_++;
      if (pos_ >= text_.size() || !isdigit((unsigned char)text_[pos_])) return Fail("Bad number");
      while (pos_ < text_.size() && isdigit((unsigned char)text_[pos_])) pos_++;
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      pos_++;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) pos_++;
      if (pos_ >= text_.size() || !isdigit((unsigned char)text_[pos_])) return Fail("Bad number");
      while (pos_ < text_.size() && isdigit((unsigned char)text_[pos_])) pos_++;
    }
    return true;
  }

  std::string_view text_;
  JsonError* err_;
  size_t pos_ = 0;
};

void Serialize(const Json& v, int indent, int level, std::string* out) {
  auto newline = [&](int lvl) {
    if (!indent) return;
    out->push_back('\n');
    out->append(size_t(indent) * lvl, ' ');
  };
  switch (v.type()) {
    case Json::Type::kNull: out->append("null"); break;
    case Json::Type::kBool: out->append(v.boolean() ? "true" : "false"); break;
    case Json::Type::kNumber: out->append(v.str()); break;
    case Json::Type::kString: AppendJsonString(out, v.str()); break;
    case Json::Type::kArray:
      if (v.items().empty()) { out->append("[]"); break; }
      out->push_back('[');
      for (size_t i = 0; i < v.items().size(); i++) {
        if (i) out->push_back(',');
        newline(level + 1);
        Serialize(v.items()[i], indent, level + 1, out);
      }
      newline(level);
      out->push_back(']');
      break;
    case Json::Type::kObject:
      if (v.members().empty()) { out->append("{}"); break; }
      out->push_back('{');
      for (size_t i = 0; i < v.members().size(); i++) {
        if (i) out->push_back(',');
        newline(level + 1);
        AppendJsonString(out, v.members()[i].first);
        out->append(indent ? ": " : ":");
        Serialize(v.members()[i].second, indent, level + 1, out);
      }
      newline(level);
      out->push_back('}');
      break;
  }
}

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back((char)c);
        }
    }
  }
  out->push_back('"');
}

bool ParseJson(std::string_view text, Json* out, JsonError* err) {
  Parser p(text, err);
  return p.ParseDocument(out);
}

bool ParsePackument(std::string_view text, Json* rest, std::vector<RawVersion>* versions, JsonError* err) {
  Parser p(text, err);
  return p.ParsePackument(rest, versions);
}

std::string SerializeJson(const Json& v, int indent) {
  std::string out;
  Serialize(v, indent, 0, &out);
  return out;
}

}  // namespace nodus::pm

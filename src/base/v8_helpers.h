// Conversions and throw helpers over V8's API.
#pragma once
#include <string>
#include <string_view>

#include "base/util.h"
#include "v8.h"

namespace nodus {

inline v8::Local<v8::String> Str(v8::Isolate* isolate, std::string_view s) {
  return v8::String::NewFromUtf8(isolate, s.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(s.size()))
      .ToLocalChecked();  // only fails past String::kMaxLength, never for our literals
}

inline v8::Local<v8::String> InternalizedStr(v8::Isolate* isolate, const char* s) {
  return v8::String::NewFromUtf8(isolate, s, v8::NewStringType::kInternalized).ToLocalChecked();
}

// Converts any value to UTF-8 (ToString semantics; empty on exception).
class Utf8 {
 public:
  Utf8(v8::Isolate* isolate, v8::Local<v8::Value> value) : value_(isolate, value) {}
  const char* data() const { return *value_ ? *value_ : ""; }
  size_t size() const { return value_.length(); }
  std::string str() const { return std::string(data(), size()); }
  std::string_view view() const { return std::string_view(data(), size()); }
  const char* operator*() const { return data(); }

 private:
  v8::String::Utf8Value value_;
};

inline void ThrowError(v8::Isolate* isolate, std::string_view msg) {
  isolate->ThrowException(v8::Exception::Error(Str(isolate, msg)));
}
inline void ThrowTypeError(v8::Isolate* isolate, std::string_view msg) {
  isolate->ThrowException(v8::Exception::TypeError(Str(isolate, msg)));
}
inline void ThrowRangeError(v8::Isolate* isolate, std::string_view msg) {
  isolate->ThrowException(v8::Exception::RangeError(Str(isolate, msg)));
}
// A TypeError with Node's `code` property, for the rare checks done natively.
void ThrowCodedError(v8::Isolate* isolate, const char* code, std::string_view msg,
                     bool type_error = true);

// Whether n bytes are all ASCII (below 0x80).
bool IsAsciiBytes(const uint8_t* p, size_t n);
// Writes `s` as UTF-8 into dst[0, cap) without splitting a character; returns the bytes written.
// `replace_invalid` writes lone surrogates as U+FFFD (else as their 3-byte WTF-8 form). A one-byte
// string that is all ASCII is copied, not run through V8's per-character encoder.
size_t WriteUtf8(v8::Isolate* isolate, v8::Local<v8::String> s, uint8_t* dst, size_t cap,
                 bool replace_invalid = true);

inline bool SetProp(v8::Local<v8::Context> ctx, v8::Local<v8::Object> obj, const char* key,
                    v8::Local<v8::Value> value) {
  return obj->Set(ctx, InternalizedStr(ctx->GetIsolate(), key), value).FromMaybe(false);
}

}  // namespace nodus

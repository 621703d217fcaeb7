// internalBinding('icu'): ICU services the JS side needs that V8 10.2 does not expose.
//   expandUnicodeSet(pattern) -> [ranges (Uint32Array, [lo, hi] pairs), strings (Array)] or
//   undefined when ICU rejects the pattern. Used to give regular expressions with the `v` flag
//   (set operations, nested classes, \q{}, properties of strings) their meaning on V8 10.2.
#include <unicode/uniset.h>
#include <unicode/usetiter.h>

#include "base/binding.h"

namespace nodus::icu {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

void ExpandUnicodeSet(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString()) return;
  v8::Local<v8::String> pattern = info[0].As<v8::String>();
  std::u16string text(pattern->Length(), u'\0');
  pattern->Write(isolate, reinterpret_cast<uint16_t*>(text.data()), 0, -1,
                 v8::String::NO_NULL_TERMINATION);
  UErrorCode status = U_ZERO_ERROR;
  ::icu::UnicodeString upattern(false, text.data(), static_cast<int32_t>(text.size()));
  ::icu::UnicodeSet set(upattern, status);
  if (U_FAILURE(status)) return;
  int32_t count = set.getRangeCount();
  auto buffer = v8::ArrayBuffer::New(isolate, static_cast<size_t>(count) * 2 * sizeof(uint32_t));
  auto* ranges = static_cast<uint32_t*>(buffer->Data());
  for (int32_t i = 0; i < count; i++) {
    ranges[2 * i] = static_cast<uint32_t>(set.getRangeStart(i));
    ranges[2 * i + 1] = static_cast<uint32_t>(set.getRangeEnd(i));
  }
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Array> strings = v8::Array::New(isolate);
  uint32_t n = 0;
  ::icu::UnicodeSetIterator it(set);
  while (it.nextRange()) {
    if (!it.isString()) continue;
    const ::icu::UnicodeString& s = it.getString();
    v8::Local<v8::String> str;
    if (!v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(s.getBuffer()),
                                    v8::NewStringType::kNormal, s.length())
             .ToLocal(&str) ||
        strings->Set(ctx, n++, str).IsNothing())
      return;
  }
  v8::Local<v8::Value> out[] = {v8::Uint32Array::New(buffer, 0, static_cast<size_t>(count) * 2),
                                strings};
  info.GetReturnValue().Set(v8::Array::New(isolate, out, 2));
}

}  // namespace

void Init(Binding& b) { b.Method("expandUnicodeSet", ExpandUnicodeSet); }

}  // namespace nodus::icu

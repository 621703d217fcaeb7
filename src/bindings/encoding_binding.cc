// internalBinding('encoding_binding'): UTF-8 encode/decode for TextEncoder/TextDecoder.
#include <cstring>

#include "base/binding.h"

namespace nodus::encoding_binding {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

void EncodeUtf8String(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> s;
  if (!info[0]->ToString(isolate->GetCurrentContext()).ToLocal(&s)) return;
  size_t len = s->Utf8Length(isolate);
  auto ab = v8::ArrayBuffer::New(isolate, len);
  s->WriteUtf8(isolate, static_cast<char*>(ab->Data()), static_cast<int>(len), nullptr,
               v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  info.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, len));
}

// encodeInto(source, dest Uint8Array) -> [read (UTF-16 units), written (bytes)]
void EncodeInto(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> s = info[0].As<v8::String>();
  auto dest = info[1].As<v8::Uint8Array>();
  char* data = static_cast<char*>(dest->Buffer()->Data()) + dest->ByteOffset();
  int read = 0;
  int written = s->WriteUtf8(isolate, data, static_cast<int>(dest->ByteLength()), &read,
                             v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  v8::Local<v8::Value> out[] = {v8::Integer::New(isolate, read), v8::Integer::New(isolate, written)};
  info.GetReturnValue().Set(v8::Array::New(isolate, out, 2));
}

// Decodes UTF-8 with WHATWG replacement semantics; with fatal, returns undefined on bad input.
bool DecodeUtf8(const uint8_t* p, size_t n, bool fatal, std::u16string* out) {
  out->reserve(n);
  size_t i = 0;
  while (i < n) {
    uint8_t c = p[i];
    if (c < 0x80) {
      out->push_back(c);
      i++;
      continue;
    }
    uint32_t cp = 0;
    size_t need = 0;
    uint8_t lower = 0x80, upper = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (c == 0xE0) lower = 0xA0;
      if (c == 0xED) upper = 0x9F;
      need = 2;
      cp = c & 0xF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (c == 0xF0) lower = 0x90;
      if (c == 0xF4) upper = 0x8F;
      need = 3;
      cp = c & 0x7;
    } else {
      if (fatal) return false;
      out->push_back(0xFFFD);
      i++;
      continue;
    }
    size_t j = i + 1;
    bool bad = false;
    for (size_t k = 0; k < need; k++, j++) {
      if (j >= n || p[j] < lower || p[j] > upper) {
        bad = true;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (p[j] & 0x3F);
    }
    if (bad) {
      if (fatal) return false;
      out->push_back(0xFFFD);
      i = j;  // the maximal subpart is replaced by one U+FFFD
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out->push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out->push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out->push_back(static_cast<char16_t>(cp));
    }
    i = j;
  }
  return true;
}

// decodeUTF8(view, ignoreBOM, fatal) -> string, or undefined when fatal and invalid.
void DecodeUTF8(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  const uint8_t* data;
  size_t len;
  if (info[0]->IsArrayBufferView()) {
    auto view = info[0].As<v8::ArrayBufferView>();
    data = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    len = view->ByteLength();
  } else if (info[0]->IsArrayBuffer()) {
    auto ab = info[0].As<v8::ArrayBuffer>();
    data = static_cast<const uint8_t*>(ab->Data());
    len = ab->ByteLength();
  } else {
    ThrowTypeError(isolate, "input must be an ArrayBuffer or ArrayBufferView");
    return;
  }
  bool ignore_bom = info[1]->IsTrue();
  bool fatal = info[2]->IsTrue();
  if (!ignore_bom && len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
    data += 3;
    len -= 3;
  }
  bool ascii = true;
  for (size_t i = 0; i < len; i++) {
    if (data[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  v8::Local<v8::String> s;
  if (ascii) {
    if (v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal, static_cast<int>(len))
            .ToLocal(&s))
      info.GetReturnValue().Set(s);
    return;
  }
  std::u16string out;
  if (!DecodeUtf8(data, len, fatal, &out)) return;  // undefined: JS throws ERR_ENCODING_INVALID_ENCODED_DATA
  if (v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(out.data()),
                                 v8::NewStringType::kNormal, static_cast<int>(out.size()))
          .ToLocal(&s))
    info.GetReturnValue().Set(s);
}
}  // namespace

void Init(Binding& b) {
  b.Method("encodeUtf8String", EncodeUtf8String);
  b.Method("encodeInto", EncodeInto);
  b.Method("decodeUTF8", DecodeUTF8);
}

}  // namespace nodus::encoding_binding

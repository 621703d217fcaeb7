// internalBinding('icu'): ICU services the JS side needs that V8 10.2 does not expose.
//   expandUnicodeSet(pattern) -> [ranges (Uint32Array, [lo, hi] pairs), strings (Array)] or
//   undefined when ICU rejects the pattern. Used to give regular expressions with the `v` flag
//   (set operations, nested classes, \q{}, properties of strings) their meaning on V8 10.2.
//   Converter(name, fatal): an ICU converter for TextDecoder's legacy encodings (node 22 decodes
//   them with ICU too); throws nothing, `converter.ok` is false when ICU has no such converter.
//   converter.decode(bytes, flush) -> string, or undefined for bytes a fatal decoder refuses.
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/uniset.h>
#include <unicode/usetiter.h>

#include <cstring>
#include <string>

#include "base/base_object.h"
#include "base/binding.h"
#include "runtime/realm.h"

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


// Bytes a converter cannot map become U+FFFD, as the Encoding standard and node have it (ICU's
// own substitute for multi-byte converters is U+001A); a fatal decoder stops there instead (the
// error stays set). gb18030's byte 0x80 is U+20AC in the standard (and in node 22's ICU) but an
// error in ICU 72's converter, fatal or not.
struct CallbackMode {
  bool fatal;
  bool gb18030;
};

void ToUnicodeCallback(const void* context, UConverterToUnicodeArgs* args, const char* bytes,
                       int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  const auto* mode = static_cast<const CallbackMode*>(context);
  UChar out = 0xFFFD;
  if (mode->gb18030 && length == 1 && static_cast<unsigned char>(bytes[0]) == 0x80) {
    out = 0x20AC;
  } else if (mode->fatal) {
    return;
  }
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &out, 1, 0, err);
}

class Converter : public BaseObject {
 public:
  Converter(Realm* realm, v8::Local<v8::Object> obj, UConverter* conv)
      : BaseObject(realm, obj), conv_(conv) {}
  ~Converter() override {
    if (conv_ != nullptr) ucnv_close(conv_);
  }

  static void New(const Info& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall() || !info[0]->IsString()) return;
    v8::String::Utf8Value name(isolate, info[0]);
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(*name, &status);
    if (U_FAILURE(status)) conv = nullptr;
    if (conv != nullptr) {
      static const CallbackMode kModes[] = {{false, false}, {false, true}, {true, false}, {true, true}};
      const CallbackMode* mode =
          &kModes[(info[1]->IsTrue() ? 2 : 0) + (std::strcmp(*name, "gb18030") == 0 ? 1 : 0)];
      ucnv_setToUCallBack(conv, ToUnicodeCallback, mode, nullptr, nullptr, &status);
      if (U_FAILURE(status)) {
        ucnv_close(conv);
        conv = nullptr;
      }
    }
    auto* self = new Converter(Realm::From(info), info.This(), conv);
    self->MakeWeak();
    if (info.This()
            ->Set(isolate->GetCurrentContext(), Str(isolate, "ok"),
                  v8::Boolean::New(isolate, conv != nullptr))
            .IsNothing()) {
      return;
    }
  }

  // decode(bytes, flush): the text of `bytes` (and of what earlier calls left pending).
  static void Decode(const Info& info) {
    NODUS_UNWRAP(self, Converter, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    if (self->conv_ == nullptr || !info[0]->IsArrayBufferView()) return;
    v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
    std::string bytes(view->ByteLength(), '\0');
    view->CopyContents(bytes.data(), bytes.size());
    bool flush = info[1]->IsTrue();
    std::u16string out;
    const char* src = bytes.data();
    const char* src_end = src + bytes.size();
    char16_t buf[4096];
    for (;;) {
      UChar* dst = reinterpret_cast<UChar*>(buf);
      UErrorCode status = U_ZERO_ERROR;
      ucnv_toUnicode(self->conv_, &dst, reinterpret_cast<UChar*>(buf) + 4096, &src, src_end,
                     nullptr, flush, &status);
      out.append(buf, reinterpret_cast<char16_t*>(dst) - buf);
      if (status == U_BUFFER_OVERFLOW_ERROR) continue;
      if (U_FAILURE(status)) {  // a fatal decoder met bytes it refuses: start over clean
        ucnv_reset(self->conv_);
        return;
      }
      break;
    }
    if (flush) ucnv_resetToUnicode(self->conv_);
    v8::Local<v8::String> result;
    if (!v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(out.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(out.size()))
             .ToLocal(&result)) {
      return;
    }
    info.GetReturnValue().Set(result);
  }

 private:
  UConverter* conv_;
};

}  // namespace

void Init(Binding& b) {
  b.Method("expandUnicodeSet", ExpandUnicodeSet);
  v8::Local<v8::FunctionTemplate> converter = b.Class("Converter", Converter::New);
  b.ProtoMethod(converter, "decode", Converter::Decode);
  b.Install("Converter", converter);
}

}  // namespace nodus::icu

// internalBinding('util'): engine internals util.inspect and others need.
#include <unistd.h>
#include <uv.h>

#include "base/binding.h"
#include "runtime/realm.h"

namespace nodus::util {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;
enum { kPending = 0, kFulfilled = 1, kRejected = 2 };

void GetPromiseDetails(const Info& info) {
  if (!info[0]->IsPromise()) return;
  v8::Isolate* isolate = info.GetIsolate();
  auto promise = info[0].As<v8::Promise>();
  int state = promise->State() == v8::Promise::kPending     ? kPending
              : promise->State() == v8::Promise::kFulfilled ? kFulfilled
                                                            : kRejected;
  v8::Local<v8::Value> values[2] = {v8::Integer::New(isolate, state)};
  int n = 1;
  if (state != kPending) values[n++] = promise->Result();
  info.GetReturnValue().Set(v8::Array::New(isolate, values, n));
}

void GetProxyDetails(const Info& info) {
  if (!info[0]->IsProxy()) return;
  v8::Isolate* isolate = info.GetIsolate();
  auto proxy = info[0].As<v8::Proxy>();
  if (info.Length() > 1 && info[1]->IsFalse()) {
    info.GetReturnValue().Set(proxy->GetTarget());
    return;
  }
  v8::Local<v8::Value> values[] = {proxy->GetTarget(), proxy->GetHandler()};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

void PreviewEntries(const Info& info) {
  if (!info[0]->IsObject()) return;
  v8::Isolate* isolate = info.GetIsolate();
  bool is_key_value;
  v8::Local<v8::Array> entries;
  if (!info[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (info.Length() < 2 || !info[1]->IsTrue()) {
    info.GetReturnValue().Set(entries);
    return;
  }
  v8::Local<v8::Value> values[] = {entries, v8::Boolean::New(isolate, is_key_value)};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

void GetOwnNonIndexProperties(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  if (!info[0]->IsObject()) return;
  auto filter = static_cast<v8::PropertyFilter>(info[1]->Uint32Value(ctx).FromMaybe(0));
  v8::Local<v8::Array> props;
  if (!info[0]
           .As<v8::Object>()
           ->GetPropertyNames(ctx, v8::KeyCollectionMode::kOwnOnly, filter,
                              v8::IndexFilter::kSkipIndices)
           .ToLocal(&props))
    return;
  info.GetReturnValue().Set(props);
}

void GetConstructorName(const Info& info) {
  if (!info[0]->IsObject()) return;
  info.GetReturnValue().Set(info[0].As<v8::Object>()->GetConstructorName());
}

void GetExternalValue(const Info& info) {
  if (!info[0]->IsExternal()) return;
  void* ptr = info[0].As<v8::External>()->Value();
  info.GetReturnValue().Set(
      v8::BigInt::NewFromUnsigned(info.GetIsolate(), reinterpret_cast<uintptr_t>(ptr)));
}

void IsInsideNodeModules(const Info& info) { info.GetReturnValue().Set(false); }

void Sleep(const Info& info) {
  uint32_t ms = info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  uv_sleep(ms);
}

void IsConstructor(const Info& info) {
  info.GetReturnValue().Set(info[0]->IsFunction() &&
                            info[0].As<v8::Function>()->IsConstructor());
}

// Private symbols: properties invisible to user code (e.g. the arrow of a fatal error).
void SetHiddenValue(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  if (!info[0]->IsObject()) return;
  auto key = v8::Private::ForApi(isolate, info[1].As<v8::String>());
  info.GetReturnValue().Set(info[0].As<v8::Object>()->SetPrivate(ctx, key, info[2]).FromMaybe(false));
}
void GetHiddenValue(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  if (!info[0]->IsObject()) return;
  auto key = v8::Private::ForApi(isolate, info[1].As<v8::String>());
  v8::Local<v8::Value> v;
  if (info[0].As<v8::Object>()->GetPrivate(ctx, key).ToLocal(&v)) info.GetReturnValue().Set(v);
}

// 'TTY' | 'FILE' | 'PIPE' | 'TCP' | 'UDP' | 'UNKNOWN' for an fd (how stdio streams are built).
void GuessHandleType(const Info& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  const char* type = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
      case UV_TTY: type = "TTY"; break;
      case UV_FILE: type = "FILE"; break;
      case UV_NAMED_PIPE: type = "PIPE"; break;
      case UV_TCP: type = "TCP"; break;
      case UV_UDP: type = "UDP"; break;
      default: break;
    }
  }
  info.GetReturnValue().Set(Str(info.GetIsolate(), type));
}


}  // namespace

void Init(Binding& b) {
  b.Method("getPromiseDetails", GetPromiseDetails);
  b.Method("getProxyDetails", GetProxyDetails);
  b.Method("previewEntries", PreviewEntries);
  b.Method("getOwnNonIndexProperties", GetOwnNonIndexProperties);
  b.Method("getConstructorName", GetConstructorName);
  b.Method("getExternalValue", GetExternalValue);
  b.Method("isInsideNodeModules", IsInsideNodeModules);
  b.Method("sleep", Sleep);
  b.Method("isConstructor", IsConstructor);
  b.Method("setHiddenValue", SetHiddenValue);
  b.Method("getHiddenValue", GetHiddenValue);
  b.Method("guessHandleType", GuessHandleType);
  b.Constant("kPending", kPending);
  b.Constant("kFulfilled", kFulfilled);
  b.Constant("kRejected", kRejected);
  b.Constant("ALL_PROPERTIES", v8::ALL_PROPERTIES);
  b.Constant("ONLY_ENUMERABLE", v8::ONLY_ENUMERABLE);
  b.Constant("ONLY_WRITABLE", v8::ONLY_WRITABLE);
  b.Constant("ONLY_CONFIGURABLE", v8::ONLY_CONFIGURABLE);
  b.Constant("SKIP_STRINGS", v8::SKIP_STRINGS);
  b.Constant("SKIP_SYMBOLS", v8::SKIP_SYMBOLS);
}

}  // namespace nodus::util

// internalBinding('uv'): libuv error names and messages (for Node-style system errors).
#include <uv.h>

#include "base/binding.h"

namespace nodus::uv {

static void ErrName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int err = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  char buf[64];
  uv_err_name_r(err, buf, sizeof(buf));
  info.GetReturnValue().Set(Str(info.GetIsolate(), buf));
}

static void GetErrorMap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Map> map = v8::Map::New(isolate);
#define V(name, msg)                                                                    \
  {                                                                                     \
    v8::Local<v8::Value> pair[] = {Str(isolate, #name), Str(isolate, msg)};            \
    if (map->Set(ctx, v8::Integer::New(isolate, UV_##name), v8::Array::New(isolate, pair, 2)) \
            .IsEmpty())                                                                 \
      return;                                                                           \
  }
  UV_ERRNO_MAP(V)
#undef V
  info.GetReturnValue().Set(map);
}

void Init(Binding& b) {
  b.Method("errname", ErrName, 1);
  b.Method("getErrorMap", GetErrorMap);
#define V(name, _) b.Constant("UV_" #name, UV_##name);
  UV_ERRNO_MAP(V)
#undef V
}

}  // namespace nodus::uv

// internalBinding('signal_wrap'): Signal handles behind process.on('SIGINT') and friends.
#include <uv.h>

#include "base/handle_wrap.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::signal_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Realm* realm, v8::Local<v8::Object> obj)
      : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(&handle_), "SignalWrap") {
    uv_signal_init(realm->loop(), &handle_);
  }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor Signal cannot be invoked without 'new'");
      return;
    }
    new SignalWrap(Realm::From(info), info.This());
  }

  static void Start(const Info& info) {
    NODUS_UNWRAP(wrap, SignalWrap, info.This());
    int signum = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_signal_start(&wrap->handle_, OnSignal, signum));
  }

  static void Stop(const Info& info) {
    NODUS_UNWRAP(wrap, SignalWrap, info.This());
    info.GetReturnValue().Set(uv_signal_stop(&wrap->handle_));
  }

 private:
  static void OnSignal(uv_signal_t* handle, int signum) {
    SignalWrap* wrap = static_cast<SignalWrap*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    Realm* realm = wrap->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    v8::Local<v8::Value> arg = v8::Integer::New(isolate, signum);
    MakeCallback(realm, wrap->object(), "onsignal", 1, &arg);
  }

  uv_signal_t handle_;
};
}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> cls = b.Class("Signal", SignalWrap::New);
  HandleWrap::AddMethods(b, cls);
  b.ProtoMethod(cls, "start", SignalWrap::Start);
  b.ProtoMethod(cls, "stop", SignalWrap::Stop);
  b.Install("Signal", cls);
}

}  // namespace nodus::signal_wrap

// internalBinding('errors'): routing JS-detected fatal errors (unhandled rejections) to the
// uncaught-exception path, and the source arrow of an error.
#include "base/binding.h"
#include "runtime/errors.h"
#include "runtime/realm.h"

namespace nodus::errors {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

void TriggerUncaught(const Info& info) {
  Realm* realm = Realm::From(info);
  TriggerUncaughtException(realm, info[0], v8::Local<v8::Message>(), info[1]->IsTrue());
}

// The "file:line\nsource\n   ^\n" block for where `error` was created.
void GetArrow(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Message> msg = v8::Exception::CreateMessage(isolate, info[0]);
  info.GetReturnValue().Set(Str(isolate, GetErrorSource(isolate, isolate->GetCurrentContext(), msg)));
}

struct StackTraceHook : BindingDataBase {
  explicit StackTraceHook(Realm*) {}
  v8::Global<v8::Function> fn;
};

v8::MaybeLocal<v8::Value> PrepareStackTrace(v8::Local<v8::Context> context,
                                            v8::Local<v8::Value> error,
                                            v8::Local<v8::Array> sites) {
  Realm* realm = Realm::From(context);
  v8::Isolate* isolate = context->GetIsolate();
  StackTraceHook* hook = realm->BindingData<StackTraceHook>();
  if (hook->fn.IsEmpty()) return v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {context->Global(), error, sites};
  return hook->fn.Get(isolate)->Call(context, v8::Undefined(isolate), 3, argv);
}

// setPrepareStackTraceCallback(fn | undefined): V8's stack formatting goes through fn
// (source maps); undefined restores V8's own.
void SetPrepareStackTraceCallback(const Info& info) {
  Realm* realm = Realm::From(info);
  StackTraceHook* hook = realm->BindingData<StackTraceHook>();
  if (info[0]->IsFunction()) {
    hook->fn.Reset(info.GetIsolate(), info[0].As<v8::Function>());
    info.GetIsolate()->SetPrepareStackTraceCallback(PrepareStackTrace);
  } else {
    hook->fn.Reset();
    info.GetIsolate()->SetPrepareStackTraceCallback(nullptr);
  }
}

void NoSideEffectsToString(const Info& info) {
  v8::Local<v8::String> s;
  if (info[0]->ToDetailString(info.GetIsolate()->GetCurrentContext()).ToLocal(&s))
    info.GetReturnValue().Set(s);
}
}  // namespace

void Init(Binding& b) {
  b.Method("triggerUncaughtException", TriggerUncaught);
  b.Method("getArrow", GetArrow);
  b.Method("noSideEffectsToString", NoSideEffectsToString);
  b.Method("setPrepareStackTraceCallback", SetPrepareStackTraceCallback);
}

}  // namespace nodus::errors

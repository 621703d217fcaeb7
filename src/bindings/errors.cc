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
}

}  // namespace nodus::errors

// internalBinding('async_wrap'): the current AsyncLocalStorage frame (V8's continuation-preserved
// embedder data, see src/runtime/callback.h) and V8's promise hooks for async_hooks.createHook.
#include "base/binding.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::async_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

void GetFrame(const Info& info) {
  info.GetReturnValue().Set(
      info.GetIsolate()->GetCurrentContext()->GetContinuationPreservedEmbedderData());
}

// setFrame(frame): makes `frame` current; from then on native objects remember their frame.
void SetFrame(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm* realm = Realm::From(info);
  if (!realm->async_frames_used && !info[0]->IsUndefined()) {
    realm->async_frame_key.Reset(isolate, v8::Private::New(isolate));
    realm->async_frames_used = true;
  }
  isolate->GetCurrentContext()->SetContinuationPreservedEmbedderData(info[0]);
}

// setPromiseHooks(init, before, after, resolve): undefined entries clear a hook.
void SetPromiseHooks(const Info& info) {
  v8::Local<v8::Function> fns[4];
  for (int i = 0; i < 4; i++) {
    if (info[i]->IsFunction()) fns[i] = info[i].As<v8::Function>();
  }
  info.GetIsolate()->GetCurrentContext()->SetPromiseHooks(fns[0], fns[1], fns[2], fns[3]);
}
}  // namespace

void Init(Binding& b) {
  b.Method("getFrame", GetFrame);
  b.Method("setFrame", SetFrame, 1);
  b.Method("setPromiseHooks", SetPromiseHooks, 4);
}

}  // namespace nodus::async_wrap

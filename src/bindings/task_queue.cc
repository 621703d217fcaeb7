// internalBinding('task_queue'): the nextTick queue's shared flags, microtasks, and V8's promise
// rejection tracking (lib/internal/process/task_queues.js and promises.js).
#include "base/binding.h"
#include "runtime/realm.h"

namespace nodus::task_queue {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

void RunMicrotasks(const Info& info) { info.GetIsolate()->PerformMicrotaskCheckpoint(); }

void EnqueueMicrotask(const Info& info) {
  if (!info[0]->IsFunction()) return;
  info.GetIsolate()->EnqueueMicrotask(info[0].As<v8::Function>());
}

void SetTickCallback(const Info& info) {
  Realm* realm = Realm::From(info);
  realm->tick_callback.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

void PromiseRejectCallback(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  if (ctx.IsEmpty()) return;
  Realm* realm = Realm::From(ctx);
  if (realm == nullptr || realm->promise_reject_callback.IsEmpty()) return;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> reason = message.GetValue();
  if (reason.IsEmpty()) reason = v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, message.GetEvent()), promise, reason};
  v8::Local<v8::Function> fn = realm->promise_reject_callback.Get(isolate);
  v8::TryCatch try_catch(isolate);
  (void)fn->Call(ctx, v8::Undefined(isolate), 3, argv);
}

void SetPromiseRejectCallback(const Info& info) {
  Realm* realm = Realm::From(info);
  realm->promise_reject_callback.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  info.GetIsolate()->SetPromiseRejectCallback(PromiseRejectCallback);
}
}  // namespace

void Init(Binding& b) {
  b.Method("runMicrotasks", RunMicrotasks);
  b.Method("enqueueMicrotask", EnqueueMicrotask);
  b.Method("setTickCallback", SetTickCallback);
  b.Method("setPromiseRejectCallback", SetPromiseRejectCallback);
  b.Constant("kPromiseRejectWithNoHandler", v8::kPromiseRejectWithNoHandler);
  b.Constant("kPromiseHandlerAddedAfterReject", v8::kPromiseHandlerAddedAfterReject);
  b.Constant("kPromiseResolveAfterResolved", v8::kPromiseResolveAfterResolved);
  b.Constant("kPromiseRejectAfterResolved", v8::kPromiseRejectAfterResolved);
  b.Constant("kHasTickScheduled", kHasTickScheduled);
  b.Constant("kHasRejectionToWarn", kHasRejectionToWarn);
  if (b.recording()) return;
  // The flags array JS already holds (from a snapshot) is adopted; otherwise made here.
  v8::Isolate* isolate = b.isolate();
  Realm* realm = b.realm();
  v8::Local<v8::Value> existing;
  if (b.target()->Get(b.context(), InternalizedStr(isolate, "tickInfo")).ToLocal(&existing) &&
      existing->IsInt32Array()) {
    auto arr = existing.As<v8::Int32Array>();
    realm->tick_info_array.Reset(isolate, arr);
    realm->tick_fields = static_cast<int32_t*>(arr->Buffer()->Data()) + arr->ByteOffset() / 4;
    return;
  }
  auto ab = v8::ArrayBuffer::New(isolate, sizeof(int32_t) * kTickFieldCount);
  auto arr = v8::Int32Array::New(ab, 0, kTickFieldCount);
  realm->tick_info_array.Reset(isolate, arr);
  realm->tick_fields = static_cast<int32_t*>(ab->Data());
  b.Value("tickInfo", arr);
}

}  // namespace nodus::task_queue

#include "runtime/callback.h"

#include "base/v8_helpers.h"
#include "runtime/errors.h"
#include "runtime/realm.h"

namespace nodus {

CallbackScope::CallbackScope(Realm* realm) : realm_(realm) { realm_->callback_depth++; }

CallbackScope::~CallbackScope() {
  realm_->callback_depth--;
  if (realm_->callback_depth > 0 || realm_->stopping) return;
  DrainTasks(realm_);
}

void DrainTasks(Realm* realm) {
  v8::Isolate* isolate = realm->isolate();
  if (realm->stopping || realm->callback_depth > 0) return;
  int32_t* fields = realm->tick_fields;
  if (fields == nullptr || (!fields[kHasTickScheduled] && !fields[kHasRejectionToWarn])) {
    realm->callback_depth++;
    isolate->PerformMicrotaskCheckpoint();
    realm->callback_depth--;
  }
  // A microtask may have scheduled ticks; ticks run before the next promise jobs.
  if (fields == nullptr || (!fields[kHasTickScheduled] && !fields[kHasRejectionToWarn])) return;
  if (realm->tick_callback.IsEmpty()) return;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  v8::Local<v8::Function> tick = realm->tick_callback.Get(isolate);
  v8::Local<v8::Object> process = realm->process_object.Get(isolate);
  // A tick that throws is reported; once handled, the rest of the queue drains right away.
  for (;;) {
    realm->callback_depth++;
    v8::TryCatch try_catch(isolate);
    v8::MaybeLocal<v8::Value> ret = tick->Call(ctx, process, 0, nullptr);
    realm->callback_depth--;
    if (!ret.IsEmpty() || try_catch.HasTerminated()) return;
    ReportTryCatch(realm, try_catch);
    if (realm->stopping || (!fields[kHasTickScheduled] && !fields[kHasRejectionToWarn])) return;
  }
}

void CaptureAsyncFrame(Realm* realm, v8::Local<v8::Object> object, bool reused) {
  if (!realm->async_frames_used) return;
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::Context> ctx = realm->context();
  v8::Local<v8::Value> frame = ctx->GetContinuationPreservedEmbedderData();
  v8::Local<v8::Private> key = realm->async_frame_key.Get(isolate);
  // Objects made outside any frame carry none (a reused object drops its old one).
  if (frame->IsUndefined()) {
    if (reused) (void)object->DeletePrivate(ctx, key);
  } else {
    (void)object->SetPrivate(ctx, key, frame);
  }
}

AsyncFrameScope::AsyncFrameScope(Realm* realm, v8::Local<v8::Object> object)
    : realm_(realm->async_frames_used ? realm : nullptr) {
  if (realm_ == nullptr) return;
  v8::Isolate* isolate = realm_->isolate();
  v8::Local<v8::Context> ctx = realm_->context();
  prev_ = ctx->GetContinuationPreservedEmbedderData();
  v8::Local<v8::Value> frame;
  if (!object->GetPrivate(ctx, realm_->async_frame_key.Get(isolate)).ToLocal(&frame))
    frame = v8::Undefined(isolate);
  ctx->SetContinuationPreservedEmbedderData(frame);
}

AsyncFrameScope::~AsyncFrameScope() {
  if (realm_ != nullptr) realm_->context()->SetContinuationPreservedEmbedderData(prev_);
}

v8::MaybeLocal<v8::Value> MakeCallback(Realm* realm, v8::Local<v8::Object> recv,
                                       v8::Local<v8::Function> fn, int argc,
                                       v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = realm->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  v8::Context::Scope context_scope(ctx);
  if (realm->stopping) return {};
  CallbackScope callback_scope(realm);
  v8::Local<v8::Value> result;
  {
    // The frame is left before the tick queue drains (each tick has its own).
    AsyncFrameScope frame_scope(realm, recv);
    v8::TryCatch try_catch(isolate);
    if (!fn->Call(ctx, recv, argc, argv).ToLocal(&result)) {
      callback_scope.MarkFailed();
      ReportTryCatch(realm, try_catch);
      return {};
    }
  }
  return scope.Escape(result);
}

v8::MaybeLocal<v8::Value> MakeCallback(Realm* realm, v8::Local<v8::Object> recv,
                                       const char* method, int argc, v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = realm->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  v8::Local<v8::Value> fn;
  if (!recv->Get(ctx, InternalizedStr(isolate, method)).ToLocal(&fn) || !fn->IsFunction())
    return {};
  v8::Local<v8::Value> result;
  if (!MakeCallback(realm, recv, fn.As<v8::Function>(), argc, argv).ToLocal(&result)) return {};
  return scope.Escape(result);
}

}  // namespace nodus

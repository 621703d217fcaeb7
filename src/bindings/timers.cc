// internalBinding('timers'): one uv timer for all JS timers, and the check/idle handles behind
// setImmediate (lib/internal/timers.js keeps the lists).
#include <cmath>

#include "base/binding.h"
#include "runtime/callback.h"
#include "runtime/errors.h"
#include "runtime/realm.h"

namespace nodus::timers {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

enum ImmediateField { kCount = 0, kRefCount, kHasOutstanding, kImmediateFieldCount };

struct TimersData : BindingDataBase {
  explicit TimersData(Realm* r) : realm(r) {
    uv_timer_init(r->loop(), &timer);
    timer.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer));  // ref'd only while a ref'd timer exists
    uv_check_init(r->loop(), &check);
    check.data = this;
    uv_check_start(&check, OnCheck);
    uv_unref(reinterpret_cast<uv_handle_t*>(&check));
    uv_idle_init(r->loop(), &idle);
    idle.data = this;
    v8::Isolate* isolate = r->isolate();
    auto ab = v8::ArrayBuffer::New(isolate, sizeof(uint32_t) * kImmediateFieldCount);
    immediate_info.Reset(isolate, v8::Uint32Array::New(ab, 0, kImmediateFieldCount));
    fields = static_cast<uint32_t*>(ab->Data());
  }

  void Adopt(v8::Local<v8::Uint32Array> arr) {
    immediate_info.Reset(realm->isolate(), arr);
    fields = static_cast<uint32_t*>(arr->Buffer()->Data()) + arr->ByteOffset() / 4;
  }

  // The uv timer only wakes the poll phase at the right time (and keeps the loop alive while a
  // ref'd JS timer exists). JS timers run in the realm's timers phase, after check and close
  // handles, as libuv 1.45+ (node 22's) orders an iteration. libuv 1.44 runs due timers first
  // in an iteration too: one that falls due between the timers phase's check and the next
  // iteration fires there, before poll, and nothing would then end that poll; uv_stop makes
  // this iteration's poll return at once, so the timers phase after it runs the JS timers.
  static void OnWake(uv_timer_t* handle) { uv_stop(handle->loop); }

  void Schedule(double delay_ms) {
    if (delay_ms < 1) delay_ms = 1;
    uv_timer_start(&timer, OnWake, static_cast<uint64_t>(delay_ms), 0);
    expiry = static_cast<double>(uv_now(realm->loop())) + static_cast<uint64_t>(delay_ms);
  }

  static void TimersPhase(Realm* realm) {
    TimersData* d = realm->BindingData<TimersData>();
    if (d->expiry < 0 || realm->stopping) return;
    uv_update_time(realm->loop());
    if (static_cast<double>(uv_now(realm->loop())) < d->expiry) return;
    d->expiry = -1;
    d->RunTimers();
  }

  void RunTimers() {
    TimersData* d = this;
    if (realm->stopping || d->process_timers.IsEmpty()) return;
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> ctx = realm->context();
    v8::Context::Scope context_scope(ctx);
    v8::Local<v8::Function> cb = d->process_timers.Get(isolate);
    v8::Local<v8::Object> process = realm->process_object.Get(isolate);
    v8::Local<v8::Value> ret;
    // The next wake-up is set before the scope runs the ticks and microtasks: a timer they create
    // (setTimeout after an await in a timer callback) schedules itself over it, as in node.
    CallbackScope callback_scope(realm);
    // A throwing timer is reported, then the remaining timers still run.
    for (;;) {
      uv_update_time(realm->loop());
      v8::Local<v8::Value> now = v8::Number::New(isolate, static_cast<double>(uv_now(realm->loop())));
      v8::TryCatch try_catch(isolate);
      if (cb->Call(ctx, process, 1, &now).ToLocal(&ret)) break;
      if (try_catch.HasTerminated() || realm->stopping) return;
      ReportTryCatch(realm, try_catch);
    }
    if (!ret->IsNumber()) return;
    double next = ret.As<v8::Number>()->Value();
    if (next == 0 || std::isnan(next)) return;
    double abs_next = std::fabs(next);
    double now = static_cast<double>(uv_now(realm->loop()));
    d->Schedule(abs_next - now);
    if (next > 0) {
      uv_ref(reinterpret_cast<uv_handle_t*>(&d->timer));
    } else {
      uv_unref(reinterpret_cast<uv_handle_t*>(&d->timer));
    }
  }

  static void OnCheck(uv_check_t* handle) {
    TimersData* d = static_cast<TimersData*>(handle->data);
    Realm* realm = d->realm;
    if (d->fields[kCount] == 0 || realm->stopping || d->process_immediate.IsEmpty()) return;
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> ctx = realm->context();
    v8::Context::Scope context_scope(ctx);
    MakeCallback(realm, realm->process_object.Get(isolate), d->process_immediate.Get(isolate), 0,
                 nullptr);
    if (d->fields[kRefCount] == 0) d->ToggleImmediateRef(false);
  }

  static void OnIdle(uv_idle_t*) {}

  void ToggleImmediateRef(bool ref) {
    if (ref) {
      uv_idle_start(&idle, OnIdle);  // keeps poll from blocking while immediates wait
    } else {
      uv_idle_stop(&idle);
    }
  }

  Realm* realm;
  double expiry = -1;  // loop time at which JS timers are due; -1: none scheduled
  uv_timer_t timer;
  uv_check_t check;
  uv_idle_t idle;
  v8::Global<v8::Uint32Array> immediate_info;
  uint32_t* fields;
  v8::Global<v8::Function> process_timers;
  v8::Global<v8::Function> process_immediate;
};

void SetupTimers(const Info& info) {
  TimersData* d = Realm::From(info)->BindingData<TimersData>();
  d->process_immediate.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  d->process_timers.Reset(info.GetIsolate(), info[1].As<v8::Function>());
}

void ScheduleTimer(const Info& info) {
  Realm* realm = Realm::From(info);
  TimersData* d = realm->BindingData<TimersData>();
  d->Schedule(info[0]->NumberValue(realm->context()).FromMaybe(1));
}

void ToggleTimerRef(const Info& info) {
  TimersData* d = Realm::From(info)->BindingData<TimersData>();
  if (info[0]->IsTrue()) {
    uv_ref(reinterpret_cast<uv_handle_t*>(&d->timer));
  } else {
    uv_unref(reinterpret_cast<uv_handle_t*>(&d->timer));
  }
}

void ToggleImmediateRef(const Info& info) {
  Realm::From(info)->BindingData<TimersData>()->ToggleImmediateRef(info[0]->IsTrue());
}

// The loop's time, refreshed first (as node does), so timers started late in a long callback
// count from when they were created.
void GetLibuvNow(const Info& info) {
  Realm* realm = Realm::From(info);
  uv_update_time(realm->loop());
  info.GetReturnValue().Set(static_cast<double>(uv_now(realm->loop())));
}
}  // namespace

void Init(Binding& b) {
  b.Method("setupTimers", SetupTimers);
  b.Method("scheduleTimer", ScheduleTimer);
  b.Method("toggleTimerRef", ToggleTimerRef);
  b.Method("toggleImmediateRef", ToggleImmediateRef);
  b.Method("getLibuvNow", GetLibuvNow);
  b.Constant("kCount", kCount);
  b.Constant("kRefCount", kRefCount);
  b.Constant("kHasOutstanding", kHasOutstanding);
  if (b.recording()) return;
  TimersData* d = b.realm()->BindingData<TimersData>();
  b.realm()->timers_phase = TimersData::TimersPhase;
  // After a snapshot, JS already holds immediateInfo: the loop's handles adopt that array.
  v8::Local<v8::Value> existing;
  if (b.target()->Get(b.context(), InternalizedStr(b.isolate(), "immediateInfo")).ToLocal(&existing) &&
      existing->IsUint32Array()) {
    d->Adopt(existing.As<v8::Uint32Array>());
    return;
  }
  b.Value("immediateInfo", d->immediate_info.Get(b.isolate()));
}

}  // namespace nodus::timers

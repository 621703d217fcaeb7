// internalBinding('contextify'): compiling user code (CommonJS wrappers, -e/-p scripts) and the
// native half of node:vm: ContextifyScript, contextified sandboxes (a new context whose global
// forwards property access to the sandbox object through interceptors), compileFunction, and
// the watchdogs behind `timeout` and `breakOnSigint`.
#include <semaphore.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "base/base_object.h"
#include "base/binding.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/realm.h"

namespace nodus::contextify {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

// Embedder data of a vm context (the realm keeps slot 33 for itself, shared with us).
constexpr int kContextifySlot = 34;  // ContextifyContext*
constexpr int kSandboxSlot = 35;     // the sandbox object (keeps it alive with the context)
constexpr int kAllowWasmSlot = 36;   // Boolean: codeGeneration.wasm

v8::Local<v8::Private> GlobalKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, InternalizedStr(isolate, "nodus:contextify:global"));
}
v8::Local<v8::Private> ArrowKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, InternalizedStr(isolate, "nodus:arrow"));
}

// Rethrows a compile error with its source arrow attached, as node shows it when fatal.
void Rethrow(Realm* realm, v8::TryCatch& try_catch) {
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) {
    try_catch.ReThrow();
    return;
  }
  DecorateErrorWithArrow(realm, try_catch.Exception(), try_catch.Message());
  try_catch.ReThrow();
}

// displayErrors: the arrow goes in front of `stack` (and is not printed again when fatal).
void DecorateStack(Realm* realm, v8::Local<v8::Value> error, v8::Local<v8::Message> message) {
  v8::Isolate* isolate = realm->isolate();
  if (!error->IsObject() || message.IsEmpty() || isolate->IsExecutionTerminating()) return;
  v8::Local<v8::Context> ctx = realm->context();
  v8::Local<v8::Object> obj = error.As<v8::Object>();
  v8::TryCatch inner(isolate);
  if (obj->IsProxy() || obj->HasPrivate(ctx, ArrowKey(isolate)).FromMaybe(true)) return;
  std::string arrow = GetErrorSource(isolate, ctx, message);
  if (arrow.empty()) return;
  v8::Local<v8::Value> stack;
  if (obj->IsNativeError() &&
      obj->Get(ctx, InternalizedStr(isolate, "stack")).ToLocal(&stack) && stack->IsString()) {
    v8::Local<v8::String> decorated =
        v8::String::Concat(isolate, Str(isolate, arrow + "\n"), stack.As<v8::String>());
    if (obj->Set(ctx, InternalizedStr(isolate, "stack"), decorated).FromMaybe(false)) {
      (void)obj->SetPrivate(ctx, ArrowKey(isolate), v8::String::Empty(isolate));
      return;
    }
  }
  (void)obj->SetPrivate(ctx, ArrowKey(isolate), Str(isolate, arrow));
}

// ---- contextified sandboxes ----------------------------------------------------------------

class ContextifyContext {
 public:
  ContextifyContext(Realm* realm, v8::Local<v8::Context> ctx, v8::Local<v8::Object> sandbox,
                    std::unique_ptr<v8::MicrotaskQueue> queue)
      : realm_(realm), queue_(std::move(queue)) {
    v8::Isolate* isolate = realm->isolate();
    context_.Reset(isolate, ctx);
    context_.SetWeak(this, FirstPass, v8::WeakCallbackType::kParameter);
    sandbox_.Reset(isolate, sandbox);
    sandbox_.SetWeak();
  }

  v8::Local<v8::Context> context(v8::Isolate* isolate) const { return context_.Get(isolate); }
  v8::Local<v8::Object> sandbox(v8::Isolate* isolate) const { return sandbox_.Get(isolate); }
  v8::MicrotaskQueue* queue() const { return queue_.get(); }
  bool contextified() const { return contextified_; }
  bool contextified_ = true;

  // The ContextifyContext behind an interceptor call (null while the context is being made).
  template <typename T>
  static ContextifyContext* From(const v8::PropertyCallbackInfo<T>& info) {
    v8::Local<v8::Context> ctx;
    if (!info.Holder()->GetCreationContext().ToLocal(&ctx)) return nullptr;
    if (ctx->GetNumberOfEmbedderDataFields() <= kSandboxSlot) return nullptr;
    auto* self = static_cast<ContextifyContext*>(ctx->GetAlignedPointerFromEmbedderData(kContextifySlot));
    if (self == nullptr || self->sandbox_.IsEmpty()) return nullptr;
    return self;
  }

  // From a contextified object (sandbox or DONT_CONTEXTIFY global): null if it is not one.
  static ContextifyContext* FromObject(v8::Isolate* isolate, v8::Local<v8::Context> current,
                                       v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    v8::Local<v8::Value> global;
    if (!value.As<v8::Object>()->GetPrivate(current, GlobalKey(isolate)).ToLocal(&global) ||
        !global->IsObject())
      return nullptr;
    v8::Local<v8::Context> ctx;
    if (!global.As<v8::Object>()->GetCreationContext().ToLocal(&ctx)) return nullptr;
    if (ctx->GetNumberOfEmbedderDataFields() <= kSandboxSlot) return nullptr;
    return static_cast<ContextifyContext*>(ctx->GetAlignedPointerFromEmbedderData(kContextifySlot));
  }

 private:
  static void FirstPass(const v8::WeakCallbackInfo<ContextifyContext>& info) {
    ContextifyContext* self = info.GetParameter();
    self->context_.Reset();
    self->sandbox_.Reset();
    info.SetSecondPassCallback(SecondPass);
  }
  static void SecondPass(const v8::WeakCallbackInfo<ContextifyContext>& info) {
    delete info.GetParameter();
  }

  Realm* realm_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Object> sandbox_;
  std::unique_ptr<v8::MicrotaskQueue> queue_;
};

bool IsGlobalProxyOf(ContextifyContext* cc, v8::Local<v8::Context> ctx, v8::Local<v8::Value> v) {
  return v == ctx->Global();
}

// Named interceptors: everything is looked up on the sandbox first, then on the real global
// (the new context's own builtins); stores go to the sandbox, as node's do.
void PropGetter(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* cc = ContextifyContext::From(info);
  if (cc == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = cc->context(isolate);
  v8::Local<v8::Object> sandbox = cc->sandbox(isolate);
  // As in node, a throwing getter or Proxy trap on the sandbox reads as "not there".
  v8::TryCatch try_catch(isolate);
  v8::MaybeLocal<v8::Value> maybe = sandbox->GetRealNamedProperty(ctx, property);
  if (maybe.IsEmpty()) {
    if (try_catch.HasTerminated()) {
      try_catch.ReThrow();
      return;
    }
    try_catch.Reset();
    maybe = ctx->Global()->GetRealNamedProperty(ctx, property);
    if (maybe.IsEmpty()) {
      if (try_catch.HasTerminated()) try_catch.ReThrow();
      return;
    }
  }
  v8::Local<v8::Value> rv = maybe.ToLocalChecked();
  if (rv == sandbox) rv = ctx->Global();
  info.GetReturnValue().Set(rv);
}

void PropSetter(v8::Local<v8::Name> property, v8::Local<v8::Value> value,
                const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* cc = ContextifyContext::From(info);
  if (cc == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = cc->context(isolate);
  v8::Local<v8::Object> sandbox = cc->sandbox(isolate);
  v8::PropertyAttribute attributes = v8::None;
  bool read_only = false;
  bool declared_on_global =
      ctx->Global()->GetRealNamedPropertyAttributes(ctx, property).To(&attributes);
  if (declared_on_global) read_only = (attributes & v8::ReadOnly) != 0;
  v8::TryCatch try_catch(isolate);
  bool declared_on_sandbox =
      sandbox->GetRealNamedPropertyAttributes(ctx, property).To(&attributes);
  if (try_catch.HasTerminated()) {
    try_catch.ReThrow();
    return;
  }
  try_catch.Reset();  // a throwing Proxy trap: the store below reports its own error
  if (declared_on_sandbox) read_only = read_only || (attributes & v8::ReadOnly) != 0;
  if (read_only) return;
  // `x = 1` (contextual) vs `this.x = 1` / `globalThis.x = 1`.
  bool is_contextual_store = !IsGlobalProxyOf(cc, ctx, info.This());
  bool is_declared = declared_on_global || declared_on_sandbox;
  if (!is_declared && info.ShouldThrowOnError() && is_contextual_store && !value->IsFunction())
    return;  // strict mode: V8 throws its ReferenceError
  if (!is_declared && property->IsSymbol()) return;
  if (sandbox->Set(ctx, property, value).IsNothing()) {
    try_catch.ReThrow();
    return;
  }
  if (declared_on_sandbox) {
    v8::Local<v8::Value> desc;
    if (sandbox->GetOwnPropertyDescriptor(ctx, property).ToLocal(&desc) && desc->IsObject()) {
      v8::Local<v8::Object> d = desc.As<v8::Object>();
      // An accessor on the sandbox: the store is done, do not define a data property too.
      if (d->HasOwnProperty(ctx, InternalizedStr(isolate, "get")).FromMaybe(false) ||
          d->HasOwnProperty(ctx, InternalizedStr(isolate, "set")).FromMaybe(false))
        info.GetReturnValue().Set(value);
    }
    if (try_catch.HasCaught()) try_catch.ReThrow();
  }
}

void PropQuery(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  ContextifyContext* cc = ContextifyContext::From(info);
  if (cc == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = cc->context(isolate);
  v8::Local<v8::Object> sandbox = cc->sandbox(isolate);
  v8::PropertyAttribute attr;
  bool has;
  if (!sandbox->HasRealNamedProperty(ctx, property).To(&has)) return;
  if (has) {
    if (sandbox->GetRealNamedPropertyAttributes(ctx, property).To(&attr))
      info.GetReturnValue().Set(static_cast<int32_t>(attr));
    return;
  }
  v8::Local<v8::Object> global = ctx->Global();
  if (!global->HasRealNamedProperty(ctx, property).To(&has)) return;
  if (has && global->GetRealNamedPropertyAttributes(ctx, property).To(&attr))
    info.GetReturnValue().Set(static_cast<int32_t>(attr));
}

void PropDescriptor(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* cc = ContextifyContext::From(info);
  if (cc == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = cc->context(isolate);
  v8::Local<v8::Object> sandbox = cc->sandbox(isolate);
  v8::TryCatch try_catch(isolate);
  bool has = false;
  if (!sandbox->HasOwnProperty(ctx, property).To(&has)) {
    try_catch.ReThrow();
    return;
  }
  if (!has) return;
  v8::Local<v8::Value> desc;
  if (!sandbox->GetOwnPropertyDescriptor(ctx, property).ToLocal(&desc)) {
    try_catch.ReThrow();
    return;
  }
  info.GetReturnValue().Set(desc);
}

void PropDefiner(v8::Local<v8::Name> property, const v8::PropertyDescriptor& desc,
                 const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* cc = ContextifyContext::From(info);
  if (cc == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = cc->context(isolate);
  v8::Local<v8::Object> sandbox = cc->sandbox(isolate);
  v8::PropertyAttribute attributes = v8::None;
  bool declared = ctx->Global()->GetRealNamedPropertyAttributes(ctx, property).To(&attributes);
  bool read_only = (attributes & v8::ReadOnly) != 0;
  bool dont_delete = (attributes & v8::DontDelete) != 0;
  // Neither writable nor configurable on the global: leave both alone (V8 decides).
  if (declared && read_only && dont_delete) return;
  v8::TryCatch try_catch(isolate);
  auto define = [&](v8::PropertyDescriptor* d) {
    if (desc.has_enumerable()) d->set_enumerable(desc.enumerable());
    if (desc.has_configurable()) d->set_configurable(desc.configurable());
    if (sandbox->DefineProperty(ctx, property, *d).IsNothing()) try_catch.ReThrow();
  };
  if (desc.has_get() || desc.has_set()) {
    v8::PropertyDescriptor d(desc.has_get() ? desc.get() : v8::Undefined(isolate).As<v8::Value>(),
                             desc.has_set() ? desc.set() : v8::Undefined(isolate).As<v8::Value>());
    define(&d);
  } else {
    v8::Local<v8::Value> value =
        desc.has_value() ? desc.value() : v8::Undefined(isolate).As<v8::Value>();
    if (desc.has_writable()) {
      v8::PropertyDescriptor d(value, desc.writable());
      define(&d);
    } else {
      v8::PropertyDescriptor d(value);
      define(&d);
    }
  }
}

void PropDeleter(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  ContextifyContext* cc = ContextifyContext::From(info);
  if (cc == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = cc->context(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Maybe<bool> ok = cc->sandbox(isolate)->Delete(ctx, property);
  if (ok.IsNothing()) {
    try_catch.ReThrow();
    return;
  }
  if (ok.FromJust()) return;  // V8 deletes it from the global too
  info.GetReturnValue().Set(false);
}

// The sandbox's own keys: names (symbols included) for the named enumerator, array indices
// for the indexed one; V8 filters them through the query callback (enumerability).
void SandboxKeys(const v8::PropertyCallbackInfo<v8::Array>& info, bool want_indices) {
  ContextifyContext* cc = ContextifyContext::From(info);
  if (cc == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = cc->context(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Array> all;
  if (!cc->sandbox(isolate)
           ->GetPropertyNames(ctx, v8::KeyCollectionMode::kOwnOnly, v8::ALL_PROPERTIES,
                              v8::IndexFilter::kIncludeIndices, v8::KeyConversionMode::kKeepNumbers)
           .ToLocal(&all)) {
    try_catch.ReThrow();
    return;
  }
  std::vector<v8::Local<v8::Value>> out;
  for (uint32_t i = 0; i < all->Length(); i++) {
    v8::Local<v8::Value> k;
    if (!all->Get(ctx, i).ToLocal(&k)) return;
    bool is_index = k->IsNumber();
    if (is_index == want_indices) out.push_back(k);
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}
void PropEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) { SandboxKeys(info, false); }
void IndexedEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) { SandboxKeys(info, true); }

v8::Local<v8::Name> IndexName(v8::Isolate* isolate, uint32_t index) {
  return v8::Integer::NewFromUnsigned(isolate, index)
      ->ToString(isolate->GetCurrentContext())
      .ToLocalChecked();  // a number's string never fails
}
void IndexedGetter(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  PropGetter(IndexName(info.GetIsolate(), index), info);
}
void IndexedSetter(uint32_t index, v8::Local<v8::Value> value,
                   const v8::PropertyCallbackInfo<v8::Value>& info) {
  PropSetter(IndexName(info.GetIsolate(), index), value, info);
}
void IndexedQuery(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  PropQuery(IndexName(info.GetIsolate(), index), info);
}
void IndexedDescriptor(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  PropDescriptor(IndexName(info.GetIsolate(), index), info);
}
void IndexedDefiner(uint32_t index, const v8::PropertyDescriptor& desc,
                    const v8::PropertyCallbackInfo<v8::Value>& info) {
  PropDefiner(IndexName(info.GetIsolate(), index), desc, info);
}
void IndexedDeleter(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  PropDeleter(IndexName(info.GetIsolate(), index), info);
}

struct ContextifyData : BindingDataBase {
  explicit ContextifyData(Realm*) {}
  v8::Global<v8::ObjectTemplate> global_template;
  bool wasm_callback_set = false;
};

v8::Local<v8::ObjectTemplate> GlobalTemplate(Realm* realm) {
  v8::Isolate* isolate = realm->isolate();
  ContextifyData* data = realm->BindingData<ContextifyData>();
  if (!data->global_template.IsEmpty()) return data->global_template.Get(isolate);
  v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(isolate);
  t->SetHandler(v8::NamedPropertyHandlerConfiguration(
      PropGetter, PropSetter, PropQuery, PropDeleter, PropEnumerator, PropDefiner, PropDescriptor,
      v8::Local<v8::Value>(), v8::PropertyHandlerFlags::kHasNoSideEffect));
  t->SetHandler(v8::IndexedPropertyHandlerConfiguration(
      IndexedGetter, IndexedSetter, IndexedQuery, IndexedDeleter, IndexedEnumerator,
      IndexedDefiner, IndexedDescriptor, v8::Local<v8::Value>(),
      v8::PropertyHandlerFlags::kHasNoSideEffect));
  data->global_template.Reset(isolate, t);
  return t;
}

bool AllowWasm(v8::Local<v8::Context> ctx, v8::Local<v8::String>) {
  if (ctx->GetNumberOfEmbedderDataFields() <= kAllowWasmSlot) return true;
  v8::Local<v8::Value> v = ctx->GetEmbedderData(kAllowWasmSlot);
  return !v->IsFalse();
}

// The built-ins V8 10.2 lacks (internal/bootstrap/polyfills, DESIGN.md section 1), installed in a
// new context as they are in the main one: compiled in that context, so its functions belong to
// it, and run before the context is bound to its sandbox, so what it defines lands on the
// context's own global (where node 22's engine has those built-ins), not on the sandbox.
bool InstallPolyfills(Realm* realm, v8::Local<v8::Context> ctx, v8::Local<v8::Value> binding) {
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::Function> fn;
  if (!builtins::Compile(realm, "internal/bootstrap/polyfills",
                         {"exports", "require", "module", "process", "internalBinding", "primordials"},
                         ctx)
           .ToLocal(&fn))
    return false;
  v8::Local<v8::Object> exports = v8::Object::New(isolate);
  v8::Local<v8::Value> undef = v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {exports, undef, undef, undef, binding, undef};
  if (fn->Call(ctx, undef, 6, argv).IsEmpty()) return false;
  v8::Local<v8::Value> install;
  if (!exports->Get(ctx, InternalizedStr(isolate, "install")).ToLocal(&install) ||
      !install->IsFunction())
    return false;
  v8::Local<v8::Value> global = ctx->Global();
  return !install.As<v8::Function>()->Call(ctx, undef, 1, &global).IsEmpty();
}

// makeContext(sandbox | undefined (DONT_CONTEXTIFY), name, origin, allowStrings, allowWasm,
//             ownMicrotaskQueue, internalBinding) -> the contextified object (the sandbox, or the
// new global). internalBinding is handed to the polyfills installed in the new context.
void MakeContext(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> current = isolate->GetCurrentContext();
  bool contextify = info[0]->IsObject();
  std::unique_ptr<v8::MicrotaskQueue> queue;
  if (info[5]->IsTrue()) queue = v8::MicrotaskQueue::New(isolate, v8::MicrotasksPolicy::kExplicit);
  v8::Local<v8::ObjectTemplate> global_template;
  if (contextify) global_template = GlobalTemplate(realm);
  v8::Local<v8::Context> ctx = v8::Context::New(isolate, nullptr, global_template, {}, {},
                                                queue.get());
  if (ctx.IsEmpty()) {
    ThrowError(isolate, "Failed to create a new context");
    return;
  }
  ContextifyData* data = realm->BindingData<ContextifyData>();
  if (!data->wasm_callback_set) {  // once per isolate (workers have their own)
    isolate->SetAllowWasmCodeGenerationCallback(AllowWasm);
    data->wasm_callback_set = true;
  }
  ctx->SetSecurityToken(current->GetSecurityToken());
  if (!InstallPolyfills(realm, ctx, info[6])) return;
  v8::Local<v8::Object> sandbox = contextify ? info[0].As<v8::Object>() : ctx->Global();
  auto* cc = new ContextifyContext(realm, ctx, sandbox, std::move(queue));
  cc->contextified_ = contextify;
  ctx->SetAlignedPointerInEmbedderData(33, realm);  // Realm::From works in the new context
  ctx->SetAlignedPointerInEmbedderData(kContextifySlot, cc);
  ctx->SetEmbedderData(kSandboxSlot, sandbox);
  ctx->SetEmbedderData(kAllowWasmSlot, v8::Boolean::New(isolate, !info[4]->IsFalse()));
  ctx->AllowCodeGenerationFromStrings(!info[3]->IsFalse());
  if (sandbox->SetPrivate(current, GlobalKey(isolate), ctx->Global()).IsNothing()) return;
  info.GetReturnValue().Set(sandbox);
}

void IsContext(const Info& info) {
  info.GetReturnValue().Set(ContextifyContext::FromObject(
                                info.GetIsolate(), info.GetIsolate()->GetCurrentContext(),
                                info[0]) != nullptr);
}

// ---- watchdogs ------------------------------------------------------------------------------

// Terminates JS after `ms` unless destroyed first.
class Watchdog {
 public:
  Watchdog(v8::Isolate* isolate, int64_t ms) {
    thread_ = std::thread([this, isolate, ms] {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return done_; })) {
        fired_ = true;
        isolate->TerminateExecution();
      }
    });
  }
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  bool fired() const { return fired_; }

 private:
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool done_ = false;
  std::atomic<bool> fired_{false};
};

// breakOnSigint: while alive, SIGINT terminates JS instead of reaching the process's handlers.
sem_t g_sigint_sem;
std::atomic<bool> g_sigint_received{false};
void OnSigint(int) {
  g_sigint_received = true;
  sem_post(&g_sigint_sem);
}

class SigintWatchdog {
 public:
  explicit SigintWatchdog(v8::Isolate* isolate) {
    static bool init = (sem_init(&g_sigint_sem, 0, 0), true);
    (void)init;
    g_sigint_received = false;
    struct sigaction sa {};
    sa.sa_handler = OnSigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_);
    thread_ = std::thread([this, isolate] {
      while (sem_wait(&g_sigint_sem) != 0) {
      }
      if (!stop_ && g_sigint_received) {
        fired_ = true;
        isolate->TerminateExecution();
      }
    });
  }
  ~SigintWatchdog() {
    sigaction(SIGINT, &old_, nullptr);
    stop_ = true;
    sem_post(&g_sigint_sem);
    thread_.join();
    while (sem_trywait(&g_sigint_sem) == 0) {
    }
  }
  bool fired() const { return fired_; }

 private:
  struct sigaction old_ {};
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> fired_{false};
};

// Runs `run` in `ctx` under the watchdogs; on success sets the return value.
template <typename Fn>
void EvalMachine(Realm* realm, const Info& info, v8::Local<v8::Context> ctx,
                 v8::MicrotaskQueue* queue, int64_t timeout, bool display_errors,
                 bool break_on_sigint, Fn run) {
  v8::Isolate* isolate = info.GetIsolate();
  bool timed_out = false;
  bool interrupted = false;
  v8::Local<v8::Value> result;
  {
    v8::TryCatch try_catch(isolate);
    v8::MaybeLocal<v8::Value> maybe;
    {
      std::unique_ptr<Watchdog> watchdog;
      std::unique_ptr<SigintWatchdog> sigint;
      if (timeout > 0) watchdog = std::make_unique<Watchdog>(isolate, timeout);
      if (break_on_sigint) sigint = std::make_unique<SigintWatchdog>(isolate);
      {
        v8::Context::Scope scope(ctx);
        maybe = run();
        if (queue != nullptr && !try_catch.HasTerminated()) queue->PerformCheckpoint(isolate);
      }
      timed_out = watchdog && watchdog->fired();
      interrupted = sigint && sigint->fired();
      watchdog.reset();
      sigint.reset();
    }
    if (timed_out || interrupted) {
      isolate->CancelTerminateExecution();
      try_catch.Reset();
    } else if (try_catch.HasCaught()) {
      if (display_errors && !try_catch.HasTerminated())
        DecorateStack(realm, try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
      return;
    } else if (!maybe.ToLocal(&result)) {
      return;
    }
  }
  if (timed_out) {
    ThrowCodedError(isolate, "ERR_SCRIPT_EXECUTION_TIMEOUT",
                    "Script execution timed out after " + std::to_string(timeout) + "ms", false);
    return;
  }
  if (interrupted) {
    ThrowCodedError(isolate, "ERR_SCRIPT_EXECUTION_INTERRUPTED",
                    "Script execution was interrupted by `SIGINT`", false);
    return;
  }
  info.GetReturnValue().Set(result);
}

// ---- scripts ----------------------------------------------------------------------------------

v8::Local<v8::Object> BytesToUint8Array(v8::Isolate* isolate, const uint8_t* data, size_t len) {
  auto ab = v8::ArrayBuffer::New(isolate, len);
  if (len > 0) memcpy(ab->GetBackingStore()->Data(), data, len);
  return v8::Uint8Array::New(ab, 0, len);
}

std::unique_ptr<v8::ScriptCompiler::CachedData> CopyCachedData(v8::Local<v8::Value> v) {
  if (!v->IsArrayBufferView()) return nullptr;
  auto view = v.As<v8::ArrayBufferView>();
  size_t len = view->ByteLength();
  auto* bytes = new uint8_t[len > 0 ? len : 1];
  if (len > 0) view->CopyContents(bytes, len);
  return std::make_unique<v8::ScriptCompiler::CachedData>(
      bytes, static_cast<int>(len), v8::ScriptCompiler::CachedData::BufferOwned);
}

// How import() behaves in vm code (read by module_wrap's dynamic import hook from the
// script's host-defined options): 0 or none the main loader (USE_MAIN_CONTEXT_DEFAULT_LOADER),
// 1 no importModuleDynamically given, 2 a callback given (needs --experimental-vm-modules).
v8::Local<v8::Data> VmImportOptions(v8::Isolate* isolate, v8::Local<v8::Value> kind) {
  if (!kind->IsInt32() || kind.As<v8::Int32>()->Value() == 0) return {};
  v8::Local<v8::PrimitiveArray> options = v8::PrimitiveArray::New(isolate, 1);
  options->Set(isolate, 0, kind.As<v8::Int32>());
  return options;
}

// The context to compile or run in: a contextified object's, or the realm's for null/undefined.
bool TargetContext(const Info& info, v8::Local<v8::Value> v, v8::Local<v8::Context>* out,
                   ContextifyContext** cc_out = nullptr) {
  v8::Isolate* isolate = info.GetIsolate();
  if (v->IsNullOrUndefined()) {
    *out = Realm::From(info)->context();
    return true;
  }
  ContextifyContext* cc = ContextifyContext::FromObject(isolate, isolate->GetCurrentContext(), v);
  if (cc == nullptr) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE",
                    "The \"contextifiedObject\" argument must be an vm.Context");
    return false;
  }
  *out = cc->context(isolate);
  if (cc_out != nullptr) *cc_out = cc;
  return true;
}

class ContextifyScript : public BaseObject {
 public:
  ContextifyScript(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) { MakeWeak(); }

  // new ContextifyScript(code, filename, lineOffset, columnOffset, cachedData,
  //                      produceCachedData, parsingContext, importKind)
  static void New(const Info& info) {
    v8::Isolate* isolate = info.GetIsolate();
    Realm* realm = Realm::From(info);
    if (!info.IsConstructCall()) {
      ThrowTypeError(isolate, "Class constructor ContextifyScript cannot be invoked without 'new'");
      return;
    }
    v8::Local<v8::Context> current = isolate->GetCurrentContext();
    v8::Local<v8::String> code;
    if (!info[0]->ToString(current).ToLocal(&code)) return;
    v8::Local<v8::Context> parsing;
    if (!TargetContext(info, info[6], &parsing)) return;
    int line_offset = info[2]->IsInt32() ? info[2].As<v8::Int32>()->Value() : 0;
    int col_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
    bool has_cache = info[4]->IsArrayBufferView();
    bool produce = info[5]->IsTrue();
    auto* self = new ContextifyScript(realm, info.This());
    v8::ScriptOrigin origin(isolate, info[1], line_offset, col_offset, false, -1, {}, false, false,
                            false, VmImportOptions(isolate, info[7]));
    v8::ScriptCompiler::Source source(code, origin, CopyCachedData(info[4]).release());
    v8::ScriptCompiler::CompileOptions options =
        has_cache ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions;
    v8::Local<v8::UnboundScript> unbound;
    {
      v8::TryCatch try_catch(isolate);
      v8::Context::Scope scope(parsing);
      if (!v8::ScriptCompiler::CompileUnboundScript(isolate, &source, options).ToLocal(&unbound)) {
        if (try_catch.HasCaught() && !try_catch.HasTerminated())
          DecorateStack(realm, try_catch.Exception(), try_catch.Message());
        try_catch.ReThrow();
        return;
      }
    }
    self->script_.Reset(isolate, unbound);
    v8::Local<v8::Object> obj = info.This();
    if (has_cache) {
      bool rejected = source.GetCachedData() == nullptr || source.GetCachedData()->rejected;
      if (!SetProp(current, obj, "cachedDataRejected", v8::Boolean::New(isolate, rejected))) return;
    } else if (produce) {
      std::unique_ptr<v8::ScriptCompiler::CachedData> cache(
          v8::ScriptCompiler::CreateCodeCache(unbound));
      bool ok = cache != nullptr;
      if (ok && !SetProp(current, obj, "cachedData",
                         BytesToUint8Array(isolate, cache->data, cache->length)))
        return;
      if (!SetProp(current, obj, "cachedDataProduced", v8::Boolean::New(isolate, ok))) return;
    }
    v8::Local<v8::Value> url = unbound->GetSourceURL();
    if (!SetProp(current, obj, "sourceURL", url->IsString() ? url : v8::Undefined(isolate).As<v8::Value>()))
      return;
    v8::Local<v8::Value> map = unbound->GetSourceMappingURL();
    (void)SetProp(current, obj, "sourceMapURL",
                  map->IsString() ? map : v8::Undefined(isolate).As<v8::Value>());
  }

  // runInContext(contextifiedObject | null, timeout, displayErrors, breakOnSigint)
  static void RunInContext(const Info& info) {
    NODUS_UNWRAP(self, ContextifyScript, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    Realm* realm = Realm::From(info);
    v8::Local<v8::Context> ctx;
    ContextifyContext* cc = nullptr;
    if (!TargetContext(info, info[0], &ctx, &cc)) return;
    int64_t timeout = info[1]->IsNumber() ? info[1]->IntegerValue(isolate->GetCurrentContext()).FromMaybe(-1) : -1;
    v8::Local<v8::UnboundScript> unbound = self->script_.Get(isolate);
    EvalMachine(realm, info, ctx, cc != nullptr ? cc->queue() : nullptr, timeout,
                info[2]->IsTrue(), info[3]->IsTrue(), [&]() -> v8::MaybeLocal<v8::Value> {
                  return unbound->BindToCurrentContext()->Run(ctx);
                });
  }

  static void CreateCachedData(const Info& info) {
    NODUS_UNWRAP(self, ContextifyScript, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    std::unique_ptr<v8::ScriptCompiler::CachedData> cache(
        v8::ScriptCompiler::CreateCodeCache(self->script_.Get(isolate)));
    if (cache == nullptr) {
      info.GetReturnValue().Set(BytesToUint8Array(isolate, nullptr, 0));
      return;
    }
    info.GetReturnValue().Set(BytesToUint8Array(isolate, cache->data, cache->length));
  }

 private:
  v8::Global<v8::UnboundScript> script_;
};

// The one function compiler: the module loader's compileFunction and vm.compileFunction.
// Fills `out` with {function, cachedDataRejected?, cachedDataProduced?, cachedData?,
// sourceURL, sourceMapURL} when `out` is given.
v8::MaybeLocal<v8::Function> DoCompileFunction(
    Realm* realm, v8::Local<v8::Context> ctx, v8::Local<v8::String> code,
    v8::Local<v8::Value> filename, int line_offset, int col_offset,
    std::vector<v8::Local<v8::String>>& params, std::vector<v8::Local<v8::Object>>& extensions,
    v8::Local<v8::Value> cached_data, bool produce, v8::Local<v8::Object> out,
    v8::Local<v8::Data> host_options = {}) {
  v8::Isolate* isolate = realm->isolate();
  v8::ScriptOrigin origin(isolate, filename, line_offset, col_offset, false, -1, {}, false, false,
                          false, host_options);
  bool has_cache = cached_data->IsArrayBufferView();
  v8::ScriptCompiler::Source source(code, origin, CopyCachedData(cached_data).release());
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  {
    v8::Context::Scope scope(ctx);
    if (!v8::ScriptCompiler::CompileFunctionInContext(
             ctx, &source, params.size(), params.data(), extensions.size(), extensions.data(),
             has_cache ? v8::ScriptCompiler::kConsumeCodeCache
                       : v8::ScriptCompiler::kNoCompileOptions)
             .ToLocal(&fn)) {
      Rethrow(realm, try_catch);
      return {};
    }
  }
  if (out.IsEmpty()) return fn;
  v8::Local<v8::Context> current = isolate->GetCurrentContext();
  if (!SetProp(current, out, "function", fn)) return {};
  if (has_cache) {
    bool rejected = source.GetCachedData() == nullptr || source.GetCachedData()->rejected;
    if (!SetProp(current, out, "cachedDataRejected", v8::Boolean::New(isolate, rejected))) return {};
  } else if (produce) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> cache(
        v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
    bool ok = cache != nullptr;
    if (!SetProp(current, out, "cachedDataProduced", v8::Boolean::New(isolate, ok))) return {};
    if (ok && !SetProp(current, out, "cachedData",
                       BytesToUint8Array(isolate, cache->data, cache->length)))
      return {};
  }
  v8::Local<v8::Value> map = fn->GetScriptOrigin().SourceMapUrl();
  (void)SetProp(current, out, "sourceMapURL",
                !map.IsEmpty() && map->IsString() ? map : v8::Undefined(isolate).As<v8::Value>());
  return fn;
}

bool StringList(v8::Local<v8::Context> ctx, v8::Local<v8::Value> v,
                std::vector<v8::Local<v8::String>>* out) {
  if (!v->IsArray()) return true;
  auto arr = v.As<v8::Array>();
  for (uint32_t i = 0; i < arr->Length(); i++) {
    v8::Local<v8::Value> item;
    v8::Local<v8::String> s;
    if (!arr->Get(ctx, i).ToLocal(&item) || !item->ToString(ctx).ToLocal(&s)) return false;
    out->push_back(s);
  }
  return true;
}

// compileFunction(code, filename, params[, lineOffset, columnOffset]) -> Function
void CompileFunction(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::String> code;
  if (!info[0]->ToString(ctx).ToLocal(&code)) return;
  std::vector<v8::Local<v8::String>> params;
  std::vector<v8::Local<v8::Object>> extensions;
  if (!StringList(ctx, info[2], &params)) return;
  int line_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
  int col_offset = info[4]->IsInt32() ? info[4].As<v8::Int32>()->Value() : 0;
  v8::Local<v8::Function> fn;
  if (DoCompileFunction(realm, ctx, code, info[1], line_offset, col_offset, params, extensions,
                        v8::Undefined(info.GetIsolate()), false, {})
          .ToLocal(&fn))
    info.GetReturnValue().Set(fn);
}

// compileFunctionForVm(code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
//                      parsingContext, contextExtensions, params, importKind) -> result object
void CompileFunctionForVm(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> current = isolate->GetCurrentContext();
  v8::Local<v8::String> code;
  if (!info[0]->ToString(current).ToLocal(&code)) return;
  v8::Local<v8::Context> ctx;
  if (!TargetContext(info, info[6], &ctx)) return;
  std::vector<v8::Local<v8::String>> params;
  std::vector<v8::Local<v8::Object>> extensions;
  if (!StringList(current, info[8], &params)) return;
  if (info[7]->IsArray()) {
    auto arr = info[7].As<v8::Array>();
    for (uint32_t i = 0; i < arr->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!arr->Get(current, i).ToLocal(&item)) return;
      if (item->IsObject()) extensions.push_back(item.As<v8::Object>());
    }
  }
  int line_offset = info[2]->IsInt32() ? info[2].As<v8::Int32>()->Value() : 0;
  int col_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  if (!DoCompileFunction(realm, ctx, code, info[1], line_offset, col_offset, params, extensions,
                         info[4], info[5]->IsTrue(), out, VmImportOptions(isolate, info[9]))
           .IsEmpty())
    info.GetReturnValue().Set(out);
}

// runInThisContext(code, filename) -> the completion value (the -e/-p and REPL path).
void RunInThisContext(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::String> code;
  if (!info[0]->ToString(ctx).ToLocal(&code)) return;
  v8::ScriptOrigin origin(isolate, info[1]);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Script> script;
  if (!v8::Script::Compile(ctx, code, &origin).ToLocal(&script)) {
    Rethrow(realm, try_catch);
    return;
  }
  v8::Local<v8::Value> result;
  if (!script->Run(ctx).ToLocal(&result)) {
    Rethrow(realm, try_catch);
    return;
  }
  info.GetReturnValue().Set(result);
}

// Compiles without running (node -c); throws the SyntaxError.
void CheckSyntax(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::String> code;
  if (!info[0]->ToString(ctx).ToLocal(&code)) return;
  std::vector<v8::Local<v8::String>> params = {
      Str(isolate, "exports"), Str(isolate, "require"), Str(isolate, "module"),
      Str(isolate, "__filename"), Str(isolate, "__dirname")};
  std::vector<v8::Local<v8::Object>> extensions;
  (void)DoCompileFunction(realm, ctx, code, info[1], 0, 0, params, extensions,
                          v8::Undefined(isolate), false, {});
}

// measureMemory(mode 0 summary / 1 detailed, execution 0 default / 1 eager) -> Promise
void MeasureMemory(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(ctx).ToLocal(&resolver)) return;
  v8::MeasureMemoryMode mode =
      info[0]->IsTrue() ? v8::MeasureMemoryMode::kDetailed : v8::MeasureMemoryMode::kSummary;
  v8::MeasureMemoryExecution execution = info[1]->IsTrue() ? v8::MeasureMemoryExecution::kEager
                                                           : v8::MeasureMemoryExecution::kDefault;
  std::unique_ptr<v8::MeasureMemoryDelegate> delegate =
      v8::MeasureMemoryDelegate::Default(isolate, ctx, resolver, mode);
  isolate->MeasureMemory(std::move(delegate), execution);
  info.GetReturnValue().Set(resolver->GetPromise());
}

// The microtask queue of a context made with microtaskMode 'afterEvaluate' (for tests).
void HasOwnMicrotaskQueue(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ContextifyContext* cc =
      ContextifyContext::FromObject(isolate, isolate->GetCurrentContext(), info[0]);
  info.GetReturnValue().Set(cc != nullptr && cc->queue() != nullptr);
}
}  // namespace

void Init(Binding& b) {
  b.Method("compileFunction", CompileFunction);
  b.Method("compileFunctionForVm", CompileFunctionForVm);
  b.Method("runInThisContext", RunInThisContext);
  b.Method("checkSyntax", CheckSyntax);
  b.Method("makeContext", MakeContext);
  b.Method("isContext", IsContext);
  b.Method("measureMemory", MeasureMemory);
  b.Method("hasOwnMicrotaskQueue", HasOwnMicrotaskQueue);
  v8::Local<v8::FunctionTemplate> script = b.Class("ContextifyScript", ContextifyScript::New);
  b.ProtoMethod(script, "runInContext", ContextifyScript::RunInContext);
  b.ProtoMethod(script, "createCachedData", ContextifyScript::CreateCachedData);
  b.Install("ContextifyScript", script);
}

}  // namespace nodus::contextify

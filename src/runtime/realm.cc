#include "runtime/realm.h"

#include <unistd.h>

#include <cstdlib>

#include "base/binding.h"
#include "base/v8_helpers.h"
#include "bindings/list.h"
#include "runtime/builtins.h"
#include "runtime/callback.h"
#include "runtime/errors.h"
#include "runtime/platform.h"

namespace nodus {

#define V(name)                   \
  namespace name {                \
  void Init(Binding& b);          \
  }
NODUS_BINDINGS(V)
V(options)
#undef V

std::vector<intptr_t>& RecordedReferences();  // base.cc

namespace {
constexpr int kRealmSlot = 33;
// Indices of the context data stored in the snapshot (SnapshotCreator::AddData order).
enum SnapshotData { kBindingMap = 0, kRequireBuiltin = 1, kProcessObject = 2 };

bool IsSnapshotSafe(const std::string& name) {
#define V(n) \
  if (name == #n) return true;
  NODUS_SNAPSHOT_BINDINGS(V)
#undef V
  return false;
}

void InternalBinding(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm* realm = Realm::From(info);
  std::string name = Utf8(info.GetIsolate(), info[0]).str();
  v8::Local<v8::Object> binding;
  if (realm->GetBinding(name).ToLocal(&binding)) info.GetReturnValue().Set(binding);
}
}  // namespace

const intptr_t* Binding::ExternalReferences() {
  static std::vector<intptr_t> refs = [] {
    Binding recorder;
#define V(n) n::Init(recorder);
    NODUS_SNAPSHOT_BINDINGS(V)
#undef V
    std::vector<intptr_t> all = RecordedReferences();
    all.push_back(reinterpret_cast<intptr_t>(InternalBinding));
    std::vector<intptr_t> out;
    for (intptr_t r : all) {
      bool seen = false;
      for (intptr_t o : out) seen = seen || o == r;
      if (!seen) out.push_back(r);
    }
    out.push_back(0);
    return out;
  }();
  return refs.data();
}

Realm::Realm(v8::Isolate* isolate, uv_loop_t* loop, Options* options, Mode mode)
    : isolate_(isolate), loop_(loop), options_(options), mode_(mode) {
  v8::HandleScope scope(isolate);
  // The snapshot's default context is a vanilla one (what vm.createContext gets from
  // Context::New); the bootstrapped context is its first added context.
  v8::Local<v8::Context> ctx = mode == Mode::kFromSnapshot
                                   ? v8::Context::FromSnapshot(isolate, 0).ToLocalChecked()
                                   : v8::Context::New(isolate);
  ctx->SetAlignedPointerInEmbedderData(kRealmSlot, this);
  context_.Reset(isolate, ctx);
  v8::Context::Scope context_scope(ctx);
  if (mode != Mode::kFromSnapshot) {
    binding_map_.Reset(isolate, v8::Map::New(isolate));
    return;
  }
  // The bootstrapped state comes from the snapshot: take back the loader, process and the
  // binding objects JS holds, and re-initialise the per-process ones on those same objects.
  v8::Local<v8::Map> map = ctx->GetDataFromSnapshotOnce<v8::Map>(kBindingMap).ToLocalChecked();
  binding_map_.Reset(isolate, map);
  require_builtin.Reset(
      isolate, ctx->GetDataFromSnapshotOnce<v8::Function>(kRequireBuiltin).ToLocalChecked());
  process_object.Reset(
      isolate, ctx->GetDataFromSnapshotOnce<v8::Object>(kProcessObject).ToLocalChecked());
  v8::Local<v8::Array> entries = map->AsArray();
  for (uint32_t i = 0; i + 1 < entries->Length(); i += 2) {
    std::string name = Utf8(isolate, entries->Get(ctx, i).ToLocalChecked()).str();
    v8::Local<v8::Object> target = entries->Get(ctx, i + 1).ToLocalChecked().As<v8::Object>();
    bindings_.emplace(name, v8::Global<v8::Object>(isolate, target));
    if (name == "task_queue" || name == "timers" || name == "options") {
      Binding b(this, target);
#define V(n) \
  if (name == #n) n::Init(b);
      NODUS_SNAPSHOT_BINDINGS(V)
#undef V
    }
  }
}

size_t Realm::NewBindingDataIndex() {
  static std::atomic<size_t> next{0};
  return next++;
}

Realm::~Realm() {
  bindings_.clear();
  binding_data_.clear();
  tick_callback.Reset();
  promise_reject_callback.Reset();
  uncaught_handler.Reset();
  report_fatal.Reset();
  emit_process_event.Reset();
  require_builtin.Reset();
  process_object.Reset();
  tick_info_array.Reset();
  compiled_builtins_.clear();
  binding_map_.Reset();
  context_.Reset();
}

Realm* Realm::From(v8::Local<v8::Context> context) {
  return static_cast<Realm*>(context->GetAlignedPointerFromEmbedderData(kRealmSlot));
}

v8::MaybeLocal<v8::Object> Realm::GetBinding(const std::string& name) {
  v8::EscapableHandleScope scope(isolate_);
  auto it = bindings_.find(name);
  if (it != bindings_.end()) return scope.Escape(it->second.Get(isolate_));
  if (mode_ == Mode::kBuildingSnapshot && !IsSnapshotSafe(name)) {
    ThrowError(isolate_, "internalBinding('" + name +
                             "') is not snapshot-safe: load it lazily (see bindings/list.h)");
    return {};
  }
  v8::Local<v8::Object> target = v8::Object::New(isolate_);
  Binding b(this, target);
  bool found = false;
#define V(n)         \
  if (name == #n) {  \
    n::Init(b);      \
    found = true;    \
  }
  NODUS_BINDINGS(V)
  V(options)
#undef V
  if (!found) {
    ThrowError(isolate_, "No such binding: " + name);
    return {};
  }
  bindings_.emplace(name, v8::Global<v8::Object>(isolate_, target));
  if (IsSnapshotSafe(name) &&
      binding_map_.Get(isolate_)->Set(context(), Str(isolate_, name), target).IsEmpty())
    return {};
  return scope.Escape(target);
}

bool Realm::Bootstrap() {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> ctx = context();
  v8::Context::Scope context_scope(ctx);
  v8::TryCatch try_catch(isolate_);
  if (mode_ != Mode::kFromSnapshot && !BootstrapStatic()) {
    ReportTryCatch(this, try_catch);
    return false;
  }
  if (mode_ == Mode::kBuildingSnapshot) return true;
  // Per process: argv, env, hooks into C++, timers, warnings.
  v8::Local<v8::Value> id = Str(isolate_, "internal/bootstrap/prepare");
  if (require_builtin.Get(isolate_)->Call(ctx, v8::Undefined(isolate_), 1, &id).IsEmpty()) {
    ReportTryCatch(this, try_catch);
    return false;
  }
  return true;
}

bool Realm::PrepareSnapshot(v8::SnapshotCreator* creator) {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> ctx = context();
  {
    v8::Context::Scope context_scope(ctx);
    // Modules nearly every run needs; one that cannot load at build time is simply left out.
    const char* preload_env = std::getenv("NODUS_SNAPSHOT_PRELOAD");
    std::vector<std::string> preload;
    std::string list = preload_env ? preload_env : "path,internal/modules/cjs/loader,internal/main/run_main";
    for (size_t pos = 0; pos <= list.size();) {
      size_t comma = list.find(',', pos);
      if (comma == std::string::npos) comma = list.size();
      if (comma > pos) preload.push_back(list.substr(pos, comma - pos));
      pos = comma + 1;
    }
    for (const std::string& id : preload) {
      v8::TryCatch try_catch(isolate_);
      v8::Local<v8::Value> arg = Str(isolate_, id);
      (void)require_builtin.Get(isolate_)->Call(ctx, v8::Undefined(isolate_), 1, &arg);
    }
    creator->AddData(ctx, binding_map_.Get(isolate_));
    creator->AddData(ctx, require_builtin.Get(isolate_));
    creator->AddData(ctx, process_object.Get(isolate_));
  }
  ctx->SetAlignedPointerInEmbedderData(kRealmSlot, nullptr);
  {
    v8::HandleScope vanilla_scope(isolate_);
    creator->SetDefaultContext(v8::Context::New(isolate_));
  }
  creator->AddContext(ctx);
  return true;
}

bool Realm::BootstrapStatic() {
  v8::Local<v8::Context> ctx = context();
  v8::Local<v8::Object> process = v8::Object::New(isolate_);
  process_object.Reset(isolate_, process);
  v8::Local<v8::Function> binding_fn;
  if (!v8::Function::New(ctx, InternalBinding).ToLocal(&binding_fn)) return false;
  v8::Local<v8::Object> primordials = v8::Object::New(isolate_);

  v8::Local<v8::Function> realm_fn;
  if (!builtins::Compile(this, "internal/bootstrap/realm",
                         {"process", "internalBinding", "primordials"})
           .ToLocal(&realm_fn))
    return false;
  v8::Local<v8::Value> argv[] = {process, binding_fn, primordials};
  v8::Local<v8::Value> require;
  if (!realm_fn->Call(ctx, v8::Undefined(isolate_), 3, argv).ToLocal(&require) ||
      !require->IsFunction())
    return false;
  require_builtin.Reset(isolate_, require.As<v8::Function>());
  v8::Local<v8::Value> id = Str(isolate_, "internal/bootstrap/node");
  return !require.As<v8::Function>()->Call(ctx, v8::Undefined(isolate_), 1, &id).IsEmpty();
}

bool Realm::RunMain() {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> ctx = context();
  v8::Context::Scope context_scope(ctx);
  v8::Local<v8::Value> id = Str(isolate_, "internal/main/run_main");
  CallbackScope callback_scope(this);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> main;
  if (!require_builtin.Get(isolate_)->Call(ctx, v8::Undefined(isolate_), 1, &id).ToLocal(&main) ||
      !main->IsFunction() ||
      main.As<v8::Function>()->Call(ctx, v8::Undefined(isolate_), 0, nullptr).IsEmpty()) {
    callback_scope.MarkFailed();
    ReportTryCatch(this, try_catch);
    return false;
  }
  return true;
}

static v8::MaybeLocal<v8::Value> CallHook(Realm* realm, const char* name) {
  v8::Isolate* isolate = realm->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  v8::Local<v8::Object> process = realm->process_object.Get(isolate);
  v8::Local<v8::Value> fn;
  if (!realm->emit_process_event.IsEmpty()) {
    v8::Local<v8::Value> arg = Str(isolate, name);
    v8::Local<v8::Value> result;
    if (MakeCallback(realm, process, realm->emit_process_event.Get(isolate), 1, &arg)
            .ToLocal(&result))
      return scope.Escape(result);
  }
  return {};
}

int Realm::SpinLoop() {
  v8::HandleScope scope(isolate_);
  v8::Context::Scope context_scope(context());
  // One iteration as libuv 1.45+ (node 22) runs it: pending, idle, prepare, poll, check, close,
  // then timers, then the alive check. Debian's libuv 1.44 runs timers first, so the JS timers
  // phase is driven from here (the uv timer only wakes the poll) to keep node's order: e.g. a
  // signal sent by the last timer is not handled once nothing keeps the loop alive.
  bool more;
  if (loop_start_ns == 0) loop_start_ns = uv_hrtime();
  if (uv_loop_alive(loop_) && timers_phase) timers_phase(this);
  do {
    while (!stopping) {
      uv_run(loop_, UV_RUN_ONCE);
      if (stopping) break;
      if (timers_phase) timers_phase(this);
      if (!uv_loop_alive(loop_)) break;
    }
    if (stopping) break;
    // Background work V8 still owes this loop (an async WebAssembly compile) comes first.
    if (DrainPlatformTasks(isolate_)) {
      more = true;
      continue;
    }
    CallHook(this, "beforeExit");
    more = uv_loop_alive(loop_);
  } while (more && !stopping);
  return 0;
}

int Realm::EmitExit() {
  if (loop_exit_ns == 0) loop_exit_ns = uv_hrtime();
  v8::HandleScope scope(isolate_);
  v8::Context::Scope context_scope(context());
  // No tick or microtask runs after 'exit' listeners, as in node.
  v8::Local<v8::Context> ctx = context();
  v8::Local<v8::Value> arg = Str(isolate_, "exit");
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> code;
  callback_depth++;
  bool ok = emit_process_event.Get(isolate_)
                ->Call(ctx, process_object.Get(isolate_), 1, &arg)
                .ToLocal(&code);
  callback_depth--;
  if (!ok) {
    ReportTryCatch(this, try_catch);
    return 7;
  }
  return code->IsInt32() ? code.As<v8::Int32>()->Value() : 0;
}

void Realm::RemoveCleanupHook(void (*fn)(void*), void* arg) {
  for (auto it = cleanup_hooks_.begin(); it != cleanup_hooks_.end(); ++it) {
    if (it->first == fn && it->second == arg) {
      cleanup_hooks_.erase(it);
      return;
    }
  }
}

void Realm::RunCleanup() {
  if (cleanup_hooks_.empty()) return;
  stopping = true;  // no JS callback from the loop any more
  while (!cleanup_hooks_.empty()) {
    auto [fn, arg] = cleanup_hooks_.back();
    cleanup_hooks_.pop_back();
    fn(arg);
  }
  // Async cleanup hooks finish on the loop (closing their handles).
  for (int i = 0; pending_async_cleanups > 0 && i < 1000; i++)
    if (uv_run(loop_, UV_RUN_NOWAIT) == 0 && pending_async_cleanups > 0) uv_run(loop_, UV_RUN_ONCE);
}

void Realm::Exit(int code) {
  if (!stopping) FlushWrites();
  stopping = true;
  if (worker_host != nullptr) {
    worker_host->RequestExit(code);
    return;
  }
  fflush(stdout);
  fflush(stderr);
  _exit(code);
}

}  // namespace nodus

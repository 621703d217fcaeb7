#include "runtime/realm.h"

#include <unistd.h>

#include "base/binding.h"
#include "base/v8_helpers.h"
#include "bindings/list.h"
#include "runtime/builtins.h"
#include "runtime/callback.h"
#include "runtime/errors.h"

namespace nodus {

#define V(name)                   \
  namespace name {                \
  void Init(Binding& b);          \
  }
NODUS_BINDINGS(V)
V(options)
#undef V

namespace {
constexpr int kRealmSlot = 33;

void InternalBinding(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm* realm = Realm::From(info);
  std::string name = Utf8(info.GetIsolate(), info[0]).str();
  v8::Local<v8::Object> binding;
  if (realm->GetBinding(name).ToLocal(&binding)) info.GetReturnValue().Set(binding);
}
}  // namespace

Realm::Realm(v8::Isolate* isolate, uv_loop_t* loop, Options* options)
    : isolate_(isolate), loop_(loop), options_(options) {
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = v8::Context::New(isolate);
  ctx->SetAlignedPointerInEmbedderData(kRealmSlot, this);
  context_.Reset(isolate, ctx);
}

Realm::~Realm() {
  bindings_.clear();
  context_.Reset();
}

Realm* Realm::From(v8::Local<v8::Context> context) {
  return static_cast<Realm*>(context->GetAlignedPointerFromEmbedderData(kRealmSlot));
}

v8::MaybeLocal<v8::Object> Realm::GetBinding(const std::string& name) {
  v8::EscapableHandleScope scope(isolate_);
  auto it = bindings_.find(name);
  if (it != bindings_.end()) return scope.Escape(it->second.Get(isolate_));
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
  return scope.Escape(target);
}

bool Realm::Bootstrap() {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> ctx = context();
  v8::Context::Scope context_scope(ctx);
  v8::TryCatch try_catch(isolate_);

  v8::Local<v8::Object> process = v8::Object::New(isolate_);
  process_object.Reset(isolate_, process);
  v8::Local<v8::Function> binding_fn;
  if (!v8::Function::New(ctx, InternalBinding).ToLocal(&binding_fn)) return false;
  v8::Local<v8::Object> primordials = v8::Object::New(isolate_);

  v8::Local<v8::Function> realm_fn;
  if (!builtins::Compile(this, "internal/bootstrap/realm",
                         {"process", "internalBinding", "primordials"})
           .ToLocal(&realm_fn)) {
    ReportTryCatch(this, try_catch);
    return false;
  }
  v8::Local<v8::Value> argv[] = {process, binding_fn, primordials};
  v8::Local<v8::Value> require;
  if (!realm_fn->Call(ctx, v8::Undefined(isolate_), 3, argv).ToLocal(&require) ||
      !require->IsFunction()) {
    ReportTryCatch(this, try_catch);
    return false;
  }
  require_builtin.Reset(isolate_, require.As<v8::Function>());
  v8::Local<v8::Value> id = Str(isolate_, "internal/bootstrap/node");
  if (require.As<v8::Function>()->Call(ctx, v8::Undefined(isolate_), 1, &id).IsEmpty()) {
    ReportTryCatch(this, try_catch);
    return false;
  }
  return true;
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
  bool more;
  do {
    if (stopping) break;
    uv_run(loop_, UV_RUN_DEFAULT);
    if (stopping) break;
    CallHook(this, "beforeExit");
    more = uv_loop_alive(loop_);
  } while (more && !stopping);
  return 0;
}

int Realm::EmitExit() {
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

void Realm::Exit(int code) {
  stopping = true;
  fflush(stdout);
  fflush(stderr);
  _exit(code);
}

}  // namespace nodus

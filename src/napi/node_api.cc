// Node-API, runtime half (node_api): loading addons (process.dlopen), the env's finalizer queue
// and teardown, buffers, async work, threadsafe functions, callback scopes, cleanup hooks.
// Written from the Node-API documentation.
#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <unordered_map>

#include "base/v8_helpers.h"
#include "napi/env.h"
#include "runtime/callback.h"
#include "runtime/errors.h"
#include "runtime/realm.h"
#include "runtime/version.h"
#include "util/percent.h"

using nodus::napi::JsValue;
using nodus::napi::Ref;
using nodus::napi::V8Value;

namespace nodus::napi {
namespace {

// Per-realm state: Buffer.prototype and the finalizer drain handles are per env.
struct RealmData : BindingDataBase {
  explicit RealmData(Realm*) {}
  v8::Global<v8::Object> buffer_prototype;
};

// What an addon's static constructors registered during dlopen().
napi_module* pending_napi_module = nullptr;
int pending_node_module_version = 0;
bool pending_node_module = false;
// Legacy (napi_module_register) modules by library handle: a second dlopen() of the same file
// runs no constructor again.
std::unordered_map<void*, napi_module*>& LegacyModules() {
  static auto* map = new std::unordered_map<void*, napi_module*>;
  return *map;
}

// The runtime is loaded RTLD_LOCAL; addons resolve napi_* against the global scope, so the
// runtime (which exports napi_*, node_api_* and node_module_register) is promoted to it once,
// before the first addon. It precedes libnode (its dependency, also promoted) in that scope, so
// the addon binds to our napi_* rather than libnode's own (see docs/architecture.md).
void PromoteRuntime() {
  static bool done = false;
  if (done) return;
  done = true;
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&napi_create_object), &info) == 0 || info.dli_fname == nullptr)
    return;
  void* self = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD | RTLD_GLOBAL);
  (void)self;  // stays loaded for the process
}

struct DrainHandles {
  uv_check_t check;
  uv_idle_t idle;
  napi_env env;
};

std::string FileUrl(const std::string& path) {
  return "file://" + PercentEncode(path, "/-._~!$&'()*+,;=:@");
}

}  // namespace

v8::Local<v8::Object> BufferPrototype(napi_env env) {
  RealmData* data = env->realm->BindingData<RealmData>();
  v8::Isolate* isolate = env->isolate;
  if (data->buffer_prototype.IsEmpty() && !env->realm->require_builtin.IsEmpty()) {
    v8::Local<v8::Context> ctx = env->context();
    v8::Local<v8::Value> arg = Str(isolate, "buffer");
    v8::Local<v8::Value> mod, buffer, proto;
    v8::TryCatch try_catch(isolate);
    if (env->realm->require_builtin.Get(isolate)->Call(ctx, v8::Undefined(isolate), 1, &arg).ToLocal(&mod) &&
        mod->IsObject() &&
        mod.As<v8::Object>()->Get(ctx, InternalizedStr(isolate, "Buffer")).ToLocal(&buffer) &&
        buffer->IsObject() &&
        buffer.As<v8::Object>()->Get(ctx, InternalizedStr(isolate, "prototype")).ToLocal(&proto) &&
        proto->IsObject())
      data->buffer_prototype.Reset(isolate, proto.As<v8::Object>());
  }
  if (data->buffer_prototype.IsEmpty()) return v8::Local<v8::Object>();
  return data->buffer_prototype.Get(isolate);
}

}  // namespace nodus::napi

// ---- napi_env__ ---------------------------------------------------------------------------------

namespace {

void TeardownHook(void* arg) { static_cast<napi_env>(arg)->Teardown(); }

void OnDrainCheck(uv_check_t* handle) {
  auto* h = static_cast<nodus::napi::DrainHandles*>(handle->data);
  uv_check_stop(&h->check);
  uv_idle_stop(&h->idle);
  h->env->DrainFinalizers();
}

}  // namespace

napi_env__::napi_env__(nodus::Realm* realm_, std::string filename_, int32_t api_version)
    : realm(realm_),
      isolate(realm_->isolate()),
      context_persistent(realm_->isolate(), realm_->context()),
      module_api_version(api_version),
      filename(std::move(filename_)) {
  realm->AddCleanupHook(TeardownHook, this);
}

napi_env__::~napi_env__() = default;

void napi_env__::TriggerUncaught(v8::Local<v8::Value> error) {
  nodus::TriggerUncaughtException(realm, error, v8::Exception::CreateMessage(isolate, error));
}

void napi_env__::CallFinalizer(napi_finalize cb, void* data, void* hint) {
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context());
  if (!can_call_into_js) {
    cb(this, data, hint);
    return;
  }
  nodus::CallbackScope callback_scope(realm);
  CallIntoModule([&](napi_env env) { cb(env, data, hint); },
                 [&](v8::Local<v8::Value> error) { TriggerUncaught(error); });
}

static void ScheduleDrain(napi_env env) {
  static std::unordered_map<napi_env, nodus::napi::DrainHandles*> handles;
  nodus::napi::DrainHandles*& h = handles[env];
  if (h == nullptr) {
    h = new nodus::napi::DrainHandles;
    h->env = env;
    uv_check_init(env->realm->loop(), &h->check);
    uv_idle_init(env->realm->loop(), &h->idle);
    h->check.data = h;
    h->idle.data = h;
  }
  uv_check_start(&h->check, OnDrainCheck);
  uv_idle_start(&h->idle, [](uv_idle_t*) {});
}

void napi_env__::EnqueueFinalizer(nodus::napi::Ref* ref) {
  if (ref->queued) return;
  ref->queued = true;
  pending_refs.push_back(ref);
  if (can_call_into_js) ScheduleDrain(this);
}

void napi_env__::EnqueuePostFinalizer(napi_finalize cb, void* data, void* hint) {
  pending_finalizers.push_back({cb, data, hint});
  if (can_call_into_js) ScheduleDrain(this);
}

void napi_env__::DrainFinalizers() {
  while (!pending_refs.empty() || !pending_finalizers.empty()) {
    std::vector<nodus::napi::Ref*> refs;
    refs.swap(pending_refs);
    for (nodus::napi::Ref* ref : refs) {
      ref->queued = false;
      ref->Finalize();
    }
    std::vector<nodus::napi::PendingFinalizer> posts;
    posts.swap(pending_finalizers);
    for (auto& f : posts) CallFinalizer(f.cb, f.data, f.hint);
  }
}

static void CloseThreadsafeFunctions(napi_env env);

void napi_env__::Teardown() {
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context());
  can_call_into_js = false;
  CloseThreadsafeFunctions(this);
  std::vector<nodus::napi::PendingFinalizer> posts;
  posts.swap(pending_finalizers);
  for (auto& f : posts) CallFinalizer(f.cb, f.data, f.hint);
  for (nodus::napi::Ref* ref : pending_refs) ref->queued = false;
  pending_refs.clear();
  // Every finalizer still owed runs now, most recent first.
  while (refs != nullptr) {
    nodus::napi::Ref* ref = refs;
    ref->Unlink();
    if (ref->cb != nullptr || ref->owner == nodus::napi::Ref::Owner::kRuntime) ref->Finalize();
  }
  if (instance_finalize != nullptr) {
    napi_finalize cb = instance_finalize;
    instance_finalize = nullptr;
    CallFinalizer(cb, instance_data, instance_hint);
  }
}

// ---- process.dlopen -----------------------------------------------------------------------------

namespace nodus::napi {

void DLOpen(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  Realm* realm = Realm::From(ctx);
  if (realm->options() != nullptr && realm->options()->no_addons)
    return ThrowCodedError(isolate, "ERR_DLOPEN_DISABLED",
                           "Cannot load native addon because loading addons is disabled.", false);
  if (info.Length() < 2)
    return ThrowCodedError(isolate, "ERR_MISSING_ARGS", "process.dlopen needs at least 2 arguments");
  int32_t flags = RTLD_LAZY;
  if (info.Length() > 2 && !info[2]->Int32Value(ctx).To(&flags)) return;
  v8::Local<v8::Object> module, exports;
  v8::Local<v8::Value> exports_value;
  if (!info[0]->ToObject(ctx).ToLocal(&module) ||
      !module->Get(ctx, InternalizedStr(isolate, "exports")).ToLocal(&exports_value) ||
      !exports_value->ToObject(ctx).ToLocal(&exports))
    return;
  std::string filename = Utf8(isolate, info[1]).str();

  // Registration by static constructors goes through process-wide slots: one dlopen at a time
  // (workers load addons too). The addon's init runs after, unlocked (it may load another).
  static std::mutex dlopen_mutex;
  std::unique_lock<std::mutex> lock(dlopen_mutex);
  PromoteRuntime();
  pending_napi_module = nullptr;
  pending_node_module = false;
  void* handle = dlopen(filename.c_str(), flags);
  if (handle == nullptr) {
    const char* err = dlerror();
    return ThrowCodedError(isolate, "ERR_DLOPEN_FAILED", err ? err : "dlopen failed", false);
  }
  napi_addon_register_func init = nullptr;
  if (pending_node_module) {
    pending_node_module = false;
    int version = pending_node_module_version;
    dlclose(handle);
    std::string msg = "The module '" + filename +
                      "'\nwas compiled against a different Node.js version using\n"
                      "NODE_MODULE_VERSION " + std::to_string(version) +
                      ". This version of Node.js requires\nNODE_MODULE_VERSION 127. Please try "
                      "re-compiling or re-installing\nthe module (for instance, using `npm "
                      "rebuild` or `npm install`).";
    if (version == 127)
      msg = "The module '" + filename +
            "'\nis a native addon built on V8's C++ API (NODE_MODULE_VERSION 127), which nodus "
            "cannot load: only Node-API addons are supported.";
    return ThrowCodedError(isolate, "ERR_DLOPEN_FAILED", msg, false);
  }
  if (pending_napi_module != nullptr) {
    LegacyModules()[handle] = pending_napi_module;
    pending_napi_module = nullptr;
  }
  auto legacy = LegacyModules().find(handle);
  if (legacy != LegacyModules().end()) {
    init = legacy->second->nm_register_func;
  } else {
    init = reinterpret_cast<napi_addon_register_func>(dlsym(handle, "napi_register_module_v1"));
  }
  lock.unlock();
  if (init == nullptr) {
    bool v8_addon = dlsym(handle, "node_register_module_v127") != nullptr;
    dlclose(handle);
    std::string msg =
        v8_addon ? "The module '" + filename +
                       "'\nis a native addon built on V8's C++ API (NODE_MODULE_VERSION 127), "
                       "which nodus cannot load: only Node-API addons are supported."
                 : "Module did not self-register: '" + filename + "'.";
    return ThrowCodedError(isolate, "ERR_DLOPEN_FAILED", msg, false);
  }
  int32_t api_version = 8;
  if (auto get_version = reinterpret_cast<int32_t (*)()>(
          dlsym(handle, "node_api_module_get_api_version_v1")))
    api_version = get_version();

  auto* env = new napi_env__(realm, filename, api_version);
  v8::HandleScope scope(isolate);
  napi_value result = nullptr;
  env->CallIntoModule([&](napi_env e) { result = init(e, JsValue(exports)); },
                      [&](v8::Local<v8::Value> error) { isolate->ThrowException(error); });
  if (result != nullptr) {
    v8::Local<v8::Value> value = V8Value(result);
    if (!value->StrictEquals(exports))
      (void)module->Set(ctx, InternalizedStr(isolate, "exports"), value).FromMaybe(false);
  }
}

void RunCleanup(Realm* realm) { realm->RunCleanup(); }

}  // namespace nodus::napi

// ---- async work ---------------------------------------------------------------------------------

struct napi_async_work__ {
  napi_env env;
  uv_work_t req;
  napi_async_execute_callback execute;
  napi_async_complete_callback complete;
  void* data;
  v8::Global<v8::Object> resource;
};

struct napi_async_context__ {
  v8::Global<v8::Object> resource;
};

struct napi_callback_scope__ {
  explicit napi_callback_scope__(nodus::Realm* realm, v8::Local<v8::Object> resource)
      : scope(realm), frame(realm, resource) {}
  nodus::CallbackScope scope;
  nodus::AsyncFrameScope frame;
};

// ---- threadsafe functions -----------------------------------------------------------------------

struct napi_threadsafe_function__ {
  napi_env env;
  uv_async_t async;
  std::mutex mu;
  std::condition_variable cv;
  std::deque<void*> queue;
  size_t max_queue_size;
  size_t thread_count;
  bool is_closing = false;
  bool handle_closing = false;
  bool finalized = false;
  void* finalize_data;
  napi_finalize finalize_cb;
  void* context;
  napi_threadsafe_function_call_js call_js;
  v8::Global<v8::Function> func;
  v8::Global<v8::Object> resource;
  napi_threadsafe_function__* next = nullptr;
  napi_threadsafe_function__* prev = nullptr;

  void Send() { uv_async_send(&async); }
  void CallJs(void* data);
  bool DispatchOne();
  void Finalize();
  void Close();
  void Unlink() {
    auto** head = reinterpret_cast<napi_threadsafe_function__**>(&env->tsfns);
    if (prev) prev->next = next;
    else if (*head == this) *head = next;
    if (next) next->prev = prev;
    prev = next = nullptr;
  }
};

void napi_threadsafe_function__::CallJs(void* data) {
  v8::Isolate* isolate = env->isolate;
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  nodus::CallbackScope callback_scope(env->realm);
  nodus::AsyncFrameScope frame(env->realm, resource.Get(isolate));
  napi_value js_cb = func.IsEmpty() ? nullptr : JsValue(func.Get(isolate));
  env->CallIntoModule(
      [&](napi_env e) {
        if (call_js != nullptr) {
          call_js(e, js_cb, context, data);
        } else if (js_cb != nullptr) {
          napi_value recv;
          napi_get_undefined(e, &recv);
          napi_call_function(e, recv, js_cb, 0, nullptr, nullptr);
        }
      },
      [&](v8::Local<v8::Value> error) { env->TriggerUncaught(error); });
}

bool napi_threadsafe_function__::DispatchOne() {
  void* data = nullptr;
  bool popped = false, more = false, close = false;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (is_closing) {
      close = true;
    } else {
      size_t size = queue.size();
      if (size > 0) {
        data = queue.front();
        queue.pop_front();
        popped = true;
        if (max_queue_size > 0 && size == max_queue_size) cv.notify_all();
        size--;
      }
      if (size == 0) {
        if (thread_count == 0) {
          is_closing = true;
          if (max_queue_size > 0) cv.notify_all();
          close = true;
        }
      } else {
        more = true;
      }
    }
  }
  if (popped) CallJs(data);
  if (close) Close();
  return more && !close;
}

void napi_threadsafe_function__::Finalize() {
  if (finalized) return;
  finalized = true;
  Unlink();
  v8::HandleScope scope(env->isolate);
  if (finalize_cb != nullptr) env->CallFinalizer(finalize_cb, finalize_data, context);
  // Items nobody will call: their data goes back to call_js with no env, to be freed.
  std::deque<void*> rest;
  {
    std::lock_guard<std::mutex> lock(mu);
    rest.swap(queue);
  }
  if (call_js != nullptr)
    for (void* item : rest) call_js(nullptr, nullptr, context, item);
  func.Reset();
  resource.Reset();
}

void napi_threadsafe_function__::Close() {
  if (handle_closing) return;
  handle_closing = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&async), [](uv_handle_t* h) {
    auto* tsfn = static_cast<napi_threadsafe_function__*>(h->data);
    tsfn->Finalize();
    delete tsfn;
  });
}

static void CloseThreadsafeFunctions(napi_env env) {
  while (env->tsfns != nullptr) {
    auto* tsfn = static_cast<napi_threadsafe_function__*>(env->tsfns);
    {
      std::lock_guard<std::mutex> lock(tsfn->mu);
      tsfn->is_closing = true;
      tsfn->cv.notify_all();
    }
    tsfn->Finalize();  // unlinks; the handle dies with the process
  }
}

// ---- the API ------------------------------------------------------------------------------------

extern "C" {

NAPI_EXTERN void napi_module_register(napi_module* mod) { nodus::napi::pending_napi_module = mod; }

// V8/NAN addons register this way (node's ABI: the struct starts with the int nm_version);
// recorded only to say why such an addon cannot load.
NAPI_EXTERN void node_module_register(void* mod) {
  nodus::napi::pending_node_module = true;
  nodus::napi::pending_node_module_version = mod ? *static_cast<int*>(mod) : 0;
}

NAPI_EXTERN void napi_fatal_error(const char* location, size_t location_len, const char* message,
                                  size_t message_len) {
  std::string loc = location == nullptr ? ""
                    : location_len == NAPI_AUTO_LENGTH ? std::string(location)
                                                       : std::string(location, location_len);
  std::string msg = message == nullptr ? ""
                    : message_len == NAPI_AUTO_LENGTH ? std::string(message)
                                                      : std::string(message, message_len);
  fflush(stdout);
  fprintf(stderr, "FATAL ERROR: %s %s\n", loc.c_str(), msg.c_str());
  fflush(stderr);
  abort();
}

// The resource object of napi_async_init / napi_create_async_work: the given value as an object,
// or a new plain one; false when the value cannot be made an object.
static bool AsyncResourceObject(napi_env env, napi_value async_resource,
                                v8::Local<v8::Object>* resource) {
  if (async_resource == nullptr) {
    *resource = v8::Object::New(env->isolate);
    return true;
  }
  return V8Value(async_resource)->ToObject(env->context()).ToLocal(resource);
}

NAPI_EXTERN napi_status napi_async_init(napi_env env, napi_value async_resource,
                                        napi_value async_resource_name, napi_async_context* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_resource_name);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> ctx = env->context();
  v8::Local<v8::Object> resource;
  if (!AsyncResourceObject(env, async_resource, &resource)) {
    return env->SetError(napi_object_expected);
  }
  v8::Local<v8::String> name;
  if (!V8Value(async_resource_name)->ToString(ctx).ToLocal(&name))
    return env->SetError(napi_string_expected);
  nodus::CaptureAsyncFrame(env->realm, resource);
  auto* ac = new napi_async_context__;
  ac->resource.Reset(env->isolate, resource);
  *result = ac;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_async_destroy(napi_env env, napi_async_context async_context) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_context);
  delete async_context;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_make_callback(napi_env env, napi_async_context async_context, napi_value recv,
                                           napi_value func, size_t argc, const napi_value* argv,
                                           napi_value* result) {
  NAPI_CHECK_ENV(env);
  if (!env->last_exception.IsEmpty()) return env->SetError(napi_pending_exception);
  if (!env->can_call_into_js) return env->SetError(napi_pending_exception);
  env->Clear();
  NAPI_CHECK_ARG(env, recv);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  v8::Isolate* isolate = env->isolate;
  v8::Local<v8::Context> ctx = env->context();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Object> receiver;
  if (!V8Value(recv)->ToObject(ctx).ToLocal(&receiver)) {
    if (try_catch.HasCaught()) env->last_exception.Reset(isolate, try_catch.Exception());
    return env->SetError(napi_object_expected);
  }
  NAPI_CHECK_ARG(env, func);
  v8::Local<v8::Value> fn = V8Value(func);
  if (!fn->IsFunction()) return env->SetError(napi_function_expected);
  v8::Local<v8::Object> resource =
      async_context != nullptr ? async_context->resource.Get(isolate) : receiver;
  v8::Local<v8::Value> out;
  bool ok;
  {
    nodus::CallbackScope callback_scope(env->realm);
    nodus::AsyncFrameScope frame(env->realm, resource);
    ok = fn.As<v8::Function>()
             ->Call(ctx, receiver, static_cast<int>(argc),
                    reinterpret_cast<v8::Local<v8::Value>*>(const_cast<napi_value*>(argv)))
             .ToLocal(&out);
    if (!ok) callback_scope.MarkFailed();
  }
  if (try_catch.HasCaught()) {
    if (!try_catch.HasTerminated()) env->last_exception.Reset(isolate, try_catch.Exception());
    return env->SetError(napi_pending_exception);
  }
  if (!ok) return env->SetError(napi_generic_failure);
  if (result) *result = JsValue(out);
  return env->Clear();
}

static napi_status NewBufferFromStore(napi_env env, std::shared_ptr<v8::BackingStore> store,
                                      size_t offset, size_t length, v8::Local<v8::ArrayBuffer>* ab_out,
                                      napi_value* result) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, std::move(store));
  v8::Local<v8::Uint8Array> view = v8::Uint8Array::New(ab, offset, length);
  v8::Local<v8::Object> proto = nodus::napi::BufferPrototype(env);
  if (!proto.IsEmpty()) (void)view->SetPrototype(env->context(), proto).FromMaybe(false);
  if (ab_out) *ab_out = ab;
  *result = JsValue(view);
  return napi_ok;
}

static napi_status AllocBuffer(napi_env env, size_t length, void** data, napi_value* result) {
  if (length > static_cast<size_t>(v8::TypedArray::kMaxLength)) {
    napi_throw_range_error(env, "ERR_BUFFER_TOO_LARGE",
                           ("Cannot create a Buffer larger than " +
                            std::to_string(v8::TypedArray::kMaxLength) + " bytes")
                               .c_str());
    return env->SetError(napi_pending_exception);
  }
  std::unique_ptr<v8::BackingStore> store = nodus::napi::NewZeroedStore(length);
  if (!store) {
    napi_throw_range_error(env, nullptr, "Array buffer allocation failed");
    return env->SetError(napi_pending_exception);
  }
  if (data) *data = store->Data();
  return NewBufferFromStore(env, std::move(store), 0, length, nullptr, result);
}

NAPI_EXTERN napi_status napi_create_buffer(napi_env env, size_t length, void** data, napi_value* result) {
  NAPI_CHECK_ENV(env);
  if (!env->last_exception.IsEmpty()) return env->SetError(napi_pending_exception);
  env->Clear();
  NAPI_CHECK_ARG(env, result);
  if (napi_status s = AllocBuffer(env, length, data, result); s != napi_ok) return s;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_buffer_copy(napi_env env, size_t length, const void* data,
                                                void** result_data, napi_value* result) {
  NAPI_CHECK_ENV(env);
  if (!env->last_exception.IsEmpty()) return env->SetError(napi_pending_exception);
  env->Clear();
  NAPI_CHECK_ARG(env, result);
  if (length > 0) NAPI_CHECK_ARG(env, data);
  void* out = nullptr;
  if (napi_status s = AllocBuffer(env, length, &out, result); s != napi_ok) return s;
  if (length > 0) memcpy(out, data, length);
  if (result_data) *result_data = out;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_external_buffer(napi_env env, size_t length, void* data,
                                                    napi_finalize finalize_cb, void* finalize_hint,
                                                    napi_value* result) {
  NAPI_CHECK_ENV(env);
  if (!env->last_exception.IsEmpty()) return env->SetError(napi_pending_exception);
  env->Clear();
  NAPI_CHECK_ARG(env, result);
  std::unique_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStore(data, length, [](void*, size_t, void*) {}, nullptr);
  v8::Local<v8::ArrayBuffer> ab;
  NewBufferFromStore(env, std::move(store), 0, length, &ab, result);
  if (finalize_cb != nullptr)
    new Ref(env, ab, 0, Ref::Owner::kRuntime, finalize_cb, data, finalize_hint);
  return env->Clear();
}

NAPI_EXTERN napi_status node_api_create_buffer_from_arraybuffer(napi_env env, napi_value arraybuffer,
                                                                size_t byte_offset, size_t byte_length,
                                                                napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(arraybuffer);
  if (!v->IsArrayBuffer()) return env->SetError(napi_arraybuffer_expected);
  v8::Local<v8::ArrayBuffer> ab = v.As<v8::ArrayBuffer>();
  if (byte_offset > ab->ByteLength() || byte_length > ab->ByteLength() - byte_offset) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "The byte offset + length is out of range");
    return env->SetError(napi_pending_exception);
  }
  v8::Local<v8::Uint8Array> view = v8::Uint8Array::New(ab, byte_offset, byte_length);
  v8::Local<v8::Object> proto = nodus::napi::BufferPrototype(env);
  if (!proto.IsEmpty()) (void)view->SetPrototype(env->context(), proto).FromMaybe(false);
  *result = JsValue(view);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_is_buffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsArrayBufferView();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_buffer_info(napi_env env, napi_value value, void** data, size_t* length) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  if (!v->IsArrayBufferView()) return env->SetError(napi_invalid_arg);
  v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  if (data) {
    v8::Local<v8::ArrayBuffer> ab = view->Buffer();
    *data = ab->Data() ? static_cast<uint8_t*>(ab->Data()) + view->ByteOffset() : nullptr;
  }
  if (length) *length = view->ByteLength();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_async_work(napi_env env, napi_value async_resource,
                                               napi_value async_resource_name,
                                               napi_async_execute_callback execute,
                                               napi_async_complete_callback complete, void* data,
                                               napi_async_work* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, execute);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> ctx = env->context();
  v8::Local<v8::Object> resource;
  if (!AsyncResourceObject(env, async_resource, &resource)) {
    return env->SetError(napi_object_expected);
  }
  if (async_resource_name != nullptr) {
    v8::Local<v8::String> name;
    if (!V8Value(async_resource_name)->ToString(ctx).ToLocal(&name))
      return env->SetError(napi_string_expected);
  }
  nodus::CaptureAsyncFrame(env->realm, resource);
  auto* work = new napi_async_work__{env, {}, execute, complete, data, {}};
  work->resource.Reset(env->isolate, resource);
  work->req.data = work;
  *result = work;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_delete_async_work(napi_env env, napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  delete work;
  return env->Clear();
}

static napi_status UvStatus(napi_env env, int rc) {
  if (rc == 0) return env->Clear();
  if (rc == UV_EINVAL) return env->SetError(napi_invalid_arg);
  if (rc == UV_ECANCELED) return env->SetError(napi_cancelled);
  napi_status s = env->SetError(napi_generic_failure);
  env->last_error.engine_error_code = static_cast<uint32_t>(rc);
  return s;
}

NAPI_EXTERN napi_status napi_queue_async_work(napi_env env, napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  int rc = uv_queue_work(
      env->realm->loop(), &work->req,
      [](uv_work_t* req) {
        auto* w = static_cast<napi_async_work__*>(req->data);
        w->execute(w->env, w->data);
      },
      [](uv_work_t* req, int status) {
        auto* w = static_cast<napi_async_work__*>(req->data);
        if (w->complete == nullptr) return;
        napi_env env = w->env;
        v8::Isolate* isolate = env->isolate;
        v8::HandleScope scope(isolate);
        v8::Context::Scope context_scope(env->context());
        nodus::CallbackScope callback_scope(env->realm);
        nodus::AsyncFrameScope frame(env->realm, w->resource.Get(isolate));
        napi_async_complete_callback complete = w->complete;
        void* data = w->data;
        env->CallIntoModule(
            [&](napi_env e) { complete(e, status == UV_ECANCELED ? napi_cancelled : napi_ok, data); },
            [&](v8::Local<v8::Value> error) { env->TriggerUncaught(error); });
      });
  return UvStatus(env, rc);
}

NAPI_EXTERN napi_status napi_cancel_async_work(napi_env env, napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  return UvStatus(env, uv_cancel(reinterpret_cast<uv_req_t*>(&work->req)));
}

NAPI_EXTERN napi_status napi_get_node_version(napi_env env, const napi_node_version** version) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, version);
  static napi_node_version v = [] {
    napi_node_version out{0, 0, 0, "node"};
    sscanf(NODUS_NODE_VERSION, "%u.%u.%u", &out.major, &out.minor, &out.patch);
    return out;
  }();
  *version = &v;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_uv_event_loop(napi_env env, struct uv_loop_s** loop) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, loop);
  *loop = env->realm->loop();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_fatal_exception(napi_env env, napi_value err) {
  NAPI_CHECK_ENV(env);
  if (!env->last_exception.IsEmpty()) return env->SetError(napi_pending_exception);
  NAPI_CHECK_ARG(env, err);
  env->TriggerUncaught(V8Value(err));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_add_env_cleanup_hook(napi_env env, napi_cleanup_hook fun, void* arg) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, fun);
  env->realm->AddCleanupHook(fun, arg);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_remove_env_cleanup_hook(napi_env env, napi_cleanup_hook fun, void* arg) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, fun);
  env->realm->RemoveCleanupHook(fun, arg);
  return env->Clear();
}

struct napi_async_cleanup_hook_handle__ {
  napi_env env;
  napi_async_cleanup_hook hook;
  void* arg;
  bool started = false;
  static void Run(void* self) {
    auto* h = static_cast<napi_async_cleanup_hook_handle__*>(self);
    h->started = true;
    h->env->realm->pending_async_cleanups++;
    h->hook(h, h->arg);
  }
};

NAPI_EXTERN napi_status napi_add_async_cleanup_hook(napi_env env, napi_async_cleanup_hook hook, void* arg,
                                                    napi_async_cleanup_hook_handle* remove_handle) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, hook);
  auto* handle = new napi_async_cleanup_hook_handle__{env, hook, arg};
  env->realm->AddCleanupHook(napi_async_cleanup_hook_handle__::Run, handle);
  if (remove_handle) *remove_handle = handle;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle remove_handle) {
  if (remove_handle == nullptr) return napi_invalid_arg;
  napi_env env = remove_handle->env;
  if (remove_handle->started) env->realm->pending_async_cleanups--;
  else env->realm->RemoveCleanupHook(napi_async_cleanup_hook_handle__::Run, remove_handle);
  delete remove_handle;
  return napi_ok;
}

NAPI_EXTERN napi_status napi_open_callback_scope(napi_env env, napi_value resource_object,
                                                 napi_async_context context, napi_callback_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Object> resource;
  if (context != nullptr) resource = context->resource.Get(env->isolate);
  else if (resource_object != nullptr && V8Value(resource_object)->IsObject())
    resource = V8Value(resource_object).As<v8::Object>();
  else resource = v8::Object::New(env->isolate);
  *result = new napi_callback_scope__(env->realm, resource);
  env->open_callback_scopes++;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_close_callback_scope(napi_env env, napi_callback_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  if (env->open_callback_scopes == 0) return env->SetError(napi_callback_scope_mismatch);
  env->open_callback_scopes--;
  delete scope;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_threadsafe_function(
    napi_env env, napi_value func, napi_value async_resource, napi_value async_resource_name,
    size_t max_queue_size, size_t initial_thread_count, void* thread_finalize_data,
    napi_finalize thread_finalize_cb, void* context, napi_threadsafe_function_call_js call_js_cb,
    napi_threadsafe_function* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_resource_name);
  if (initial_thread_count == 0) return env->SetError(napi_invalid_arg);
  NAPI_CHECK_ARG(env, result);
  v8::Isolate* isolate = env->isolate;
  v8::Local<v8::Context> ctx = env->context();
  v8::Local<v8::Function> fn;
  if (func == nullptr) {
    NAPI_CHECK_ARG(env, call_js_cb);
  } else {
    if (!V8Value(func)->IsFunction()) return env->SetError(napi_function_expected);
    fn = V8Value(func).As<v8::Function>();
  }
  v8::Local<v8::Object> resource;
  if (async_resource != nullptr) {
    if (!V8Value(async_resource)->ToObject(ctx).ToLocal(&resource))
      return env->SetError(napi_object_expected);
  } else {
    resource = v8::Object::New(isolate);
  }
  v8::Local<v8::String> name;
  if (!V8Value(async_resource_name)->ToString(ctx).ToLocal(&name))
    return env->SetError(napi_string_expected);
  nodus::CaptureAsyncFrame(env->realm, resource);
  auto* tsfn = new napi_threadsafe_function__;
  tsfn->env = env;
  tsfn->max_queue_size = max_queue_size;
  tsfn->thread_count = initial_thread_count;
  tsfn->finalize_data = thread_finalize_data;
  tsfn->finalize_cb = thread_finalize_cb;
  tsfn->context = context;
  tsfn->call_js = call_js_cb;
  if (!fn.IsEmpty()) tsfn->func.Reset(isolate, fn);
  tsfn->resource.Reset(isolate, resource);
  if (uv_async_init(env->realm->loop(), &tsfn->async, [](uv_async_t* handle) {
        auto* t = static_cast<napi_threadsafe_function__*>(handle->data);
        for (int i = 0; i < 1000; i++) {
          if (!t->DispatchOne()) return;
        }
        std::lock_guard<std::mutex> lock(t->mu);
        if (!t->is_closing) t->Send();  // more items: yield to the loop, come back
      }) != 0) {
    delete tsfn;
    return env->SetError(napi_generic_failure);
  }
  tsfn->async.data = tsfn;
  auto** head = reinterpret_cast<napi_threadsafe_function__**>(&env->tsfns);
  tsfn->next = *head;
  if (*head) (*head)->prev = tsfn;
  *head = tsfn;
  *result = tsfn;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_threadsafe_function_context(napi_threadsafe_function func, void** result) {
  if (func == nullptr || result == nullptr) return napi_invalid_arg;
  *result = func->context;
  return napi_ok;
}

NAPI_EXTERN napi_status napi_call_threadsafe_function(napi_threadsafe_function func, void* data,
                                                      napi_threadsafe_function_call_mode is_blocking) {
  if (func == nullptr) return napi_invalid_arg;
  std::unique_lock<std::mutex> lock(func->mu);
  while (func->max_queue_size > 0 && func->queue.size() >= func->max_queue_size && !func->is_closing) {
    if (is_blocking == napi_tsfn_nonblocking) return napi_queue_full;
    func->cv.wait(lock);
  }
  if (func->is_closing) {
    if (func->thread_count == 0) return napi_invalid_arg;
    func->thread_count--;
    return napi_closing;
  }
  func->queue.push_back(data);
  func->Send();
  return napi_ok;
}

NAPI_EXTERN napi_status napi_acquire_threadsafe_function(napi_threadsafe_function func) {
  if (func == nullptr) return napi_invalid_arg;
  std::lock_guard<std::mutex> lock(func->mu);
  if (func->is_closing) return napi_closing;
  func->thread_count++;
  return napi_ok;
}

NAPI_EXTERN napi_status napi_release_threadsafe_function(napi_threadsafe_function func,
                                                         napi_threadsafe_function_release_mode mode) {
  if (func == nullptr) return napi_invalid_arg;
  std::lock_guard<std::mutex> lock(func->mu);
  if (func->thread_count == 0) return napi_invalid_arg;
  func->thread_count--;
  if ((func->thread_count == 0 || mode == napi_tsfn_abort) && !func->is_closing) {
    func->is_closing = mode == napi_tsfn_abort;
    if (func->is_closing && func->max_queue_size > 0) func->cv.notify_all();
    func->Send();
  }
  return napi_ok;
}

NAPI_EXTERN napi_status napi_unref_threadsafe_function(napi_env env, napi_threadsafe_function func) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, func);
  uv_unref(reinterpret_cast<uv_handle_t*>(&func->async));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_ref_threadsafe_function(napi_env env, napi_threadsafe_function func) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, func);
  uv_ref(reinterpret_cast<uv_handle_t*>(&func->async));
  return env->Clear();
}

NAPI_EXTERN napi_status node_api_get_module_file_name(napi_env env, const char** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  static thread_local std::unordered_map<napi_env, std::string> urls;
  std::string& url = urls[env];
  if (url.empty()) url = nodus::napi::FileUrl(env->filename);
  *result = url.c_str();
  return env->Clear();
}

}  // extern "C"

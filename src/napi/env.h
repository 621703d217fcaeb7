// Node-API's environment (napi_env): one per loaded addon per realm. It owns the addon's
// references, finalizers, cleanup hooks and the "pending exception" of Node-API's error model:
// a JS exception caught inside a Node-API call is kept here until the native callback returns
// to JS (where it is rethrown) or the addon clears it.
#pragma once
#include <uv.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "napi/node_api.h"
#include "v8.h"

namespace nodus {
class Realm;
}

namespace nodus::napi {

inline napi_value JsValue(v8::Local<v8::Value> v) {
  napi_value out;
  static_assert(sizeof(out) == sizeof(v));
  std::memcpy(&out, &v, sizeof(out));
  return out;
}
inline v8::Local<v8::Value> V8Value(napi_value v) {
  v8::Local<v8::Value> out;
  std::memcpy(static_cast<void*>(&out), &v, sizeof(out));
  return out;
}

struct Ref;

// Zeroed memory for an ArrayBuffer, or null when the allocation fails (no fatal OOM).
inline std::unique_ptr<v8::BackingStore> NewZeroedStore(size_t length) {
  void* data = calloc(length ? length : 1, 1);
  if (data == nullptr) return nullptr;
  return v8::ArrayBuffer::NewBackingStore(
      data, length, [](void* d, size_t, void*) { free(d); }, nullptr);
}

// A finalizer: `cb(env, data, hint)`, run later from the loop (never inside GC) or at teardown.
struct PendingFinalizer {
  napi_finalize cb;
  void* data;
  void* hint;
};

}  // namespace nodus::napi

struct napi_env__ {
  napi_env__(nodus::Realm* realm, std::string filename, int32_t api_version);
  ~napi_env__();

  nodus::Realm* realm;
  v8::Isolate* isolate;
  v8::Global<v8::Context> context_persistent;
  v8::Local<v8::Context> context() const { return context_persistent.Get(isolate); }

  napi_extended_error_info last_error{};
  v8::Global<v8::Value> last_exception;
  int open_handle_scopes = 0;
  int open_callback_scopes = 0;
  bool can_call_into_js = true;
  bool in_gc_finalizer = false;
  int32_t module_api_version;
  std::string filename;

  // Instance data (napi_set_instance_data).
  void* instance_data = nullptr;
  napi_finalize instance_finalize = nullptr;
  void* instance_hint = nullptr;

  // Every live reference and finalizer-bearing object, most recent first (finalized at teardown).
  nodus::napi::Ref* refs = nullptr;
  std::vector<nodus::napi::PendingFinalizer> pending_finalizers;
  std::vector<nodus::napi::Ref*> pending_refs;  // collected objects whose finalizer is due
  void* tsfns = nullptr;                        // live threadsafe functions (node_api.cc)

  napi_status SetError(napi_status status) {
    last_error.error_code = status;
    last_error.engine_error_code = 0;
    last_error.engine_reserved = nullptr;
    return status;
  }
  napi_status Clear() {
    last_error.error_message = nullptr;
    return SetError(napi_ok);
  }

  // Calls into the addon (a callback, an init function, a finalizer); afterwards a pending
  // exception is handed to `rethrow` (thrown into JS or reported as uncaught).
  template <typename Call, typename OnException>
  void CallIntoModule(Call&& call, OnException&& on_exception) {
    int scopes = open_handle_scopes;
    Clear();
    call(this);
    if (open_handle_scopes != scopes) open_handle_scopes = scopes;  // an unbalanced addon
    if (!last_exception.IsEmpty()) {
      v8::Local<v8::Value> exception = last_exception.Get(isolate);
      last_exception.Reset();
      on_exception(exception);
    }
  }
  // Calls a finalizer now (JS may run unless tearing down); exceptions become uncaught.
  void CallFinalizer(napi_finalize cb, void* data, void* hint);
  void EnqueueFinalizer(nodus::napi::Ref* ref);
  void EnqueuePostFinalizer(napi_finalize cb, void* data, void* hint);
  void DrainFinalizers();
  void Teardown();
  // Rethrows into JS (when called from a JS frame) or reports as uncaught.
  void TriggerUncaught(v8::Local<v8::Value> error);
};

namespace nodus::napi {

// A reference to a JS value (napi_ref), also the carrier of finalizers of wrapped objects,
// externals, external array buffers and napi_add_finalizer. Strong while count > 0; at 0 the
// handle is weak and, once collected, the finalizer (if any) is queued.
struct Ref {
  enum class Owner { kRuntime, kUser };
  Ref(napi_env env, v8::Local<v8::Value> value, uint32_t count, Owner owner, napi_finalize cb,
      void* data, void* hint);
  ~Ref();
  uint32_t Inc();
  uint32_t Dec();
  v8::Local<v8::Value> Get();
  void UpdateWeakness();
  static void OnWeak(const v8::WeakCallbackInfo<Ref>& info);
  // Runs the finalizer (once) and deletes a runtime-owned ref.
  void Finalize();
  void Link();
  void Unlink();

  napi_env env;
  v8::Global<v8::Value> handle;
  uint32_t count;
  bool can_be_weak;
  Owner owner;
  napi_finalize cb;
  void* data;
  void* hint;
  bool queued = false;
  bool collected = false;
  Ref* prev = nullptr;
  Ref* next = nullptr;
};

// Loads an addon (process.dlopen's native half): throws on failure.
void DLOpen(const v8::FunctionCallbackInfo<v8::Value>& info);
void SetBufferPrototype(const v8::FunctionCallbackInfo<v8::Value>& info);
// Runs cleanup hooks and tears every env of the realm down (normal exit).
void RunCleanup(Realm* realm);
v8::Local<v8::Object> BufferPrototype(napi_env env);

}  // namespace nodus::napi

// Argument checks shared by the implementation files.
#define NAPI_CHECK_ENV(env)                   \
  do {                                        \
    if ((env) == nullptr) return napi_invalid_arg; \
  } while (0)
#define NAPI_CHECK_ARG(env, arg)                                       \
  do {                                                                 \
    if ((arg) == nullptr) return (env)->SetError(napi_invalid_arg);    \
  } while (0)
#define NAPI_RETURN_IF(env, cond, status)               \
  do {                                                  \
    if (cond) return (env)->SetError(status);           \
  } while (0)

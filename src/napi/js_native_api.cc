// Node-API, engine half (js_native_api): values, objects, functions, classes, wrapping,
// references, scopes, errors, array buffers, promises. Written from the Node-API documentation.
#include <climits>
#include <cmath>

#include "napi/env.h"
#include "runtime/realm.h"

using nodus::napi::JsValue;
using nodus::napi::Ref;
using nodus::napi::V8Value;

namespace {

// Catches what JS throws during a Node-API call and keeps it as the env's pending exception.
class EnvTryCatch : public v8::TryCatch {
 public:
  explicit EnvTryCatch(napi_env env) : v8::TryCatch(env->isolate), env_(env) {}
  ~EnvTryCatch() {
    if (HasCaught() && !HasTerminated()) env_->last_exception.Reset(env_->isolate, Exception());
  }

 private:
  napi_env env_;
};

napi_status Preamble(napi_env env) {
  if (!env->last_exception.IsEmpty()) return env->SetError(napi_pending_exception);
  if (!env->can_call_into_js)
    return env->SetError(env->module_api_version >= 10 && env->module_api_version != INT_MAX
                             ? napi_cannot_run_js
                             : napi_pending_exception);
  return env->Clear();
}

#define PREAMBLE(env)                                  \
  NAPI_CHECK_ENV(env);                                 \
  if (napi_status s_ = Preamble(env); s_ != napi_ok) return s_; \
  EnvTryCatch try_catch(env)

// A failed V8 call: the exception (if any) is pending.
#define FAILED(env) (env)->SetError(try_catch.HasCaught() ? napi_pending_exception : napi_generic_failure)

#define CHECK_VALUE(env, v, check, status) \
  do {                                     \
    NAPI_CHECK_ARG(env, v);                \
    if (!V8Value(v)->check()) return (env)->SetError(status); \
  } while (0)

const char* const kErrorMessages[] = {
    nullptr,
    "Invalid argument",
    "An object was expected",
    "A string was expected",
    "A string or symbol was expected",
    "A function was expected",
    "A number was expected",
    "A boolean was expected",
    "An array was expected",
    "Unknown failure",
    "An exception is pending",
    "The async work item was cancelled",
    "napi_escape_handle already called on scope",
    "Invalid handle scope usage",
    "Invalid callback scope usage",
    "Thread-safe function queue is full",
    "Thread-safe function handle is closing",
    "A bigint was expected",
    "A date was expected",
    "An arraybuffer was expected",
    "A detachable arraybuffer was expected",
    "Main thread would deadlock",
    "External buffers are not allowed",
    "Cannot run JavaScript",
};

bool ToObject(napi_env env, napi_value v, v8::Local<v8::Object>* out) {
  return V8Value(v)->ToObject(env->context()).ToLocal(out);
}

// ---- functions -------------------------------------------------------------------------------

struct CallbackBundle {
  napi_env env;
  napi_callback cb;
  void* data;
};

struct CallbackInfo {
  const v8::FunctionCallbackInfo<v8::Value>* info;
  void* data;
};

void FunctionTrampoline(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* bundle = static_cast<CallbackBundle*>(info.Data().As<v8::External>()->Value());
  napi_env env = bundle->env;
  CallbackInfo cbinfo{&info, bundle->data};
  napi_value result = nullptr;
  env->CallIntoModule(
      [&](napi_env e) {
        result = bundle->cb(e, reinterpret_cast<napi_callback_info>(&cbinfo));
      },
      [&](v8::Local<v8::Value> exception) { env->isolate->ThrowException(exception); });
  if (result != nullptr) info.GetReturnValue().Set(V8Value(result));
}

// The bundle lives as long as the External holding it (the function's or template's data).
struct BundleHolder {
  v8::Global<v8::External> handle;
  CallbackBundle bundle;
};

v8::Local<v8::External> NewBundle(napi_env env, napi_callback cb, void* data) {
  auto* holder = new BundleHolder{{}, {env, cb, data}};
  v8::Local<v8::External> ext = v8::External::New(env->isolate, &holder->bundle);
  holder->handle.Reset(env->isolate, ext);
  holder->handle.SetWeak(
      holder,
      [](const v8::WeakCallbackInfo<BundleHolder>& wi) {
        BundleHolder* h = wi.GetParameter();
        h->handle.Reset();
        delete h;
      },
      v8::WeakCallbackType::kParameter);
  return ext;
}

napi_status NewFunction(napi_env env, const char* utf8name, size_t length, napi_callback cb,
                        void* data, v8::Local<v8::Function>* out) {
  v8::Local<v8::Context> ctx = env->context();
  v8::Local<v8::Function> fn;
  if (!v8::Function::New(ctx, FunctionTrampoline, NewBundle(env, cb, data)).ToLocal(&fn))
    return env->SetError(napi_generic_failure);
  if (utf8name != nullptr) {
    if (length == NAPI_AUTO_LENGTH) length = strlen(utf8name);
    if (length > INT_MAX) return env->SetError(napi_invalid_arg);
    v8::Local<v8::String> name;
    if (!v8::String::NewFromUtf8(env->isolate, utf8name, v8::NewStringType::kInternalized,
                                 static_cast<int>(length))
             .ToLocal(&name))
      return env->SetError(napi_generic_failure);
    fn->SetName(name);
  }
  *out = fn;
  return napi_ok;
}

v8::PropertyAttribute V8Attributes(napi_property_attributes a, bool accessor) {
  int out = v8::None;
  if (!accessor && !(a & napi_writable)) out |= v8::ReadOnly;
  if (!(a & napi_enumerable)) out |= v8::DontEnum;
  if (!(a & napi_configurable)) out |= v8::DontDelete;
  return static_cast<v8::PropertyAttribute>(out);
}

napi_status PropertyName(napi_env env, const napi_property_descriptor& p, v8::Local<v8::Name>* out) {
  if (p.utf8name != nullptr) {
    if (!v8::String::NewFromUtf8(env->isolate, p.utf8name, v8::NewStringType::kInternalized)
             .ToLocal(reinterpret_cast<v8::Local<v8::String>*>(out)))
      return env->SetError(napi_generic_failure);
    return napi_ok;
  }
  if (p.name == nullptr) return env->SetError(napi_name_expected);
  v8::Local<v8::Value> name = V8Value(p.name);
  if (!name->IsName()) return env->SetError(napi_name_expected);
  *out = name.As<v8::Name>();
  return napi_ok;
}

// ---- strings ---------------------------------------------------------------------------------

template <typename Char, typename Make>
napi_status NewString(napi_env env, const Char* str, size_t length, napi_value* result, Make make) {
  NAPI_CHECK_ENV(env);
  if (length > 0) NAPI_CHECK_ARG(env, str);
  NAPI_CHECK_ARG(env, result);
  if (length == NAPI_AUTO_LENGTH) {
    length = 0;
    while (str[length]) length++;
  }
  if (length > INT_MAX) return env->SetError(napi_invalid_arg);
  v8::Local<v8::String> s;
  if (!make(static_cast<int>(length)).ToLocal(&s)) return env->SetError(napi_generic_failure);
  *result = JsValue(s);
  return env->Clear();
}

// ---- errors ----------------------------------------------------------------------------------

napi_status SetErrorCode(napi_env env, v8::Local<v8::Value> error, napi_value code,
                         const char* code_cstring) {
  v8::Local<v8::Value> code_value;
  if (code != nullptr) {
    code_value = V8Value(code);
    if (!code_value->IsString()) return env->SetError(napi_string_expected);
  } else if (code_cstring != nullptr) {
    if (!v8::String::NewFromUtf8(env->isolate, code_cstring).ToLocal(&code_value))
      return env->SetError(napi_generic_failure);
  } else {
    return napi_ok;
  }
  v8::Local<v8::String> key = v8::String::NewFromUtf8Literal(env->isolate, "code");
  if (!error.As<v8::Object>()->Set(env->context(), key, code_value).FromMaybe(false))
    return env->SetError(napi_generic_failure);
  return napi_ok;
}

using ErrorMaker = v8::Local<v8::Value> (*)(v8::Local<v8::String>);

napi_status CreateError(napi_env env, napi_value code, napi_value msg, napi_value* result,
                        ErrorMaker make) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, msg);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> message = V8Value(msg);
  if (!message->IsString()) return env->SetError(napi_string_expected);
  v8::Local<v8::Value> error = make(message.As<v8::String>());
  if (napi_status s = SetErrorCode(env, error, code, nullptr); s != napi_ok) return s;
  *result = JsValue(error);
  return env->Clear();
}

napi_status ThrowError(napi_env env, const char* code, const char* msg, ErrorMaker make) {
  PREAMBLE(env);
  v8::Local<v8::String> message;
  if (!v8::String::NewFromUtf8(env->isolate, msg ? msg : "").ToLocal(&message))
    return env->SetError(napi_generic_failure);
  v8::Local<v8::Value> error = make(message);
  if (napi_status s = SetErrorCode(env, error, nullptr, code); s != napi_ok) return s;
  env->isolate->ThrowException(error);
  return env->Clear();
}

v8::Local<v8::Value> MakeError(v8::Local<v8::String> m) { return v8::Exception::Error(m); }
v8::Local<v8::Value> MakeTypeError(v8::Local<v8::String> m) { return v8::Exception::TypeError(m); }
v8::Local<v8::Value> MakeRangeError(v8::Local<v8::String> m) { return v8::Exception::RangeError(m); }
v8::Local<v8::Value> MakeSyntaxError(v8::Local<v8::String> m) { return v8::Exception::SyntaxError(m); }

// ---- handle scopes -------------------------------------------------------------------------

struct HandleScopeBox {
  explicit HandleScopeBox(v8::Isolate* isolate) : scope(isolate) {}
  v8::HandleScope scope;
};
struct EscapableScopeBox {
  explicit EscapableScopeBox(v8::Isolate* isolate) : scope(isolate) {}
  v8::EscapableHandleScope scope;
  bool escaped = false;
};

v8::Local<v8::Private> PrivateKey(napi_env env, const char* name) {
  return v8::Private::ForApi(env->isolate, v8::String::NewFromUtf8(env->isolate, name).ToLocalChecked());
}

size_t ElementSize(napi_typedarray_type type) {
  switch (type) {
    case napi_int8_array:
    case napi_uint8_array:
    case napi_uint8_clamped_array:
      return 1;
    case napi_int16_array:
    case napi_uint16_array:
      return 2;
    case napi_int32_array:
    case napi_uint32_array:
    case napi_float32_array:
      return 4;
    default:
      return 8;
  }
}

const char* TypedArrayName(napi_typedarray_type type) {
  static const char* const names[] = {"Int8Array",   "Uint8Array",    "Uint8ClampedArray",
                                      "Int16Array",  "Uint16Array",   "Int32Array",
                                      "Uint32Array", "Float32Array",  "Float64Array",
                                      "BigInt64Array", "BigUint64Array"};
  return names[type];
}

struct DeferredBox {
  v8::Global<v8::Promise::Resolver> resolver;
};

napi_status Conclude(napi_env env, napi_deferred deferred, napi_value value, bool resolve) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, deferred);
  NAPI_CHECK_ARG(env, value);
  auto* box = reinterpret_cast<DeferredBox*>(deferred);
  v8::Local<v8::Promise::Resolver> resolver = box->resolver.Get(env->isolate);
  delete box;
  v8::Maybe<bool> ok = resolve ? resolver->Resolve(env->context(), V8Value(value))
                               : resolver->Reject(env->context(), V8Value(value));
  if (!ok.FromMaybe(false)) return FAILED(env);
  return env->Clear();
}

napi_status Wrap(napi_env env, napi_value js_object, void* native, napi_finalize cb, void* hint,
                 napi_ref* result, bool wrap) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  v8::Local<v8::Value> value = V8Value(js_object);
  if (!value->IsObject()) return env->SetError(napi_invalid_arg);
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  v8::Local<v8::Context> ctx = env->context();
  if (wrap) {
    v8::Local<v8::Private> key = PrivateKey(env, "nodus:napi:wrap");
    if (obj->HasPrivate(ctx, key).FromMaybe(true)) return env->SetError(napi_invalid_arg);
    Ref* ref = new Ref(env, obj, 0, result ? Ref::Owner::kUser : Ref::Owner::kRuntime, cb, native,
                       hint);
    if (!obj->SetPrivate(ctx, key, v8::External::New(env->isolate, ref)).FromMaybe(false)) {
      delete ref;
      return FAILED(env);
    }
    if (result) *result = reinterpret_cast<napi_ref>(ref);
  } else {
    NAPI_CHECK_ARG(env, cb);
    Ref* ref = new Ref(env, obj, 0, result ? Ref::Owner::kUser : Ref::Owner::kRuntime, cb, native,
                       hint);
    if (result) *result = reinterpret_cast<napi_ref>(ref);
  }
  return env->Clear();
}

napi_status Unwrap(napi_env env, napi_value js_object, void** result, bool remove) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  if (!remove) NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> value = V8Value(js_object);
  if (!value->IsObject()) return env->SetError(napi_invalid_arg);
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  v8::Local<v8::Context> ctx = env->context();
  v8::Local<v8::Private> key = PrivateKey(env, "nodus:napi:wrap");
  v8::Local<v8::Value> ext;
  if (!obj->GetPrivate(ctx, key).ToLocal(&ext) || !ext->IsExternal())
    return env->SetError(napi_invalid_arg);
  Ref* ref = static_cast<Ref*>(ext.As<v8::External>()->Value());
  if (result) *result = ref->data;
  if (remove) {
    (void)obj->DeletePrivate(ctx, key);
    if (ref->owner == Ref::Owner::kUser) {
      ref->cb = nullptr;  // the addon's reference stays valid, without a finalizer
    } else {
      delete ref;
    }
  }
  return env->Clear();
}

}  // namespace

// ---- Ref ----------------------------------------------------------------------------------------

namespace nodus::napi {

Ref::Ref(napi_env env_, v8::Local<v8::Value> value, uint32_t count_, Owner owner_,
         napi_finalize cb_, void* data_, void* hint_)
    : env(env_), handle(env_->isolate, value), count(count_), owner(owner_), cb(cb_), data(data_),
      hint(hint_) {
  can_be_weak = value->IsObject() || value->IsSymbol();
  Link();
  UpdateWeakness();
}

Ref::~Ref() {
  Unlink();
  handle.Reset();
}

void Ref::Link() {
  next = env->refs;
  if (next) next->prev = this;
  env->refs = this;
}

void Ref::Unlink() {
  if (prev) prev->next = next;
  else if (env->refs == this) env->refs = next;
  if (next) next->prev = prev;
  prev = next = nullptr;
}

void Ref::UpdateWeakness() {
  if (handle.IsEmpty()) return;
  if (count > 0 || !can_be_weak) {
    handle.ClearWeak();
  } else {
    handle.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
  }
}

uint32_t Ref::Inc() {
  if (collected) return 0;
  if (++count == 1) UpdateWeakness();
  return count;
}

uint32_t Ref::Dec() {
  if (collected || count == 0) return 0;
  if (--count == 0) UpdateWeakness();
  return count;
}

v8::Local<v8::Value> Ref::Get() {
  if (handle.IsEmpty()) return v8::Local<v8::Value>();
  return handle.Get(env->isolate);
}

// First-pass GC callback: only drops the handle; the finalizer runs later from the loop.
void Ref::OnWeak(const v8::WeakCallbackInfo<Ref>& info) {
  Ref* ref = info.GetParameter();
  ref->handle.Reset();
  ref->collected = true;
  if (ref->cb != nullptr) {
    ref->env->EnqueueFinalizer(ref);
  } else if (ref->owner == Owner::kRuntime) {
    ref->env->EnqueueFinalizer(ref);  // deleted from the loop, not inside GC
  }
}

void Ref::Finalize() {
  napi_finalize fn = cb;
  cb = nullptr;
  handle.Reset();
  collected = true;
  // what the finalizer needs is copied out first: a runtime-owned Ref is deleted before it runs
  napi_env e = env;
  void* finalize_data = data;
  void* finalize_hint = hint;
  if (owner == Owner::kRuntime) delete this;
  if (fn != nullptr) e->CallFinalizer(fn, finalize_data, finalize_hint);
}

}  // namespace nodus::napi

// ---- the API ------------------------------------------------------------------------------------

extern "C" {

NAPI_EXTERN napi_status napi_get_last_error_info(napi_env env, const napi_extended_error_info** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  int code = env->last_error.error_code;
  env->last_error.error_message =
      code >= 0 && code <= napi_cannot_run_js ? kErrorMessages[code] : nullptr;
  *result = &env->last_error;
  return napi_ok;
}

#define SIMPLE_VALUE(fn, expr)                                      \
  NAPI_EXTERN napi_status fn(napi_env env, napi_value* result) {   \
    NAPI_CHECK_ENV(env);                                            \
    NAPI_CHECK_ARG(env, result);                                    \
    v8::Isolate* isolate = env->isolate;                            \
    (void)isolate;                                                  \
    *result = JsValue(expr);                                        \
    return env->Clear();                                            \
  }
SIMPLE_VALUE(napi_get_undefined, v8::Undefined(isolate))
SIMPLE_VALUE(napi_get_null, v8::Null(isolate))
SIMPLE_VALUE(napi_get_global, env->context()->Global())
SIMPLE_VALUE(napi_create_object, v8::Object::New(isolate))
SIMPLE_VALUE(napi_create_array, v8::Array::New(isolate))
#undef SIMPLE_VALUE

NAPI_EXTERN napi_status napi_get_boolean(napi_env env, bool value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Boolean::New(env->isolate, value));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_array_with_length(napi_env env, size_t length, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  int len = length > INT_MAX ? 0 : static_cast<int>(length);
  *result = JsValue(v8::Array::New(env->isolate, len));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_double(napi_env env, double value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Number::New(env->isolate, value));
  return env->Clear();
}
NAPI_EXTERN napi_status napi_create_int32(napi_env env, int32_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Integer::New(env->isolate, value));
  return env->Clear();
}
NAPI_EXTERN napi_status napi_create_uint32(napi_env env, uint32_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Integer::NewFromUnsigned(env->isolate, value));
  return env->Clear();
}
NAPI_EXTERN napi_status napi_create_int64(napi_env env, int64_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Number::New(env->isolate, static_cast<double>(value)));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_string_latin1(napi_env env, const char* str, size_t length,
                                                  napi_value* result) {
  return NewString(env, str, length, result, [&](int len) {
    return v8::String::NewFromOneByte(env->isolate, reinterpret_cast<const uint8_t*>(str),
                                      v8::NewStringType::kNormal, len);
  });
}
NAPI_EXTERN napi_status napi_create_string_utf8(napi_env env, const char* str, size_t length,
                                                napi_value* result) {
  return NewString(env, str, length, result, [&](int len) {
    return v8::String::NewFromUtf8(env->isolate, str, v8::NewStringType::kNormal, len);
  });
}
NAPI_EXTERN napi_status napi_create_string_utf16(napi_env env, const char16_t* str, size_t length,
                                                 napi_value* result) {
  return NewString(env, str, length, result, [&](int len) {
    return v8::String::NewFromTwoByte(env->isolate, reinterpret_cast<const uint16_t*>(str),
                                      v8::NewStringType::kNormal, len);
  });
}
NAPI_EXTERN napi_status node_api_create_property_key_latin1(napi_env env, const char* str,
                                                            size_t length, napi_value* result) {
  return NewString(env, str, length, result, [&](int len) {
    return v8::String::NewFromOneByte(env->isolate, reinterpret_cast<const uint8_t*>(str),
                                      v8::NewStringType::kInternalized, len);
  });
}
NAPI_EXTERN napi_status node_api_create_property_key_utf8(napi_env env, const char* str,
                                                          size_t length, napi_value* result) {
  return NewString(env, str, length, result, [&](int len) {
    return v8::String::NewFromUtf8(env->isolate, str, v8::NewStringType::kInternalized, len);
  });
}
NAPI_EXTERN napi_status node_api_create_property_key_utf16(napi_env env, const char16_t* str,
                                                           size_t length, napi_value* result) {
  return NewString(env, str, length, result, [&](int len) {
    return v8::String::NewFromTwoByte(env->isolate, reinterpret_cast<const uint16_t*>(str),
                                      v8::NewStringType::kInternalized, len);
  });
}

// External strings are copied (V8 owns the copy); the finalizer runs right away, as the
// documentation allows when `copied` is reported.
NAPI_EXTERN napi_status node_api_create_external_string_latin1(napi_env env, char* str, size_t length,
                                                               napi_finalize finalize_callback,
                                                               void* finalize_hint, napi_value* result,
                                                               bool* copied) {
  napi_status s = napi_create_string_latin1(env, str, length, result);
  if (s != napi_ok) return s;
  if (copied) *copied = true;
  if (finalize_callback) finalize_callback(env, str, finalize_hint);
  return env->Clear();
}
NAPI_EXTERN napi_status node_api_create_external_string_utf16(napi_env env, char16_t* str,
                                                              size_t length,
                                                              napi_finalize finalize_callback,
                                                              void* finalize_hint, napi_value* result,
                                                              bool* copied) {
  napi_status s = napi_create_string_utf16(env, str, length, result);
  if (s != napi_ok) return s;
  if (copied) *copied = true;
  if (finalize_callback) finalize_callback(env, str, finalize_hint);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_symbol(napi_env env, napi_value description, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (description == nullptr) {
    *result = JsValue(v8::Symbol::New(env->isolate));
  } else {
    v8::Local<v8::Value> desc = V8Value(description);
    if (!desc->IsString()) return env->SetError(napi_string_expected);
    *result = JsValue(v8::Symbol::New(env->isolate, desc.As<v8::String>()));
  }
  return env->Clear();
}

NAPI_EXTERN napi_status node_api_symbol_for(napi_env env, const char* utf8description, size_t length,
                                            napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  napi_value key;
  if (napi_status s = napi_create_string_utf8(env, utf8description, length, &key); s != napi_ok)
    return s;
  *result = JsValue(v8::Symbol::For(env->isolate, V8Value(key).As<v8::String>()));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_function(napi_env env, const char* utf8name, size_t length,
                                             napi_callback cb, void* data, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, cb);
  v8::Local<v8::Function> fn;
  if (napi_status s = NewFunction(env, utf8name, length, cb, data, &fn); s != napi_ok) return s;
  *result = JsValue(fn);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_error(napi_env env, napi_value code, napi_value msg, napi_value* result) {
  return CreateError(env, code, msg, result, MakeError);
}
NAPI_EXTERN napi_status napi_create_type_error(napi_env env, napi_value code, napi_value msg,
                                               napi_value* result) {
  return CreateError(env, code, msg, result, MakeTypeError);
}
NAPI_EXTERN napi_status napi_create_range_error(napi_env env, napi_value code, napi_value msg,
                                                napi_value* result) {
  return CreateError(env, code, msg, result, MakeRangeError);
}
NAPI_EXTERN napi_status node_api_create_syntax_error(napi_env env, napi_value code, napi_value msg,
                                                     napi_value* result) {
  return CreateError(env, code, msg, result, MakeSyntaxError);
}

NAPI_EXTERN napi_status napi_typeof(napi_env env, napi_value value, napi_valuetype* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsNumber()) *result = napi_number;
  else if (v->IsBigInt()) *result = napi_bigint;
  else if (v->IsString()) *result = napi_string;
  else if (v->IsFunction()) *result = napi_function;
  else if (v->IsExternal()) *result = napi_external;
  else if (v->IsObject()) *result = napi_object;
  else if (v->IsBoolean()) *result = napi_boolean;
  else if (v->IsUndefined()) *result = napi_undefined;
  else if (v->IsSymbol()) *result = napi_symbol;
  else if (v->IsNull()) *result = napi_null;
  else return env->SetError(napi_invalid_arg);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_value_double(napi_env env, napi_value value, double* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, value, IsNumber, napi_number_expected);
  *result = V8Value(value).As<v8::Number>()->Value();
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_int32(napi_env env, napi_value value, int32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, value, IsNumber, napi_number_expected);
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsInt32()) *result = v.As<v8::Int32>()->Value();
  else *result = v->Int32Value(env->context()).FromMaybe(0);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_uint32(napi_env env, napi_value value, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, value, IsNumber, napi_number_expected);
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsUint32()) *result = v.As<v8::Uint32>()->Value();
  else *result = v->Uint32Value(env->context()).FromMaybe(0);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_int64(napi_env env, napi_value value, int64_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, value, IsNumber, napi_number_expected);
  double d = V8Value(value).As<v8::Number>()->Value();
  if (!std::isfinite(d)) *result = 0;
  else if (d >= 9223372036854775808.0) *result = INT64_MAX;
  else if (d <= -9223372036854775808.0) *result = INT64_MIN;
  else *result = static_cast<int64_t>(d);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_bool(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, value, IsBoolean, napi_boolean_expected);
  *result = V8Value(value).As<v8::Boolean>()->Value();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_value_string_latin1(napi_env env, napi_value value, char* buf,
                                                     size_t bufsize, size_t* result) {
  NAPI_CHECK_ENV(env);
  CHECK_VALUE(env, value, IsString, napi_string_expected);
  v8::Local<v8::String> s = V8Value(value).As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    *result = s->Length();
  } else if (bufsize != 0) {
    int n = s->WriteOneByte(env->isolate, reinterpret_cast<uint8_t*>(buf), 0,
                            static_cast<int>(std::min<size_t>(bufsize - 1, INT_MAX)),
                            v8::String::NO_NULL_TERMINATION);
    buf[n] = '\0';
    if (result) *result = n;
  } else if (result) {
    *result = 0;
  }
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_string_utf8(napi_env env, napi_value value, char* buf,
                                                   size_t bufsize, size_t* result) {
  NAPI_CHECK_ENV(env);
  CHECK_VALUE(env, value, IsString, napi_string_expected);
  v8::Local<v8::String> s = V8Value(value).As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    *result = s->Utf8Length(env->isolate);
  } else if (bufsize != 0) {
    int n = s->WriteUtf8(env->isolate, buf, static_cast<int>(std::min<size_t>(bufsize - 1, INT_MAX)),
                         nullptr, v8::String::REPLACE_INVALID_UTF8 | v8::String::NO_NULL_TERMINATION);
    buf[n] = '\0';
    if (result) *result = n;
  } else if (result) {
    *result = 0;
  }
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_string_utf16(napi_env env, napi_value value, char16_t* buf,
                                                    size_t bufsize, size_t* result) {
  NAPI_CHECK_ENV(env);
  CHECK_VALUE(env, value, IsString, napi_string_expected);
  v8::Local<v8::String> s = V8Value(value).As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    *result = s->Length();
  } else if (bufsize != 0) {
    int n = s->Write(env->isolate, reinterpret_cast<uint16_t*>(buf), 0,
                     static_cast<int>(std::min<size_t>(bufsize - 1, INT_MAX)),
                     v8::String::NO_NULL_TERMINATION);
    buf[n] = 0;
    if (result) *result = n;
  } else if (result) {
    *result = 0;
  }
  return env->Clear();
}

NAPI_EXTERN napi_status napi_coerce_to_bool(napi_env env, napi_value value, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(V8Value(value)->ToBoolean(env->isolate));
  return env->Clear();
}

#define COERCE(fn, method)                                                    \
  NAPI_EXTERN napi_status fn(napi_env env, napi_value value, napi_value* result) { \
    PREAMBLE(env);                                                            \
    NAPI_CHECK_ARG(env, value);                                               \
    NAPI_CHECK_ARG(env, result);                                              \
    v8::Local<v8::Value> out;                                                 \
    if (!V8Value(value)->method(env->context()).ToLocal(&out)) return FAILED(env); \
    *result = JsValue(out);                                                   \
    return env->Clear();                                                      \
  }
COERCE(napi_coerce_to_number, ToNumber)
COERCE(napi_coerce_to_object, ToObject)
COERCE(napi_coerce_to_string, ToString)
#undef COERCE

NAPI_EXTERN napi_status napi_get_prototype(napi_env env, napi_value object, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  *result = JsValue(obj->GetPrototype());
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_all_property_names(napi_env env, napi_value object,
                                                    napi_key_collection_mode key_mode,
                                                    napi_key_filter key_filter,
                                                    napi_key_conversion key_conversion,
                                                    napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::KeyCollectionMode mode;
  if (key_mode == napi_key_include_prototypes) mode = v8::KeyCollectionMode::kIncludePrototypes;
  else if (key_mode == napi_key_own_only) mode = v8::KeyCollectionMode::kOwnOnly;
  else return env->SetError(napi_invalid_arg);
  v8::KeyConversionMode conversion;
  if (key_conversion == napi_key_keep_numbers) conversion = v8::KeyConversionMode::kKeepNumbers;
  else if (key_conversion == napi_key_numbers_to_strings) conversion = v8::KeyConversionMode::kConvertToString;
  else return env->SetError(napi_invalid_arg);
  v8::Local<v8::Array> names;
  if (!obj->GetPropertyNames(env->context(), mode, static_cast<v8::PropertyFilter>(key_filter & 31),
                             v8::IndexFilter::kIncludeIndices, conversion)
           .ToLocal(&names))
    return FAILED(env);
  *result = JsValue(names);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_property_names(napi_env env, napi_value object, napi_value* result) {
  return napi_get_all_property_names(
      env, object, napi_key_include_prototypes,
      static_cast<napi_key_filter>(napi_key_enumerable | napi_key_skip_symbols),
      napi_key_numbers_to_strings, result);
}

NAPI_EXTERN napi_status napi_set_property(napi_env env, napi_value object, napi_value key, napi_value value) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  if (!obj->Set(env->context(), V8Value(key), V8Value(value)).FromMaybe(false)) return FAILED(env);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_has_property(napi_env env, napi_value object, napi_value key, bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Maybe<bool> has = obj->Has(env->context(), V8Value(key));
  if (has.IsNothing()) return FAILED(env);
  *result = has.FromJust();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_property(napi_env env, napi_value object, napi_value key, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Local<v8::Value> out;
  if (!obj->Get(env->context(), V8Value(key)).ToLocal(&out)) return FAILED(env);
  *result = JsValue(out);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_delete_property(napi_env env, napi_value object, napi_value key, bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Maybe<bool> done = obj->Delete(env->context(), V8Value(key));
  if (done.IsNothing()) return FAILED(env);
  if (result) *result = done.FromJust();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_has_own_property(napi_env env, napi_value object, napi_value key, bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Local<v8::Value> k = V8Value(key);
  if (!k->IsName()) return env->SetError(napi_name_expected);
  v8::Maybe<bool> has = obj->HasOwnProperty(env->context(), k.As<v8::Name>());
  if (has.IsNothing()) return FAILED(env);
  *result = has.FromJust();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_set_named_property(napi_env env, napi_value object, const char* utf8name,
                                                napi_value value) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, utf8name);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Local<v8::String> key;
  if (!v8::String::NewFromUtf8(env->isolate, utf8name, v8::NewStringType::kInternalized).ToLocal(&key))
    return env->SetError(napi_generic_failure);
  if (!obj->Set(env->context(), key, V8Value(value)).FromMaybe(false)) return FAILED(env);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_has_named_property(napi_env env, napi_value object, const char* utf8name,
                                                bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, utf8name);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Local<v8::String> key;
  if (!v8::String::NewFromUtf8(env->isolate, utf8name, v8::NewStringType::kInternalized).ToLocal(&key))
    return env->SetError(napi_generic_failure);
  v8::Maybe<bool> has = obj->Has(env->context(), key);
  if (has.IsNothing()) return FAILED(env);
  *result = has.FromJust();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_named_property(napi_env env, napi_value object, const char* utf8name,
                                                napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, utf8name);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Local<v8::String> key;
  if (!v8::String::NewFromUtf8(env->isolate, utf8name, v8::NewStringType::kInternalized).ToLocal(&key))
    return env->SetError(napi_generic_failure);
  v8::Local<v8::Value> out;
  if (!obj->Get(env->context(), key).ToLocal(&out)) return FAILED(env);
  *result = JsValue(out);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_set_element(napi_env env, napi_value object, uint32_t index, napi_value value) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  if (!obj->Set(env->context(), index, V8Value(value)).FromMaybe(false)) return FAILED(env);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_has_element(napi_env env, napi_value object, uint32_t index, bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Maybe<bool> has = obj->Has(env->context(), index);
  if (has.IsNothing()) return FAILED(env);
  *result = has.FromJust();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_element(napi_env env, napi_value object, uint32_t index, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Local<v8::Value> out;
  if (!obj->Get(env->context(), index).ToLocal(&out)) return FAILED(env);
  *result = JsValue(out);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_delete_element(napi_env env, napi_value object, uint32_t index, bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  v8::Maybe<bool> done = obj->Delete(env->context(), index);
  if (done.IsNothing()) return FAILED(env);
  if (result) *result = done.FromJust();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_define_properties(napi_env env, napi_value object, size_t property_count,
                                               const napi_property_descriptor* properties) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  if (property_count > 0) NAPI_CHECK_ARG(env, properties);
  v8::Local<v8::Value> target = V8Value(object);
  if (!target->IsObject()) return env->SetError(napi_object_expected);
  v8::Local<v8::Object> obj = target.As<v8::Object>();
  v8::Local<v8::Context> ctx = env->context();
  for (size_t i = 0; i < property_count; i++) {
    const napi_property_descriptor& p = properties[i];
    v8::Local<v8::Name> name;
    if (napi_status s = PropertyName(env, p, &name); s != napi_ok) return s;
    bool enumerable = p.attributes & napi_enumerable;
    bool configurable = p.attributes & napi_configurable;
    if (p.getter != nullptr || p.setter != nullptr) {
      v8::Local<v8::Function> getter, setter;
      if (p.getter && NewFunction(env, nullptr, 0, p.getter, p.data, &getter) != napi_ok)
        return env->SetError(napi_generic_failure);
      if (p.setter && NewFunction(env, nullptr, 0, p.setter, p.data, &setter) != napi_ok)
        return env->SetError(napi_generic_failure);
      v8::PropertyDescriptor desc(getter.IsEmpty() ? v8::Undefined(env->isolate).As<v8::Value>() : getter.As<v8::Value>(),
                                  setter.IsEmpty() ? v8::Undefined(env->isolate).As<v8::Value>() : setter.As<v8::Value>());
      desc.set_enumerable(enumerable);
      desc.set_configurable(configurable);
      if (!obj->DefineProperty(ctx, name, desc).FromMaybe(false)) return FAILED(env);
    } else {
      v8::Local<v8::Value> value;
      if (p.method != nullptr) {
        v8::Local<v8::Function> fn;
        if (NewFunction(env, nullptr, 0, p.method, p.data, &fn) != napi_ok)
          return env->SetError(napi_generic_failure);
        value = fn;
      } else {
        value = p.value ? V8Value(p.value) : v8::Undefined(env->isolate).As<v8::Value>();
      }
      v8::PropertyDescriptor desc(value, (p.attributes & napi_writable) != 0);
      desc.set_enumerable(enumerable);
      desc.set_configurable(configurable);
      if (!obj->DefineProperty(ctx, name, desc).FromMaybe(false)) return FAILED(env);
    }
  }
  return env->Clear();
}

NAPI_EXTERN napi_status napi_object_freeze(napi_env env, napi_value object) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  if (!obj->SetIntegrityLevel(env->context(), v8::IntegrityLevel::kFrozen).FromMaybe(false))
    return FAILED(env);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_object_seal(napi_env env, napi_value object) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, object, &obj)) return env->SetError(napi_object_expected);
  if (!obj->SetIntegrityLevel(env->context(), v8::IntegrityLevel::kSealed).FromMaybe(false))
    return FAILED(env);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_is_array(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsArray();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_array_length(napi_env env, napi_value value, uint32_t* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, value, IsArray, napi_array_expected);
  *result = V8Value(value).As<v8::Array>()->Length();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_strict_equals(napi_env env, napi_value lhs, napi_value rhs, bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, lhs);
  NAPI_CHECK_ARG(env, rhs);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(lhs)->StrictEquals(V8Value(rhs));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_call_function(napi_env env, napi_value recv, napi_value func, size_t argc,
                                           const napi_value* argv, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, recv);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  CHECK_VALUE(env, func, IsFunction, napi_invalid_arg);
  v8::Local<v8::Value> out;
  if (!V8Value(func).As<v8::Function>()
           ->Call(env->context(), V8Value(recv), static_cast<int>(argc),
                  reinterpret_cast<v8::Local<v8::Value>*>(const_cast<napi_value*>(argv)))
           .ToLocal(&out))
    return FAILED(env);
  if (result) *result = JsValue(out);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_new_instance(napi_env env, napi_value constructor, size_t argc,
                                          const napi_value* argv, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, constructor);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> ctor = V8Value(constructor);
  if (!ctor->IsFunction()) return env->SetError(napi_function_expected);
  v8::Local<v8::Object> out;
  if (!ctor.As<v8::Function>()
           ->NewInstance(env->context(), static_cast<int>(argc),
                         reinterpret_cast<v8::Local<v8::Value>*>(const_cast<napi_value*>(argv)))
           .ToLocal(&out))
    return FAILED(env);
  *result = JsValue(out);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_instanceof(napi_env env, napi_value object, napi_value constructor, bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  NAPI_CHECK_ARG(env, result);
  *result = false;
  NAPI_CHECK_ARG(env, constructor);
  v8::Local<v8::Value> ctor = V8Value(constructor);
  if (!ctor->IsFunction()) {
    napi_throw_type_error(env, "ERR_NAPI_CONS_FUNCTION", "Constructor must be a function");
    return env->SetError(napi_function_expected);
  }
  v8::Maybe<bool> is = V8Value(object)->InstanceOf(env->context(), ctor.As<v8::Object>());
  if (is.IsNothing()) return FAILED(env);
  *result = is.FromJust();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_cb_info(napi_env env, napi_callback_info cbinfo, size_t* argc,
                                         napi_value* argv, napi_value* this_arg, void** data) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, cbinfo);
  auto* ci = reinterpret_cast<CallbackInfo*>(cbinfo);
  const v8::FunctionCallbackInfo<v8::Value>& info = *ci->info;
  if (argv != nullptr) {
    NAPI_CHECK_ARG(env, argc);
    size_t n = static_cast<size_t>(info.Length());
    for (size_t i = 0; i < *argc; i++)
      argv[i] = JsValue(i < n ? info[static_cast<int>(i)] : v8::Undefined(env->isolate).As<v8::Value>());
  }
  if (argc != nullptr) *argc = static_cast<size_t>(info.Length());
  if (this_arg != nullptr) *this_arg = JsValue(info.This());
  if (data != nullptr) *data = ci->data;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_new_target(napi_env env, napi_callback_info cbinfo, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, cbinfo);
  NAPI_CHECK_ARG(env, result);
  auto* ci = reinterpret_cast<CallbackInfo*>(cbinfo);
  v8::Local<v8::Value> nt = ci->info->NewTarget();
  *result = nt->IsUndefined() ? nullptr : JsValue(nt);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_define_class(napi_env env, const char* utf8name, size_t length,
                                          napi_callback constructor, void* data, size_t property_count,
                                          const napi_property_descriptor* properties, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, constructor);
  NAPI_CHECK_ARG(env, utf8name);
  if (property_count > 0) NAPI_CHECK_ARG(env, properties);
  if (length == NAPI_AUTO_LENGTH) length = strlen(utf8name);
  if (length > INT_MAX) return env->SetError(napi_invalid_arg);
  v8::Isolate* isolate = env->isolate;
  v8::Local<v8::FunctionTemplate> tpl =
      v8::FunctionTemplate::New(isolate, FunctionTrampoline, NewBundle(env, constructor, data));
  v8::Local<v8::String> name;
  if (!v8::String::NewFromUtf8(isolate, utf8name, v8::NewStringType::kInternalized,
                               static_cast<int>(length))
           .ToLocal(&name))
    return env->SetError(napi_generic_failure);
  tpl->SetClassName(name);
  v8::Local<v8::Signature> sig = v8::Signature::New(isolate, tpl);
  size_t static_count = 0;
  for (size_t i = 0; i < property_count; i++) {
    const napi_property_descriptor& p = properties[i];
    if (p.attributes & napi_static) {
      static_count++;
      continue;
    }
    v8::Local<v8::Name> pname;
    if (napi_status s = PropertyName(env, p, &pname); s != napi_ok) return s;
    if (p.getter != nullptr || p.setter != nullptr) {
      v8::Local<v8::FunctionTemplate> getter, setter;
      if (p.getter)
        getter = v8::FunctionTemplate::New(isolate, FunctionTrampoline, NewBundle(env, p.getter, p.data), sig);
      if (p.setter)
        setter = v8::FunctionTemplate::New(isolate, FunctionTrampoline, NewBundle(env, p.setter, p.data), sig);
      tpl->PrototypeTemplate()->SetAccessorProperty(pname, getter, setter, V8Attributes(p.attributes, true));
    } else if (p.method != nullptr) {
      v8::Local<v8::FunctionTemplate> method =
          v8::FunctionTemplate::New(isolate, FunctionTrampoline, NewBundle(env, p.method, p.data), sig);
      tpl->PrototypeTemplate()->Set(pname, method, V8Attributes(p.attributes, false));
    } else {
      v8::Local<v8::Value> value = p.value ? V8Value(p.value) : v8::Undefined(isolate).As<v8::Value>();
      tpl->PrototypeTemplate()->Set(pname, value, V8Attributes(p.attributes, false));
    }
  }
  v8::Local<v8::Function> fn;
  if (!tpl->GetFunction(env->context()).ToLocal(&fn)) return FAILED(env);
  if (static_count > 0) {
    std::vector<napi_property_descriptor> statics;
    for (size_t i = 0; i < property_count; i++)
      if (properties[i].attributes & napi_static) statics.push_back(properties[i]);
    if (napi_status s = napi_define_properties(env, JsValue(fn), statics.size(), statics.data()); s != napi_ok)
      return s;
  }
  *result = JsValue(fn);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_wrap(napi_env env, napi_value js_object, void* native_object,
                                  napi_finalize finalize_cb, void* finalize_hint, napi_ref* result) {
  return Wrap(env, js_object, native_object, finalize_cb, finalize_hint, result, true);
}
NAPI_EXTERN napi_status napi_add_finalizer(napi_env env, napi_value js_object, void* finalize_data,
                                           napi_finalize finalize_cb, void* finalize_hint, napi_ref* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, finalize_cb);
  NAPI_CHECK_ARG(env, js_object);
  if (!V8Value(js_object)->IsObject()) return env->SetError(napi_invalid_arg);
  Ref* ref = new Ref(env, V8Value(js_object), 0, result ? Ref::Owner::kUser : Ref::Owner::kRuntime,
                     finalize_cb, finalize_data, finalize_hint);
  if (result) *result = reinterpret_cast<napi_ref>(ref);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_unwrap(napi_env env, napi_value js_object, void** result) {
  return Unwrap(env, js_object, result, false);
}
NAPI_EXTERN napi_status napi_remove_wrap(napi_env env, napi_value js_object, void** result) {
  return Unwrap(env, js_object, result, true);
}

NAPI_EXTERN napi_status napi_type_tag_object(napi_env env, napi_value value, const napi_type_tag* type_tag) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, value, &obj)) return env->SetError(napi_object_expected);
  NAPI_CHECK_ARG(env, type_tag);
  v8::Local<v8::Context> ctx = env->context();
  v8::Local<v8::Private> key = PrivateKey(env, "nodus:napi:typetag");
  v8::Maybe<bool> has = obj->HasPrivate(ctx, key);
  if (has.IsNothing()) return FAILED(env);
  if (has.FromJust()) return env->SetError(napi_invalid_arg);
  uint64_t words[2] = {type_tag->lower, type_tag->upper};
  v8::Local<v8::BigInt> tag;
  if (!v8::BigInt::NewFromWords(ctx, 0, 2, words).ToLocal(&tag)) return FAILED(env);
  if (!obj->SetPrivate(ctx, key, tag).FromMaybe(false)) return FAILED(env);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_check_object_type_tag(napi_env env, napi_value value,
                                                   const napi_type_tag* type_tag, bool* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Object> obj;
  if (!ToObject(env, value, &obj)) return env->SetError(napi_object_expected);
  NAPI_CHECK_ARG(env, type_tag);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> tag;
  if (!obj->GetPrivate(env->context(), PrivateKey(env, "nodus:napi:typetag")).ToLocal(&tag))
    return FAILED(env);
  *result = false;
  if (tag->IsBigInt()) {
    int sign = 0, count = 2;
    uint64_t words[2] = {0, 0};
    tag.As<v8::BigInt>()->ToWordsArray(&sign, &count, words);
    *result = words[0] == type_tag->lower && words[1] == type_tag->upper;
  }
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_external(napi_env env, void* data, napi_finalize finalize_cb,
                                             void* finalize_hint, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::External> ext = v8::External::New(env->isolate, data);
  if (finalize_cb != nullptr)
    new Ref(env, ext, 0, Ref::Owner::kRuntime, finalize_cb, data, finalize_hint);
  *result = JsValue(ext);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_value_external(napi_env env, napi_value value, void** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, value, IsExternal, napi_invalid_arg);
  *result = V8Value(value).As<v8::External>()->Value();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_reference(napi_env env, napi_value value, uint32_t initial_refcount,
                                              napi_ref* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  bool any_value = env->module_api_version == INT_MAX || env->module_api_version >= 10;
  if (!any_value && !(v->IsObject() || v->IsFunction() || v->IsSymbol()))
    return env->SetError(napi_invalid_arg);
  *result = reinterpret_cast<napi_ref>(
      new Ref(env, v, initial_refcount, Ref::Owner::kUser, nullptr, nullptr, nullptr));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_delete_reference(napi_env env, napi_ref ref) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  Ref* r = reinterpret_cast<Ref*>(ref);
  if (r->cb != nullptr && !r->collected) {
    // A wrap's or finalizer's reference: the finalizer still runs when the object goes.
    r->owner = Ref::Owner::kRuntime;
    r->count = 0;
    r->UpdateWeakness();
  } else if (r->queued) {
    r->owner = Ref::Owner::kRuntime;  // freed once its queued finalizer ran
  } else {
    delete r;
  }
  return env->Clear();
}

NAPI_EXTERN napi_status napi_reference_ref(napi_env env, napi_ref ref, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  uint32_t n = reinterpret_cast<Ref*>(ref)->Inc();
  if (result) *result = n;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_reference_unref(napi_env env, napi_ref ref, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  Ref* r = reinterpret_cast<Ref*>(ref);
  if (r->count == 0) return env->SetError(napi_generic_failure);
  uint32_t n = r->Dec();
  if (result) *result = n;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_reference_value(napi_env env, napi_ref ref, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = reinterpret_cast<Ref*>(ref)->Get();
  *result = v.IsEmpty() ? nullptr : JsValue(v);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_open_handle_scope(napi_env env, napi_handle_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = reinterpret_cast<napi_handle_scope>(new HandleScopeBox(env->isolate));
  env->open_handle_scopes++;
  return env->Clear();
}
NAPI_EXTERN napi_status napi_close_handle_scope(napi_env env, napi_handle_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  if (env->open_handle_scopes == 0) return napi_handle_scope_mismatch;
  env->open_handle_scopes--;
  delete reinterpret_cast<HandleScopeBox*>(scope);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_open_escapable_handle_scope(napi_env env, napi_escapable_handle_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = reinterpret_cast<napi_escapable_handle_scope>(new EscapableScopeBox(env->isolate));
  env->open_handle_scopes++;
  return env->Clear();
}
NAPI_EXTERN napi_status napi_close_escapable_handle_scope(napi_env env, napi_escapable_handle_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  if (env->open_handle_scopes == 0) return napi_handle_scope_mismatch;
  env->open_handle_scopes--;
  delete reinterpret_cast<EscapableScopeBox*>(scope);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_escape_handle(napi_env env, napi_escapable_handle_scope scope,
                                           napi_value escapee, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  NAPI_CHECK_ARG(env, escapee);
  NAPI_CHECK_ARG(env, result);
  auto* box = reinterpret_cast<EscapableScopeBox*>(scope);
  if (box->escaped) return env->SetError(napi_escape_called_twice);
  box->escaped = true;
  *result = JsValue(box->scope.Escape(V8Value(escapee)));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_throw(napi_env env, napi_value error) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, error);
  env->isolate->ThrowException(V8Value(error));
  return env->Clear();
}
NAPI_EXTERN napi_status napi_throw_error(napi_env env, const char* code, const char* msg) {
  return ThrowError(env, code, msg, MakeError);
}
NAPI_EXTERN napi_status napi_throw_type_error(napi_env env, const char* code, const char* msg) {
  return ThrowError(env, code, msg, MakeTypeError);
}
NAPI_EXTERN napi_status napi_throw_range_error(napi_env env, const char* code, const char* msg) {
  return ThrowError(env, code, msg, MakeRangeError);
}
NAPI_EXTERN napi_status node_api_throw_syntax_error(napi_env env, const char* code, const char* msg) {
  return ThrowError(env, code, msg, MakeSyntaxError);
}

NAPI_EXTERN napi_status napi_is_error(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsNativeError();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_is_exception_pending(napi_env env, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = !env->last_exception.IsEmpty();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_and_clear_last_exception(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (env->last_exception.IsEmpty()) return napi_get_undefined(env, result);
  *result = JsValue(env->last_exception.Get(env->isolate));
  env->last_exception.Reset();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_is_arraybuffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsArrayBuffer();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_arraybuffer(napi_env env, size_t byte_length, void** data,
                                                napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  std::unique_ptr<v8::BackingStore> store = nodus::napi::NewZeroedStore(byte_length);
  if (!store) {
    env->isolate->ThrowException(v8::Exception::RangeError(
        v8::String::NewFromUtf8Literal(env->isolate, "Array buffer allocation failed")));
    return env->SetError(napi_pending_exception);
  }
  if (data) *data = store->Data();
  *result = JsValue(v8::ArrayBuffer::New(env->isolate, std::move(store)));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_external_arraybuffer(napi_env env, void* external_data,
                                                         size_t byte_length, napi_finalize finalize_cb,
                                                         void* finalize_hint, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      external_data, byte_length, [](void*, size_t, void*) {}, nullptr);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, std::move(store));
  if (finalize_cb != nullptr)
    new Ref(env, ab, 0, Ref::Owner::kRuntime, finalize_cb, external_data, finalize_hint);
  *result = JsValue(ab);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_arraybuffer_info(napi_env env, napi_value arraybuffer, void** data,
                                                  size_t* byte_length) {
  NAPI_CHECK_ENV(env);
  CHECK_VALUE(env, arraybuffer, IsArrayBuffer, napi_invalid_arg);
  v8::Local<v8::ArrayBuffer> ab = V8Value(arraybuffer).As<v8::ArrayBuffer>();
  if (data) *data = ab->Data();
  if (byte_length) *byte_length = ab->ByteLength();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_detach_arraybuffer(napi_env env, napi_value arraybuffer) {
  NAPI_CHECK_ENV(env);
  CHECK_VALUE(env, arraybuffer, IsArrayBuffer, napi_arraybuffer_expected);
  v8::Local<v8::ArrayBuffer> ab = V8Value(arraybuffer).As<v8::ArrayBuffer>();
  if (!ab->IsDetachable()) return env->SetError(napi_detachable_arraybuffer_expected);
  ab->Detach();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_is_detached_arraybuffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  *result = v->IsArrayBuffer() && v.As<v8::ArrayBuffer>()->Data() == nullptr &&
            v.As<v8::ArrayBuffer>()->ByteLength() == 0 && v.As<v8::ArrayBuffer>()->IsDetachable() &&
            v.As<v8::ArrayBuffer>()->GetBackingStore()->Data() == nullptr;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_is_typedarray(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsTypedArray();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_typedarray(napi_env env, napi_typedarray_type type, size_t length,
                                               napi_value arraybuffer, size_t byte_offset,
                                               napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, arraybuffer, IsArrayBuffer, napi_invalid_arg);
  if (type < napi_int8_array || type > napi_biguint64_array) return env->SetError(napi_invalid_arg);
  v8::Local<v8::ArrayBuffer> ab = V8Value(arraybuffer).As<v8::ArrayBuffer>();
  size_t size = ElementSize(type);
  if (size > 1 && byte_offset % size != 0) {
    std::string msg = std::string("start offset of ") + TypedArrayName(type) +
                      " should be a multiple of " + std::to_string(size);
    napi_throw_range_error(env, "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT", msg.c_str());
    return env->SetError(napi_pending_exception);
  }
  if (length > (SIZE_MAX - byte_offset) / size || length * size + byte_offset > ab->ByteLength()) {
    napi_throw_range_error(env, "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH", "Invalid typed array length");
    return env->SetError(napi_pending_exception);
  }
  v8::Local<v8::TypedArray> ta;
  switch (type) {
#define CASE(t, cls) \
  case t:            \
    ta = v8::cls::New(ab, byte_offset, length); \
    break;
    CASE(napi_int8_array, Int8Array)
    CASE(napi_uint8_array, Uint8Array)
    CASE(napi_uint8_clamped_array, Uint8ClampedArray)
    CASE(napi_int16_array, Int16Array)
    CASE(napi_uint16_array, Uint16Array)
    CASE(napi_int32_array, Int32Array)
    CASE(napi_uint32_array, Uint32Array)
    CASE(napi_float32_array, Float32Array)
    CASE(napi_float64_array, Float64Array)
    CASE(napi_bigint64_array, BigInt64Array)
    CASE(napi_biguint64_array, BigUint64Array)
#undef CASE
  }
  *result = JsValue(ta);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_typedarray_info(napi_env env, napi_value typedarray,
                                                 napi_typedarray_type* type, size_t* length, void** data,
                                                 napi_value* arraybuffer, size_t* byte_offset) {
  NAPI_CHECK_ENV(env);
  CHECK_VALUE(env, typedarray, IsTypedArray, napi_invalid_arg);
  v8::Local<v8::TypedArray> ta = V8Value(typedarray).As<v8::TypedArray>();
  if (type) {
    if (ta->IsInt8Array()) *type = napi_int8_array;
    else if (ta->IsUint8Array()) *type = napi_uint8_array;
    else if (ta->IsUint8ClampedArray()) *type = napi_uint8_clamped_array;
    else if (ta->IsInt16Array()) *type = napi_int16_array;
    else if (ta->IsUint16Array()) *type = napi_uint16_array;
    else if (ta->IsInt32Array()) *type = napi_int32_array;
    else if (ta->IsUint32Array()) *type = napi_uint32_array;
    else if (ta->IsFloat32Array()) *type = napi_float32_array;
    else if (ta->IsFloat64Array()) *type = napi_float64_array;
    else if (ta->IsBigInt64Array()) *type = napi_bigint64_array;
    else if (ta->IsBigUint64Array()) *type = napi_biguint64_array;
  }
  if (length) *length = ta->Length();
  v8::Local<v8::ArrayBuffer> buffer;
  if (data || arraybuffer) buffer = ta->Buffer();
  if (data) *data = buffer->Data() ? static_cast<uint8_t*>(buffer->Data()) + ta->ByteOffset() : nullptr;
  if (arraybuffer) *arraybuffer = JsValue(buffer);
  if (byte_offset) *byte_offset = ta->ByteOffset();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_dataview(napi_env env, size_t length, napi_value arraybuffer,
                                             size_t byte_offset, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, arraybuffer, IsArrayBuffer, napi_invalid_arg);
  v8::Local<v8::ArrayBuffer> ab = V8Value(arraybuffer).As<v8::ArrayBuffer>();
  if (byte_offset > ab->ByteLength() || length > ab->ByteLength() - byte_offset) {
    napi_throw_range_error(env, "ERR_NAPI_INVALID_DATAVIEW_ARGS",
                           "byte_offset + byte_length should be less than or equal to the size in "
                           "bytes of the array passed in");
    return env->SetError(napi_pending_exception);
  }
  *result = JsValue(v8::DataView::New(ab, byte_offset, length));
  return env->Clear();
}

NAPI_EXTERN napi_status napi_is_dataview(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsDataView();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_dataview_info(napi_env env, napi_value dataview, size_t* bytelength,
                                               void** data, napi_value* arraybuffer, size_t* byte_offset) {
  NAPI_CHECK_ENV(env);
  CHECK_VALUE(env, dataview, IsDataView, napi_invalid_arg);
  v8::Local<v8::DataView> dv = V8Value(dataview).As<v8::DataView>();
  if (bytelength) *bytelength = dv->ByteLength();
  v8::Local<v8::ArrayBuffer> buffer;
  if (data || arraybuffer) buffer = dv->Buffer();
  if (data) *data = buffer->Data() ? static_cast<uint8_t*>(buffer->Data()) + dv->ByteOffset() : nullptr;
  if (arraybuffer) *arraybuffer = JsValue(buffer);
  if (byte_offset) *byte_offset = dv->ByteOffset();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_get_version(napi_env env, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = 10;
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_promise(napi_env env, napi_deferred* deferred, napi_value* promise) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, deferred);
  NAPI_CHECK_ARG(env, promise);
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(env->context()).ToLocal(&resolver)) return FAILED(env);
  auto* box = new DeferredBox;
  box->resolver.Reset(env->isolate, resolver);
  *deferred = reinterpret_cast<napi_deferred>(box);
  *promise = JsValue(resolver->GetPromise());
  return env->Clear();
}
NAPI_EXTERN napi_status napi_resolve_deferred(napi_env env, napi_deferred deferred, napi_value resolution) {
  return Conclude(env, deferred, resolution, true);
}
NAPI_EXTERN napi_status napi_reject_deferred(napi_env env, napi_deferred deferred, napi_value rejection) {
  return Conclude(env, deferred, rejection, false);
}
NAPI_EXTERN napi_status napi_is_promise(napi_env env, napi_value value, bool* is_promise) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, is_promise);
  *is_promise = V8Value(value)->IsPromise();
  return env->Clear();
}

NAPI_EXTERN napi_status napi_run_script(napi_env env, napi_value script, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, script);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> source = V8Value(script);
  if (!source->IsString()) return env->SetError(napi_string_expected);
  v8::Local<v8::Context> ctx = env->context();
  v8::Local<v8::Script> compiled;
  if (!v8::Script::Compile(ctx, source.As<v8::String>()).ToLocal(&compiled)) return FAILED(env);
  v8::Local<v8::Value> out;
  if (!compiled->Run(ctx).ToLocal(&out)) return FAILED(env);
  *result = JsValue(out);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_adjust_external_memory(napi_env env, int64_t change_in_bytes,
                                                    int64_t* adjusted_value) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, adjusted_value);
  *adjusted_value = env->isolate->AdjustAmountOfExternalAllocatedMemory(change_in_bytes);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_date(napi_env env, double time, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> date;
  if (!v8::Date::New(env->context(), time).ToLocal(&date)) return FAILED(env);
  *result = JsValue(date);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_is_date(napi_env env, napi_value value, bool* is_date) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, is_date);
  *is_date = V8Value(value)->IsDate();
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_date_value(napi_env env, napi_value value, double* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  CHECK_VALUE(env, value, IsDate, napi_date_expected);
  *result = V8Value(value).As<v8::Date>()->ValueOf();
  return env->Clear();
}

NAPI_EXTERN napi_status node_api_post_finalizer(napi_env env, napi_finalize finalize_cb, void* finalize_data,
                                                void* finalize_hint) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, finalize_cb);
  env->EnqueuePostFinalizer(finalize_cb, finalize_data, finalize_hint);
  return env->Clear();
}

NAPI_EXTERN napi_status napi_create_bigint_int64(napi_env env, int64_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::BigInt::New(env->isolate, value));
  return env->Clear();
}
NAPI_EXTERN napi_status napi_create_bigint_uint64(napi_env env, uint64_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::BigInt::NewFromUnsigned(env->isolate, value));
  return env->Clear();
}
NAPI_EXTERN napi_status napi_create_bigint_words(napi_env env, int sign_bit, size_t word_count,
                                                 const uint64_t* words, napi_value* result) {
  PREAMBLE(env);
  NAPI_CHECK_ARG(env, words);
  NAPI_CHECK_ARG(env, result);
  if (word_count > INT_MAX) return env->SetError(napi_invalid_arg);
  v8::Local<v8::BigInt> b;
  if (!v8::BigInt::NewFromWords(env->context(), sign_bit, static_cast<int>(word_count), words).ToLocal(&b))
    return FAILED(env);
  *result = JsValue(b);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_bigint_int64(napi_env env, napi_value value, int64_t* result,
                                                    bool* lossless) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, lossless);
  CHECK_VALUE(env, value, IsBigInt, napi_bigint_expected);
  *result = V8Value(value).As<v8::BigInt>()->Int64Value(lossless);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_bigint_uint64(napi_env env, napi_value value, uint64_t* result,
                                                     bool* lossless) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, lossless);
  CHECK_VALUE(env, value, IsBigInt, napi_bigint_expected);
  *result = V8Value(value).As<v8::BigInt>()->Uint64Value(lossless);
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_value_bigint_words(napi_env env, napi_value value, int* sign_bit,
                                                    size_t* word_count, uint64_t* words) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, word_count);
  CHECK_VALUE(env, value, IsBigInt, napi_bigint_expected);
  v8::Local<v8::BigInt> b = V8Value(value).As<v8::BigInt>();
  int needed = b->WordCount();
  if (sign_bit == nullptr && words == nullptr) {
    *word_count = needed;
  } else {
    NAPI_CHECK_ARG(env, sign_bit);
    NAPI_CHECK_ARG(env, words);
    int count = static_cast<int>(std::min<size_t>(*word_count, INT_MAX));
    b->ToWordsArray(sign_bit, &count, words);
    *word_count = count;
  }
  return env->Clear();
}

NAPI_EXTERN napi_status napi_set_instance_data(napi_env env, void* data, napi_finalize finalize_cb,
                                               void* finalize_hint) {
  NAPI_CHECK_ENV(env);
  env->instance_data = data;
  env->instance_finalize = finalize_cb;
  env->instance_hint = finalize_hint;
  return env->Clear();
}
NAPI_EXTERN napi_status napi_get_instance_data(napi_env env, void** data) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, data);
  *data = env->instance_data;
  return env->Clear();
}

}  // extern "C"

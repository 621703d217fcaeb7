// BaseObject, HandleWrap and the Binding builder.
#include <algorithm>
#include <cstring>

#include "base/active_list.h"
#include "base/base_object.h"
#include "base/binding.h"
#include "base/handle_wrap.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus {

void ThrowCodedError(v8::Isolate* isolate, const char* code, std::string_view msg,
                     bool type_error) {
  v8::Local<v8::Value> err = type_error ? v8::Exception::TypeError(Str(isolate, msg))
                                        : v8::Exception::Error(Str(isolate, msg));
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  SetProp(ctx, err.As<v8::Object>(), "code", Str(isolate, code));
  isolate->ThrowException(err);
}

bool IsAsciiBytes(const uint8_t* p, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 32 <= n; i += 32) {
    uint64_t w[4];
    std::memcpy(w, p + i, 32);
    acc |= w[0] | w[1] | w[2] | w[3];
    if (acc & 0x8080808080808080ull) return false;
  }
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    acc |= w;
  }
  if (acc & 0x8080808080808080ull) return false;
  for (; i < n; i++)
    if (p[i] & 0x80) return false;
  return true;
}

size_t WriteUtf8(v8::Isolate* isolate, v8::Local<v8::String> s, uint8_t* dst, size_t cap,
                 bool replace_invalid) {
  if (cap == 0) return 0;
  int icap = static_cast<int>(std::min<size_t>(cap, INT32_MAX));
  // A one-byte character takes at most 2 UTF-8 bytes, so WriteUtf8 rewrites all but at most the
  // last of the n copied bytes: that one is put back as it was.
  int n = 0;
  uint8_t last = 0;
  if (s->IsOneByte() && s->Length() > 0) {
    n = std::min(s->Length(), icap);
    last = dst[n - 1];
    s->WriteOneByte(isolate, dst, 0, n, v8::String::NO_NULL_TERMINATION);
    if (IsAsciiBytes(dst, static_cast<size_t>(n))) return static_cast<size_t>(n);
  }
  int flags = v8::String::NO_NULL_TERMINATION;
  if (replace_invalid) flags |= v8::String::REPLACE_INVALID_UTF8;
  int w = s->WriteUtf8(isolate, reinterpret_cast<char*>(dst), icap, nullptr, flags);
  if (w < n) dst[n - 1] = last;
  return static_cast<size_t>(w);
}

// ---- BaseObject -----------------------------------------------------------------------------

BaseObject::BaseObject(Realm* realm, v8::Local<v8::Object> object)
    : realm_(realm), persistent_(realm->isolate(), object) {
  CHECK(object->InternalFieldCount() > 0);
  object->SetAlignedPointerInInternalField(0, this);
  MakeWeak();
  CaptureAsyncFrame(realm, object);
}

BaseObject::~BaseObject() {
  if (!persistent_.IsEmpty()) {
    v8::HandleScope scope(isolate());
    v8::Local<v8::Object> obj = persistent_.Get(isolate());
    obj->SetAlignedPointerInInternalField(0, nullptr);
    persistent_.Reset();
  }
}

v8::Isolate* BaseObject::isolate() const { return realm_->isolate(); }

v8::Local<v8::Object> BaseObject::object() const { return persistent_.Get(realm_->isolate()); }

void BaseObject::MakeWeak() {
  persistent_.SetWeak(this, WeakCallback, v8::WeakCallbackType::kParameter);
}

void BaseObject::ClearWeak() { persistent_.ClearWeak(); }

void BaseObject::WeakCallback(const v8::WeakCallbackInfo<BaseObject>& info) {
  BaseObject* self = info.GetParameter();
  self->persistent_.Reset();
  delete self;
}

// ---- HandleWrap -----------------------------------------------------------------------------

// ---- the active lists ----------------------------------------------------------------------

ActiveNode* ActiveLink::Head(Kind kind) {
  static thread_local ActiveNode heads[2];
  ActiveNode* head = &heads[kind == Kind::kHandle ? 0 : 1];
  if (head->next == nullptr) head->prev = head->next = head;
  return head;
}

void ActiveLink::LinkActive(Kind kind, const char* name) {
  if (name == nullptr || node_.prev != nullptr) return;
  name_ = name;
  ActiveNode* head = Head(kind);
  node_.prev = head->prev;
  node_.next = head;
  head->prev->next = &node_;
  head->prev = &node_;
}

void ActiveLink::UnlinkActive() {
  if (node_.prev == nullptr) return;
  node_.prev->next = node_.next;
  node_.next->prev = node_.prev;
  node_.prev = node_.next = nullptr;
}

HandleWrap::HandleWrap(Realm* realm, v8::Local<v8::Object> object, uv_handle_t* handle,
                       const char* name)
    : BaseObject(realm, object), handle_(handle) {
  handle_->data = this;
  ClearWeak();  // strong while the handle is open
  LinkActive(Kind::kHandle, name);
}

bool HandleWrap::ActiveNow() const { return state_ != kClosed && uv_has_ref(handle_) != 0; }
v8::Local<v8::Object> HandleWrap::ActiveObject() { return object(); }

void HandleWrap::Close(v8::Local<v8::Value> callback) {
  if (state_ != kOpen) return;
  OnBeforeClose();
  state_ = kClosing;
  v8::Local<v8::Context> ctx = realm()->context();
  if (!callback.IsEmpty() && callback->IsFunction()) {
    SetProp(ctx, object(), "_onclose", callback);
  }
  uv_close(handle_, OnCloseCallback);
}

void HandleWrap::OnCloseCallback(uv_handle_t* handle) {
  HandleWrap* wrap = static_cast<HandleWrap*>(handle->data);
  wrap->state_ = kClosed;
  wrap->UnlinkActive();
  wrap->OnClose();
  Realm* realm = wrap->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  v8::Context::Scope context_scope(ctx);
  v8::Local<v8::Object> obj = wrap->object();
  v8::Local<v8::Value> cb;
  if (obj->Get(ctx, InternalizedStr(isolate, "_onclose")).ToLocal(&cb) && cb->IsFunction()) {
    MakeCallback(realm, obj, cb.As<v8::Function>(), 0, nullptr);
  }
  delete wrap;
}

void HandleWrap::Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap<HandleWrap>(info.This());
  if (wrap == nullptr) return;
  wrap->Close(info[0]);
}
void HandleWrap::Ref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap<HandleWrap>(info.This());
  if (wrap != nullptr && wrap->IsAlive()) uv_ref(wrap->handle_);
}
void HandleWrap::Unref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap<HandleWrap>(info.This());
  if (wrap != nullptr && wrap->IsAlive()) uv_unref(wrap->handle_);
}
void HandleWrap::HasRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap<HandleWrap>(info.This());
  info.GetReturnValue().Set(wrap != nullptr && wrap->IsAlive() && uv_has_ref(wrap->handle_));
}
void HandleWrap::AddMethods(Binding& b, v8::Local<v8::FunctionTemplate> cls) {
  b.ProtoMethod(cls, "close", Close);
  b.ProtoMethod(cls, "ref", Ref);
  b.ProtoMethod(cls, "unref", Unref);
  b.ProtoMethod(cls, "hasRef", HasRef);
}

// ---- Binding builder ------------------------------------------------------------------------

// Callbacks seen by recording builders (see Binding::ExternalReferences in realm.cc).
std::vector<intptr_t>& RecordedReferences() {
  static std::vector<intptr_t> refs;
  return refs;
}
static void Record(intptr_t ref) {
  RecordedReferences().push_back(ref);
}

Binding::Binding(Realm* realm, v8::Local<v8::Object> target)
    : realm_(realm),
      isolate_(realm->isolate()),
      context_(realm->context()),
      target_(target) {}

void Binding::Method(const char* name, v8::FunctionCallback cb, int length) {
  if (recording()) return Record(reinterpret_cast<intptr_t>(cb));
  v8::Local<v8::String> key = InternalizedStr(isolate_, name);
  v8::Local<v8::Function> fn;
  if (!v8::Function::New(context_, cb, v8::Local<v8::Value>(), length,
                         v8::ConstructorBehavior::kThrow)
           .ToLocal(&fn))
    return;
  fn->SetName(key);
  target_->Set(context_, key, fn).Check();
}

void Binding::Constant(const char* name, double value) {
  if (recording()) return;
  target_
      ->DefineOwnProperty(context_, InternalizedStr(isolate_, name),
                          v8::Number::New(isolate_, value),
                          static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete))
      .Check();
}

void Binding::Value(const char* name, v8::Local<v8::Value> value) {
  if (recording()) return;
  target_->Set(context_, InternalizedStr(isolate_, name), value).Check();
}

v8::Local<v8::FunctionTemplate> Binding::Class(const char* name, v8::FunctionCallback ctor,
                                               int internal_fields) {
  if (recording()) {
    Record(reinterpret_cast<intptr_t>(ctor));
    return {};
  }
  v8::Local<v8::FunctionTemplate> t = v8::FunctionTemplate::New(isolate_, ctor);
  t->InstanceTemplate()->SetInternalFieldCount(internal_fields);
  t->SetClassName(InternalizedStr(isolate_, name));
  return t;
}

void Binding::ProtoMethod(v8::Local<v8::FunctionTemplate> cls, const char* name,
                          v8::FunctionCallback cb, int length) {
  if (recording()) return Record(reinterpret_cast<intptr_t>(cb));
  v8::Local<v8::Signature> sig = v8::Signature::New(isolate_, cls);
  v8::Local<v8::FunctionTemplate> t =
      v8::FunctionTemplate::New(isolate_, cb, v8::Local<v8::Value>(), sig, length,
                                v8::ConstructorBehavior::kThrow);
  v8::Local<v8::String> key = InternalizedStr(isolate_, name);
  t->SetClassName(key);
  cls->PrototypeTemplate()->Set(key, t);
}

void Binding::ProtoGetter(v8::Local<v8::FunctionTemplate> cls, const char* name,
                          v8::FunctionCallback cb) {
  if (recording()) return Record(reinterpret_cast<intptr_t>(cb));
  v8::Local<v8::Signature> sig = v8::Signature::New(isolate_, cls);
  v8::Local<v8::FunctionTemplate> getter =
      v8::FunctionTemplate::New(isolate_, cb, v8::Local<v8::Value>(), sig, 0,
                                v8::ConstructorBehavior::kThrow);
  cls->PrototypeTemplate()->SetAccessorProperty(InternalizedStr(isolate_, name), getter,
                                                v8::Local<v8::FunctionTemplate>(),
                                                v8::ReadOnly);
}

void Binding::Install(const char* name, v8::Local<v8::FunctionTemplate> cls) {
  if (recording()) return;
  v8::Local<v8::Function> fn;
  if (!cls->GetFunction(context_).ToLocal(&fn)) return;
  target_->Set(context_, InternalizedStr(isolate_, name), fn).Check();
}

}  // namespace nodus

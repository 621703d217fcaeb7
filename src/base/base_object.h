// BaseObject: a C++ object owned by a JS object (internal field 0 holds the pointer). Weak by
// default: deleted when the JS object is collected, unless made strong (ClearWeak).
#pragma once
#include "base/v8_helpers.h"

namespace nodus {
class Realm;

class BaseObject {
 public:
  BaseObject(Realm* realm, v8::Local<v8::Object> object);
  virtual ~BaseObject();
  BaseObject(const BaseObject&) = delete;
  BaseObject& operator=(const BaseObject&) = delete;

  v8::Local<v8::Object> object() const;
  Realm* realm() const { return realm_; }
  v8::Isolate* isolate() const;
  void MakeWeak();
  void ClearWeak();

  template <typename T>
  static T* Unwrap(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    v8::Local<v8::Object> obj = value.As<v8::Object>();
    if (obj->InternalFieldCount() < 1) return nullptr;
    return static_cast<T*>(
        static_cast<BaseObject*>(obj->GetAlignedPointerFromInternalField(0)));
  }

 private:
  static void WeakCallback(const v8::WeakCallbackInfo<BaseObject>& info);
  Realm* realm_;
  v8::Global<v8::Object> persistent_;
};

// Unwraps `this` of a method or throws ERR_INVALID_THIS and returns.
#define NODUS_UNWRAP(ptr, type, value)                                    \
  type* ptr = ::nodus::BaseObject::Unwrap<type>(value);                    \
  if (ptr == nullptr) {                                                    \
    ::nodus::ThrowCodedError(info.GetIsolate(), "ERR_INVALID_THIS",        \
                             "Value of \"this\" must be of type " #type); \
    return;                                                                \
  }

}  // namespace nodus

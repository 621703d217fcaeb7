// ReqWrap<T>: a BaseObject around a uv request, kept alive until its callback ran. The callback
// side calls `MakeCallback(req_wrap->object(), "oncomplete", ...)` then deletes the wrap.
#pragma once
#include <uv.h>

#include "base/base_object.h"

namespace nodus {

template <typename T>
class ReqWrap : public BaseObject {
 public:
  ReqWrap(Realm* realm, v8::Local<v8::Object> object) : BaseObject(realm, object) {
    req_.data = this;
  }
  T* req() { return &req_; }
  // Call once the request was handed to libuv successfully.
  void Dispatched() { ClearWeak(); }
  static ReqWrap<T>* From(T* req) { return static_cast<ReqWrap<T>*>(req->data); }

 private:
  T req_;
};

}  // namespace nodus

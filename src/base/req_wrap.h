// ReqWrap<T>: a BaseObject around a uv request, kept alive until its callback ran. The callback
// side calls `MakeCallback(req_wrap->object(), "oncomplete", ...)` then deletes the wrap. Once
// dispatched it is listed by process._getActiveRequests() under `name` (node's resource name).
#pragma once
#include <uv.h>

#include "base/active_list.h"
#include "base/base_object.h"

namespace nodus {

template <typename T>
class ReqWrap : public BaseObject, public ActiveLink {
 public:
  ReqWrap(Realm* realm, v8::Local<v8::Object> object, const char* name)
      : BaseObject(realm, object), name_(name) {
    req_.data = this;
  }
  T* req() { return &req_; }
  // Call once the request was handed to libuv successfully.
  void Dispatched() {
    ClearWeak();
    LinkActive(Kind::kRequest, name_);
  }
  static ReqWrap<T>* From(T* req) { return static_cast<ReqWrap<T>*>(req->data); }
  v8::Local<v8::Object> ActiveObject() override { return object(); }

 private:
  T req_;
  const char* name_;
};

}  // namespace nodus

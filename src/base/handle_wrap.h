// HandleWrap: a BaseObject around a uv handle. Strong while the handle is open; deleted in the
// close callback. JS sees close(cb), ref(), unref(), hasRef().
#pragma once
#include <uv.h>

#include "base/active_list.h"
#include "base/base_object.h"
#include "base/binding.h"

namespace nodus {

class HandleWrap : public BaseObject, public ActiveLink {
 public:
  // `name` is node's resource name for getActiveResourcesInfo() ("TCPSocketWrap", ...).
  HandleWrap(Realm* realm, v8::Local<v8::Object> object, uv_handle_t* handle, const char* name);

  uv_handle_t* handle() const { return handle_; }
  bool IsAlive() const { return state_ == kOpen; }

  static void Close(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Ref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Unref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HasRef(const v8::FunctionCallbackInfo<v8::Value>& info);
  // Adds close/ref/unref/hasRef to a class template.
  static void AddMethods(Binding& b, v8::Local<v8::FunctionTemplate> cls);

  void Close(v8::Local<v8::Value> callback = v8::Local<v8::Value>());

  bool ActiveNow() const override;
  v8::Local<v8::Object> ActiveObject() override;

 protected:
  ~HandleWrap() override = default;
  virtual void OnClose() {}
  // Runs first in Close(), the handle still open; it must not call into JS.
  virtual void OnBeforeClose() {}

 private:
  static void OnCloseCallback(uv_handle_t* handle);
  enum State { kOpen, kClosing, kClosed } state_ = kOpen;
  uv_handle_t* handle_;
};

}  // namespace nodus

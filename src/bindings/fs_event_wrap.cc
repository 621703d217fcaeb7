// internalBinding('fs_event_wrap'): FSEvent, a uv_fs_event_t handle behind fs.watch().
// start(path, persistent, recursive) returns 0 or a negative errno; changes arrive as
// onchange(status, eventType, filename): eventType 'rename' or 'change', filename a UTF-8 string
// (or undefined when libuv gives none). JS builds errors and applies the encoding.
#include <uv.h>

#include <string>

#include "base/handle_wrap.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::fs_event_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

class FSEventWrap : public HandleWrap {
 public:
  FSEventWrap(Realm* realm, v8::Local<v8::Object> obj)
      : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(&handle_), "FSEventWrap") {
    uv_fs_event_init(realm->loop(), &handle_);
  }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor FSEvent cannot be invoked without 'new'");
      return;
    }
    new FSEventWrap(Realm::From(info), info.This());
  }

  static void Start(const Info& info) {
    NODUS_UNWRAP(wrap, FSEventWrap, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    if (!info[0]->IsString()) {
      ThrowTypeError(isolate, "path must be a string");
      return;
    }
    v8::String::Utf8Value path(isolate, info[0]);
    if (*path == nullptr) return;
    if (wrap->started_) {
      info.GetReturnValue().Set(0);
      return;
    }
    bool persistent = info[1]->BooleanValue(isolate);
    bool recursive = info[2]->BooleanValue(isolate);
    unsigned int flags = recursive ? UV_FS_EVENT_RECURSIVE : 0;
    int err = uv_fs_event_start(&wrap->handle_, OnEvent, *path, flags);
    if (err == 0) {
      wrap->started_ = true;
      if (!persistent) uv_unref(reinterpret_cast<uv_handle_t*>(&wrap->handle_));
    }
    info.GetReturnValue().Set(err);
  }

  static void Initialized(const Info& info) {
    NODUS_UNWRAP(wrap, FSEventWrap, info.This());
    info.GetReturnValue().Set(wrap->started_);
  }

 private:
  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events, int status) {
    FSEventWrap* wrap = static_cast<FSEventWrap*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    if (!wrap->IsAlive()) return;
    Realm* realm = wrap->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    const char* type = (events & UV_RENAME) ? "rename" : (events & UV_CHANGE) ? "change" : "";
    v8::Local<v8::Value> argv[3] = {
        v8::Integer::New(isolate, status),
        v8::String::NewFromUtf8(isolate, type).ToLocalChecked(),
        v8::Undefined(isolate),
    };
    if (filename != nullptr) {
      v8::Local<v8::String> name;
      if (v8::String::NewFromUtf8(isolate, filename).ToLocal(&name)) argv[2] = name;
    }
    MakeCallback(realm, wrap->object(), "onchange", 3, argv);
  }

  uv_fs_event_t handle_;
  bool started_ = false;
};
}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> cls = b.Class("FSEvent", FSEventWrap::New);
  HandleWrap::AddMethods(b, cls);
  b.ProtoMethod(cls, "start", FSEventWrap::Start);
  b.ProtoGetter(cls, "initialized", FSEventWrap::Initialized);
  b.Install("FSEvent", cls);
}

}  // namespace nodus::fs_event_wrap

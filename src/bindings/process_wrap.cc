// internalBinding('process_wrap'): the Process handle behind ChildProcess.
//   spawn(options) -> 0 or a uv errno; sets `pid` on success. options as spawn_options.h reads
//     them plus stdio: [{ type: 'ignore' } | { type: 'pipe' | 'overlapped', handle: Pipe }
//     | { type: 'wrap', handle: <stream handle> } | { type: 'inherit' | 'fd', fd }].
//   kill(signal) -> 0 or a uv errno;  onexit(exitCode, termSignal) when the child ends.
#include <uv.h>

#include <csignal>
#include <cstring>
#include <string>
#include <vector>

#include "base/handle_wrap.h"
#include "bindings/spawn_options.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::process_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

// The uv stream behind a stream handle object (Pipe, TCP, TTY), or null.
uv_stream_t* StreamOf(v8::Local<v8::Value> value) {
  HandleWrap* wrap = BaseObject::Unwrap<HandleWrap>(value);
  if (wrap == nullptr || !wrap->IsAlive()) return nullptr;
  uv_handle_t* h = wrap->handle();
  if (h->type != UV_NAMED_PIPE && h->type != UV_TCP && h->type != UV_TTY) return nullptr;
  return reinterpret_cast<uv_stream_t*>(h);
}

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Realm* realm, v8::Local<v8::Object> obj)
      : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(&process_), nullptr) {}

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor Process cannot be invoked without 'new'");
      return;
    }
    new ProcessWrap(Realm::From(info), info.This());
  }

  static void Spawn(const Info& info) {
    NODUS_UNWRAP(self, ProcessWrap, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!info[0]->IsObject()) {
      info.GetReturnValue().Set(UV_EINVAL);
      return;
    }
    if (self->spawned_) {
      info.GetReturnValue().Set(UV_EINVAL);
      return;
    }
    auto obj = info[0].As<v8::Object>();
    SpawnOptions options;
    if (!options.Parse(ctx, obj)) {
      if (options.bad_file()) info.GetReturnValue().Set(UV_EINVAL);
      return;
    }
    std::vector<uv_stdio_container_t> stdio;
    v8::Local<v8::Value> v;
    if (!SpawnOptions::Get(ctx, obj, "stdio", &v)) return;
    if (v->IsArray()) {
      auto arr = v.As<v8::Array>();
      for (uint32_t i = 0; i < arr->Length(); i++) {
        v8::Local<v8::Value> item;
        if (!arr->Get(ctx, i).ToLocal(&item)) return;
        uv_stdio_container_t c{};
        c.flags = UV_IGNORE;
        if (item->IsObject()) {
          auto o = item.As<v8::Object>();
          v8::Local<v8::Value> type;
          v8::Local<v8::Value> handle;
          v8::Local<v8::Value> fd;
          if (!SpawnOptions::Get(ctx, o, "type", &type) ||
              !SpawnOptions::Get(ctx, o, "handle", &handle) ||
              !SpawnOptions::Get(ctx, o, "fd", &fd)) {
            return;
          }
          std::string t = Utf8(isolate, type).str();
          if (t == "pipe" || t == "overlapped") {
            uv_stream_t* s = StreamOf(handle);
            if (s == nullptr) {
              info.GetReturnValue().Set(UV_EINVAL);
              return;
            }
            c.flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE |
                                                  UV_WRITABLE_PIPE);
            c.data.stream = s;
          } else if (t == "wrap") {
            uv_stream_t* s = StreamOf(handle);
            if (s == nullptr) {
              info.GetReturnValue().Set(UV_EINVAL);
              return;
            }
            c.flags = UV_INHERIT_STREAM;
            c.data.stream = s;
          } else if (t == "inherit" || t == "fd") {
            c.flags = UV_INHERIT_FD;
            c.data.fd = fd->IsInt32() ? fd.As<v8::Int32>()->Value() : static_cast<int>(i);
          }
        }
        stdio.push_back(c);
      }
    }
    uv_process_options_t* opts = options.Build();
    opts->exit_cb = OnExit;
    opts->stdio_count = static_cast<int>(stdio.size());
    opts->stdio = stdio.data();
    int err = uv_spawn(self->realm()->loop(), &self->process_, opts);
    self->spawned_ = true;
    self->process_.data = self;
    // listed from here on (node lists a child process after its stdio pipes)
    self->LinkActive(Kind::kHandle, "ProcessWrap");
    if (err == 0) {
      SetProp(ctx, info.This(), "pid", v8::Integer::New(isolate, self->process_.pid));
    }
    info.GetReturnValue().Set(err);
  }

  static void Kill(const Info& info) {
    NODUS_UNWRAP(self, ProcessWrap, info.This());
    if (!self->spawned_ || !self->IsAlive()) {
      info.GetReturnValue().Set(UV_ESRCH);
      return;
    }
    int sig = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(SIGTERM);
    info.GetReturnValue().Set(uv_process_kill(&self->process_, sig));
  }

  // A Process that never reached uv_spawn has no libuv handle to close: it is left to the GC.
  static void CloseMethod(const Info& info) {
    NODUS_UNWRAP(self, ProcessWrap, info.This());
    if (!self->spawned_) {
      self->MakeWeak();
      return;
    }
    HandleWrap::Close(info);
  }

 private:
  static void OnExit(uv_process_t* proc, int64_t exit_status, int term_signal) {
    ProcessWrap* self = static_cast<ProcessWrap*>(reinterpret_cast<uv_handle_t*>(proc)->data);
    Realm* realm = self->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    v8::Local<v8::Value> argv[2] = {v8::Number::New(isolate, static_cast<double>(exit_status)),
                                    v8::Integer::New(isolate, term_signal)};
    MakeCallback(realm, self->object(), "onexit", 2, argv);
  }

  uv_process_t process_{};
  bool spawned_ = false;
};
}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> cls = b.Class("Process", ProcessWrap::New);
  HandleWrap::AddMethods(b, cls);
  b.ProtoMethod(cls, "close", ProcessWrap::CloseMethod);
  b.ProtoMethod(cls, "spawn", ProcessWrap::Spawn);
  b.ProtoMethod(cls, "kill", ProcessWrap::Kill);
  b.Install("Process", cls);
}

}  // namespace nodus::process_wrap

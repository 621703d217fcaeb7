// internalBinding('pipe_wrap'): Pipe handles (Unix domain sockets, pipes and IPC channels) over
// uv_pipe_t, and the PipeConnectWrap request class. An IPC pipe sends a handle with a write
// (writeUtf8String(req, string, handle)) and surfaces a received one as `pendingHandle` on the
// pipe object when onread runs.
#include <uv.h>

#include "base/stream_base.h"
#include "runtime/realm.h"

namespace nodus::pipe_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

class PipeWrap : public StreamBase {
 public:
  PipeWrap(Realm* realm, v8::Local<v8::Object> obj, bool ipc)
      : StreamBase(realm, obj, reinterpret_cast<uv_stream_t*>(&pipe_), "PipeWrap"), ipc_(ipc) {
    CHECK_EQ(uv_pipe_init(realm->loop(), &pipe_, ipc ? 1 : 0), 0);
  }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor Pipe cannot be invoked without 'new'");
      return;
    }
    int type = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    new PipeWrap(Realm::From(info), info.This(), type == kIPC);
  }

  static void Open(const Info& info) {
    NODUS_UNWRAP(self, PipeWrap, info.This());
    int64_t fd = info[0]->IntegerValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    if (fd < 0 || fd > INT32_MAX) return info.GetReturnValue().Set(UV_EBADF);
    if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_pipe_open(&self->pipe_, static_cast<uv_file>(fd)));
  }

  static void Bind(const Info& info) {
    NODUS_UNWRAP(self, PipeWrap, info.This());
    if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    Utf8 path(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(uv_pipe_bind(&self->pipe_, path.data()));
  }

  static void Listen(const Info& info) {
    NODUS_UNWRAP(self, PipeWrap, info.This());
    int backlog = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(511);
    info.GetReturnValue().Set(self->StreamBase::Listen(backlog));
  }

  // connect(req, path)
  static void Connect(const Info& info) {
    NODUS_UNWRAP(self, PipeWrap, info.This());
    if (!info[0]->IsObject()) return;
    Utf8 path(info.GetIsolate(), info[1]);
    std::string p = path.str();
    int err = self->StreamBase::Connect(info[0].As<v8::Object>(),
                                        [&](uv_connect_t* req, uv_connect_cb cb) {
                                          uv_pipe_connect(req, &self->pipe_, p.c_str(), cb);
                                          return 0;
                                        });
    info.GetReturnValue().Set(err);
  }

  static void Fchmod(const Info& info) {
    NODUS_UNWRAP(self, PipeWrap, info.This());
    if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    int mode = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_pipe_chmod(&self->pipe_, mode));
  }

  static void SetPendingInstances(const Info& info) {}

  void EmitReadToJS(ssize_t nread, const uv_buf_t& buf) override {
    if (ipc_ && nread > 0 && uv_pipe_pending_count(&pipe_) > 0) {
      Realm* realm = this->realm();
      v8::HandleScope scope(realm->isolate());
      v8::Context::Scope context_scope(realm->context());
      uv_handle_type type = uv_pipe_pending_type(&pipe_);
      StreamBase* wrap = nullptr;
      v8::Local<v8::Object> obj;
      if (type == UV_UDP) {
        AcceptUDP(realm);
      } else if (NewStreamHandle(realm, type, &wrap).ToLocal(&obj)) {
        if (uv_accept(stream(), wrap->stream()) == 0) {
          SetProp(realm->context(), object(), "pendingHandle", obj);
        } else {
          wrap->Close();
        }
      }
    }
    StreamBase::EmitReadToJS(nread, buf);
  }

 private:
  // A UDP socket sent over IPC (a dgram socket, or a cluster primary's shared one) becomes a
  // udp_wrap UDP handle in pendingHandle.
  void AcceptUDP(Realm* realm) {
    v8::Isolate* isolate = realm->isolate();
    v8::Local<v8::Context> ctx = realm->context();
    v8::Local<v8::Object> binding;
    v8::Local<v8::Value> ctor;
    v8::Local<v8::Object> obj;
    if (!realm->GetBinding("udp_wrap").ToLocal(&binding) ||
        !binding->Get(ctx, InternalizedStr(isolate, "UDP")).ToLocal(&ctor) || !ctor->IsFunction() ||
        !ctor.As<v8::Function>()->NewInstance(ctx, 0, nullptr).ToLocal(&obj)) {
      return;
    }
    HandleWrap* wrap = BaseObject::Unwrap<HandleWrap>(obj);
    if (wrap == nullptr) return;
    if (uv_accept(stream(), reinterpret_cast<uv_stream_t*>(wrap->handle())) == 0) {
      SetProp(ctx, object(), "pendingHandle", obj);
    } else {
      wrap->Close();
    }
  }

  uv_pipe_t pipe_;
  bool ipc_;
};
}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> pipe = b.Class("Pipe", PipeWrap::New);
  StreamBase::AddMethods(b, pipe);
  b.ProtoMethod(pipe, "open", PipeWrap::Open);
  b.ProtoMethod(pipe, "bind", PipeWrap::Bind);
  b.ProtoMethod(pipe, "listen", PipeWrap::Listen);
  b.ProtoMethod(pipe, "connect", PipeWrap::Connect);
  b.ProtoMethod(pipe, "fchmod", PipeWrap::Fchmod);
  b.ProtoMethod(pipe, "setPendingInstances", PipeWrap::SetPendingInstances);
  b.Install("Pipe", pipe);
  v8::Local<v8::FunctionTemplate> connect = b.Class("PipeConnectWrap", NewRequestObject);
  b.Install("PipeConnectWrap", connect);
  if (b.recording()) return;
  v8::Local<v8::Context> ctx = b.context();
  v8::Local<v8::Object> constants = v8::Object::New(b.isolate());
  SetProp(ctx, constants, "SOCKET", v8::Integer::New(b.isolate(), kSocket));
  SetProp(ctx, constants, "SERVER", v8::Integer::New(b.isolate(), kServer));
  SetProp(ctx, constants, "IPC", v8::Integer::New(b.isolate(), kIPC));
  SetProp(ctx, constants, "UV_READABLE", v8::Integer::New(b.isolate(), UV_READABLE));
  SetProp(ctx, constants, "UV_WRITABLE", v8::Integer::New(b.isolate(), UV_WRITABLE));
  b.Value("constants", constants);
}

}  // namespace nodus::pipe_wrap

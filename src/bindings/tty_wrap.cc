// internalBinding('tty_wrap'): terminal queries and the TTY handle (raw mode, reading keys) that
// process.stdin and the REPL use on a terminal.
#include <sys/ioctl.h>
#include <unistd.h>
#include <uv.h>

#include "base/handle_wrap.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::tty_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

void IsTTY(const Info& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  info.GetReturnValue().Set(fd >= 0 && isatty(fd) == 1);
}

// getWindowSize(fd, out[2]) -> 0 or negative errno; out = [columns, rows].
void GetWindowSize(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  int fd = info[0]->Int32Value(ctx).FromMaybe(-1);
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) {
    info.GetReturnValue().Set(-errno);
    return;
  }
  if (info[1]->IsArray()) {
    auto arr = info[1].As<v8::Array>();
    (void)arr->Set(ctx, 0, v8::Integer::New(isolate, ws.ws_col));
    (void)arr->Set(ctx, 1, v8::Integer::New(isolate, ws.ws_row));
  }
  info.GetReturnValue().Set(0);
}

// A readable stream handle over a uv stream (TTY or pipe): readStart()/readStop(), and
// `onread(nread, chunk)` called with a Uint8Array, or with a negative errno (UV_EOF at the end).
class StreamReader : public HandleWrap {
 public:
  StreamReader(Realm* realm, v8::Local<v8::Object> obj, uv_stream_t* stream)
      : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {}

  static void ReadStart(const Info& info) {
    NODUS_UNWRAP(self, StreamReader, info.This());
    info.GetReturnValue().Set(uv_read_start(self->stream_, OnAlloc, OnRead));
  }
  static void ReadStop(const Info& info) {
    NODUS_UNWRAP(self, StreamReader, info.This());
    info.GetReturnValue().Set(uv_read_stop(self->stream_));
  }

 private:
  static void OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
    buf->base = static_cast<char*>(malloc(suggested));
    buf->len = buf->base ? suggested : 0;
  }
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
    StreamReader* self = static_cast<StreamReader*>(reinterpret_cast<uv_handle_t*>(stream)->data);
    if (nread == 0) {
      free(buf->base);
      return;
    }
    Realm* realm = self->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, static_cast<int32_t>(nread)),
                                    v8::Undefined(isolate)};
    if (nread > 0) {
      std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
          buf->base, nread, [](void* data, size_t, void*) { free(data); }, nullptr);
      auto ab = v8::ArrayBuffer::New(isolate, std::move(store));
      argv[1] = v8::Uint8Array::New(ab, 0, nread);
    } else {
      free(buf->base);
    }
    MakeCallback(realm, self->object(), "onread", 2, argv);
  }
  uv_stream_t* stream_;
};

class TTYWrap : public StreamReader {
 public:
  TTYWrap(Realm* realm, v8::Local<v8::Object> obj, int fd, int* err)
      : StreamReader(realm, obj, reinterpret_cast<uv_stream_t*>(&tty_)) {
    *err = uv_tty_init(realm->loop(), &tty_, fd, 0);
  }
  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor TTY cannot be invoked without 'new'");
      return;
    }
    int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    int err = 0;
    auto* wrap = new TTYWrap(Realm::From(info), info.This(), fd, &err);
    if (err != 0) {
      // Report through ctx.code like node; the JS side throws.
      if (info[1]->IsObject()) {
        SetProp(info.GetIsolate()->GetCurrentContext(), info[1].As<v8::Object>(), "code",
                v8::Integer::New(info.GetIsolate(), err));
      }
      wrap->Close();
    }
  }
  static void SetRawMode(const Info& info) {
    NODUS_UNWRAP(self, TTYWrap, info.This());
    info.GetReturnValue().Set(
        uv_tty_set_mode(&self->tty_, info[0]->IsTrue() ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
  }
  static void GetWindowSizeMethod(const Info& info) {
    NODUS_UNWRAP(self, TTYWrap, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    int w, h;
    int err = uv_tty_get_winsize(&self->tty_, &w, &h);
    if (err == 0 && info[0]->IsArray()) {
      (void)info[0].As<v8::Array>()->Set(ctx, 0, v8::Integer::New(isolate, w));
      (void)info[0].As<v8::Array>()->Set(ctx, 1, v8::Integer::New(isolate, h));
    }
    info.GetReturnValue().Set(err);
  }

 private:
  uv_tty_t tty_;
};

class PipeReader : public StreamReader {
 public:
  PipeReader(Realm* realm, v8::Local<v8::Object> obj, int fd, int* err)
      : StreamReader(realm, obj, reinterpret_cast<uv_stream_t*>(&pipe_)) {
    *err = uv_pipe_init(realm->loop(), &pipe_, 0);
    if (*err == 0) *err = uv_pipe_open(&pipe_, fd);
  }
  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor cannot be invoked without 'new'");
      return;
    }
    int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    int err = 0;
    auto* wrap = new PipeReader(Realm::From(info), info.This(), fd, &err);
    if (err != 0) {
      if (info[1]->IsObject()) {
        SetProp(info.GetIsolate()->GetCurrentContext(), info[1].As<v8::Object>(), "code",
                v8::Integer::New(info.GetIsolate(), err));
      }
      wrap->Close();
    }
  }

 private:
  uv_pipe_t pipe_;
};
}  // namespace

void Init(Binding& b) {
  b.Method("isTTY", IsTTY);
  b.Method("getWindowSize", GetWindowSize);
  v8::Local<v8::FunctionTemplate> tty = b.Class("TTY", TTYWrap::New);
  HandleWrap::AddMethods(b, tty);
  b.ProtoMethod(tty, "readStart", StreamReader::ReadStart);
  b.ProtoMethod(tty, "readStop", StreamReader::ReadStop);
  b.ProtoMethod(tty, "setRawMode", TTYWrap::SetRawMode);
  b.ProtoMethod(tty, "getWindowSize", TTYWrap::GetWindowSizeMethod);
  b.Install("TTY", tty);
  v8::Local<v8::FunctionTemplate> pipe = b.Class("PipeReader", PipeReader::New);
  HandleWrap::AddMethods(b, pipe);
  b.ProtoMethod(pipe, "readStart", StreamReader::ReadStart);
  b.ProtoMethod(pipe, "readStop", StreamReader::ReadStop);
  b.Install("PipeReader", pipe);
}

}  // namespace nodus::tty_wrap

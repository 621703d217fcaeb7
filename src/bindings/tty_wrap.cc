// internalBinding('tty_wrap'): terminal queries and the TTY stream handle behind tty.ReadStream
// and tty.WriteStream (process.stdin/stdout/stderr on a terminal).
#include <sys/ioctl.h>
#include <unistd.h>
#include <uv.h>

#include "base/stream_base.h"
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

// The TTY handle: a StreamBase (reads, writes, setBlocking) plus raw mode and the window size.
class TTYWrap : public StreamBase {
 public:
  TTYWrap(Realm* realm, v8::Local<v8::Object> obj, int fd, int* err)
      : StreamBase(realm, obj, reinterpret_cast<uv_stream_t*>(&tty_), "TTYWrap") {
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
      // Reported through ctx.code as node does; the JS side throws.
      if (info[1]->IsObject()) {
        v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
        auto out = info[1].As<v8::Object>();
        SetProp(ctx, out, "code", v8::Integer::New(info.GetIsolate(), err));
        SetProp(ctx, out, "errno", v8::Integer::New(info.GetIsolate(), err));
        SetProp(ctx, out, "syscall", InternalizedStr(info.GetIsolate(), "uv_tty_init"));
      }
      wrap->Close();
    }
  }
  static void SetRawMode(const Info& info) {
    NODUS_UNWRAP(self, TTYWrap, info.This());
    if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(
        uv_tty_set_mode(&self->tty_, info[0]->IsTrue() ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
  }
  static void GetWindowSizeMethod(const Info& info) {
    NODUS_UNWRAP(self, TTYWrap, info.This());
    if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
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
}  // namespace

void Init(Binding& b) {
  b.Method("isTTY", IsTTY);
  b.Method("getWindowSize", GetWindowSize);
  v8::Local<v8::FunctionTemplate> tty = b.Class("TTY", TTYWrap::New);
  StreamBase::AddMethods(b, tty);
  b.ProtoMethod(tty, "setRawMode", TTYWrap::SetRawMode);
  b.ProtoMethod(tty, "getWindowSize", TTYWrap::GetWindowSizeMethod);
  b.Install("TTY", tty);
}

}  // namespace nodus::tty_wrap

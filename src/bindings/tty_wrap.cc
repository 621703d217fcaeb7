// internalBinding('tty_wrap'): terminal queries (the TTY stream handle comes with streams).
#include <sys/ioctl.h>
#include <unistd.h>

#include "base/binding.h"

namespace nodus::tty_wrap {

static void IsTTY(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  info.GetReturnValue().Set(fd >= 0 && isatty(fd) == 1);
}

// getWindowSize(fd, out[2]) -> 0 or negative errno; out = [columns, rows].
static void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
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

void Init(Binding& b) {
  b.Method("isTTY", IsTTY);
  b.Method("getWindowSize", GetWindowSize);
}

}  // namespace nodus::tty_wrap

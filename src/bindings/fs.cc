// internalBinding('fs'): the synchronous file primitives the module loader and stdio need.
// (The full fs binding — async requests, FileHandle, streams — grows from here.)
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <climits>
#include <cstdlib>
#include <string>

#include "base/binding.h"
#include "runtime/realm.h"

namespace nodus::fs {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

int ReadAll(int fd, std::string* out) {
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {fd, POLLIN, 0};
        poll(&p, 1, -1);
        continue;
      }
      return -errno;
    }
    out->append(buf, n);
  }
}

// readFileUtf8(path | fd) -> string, or a negative errno.
void ReadFileUtf8(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string data;
  int err;
  if (info[0]->IsInt32()) {
    err = ReadAll(info[0].As<v8::Int32>()->Value(), &data);
  } else {
    Utf8 path(isolate, info[0]);
    int fd = open(*path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      info.GetReturnValue().Set(-errno);
      return;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      close(fd);
      info.GetReturnValue().Set(UV_EISDIR);
      return;
    }
    err = ReadAll(fd, &data);
    close(fd);
  }
  if (err < 0) {
    info.GetReturnValue().Set(err);
    return;
  }
  v8::Local<v8::String> s;
  if (!v8::String::NewFromUtf8(isolate, data.data(), v8::NewStringType::kNormal,
                               static_cast<int>(data.size()))
           .ToLocal(&s)) {
    ThrowCodedError(isolate, "ERR_STRING_TOO_LONG", "Cannot create a string longer than 0x1fffffe8 characters", false);
    return;
  }
  info.GetReturnValue().Set(s);
}

// 0: file, 1: directory, negative errno otherwise.
void InternalModuleStat(const Info& info) {
  Utf8 path(info.GetIsolate(), info[info.Length() > 1 && !info[0]->IsString() ? 1 : 0]);
  struct stat st;
  if (stat(*path, &st) != 0) {
    info.GetReturnValue().Set(-errno);
    return;
  }
  info.GetReturnValue().Set(S_ISDIR(st.st_mode) ? 1 : 0);
}

void Realpath(const Info& info) {
  Utf8 path(info.GetIsolate(), info[0]);
  char buf[PATH_MAX];
  if (realpath(*path, buf) == nullptr) {
    info.GetReturnValue().Set(-errno);
    return;
  }
  info.GetReturnValue().Set(Str(info.GetIsolate(), buf));
}

int WriteAll(int fd, const char* data, size_t len) {
  size_t off = 0;
  while (off < len) {
    ssize_t n = write(fd, data + off, len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {fd, POLLOUT, 0};
        poll(&p, 1, -1);
        continue;
      }
      return -errno;
    }
    off += n;
  }
  return static_cast<int>(off);
}

// writeString(fd, string[, encoding]) -> bytes written, or negative errno. Synchronous, like
// node's stdio to files, TTYs and pipes on Linux.
void WriteString(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  v8::Local<v8::String> s;
  if (!info[1]->ToString(isolate->GetCurrentContext()).ToLocal(&s)) return;
  std::string enc = info.Length() > 2 && info[2]->IsString() ? Utf8(isolate, info[2]).str() : "";
  if (enc == "latin1" || enc == "binary") {
    std::string buf(s->Length(), '\0');
    s->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(buf.data()), 0, s->Length(),
                    v8::String::NO_NULL_TERMINATION);
    info.GetReturnValue().Set(WriteAll(fd, buf.data(), buf.size()));
    return;
  }
  size_t len = s->Utf8Length(isolate);
  std::string buf(len, '\0');
  s->WriteUtf8(isolate, buf.data(), static_cast<int>(len), nullptr,
               v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  info.GetReturnValue().Set(WriteAll(fd, buf.data(), buf.size()));
}

// writeBuffer(fd, view[, offset, length]) -> bytes written, or negative errno.
void WriteBuffer(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  int fd = info[0]->Int32Value(ctx).FromMaybe(-1);
  if (!info[1]->IsArrayBufferView()) {
    ThrowTypeError(isolate, "buffer must be an ArrayBufferView");
    return;
  }
  auto view = info[1].As<v8::ArrayBufferView>();
  size_t total = view->ByteLength();
  size_t offset = info[2]->IsNumber() ? static_cast<size_t>(info[2].As<v8::Number>()->Value()) : 0;
  size_t length = info[3]->IsNumber() ? static_cast<size_t>(info[3].As<v8::Number>()->Value())
                                      : total - (offset < total ? offset : total);
  if (offset > total || length > total - offset) {
    ThrowRangeError(isolate, "offset/length out of range");
    return;
  }
  const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  info.GetReturnValue().Set(WriteAll(fd, data + offset, length));
}

void Exists(const Info& info) {
  Utf8 path(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(access(*path, F_OK) == 0);
}
}  // namespace

void Init(Binding& b) {
  b.Method("readFileUtf8", ReadFileUtf8);
  b.Method("internalModuleStat", InternalModuleStat);
  b.Method("realpath", Realpath);
  b.Method("writeString", WriteString);
  b.Method("writeBuffer", WriteBuffer);
  b.Method("existsSync", Exists);
}

}  // namespace nodus::fs

// internalBinding('fs'): the synchronous file primitives the module loader and stdio need, and the
// request functions behind lib/fs.js.
//
// Request functions take their arguments and, last, an optional FSReqCallback. Without one they
// run synchronously and return the value or a negative errno (a number < 0). With one they are
// queued on the threadpool and return undefined; on completion `req.oncomplete(err, value)` runs
// through MakeCallback, err being 0 or a negative errno. Values: fds and byte counts as numbers,
// stats as a fresh Float64Array (BigInt64Array when asked) of 18 fields in this order: dev, mode,
// nlink, uid, gid, rdev, blksize, ino, size, blocks, then sec/nsec pairs of atime, mtime, ctime,
// birthtime; statfs 7 fields (type, bsize, blocks, bfree, bavail, files, ffree); readdir an
// array of names, or [names, types] with types as UV_DIRENT_* numbers; readlink/realpath/mkdtemp
// a string.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

#include <functional>
#include <memory>

#include "base/binding.h"
#include "base/handle_wrap.h"
#include "base/req_wrap.h"
#include "runtime/callback.h"
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
    err = ReadAll(fd, &data);  // a directory fails its read with EISDIR: no fstat needed
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
enum class Result {
  kUndefined, kNumber, kStat, kBigStat, kStatfs, kBigStatfs, kDir, kDirTypes, kPtrString, kPathString,
  kDirOpen, kDirRead
};

// DirHandle: an open uv_dir_t behind fs.Dir (opendir). `new DirHandle()`, then open(path[, req])
// (the value: the handle itself), read(bufferSize[, req]) (the next batch as [names, types], null
// at the end) and close([req]). One request at a time: another while one runs gets EBUSY, any
// call after close EBADF. A handle collected while open is closed synchronously.
class DirHandle : public BaseObject {
 public:
  DirHandle(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) { MakeWeak(); }
  ~DirHandle() override { CloseNow(); }
  static void New(const Info& info);
  static void Open(const Info& info);
  static void Read(const Info& info);
  static void Close(const Info& info);
  static DirHandle* Idle(const Info& info);
  void CloseNow() {
    if (dir_ == nullptr) return;
    uv_fs_t req;
    uv_fs_closedir(nullptr, &req, dir_, nullptr);
    uv_fs_req_cleanup(&req);
    dir_ = nullptr;
  }
  uv_dir_t* dir_ = nullptr;
  bool busy_ = false;  // an open or read on the threadpool
  std::vector<uv_dirent_t> ents_;
};

class FSReqWrap : public ReqWrap<uv_fs_t> {
 public:
  FSReqWrap(Realm* realm, v8::Local<v8::Object> obj, const char* name)
      : ReqWrap<uv_fs_t>(realm, obj, name) {}
  // FSReqCallback (callback API) and FSReqPromise (fs/promises): the same request, named as
  // node's in process._getActiveRequests()/getActiveResourcesInfo().
  template <bool kPromise>
  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), kPromise
                         ? "Class constructor FSReqPromise cannot be invoked without 'new'"
                         : "Class constructor FSReqCallback cannot be invoked without 'new'");
      return;
    }
    new FSReqWrap(Realm::From(info), info.This(), kPromise ? "FSReqPromise" : "FSReqCallback");
  }
  Result kind = Result::kUndefined;
  bool busy = false;
  std::string data;              // a string being written
  v8::Global<v8::Value> keep;    // a buffer being read into or written from
};

// A stat's 18 fields (see the top of this file) into `d`, as doubles or (big) exact int64s.
void StatFields(const uv_stat_t* st, double* d) {
  const double f[18] = {static_cast<double>(st->st_dev),  static_cast<double>(st->st_mode),
                        static_cast<double>(st->st_nlink), static_cast<double>(st->st_uid),
                        static_cast<double>(st->st_gid),  static_cast<double>(st->st_rdev),
                        static_cast<double>(st->st_blksize), static_cast<double>(st->st_ino),
                        static_cast<double>(st->st_size), static_cast<double>(st->st_blocks),
                        static_cast<double>(st->st_atim.tv_sec), static_cast<double>(st->st_atim.tv_nsec),
                        static_cast<double>(st->st_mtim.tv_sec), static_cast<double>(st->st_mtim.tv_nsec),
                        static_cast<double>(st->st_ctim.tv_sec), static_cast<double>(st->st_ctim.tv_nsec),
                        static_cast<double>(st->st_birthtim.tv_sec),
                        static_cast<double>(st->st_birthtim.tv_nsec)};
  for (int i = 0; i < 18; i++) d[i] = f[i];
}
void StatFields(const uv_stat_t* st, int64_t* d) {
  const uint64_t f[10] = {st->st_dev, st->st_mode, st->st_nlink, st->st_uid, st->st_gid,
                          st->st_rdev, st->st_blksize, st->st_ino, st->st_size, st->st_blocks};
  for (int i = 0; i < 10; i++) d[i] = static_cast<int64_t>(f[i]);
  const uv_timespec_t* ts[4] = {&st->st_atim, &st->st_mtim, &st->st_ctim, &st->st_birthtim};
  for (int i = 0; i < 4; i++) {
    d[10 + 2 * i] = static_cast<int64_t>(ts[i]->tv_sec);
    d[11 + 2 * i] = static_cast<int64_t>(ts[i]->tv_nsec);
  }
}

v8::Local<v8::Value> StatArray(v8::Isolate* isolate, const uv_stat_t* st, bool big) {
  if (big) {
    auto ab = v8::ArrayBuffer::New(isolate, 18 * sizeof(int64_t));
    StatFields(st, static_cast<int64_t*>(ab->Data()));
    return v8::BigInt64Array::New(ab, 0, 18);
  }
  auto ab = v8::ArrayBuffer::New(isolate, 18 * sizeof(double));
  StatFields(st, static_cast<double*>(ab->Data()));
  return v8::Float64Array::New(ab, 0, 18);
}

// The JS value of a finished request (empty on a V8 failure: an exception is pending).
// `target`: the object the request keeps alive (a DirHandle for kDirOpen).
v8::MaybeLocal<v8::Value> ResultValue(v8::Isolate* isolate, uv_fs_t* req, Result kind,
                                      v8::Local<v8::Value> target) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  switch (kind) {
    case Result::kUndefined:
      return v8::Undefined(isolate);
    case Result::kNumber:
      return v8::Number::New(isolate, static_cast<double>(req->result));
    case Result::kStat:
    case Result::kBigStat:
      return StatArray(isolate, &req->statbuf, kind == Result::kBigStat);
    case Result::kStatfs:
    case Result::kBigStatfs: {
      const uv_statfs_t* sf = static_cast<const uv_statfs_t*>(req->ptr);
      uint64_t u[7] = {sf->f_type,  sf->f_bsize, sf->f_blocks, sf->f_bfree,
                       sf->f_bavail, sf->f_files, sf->f_ffree};
      if (kind == Result::kBigStatfs) {
        auto ab = v8::ArrayBuffer::New(isolate, 7 * sizeof(int64_t));
        int64_t* d = static_cast<int64_t*>(ab->Data());
        for (int i = 0; i < 7; i++) d[i] = static_cast<int64_t>(u[i]);
        return v8::BigInt64Array::New(ab, 0, 7);
      }
      auto ab = v8::ArrayBuffer::New(isolate, 7 * sizeof(double));
      double* d = static_cast<double*>(ab->Data());
      for (int i = 0; i < 7; i++) d[i] = static_cast<double>(u[i]);
      return v8::Float64Array::New(ab, 0, 7);
    }
    case Result::kDir:
    case Result::kDirTypes: {
      v8::Local<v8::Array> names = v8::Array::New(isolate);
      v8::Local<v8::Array> types = v8::Array::New(isolate);
      uv_dirent_t ent;
      uint32_t i = 0;
      int r;
      while ((r = uv_fs_scandir_next(req, &ent)) == 0) {
        v8::Local<v8::String> name;
        if (!v8::String::NewFromUtf8(isolate, ent.name).ToLocal(&name)) return {};
        if (names->Set(ctx, i, name).IsNothing()) return {};
        if (types->Set(ctx, i, v8::Integer::New(isolate, ent.type)).IsNothing()) return {};
        i++;
      }
      if (kind == Result::kDir) return names;
      v8::Local<v8::Value> pair[2] = {names, types};
      return v8::Array::New(isolate, pair, 2);
    }
    case Result::kDirOpen: {
      DirHandle* handle = BaseObject::Unwrap<DirHandle>(target);
      handle->dir_ = static_cast<uv_dir_t*>(req->ptr);
      return target;
    }
    case Result::kDirRead: {
      if (req->result == 0) return v8::Null(isolate);
      const uv_dir_t* dir = static_cast<const uv_dir_t*>(req->ptr);
      v8::Local<v8::Array> names = v8::Array::New(isolate);
      v8::Local<v8::Array> types = v8::Array::New(isolate);
      for (uint32_t i = 0; i < static_cast<uint32_t>(req->result); i++) {
        v8::Local<v8::String> name;
        if (!v8::String::NewFromUtf8(isolate, dir->dirents[i].name).ToLocal(&name)) return {};
        if (names->Set(ctx, i, name).IsNothing()) return {};
        if (types->Set(ctx, i, v8::Integer::New(isolate, dir->dirents[i].type)).IsNothing()) return {};
      }
      v8::Local<v8::Value> pair[2] = {names, types};
      return v8::Array::New(isolate, pair, 2);
    }
    case Result::kPtrString:
    case Result::kPathString: {
      const char* s = kind == Result::kPtrString ? static_cast<const char*>(req->ptr) : req->path;
      if (s == nullptr) return v8::Undefined(isolate);
      v8::Local<v8::String> str;
      if (!v8::String::NewFromUtf8(isolate, s).ToLocal(&str)) return {};
      return str;
    }
  }
  return v8::Undefined(isolate);
}

void AfterFs(uv_fs_t* req) {
  FSReqWrap* wrap = static_cast<FSReqWrap*>(ReqWrap<uv_fs_t>::From(req));
  Realm* realm = wrap->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(realm->context());
  v8::Local<v8::Value> argv[2];
  v8::Local<v8::Value> target = wrap->keep.IsEmpty() ? v8::Local<v8::Value>() : wrap->keep.Get(isolate);
  if (wrap->kind == Result::kDirOpen || wrap->kind == Result::kDirRead) {
    BaseObject::Unwrap<DirHandle>(target)->busy_ = false;
  }
  if (req->result < 0) {
    argv[0] = v8::Integer::New(isolate, static_cast<int>(req->result));
    argv[1] = v8::Undefined(isolate);
  } else {
    v8::TryCatch tc(isolate);
    v8::Local<v8::Value> v;
    if (!ResultValue(isolate, req, wrap->kind, target).ToLocal(&v)) {
      argv[0] = v8::Integer::New(isolate, UV_ENOMEM);
      argv[1] = v8::Undefined(isolate);
    } else {
      argv[0] = v8::Integer::New(isolate, 0);
      argv[1] = v;
    }
  }
  uv_fs_req_cleanup(req);
  wrap->keep.Reset();
  wrap->busy = false;
  v8::Local<v8::Object> obj = wrap->object();
  wrap->MakeWeak();
  MakeCallback(realm, obj, "oncomplete", 2, argv);
  if (!wrap->busy) wrap->UnlinkActive();  // listed through its callback, as node's
}

using Starter = std::function<int(uv_loop_t*, uv_fs_t*, uv_fs_cb)>;

// Runs `start` synchronously (no request object at `req_index`) or queues it; true when queued.
bool Run(const Info& info, int req_index, Result kind, const Starter& start,
         v8::Local<v8::Value> keep = v8::Local<v8::Value>(), std::string* data = nullptr) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm* realm = Realm::From(info);
  v8::Local<v8::Value> req_val = info[req_index];
  if (req_val->IsObject()) {
    FSReqWrap* wrap = BaseObject::Unwrap<FSReqWrap>(req_val);
    if (wrap == nullptr || wrap->busy) {
      ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "req must be an unused FSReqCallback");
      return false;
    }
    wrap->kind = kind;
    if (data != nullptr) wrap->data.swap(*data);
    int err = start(realm->loop(), wrap->req(), AfterFs);
    if (err < 0) {
      // Not queued: the caller reports the error on a later tick.
      uv_fs_req_cleanup(wrap->req());
      info.GetReturnValue().Set(err);
      return false;
    }
    if (!keep.IsEmpty()) wrap->keep.Reset(isolate, keep);
    wrap->busy = true;
    wrap->Dispatched();
    return true;
  }
  uv_fs_t req;
  int err = start(realm->loop(), &req, nullptr);
  if (err < 0) {
    uv_fs_req_cleanup(&req);
    info.GetReturnValue().Set(err);
    return false;
  }
  v8::Local<v8::Value> v;
  bool ok = ResultValue(isolate, &req, kind, keep).ToLocal(&v);
  uv_fs_req_cleanup(&req);
  if (ok) info.GetReturnValue().Set(v);
  return false;
}

bool GetFd(const Info& info, int i, int* fd) {
  if (!info[i]->IsInt32() || info[i].As<v8::Int32>()->Value() < 0) {
    ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE", "fd must be a non-negative int32");
    return false;
  }
  *fd = info[i].As<v8::Int32>()->Value();
  return true;
}
int IntArg(const Info& info, int i, int def = 0) {
  return info[i]->IsNumber()
             ? info[i]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(def)
             : def;
}
double NumArg(const Info& info, int i, double def = 0) {
  return info[i]->IsNumber() ? info[i].As<v8::Number>()->Value() : def;
}
// A uid/gid: -1 (leave unchanged) or 0..UINT32_MAX; anything else reads as -1.
uint32_t IdArg(const Info& info, int i) {
  double d = NumArg(info, i, -1);
  if (!(d >= 0 && d <= 4294967295.0)) return static_cast<uint32_t>(-1);
  return static_cast<uint32_t>(d);
}
int64_t PosArg(const Info& info, int i) {
  if (info[i]->IsBigInt()) return info[i].As<v8::BigInt>()->Int64Value();
  if (info[i]->IsNumber()) {
    double d = info[i].As<v8::Number>()->Value();
    if (d >= 0 && d <= 9007199254740991.0) return static_cast<int64_t>(d);
  }
  return -1;
}

#define PATH(i) std::string p##i = Utf8(info.GetIsolate(), info[i]).str()

void Open(const Info& info) {
  PATH(0);
  int flags = IntArg(info, 1), mode = IntArg(info, 2, 0666);
  Run(info, 3, Result::kNumber, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_open(l, r, p0.c_str(), flags | O_CLOEXEC, mode, cb);
  });
}
void Close(const Info& info) {
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  Run(info, 1, Result::kUndefined,
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_close(l, r, fd, cb); });
}
// read(fd, buffer, offset, length, position, req)
void ReadOrWrite(const Info& info, bool is_write) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  if (!info[1]->IsArrayBufferView()) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "buffer must be an ArrayBufferView");
    return;
  }
  auto view = info[1].As<v8::ArrayBufferView>();
  size_t total = view->ByteLength();
  double off = NumArg(info, 2, 0);
  double len = NumArg(info, 3, static_cast<double>(total) - off);
  if (!(off >= 0) || !(len >= 0) || off > total || len > total - off) {
    ThrowCodedError(isolate, "ERR_OUT_OF_RANGE", "offset/length out of range", false);
    return;
  }
  int64_t pos = PosArg(info, 4);
  char* base = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset() +
               static_cast<size_t>(off);
  // One request moves at most INT32_MAX bytes (as the kernel does); callers loop for more.
  if (len > 2147483647.0) len = 2147483647.0;
  uv_buf_t buf = uv_buf_init(base, static_cast<unsigned>(len));
  Run(info, 5, Result::kNumber, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return is_write ? uv_fs_write(l, r, fd, &buf, 1, pos, cb) : uv_fs_read(l, r, fd, &buf, 1, pos, cb);
  }, view);
}
void Read(const Info& info) { ReadOrWrite(info, false); }
void WriteBuf(const Info& info) { ReadOrWrite(info, true); }
// writeStr(fd, string, position, encoding, req): utf8 or latin1.
void WriteStr(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  v8::Local<v8::String> s;
  if (!info[1]->ToString(isolate->GetCurrentContext()).ToLocal(&s)) return;
  int64_t pos = PosArg(info, 2);
  std::string enc = info[3]->IsString() ? Utf8(isolate, info[3]).str() : "";
  std::string data;
  if (enc == "latin1" || enc == "binary") {
    data.resize(s->Length());
    s->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(data.data()), 0, s->Length(),
                    v8::String::NO_NULL_TERMINATION);
  } else {
    data.resize(s->Utf8Length(isolate));
    s->WriteUtf8(isolate, data.data(), static_cast<int>(data.size()), nullptr,
                 v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  bool async = info[4]->IsObject();
  // For the async case the bytes move into the request, which outlives this call.
  std::shared_ptr<uv_buf_t> buf = std::make_shared<uv_buf_t>();
  Run(info, 4, Result::kNumber, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    const std::string& src = async ? static_cast<FSReqWrap*>(ReqWrap<uv_fs_t>::From(r))->data : data;
    *buf = uv_buf_init(const_cast<char*>(src.data()), static_cast<unsigned>(src.size()));
    return uv_fs_write(l, r, fd, buf.get(), 1, pos, cb);
  }, v8::Local<v8::Value>(), async ? &data : nullptr);
}
// stat/lstat/fstat(path | fd, bigint[, req][, into]): synchronously, with `into` (a Float64Array,
// or BigInt64Array for bigint, of 18), the fields go into it and it is returned: no new array per
// call (statSync and friends read it at once).
bool StatInto(const Info& info, int which, bool big) {
  v8::Local<v8::Value> into = info[3];
  if (info[2]->IsObject() || !(big ? into->IsBigInt64Array() : into->IsFloat64Array())) return false;
  auto view = into.As<v8::TypedArray>();
  if (view->Length() < 18) return false;
  uv_fs_t req;
  int err;
  if (which == 2) {
    int fd;
    if (!GetFd(info, 0, &fd)) return true;
    err = uv_fs_fstat(nullptr, &req, fd, nullptr);
  } else {
    PATH(0);
    err = which == 0 ? uv_fs_stat(nullptr, &req, p0.c_str(), nullptr)
                     : uv_fs_lstat(nullptr, &req, p0.c_str(), nullptr);
  }
  if (err < 0) {
    uv_fs_req_cleanup(&req);
    info.GetReturnValue().Set(err);
    return true;
  }
  char* base = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
  if (big) StatFields(&req.statbuf, reinterpret_cast<int64_t*>(base));
  else StatFields(&req.statbuf, reinterpret_cast<double*>(base));
  uv_fs_req_cleanup(&req);
  info.GetReturnValue().Set(into);
  return true;
}
void StatImpl(const Info& info, int which) {
  bool big = info[1]->IsTrue();
  if (StatInto(info, which, big)) return;
  Result k = big ? Result::kBigStat : Result::kStat;
  if (which == 2) {
    int fd;
    if (!GetFd(info, 0, &fd)) return;
    Run(info, 2, k, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_fstat(l, r, fd, cb); });
    return;
  }
  PATH(0);
  Run(info, 2, k, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return which == 0 ? uv_fs_stat(l, r, p0.c_str(), cb) : uv_fs_lstat(l, r, p0.c_str(), cb);
  });
}
void Stat(const Info& info) { StatImpl(info, 0); }
void LStat(const Info& info) { StatImpl(info, 1); }
void FStat(const Info& info) { StatImpl(info, 2); }
void Readdir(const Info& info) {
  PATH(0);
  Result k = info[1]->IsTrue() ? Result::kDirTypes : Result::kDir;
  Run(info, 2, k, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_scandir(l, r, p0.c_str(), 0, cb);
  });
}
void Mkdir(const Info& info) {
  PATH(0);
  int mode = IntArg(info, 1, 0777);
  Run(info, 2, Result::kUndefined,
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_mkdir(l, r, p0.c_str(), mode, cb); });
}
// readv/writev(fd, [views], position, req): one request over all the views.
void Vectored(const Info& info, bool is_write) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  if (!info[1]->IsArray()) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "buffers must be an array");
    return;
  }
  auto arr = info[1].As<v8::Array>();
  uint32_t n = arr->Length();
  if (n > 1024) n = 1024;  // IOV_MAX; callers split larger lists
  std::vector<uv_buf_t> bufs;
  bufs.reserve(n);
  for (uint32_t i = 0; i < n; i++) {
    v8::Local<v8::Value> v;
    if (!arr->Get(ctx, i).ToLocal(&v)) return;
    if (!v->IsArrayBufferView()) {
      ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "buffers must hold ArrayBufferViews");
      return;
    }
    auto view = v.As<v8::ArrayBufferView>();
    size_t len = view->ByteLength();
    if (len > 2147483647) len = 2147483647;
    char* base = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
    bufs.push_back(uv_buf_init(base, static_cast<unsigned>(len)));
  }
  int64_t pos = PosArg(info, 2);
  Run(info, 3, Result::kNumber, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    unsigned nb = static_cast<unsigned>(bufs.size());
    uv_buf_t* b = bufs.data();
    uv_buf_t empty = uv_buf_init(nullptr, 0);
    if (nb == 0) {
      b = &empty;
      nb = 1;
    }
    return is_write ? uv_fs_write(l, r, fd, b, nb, pos, cb) : uv_fs_read(l, r, fd, b, nb, pos, cb);
  }, arr);
}
void Readv(const Info& info) { Vectored(info, false); }
void Writev(const Info& info) { Vectored(info, true); }
void Statfs(const Info& info) {
  PATH(0);
  Result k = info[1]->IsTrue() ? Result::kBigStatfs : Result::kStatfs;
  Run(info, 2, k, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_statfs(l, r, p0.c_str(), cb);
  });
}
#define PATH1(Name, uvfn, kind)                                                              \
  void Name(const Info& info) {                                                               \
    PATH(0);                                                                                  \
    Run(info, 1, kind,                                                                        \
        [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uvfn(l, r, p0.c_str(), cb); });  \
  }
PATH1(Rmdir, uv_fs_rmdir, Result::kUndefined)
PATH1(Unlink, uv_fs_unlink, Result::kUndefined)
PATH1(Readlink, uv_fs_readlink, Result::kPtrString)
PATH1(RealpathReq, uv_fs_realpath, Result::kPtrString)
PATH1(Mkdtemp, uv_fs_mkdtemp, Result::kPathString)
#define PATH2(Name, uvfn)                                                                    \
  void Name(const Info& info) {                                                               \
    PATH(0);                                                                                  \
    PATH(1);                                                                                  \
    Run(info, 2, Result::kUndefined, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {            \
      return uvfn(l, r, p0.c_str(), p1.c_str(), cb);                                          \
    });                                                                                       \
  }
PATH2(Rename, uv_fs_rename)
PATH2(Link, uv_fs_link)
void Symlink(const Info& info) {
  PATH(0);
  PATH(1);
  int flags = IntArg(info, 2);
  Run(info, 3, Result::kUndefined, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_symlink(l, r, p0.c_str(), p1.c_str(), flags, cb);
  });
}
void Copyfile(const Info& info) {
  PATH(0);
  PATH(1);
  int flags = IntArg(info, 2);
  Run(info, 3, Result::kUndefined, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_copyfile(l, r, p0.c_str(), p1.c_str(), flags, cb);
  });
}
void Access(const Info& info) {
  PATH(0);
  int mode = IntArg(info, 1);
  Run(info, 2, Result::kUndefined,
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_access(l, r, p0.c_str(), mode, cb); });
}
void Chmod(const Info& info) {
  PATH(0);
  int mode = IntArg(info, 1);
  Run(info, 2, Result::kUndefined,
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_chmod(l, r, p0.c_str(), mode, cb); });
}
void Fchmod(const Info& info) {
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  int mode = IntArg(info, 1);
  Run(info, 2, Result::kUndefined,
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_fchmod(l, r, fd, mode, cb); });
}
void Chown(const Info& info) {
  PATH(0);
  uv_uid_t uid = static_cast<uv_uid_t>(IdArg(info, 1));
  uv_gid_t gid = static_cast<uv_gid_t>(IdArg(info, 2));
  bool l_ = info[4]->IsTrue();
  Run(info, 3, Result::kUndefined, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return l_ ? uv_fs_lchown(l, r, p0.c_str(), uid, gid, cb) : uv_fs_chown(l, r, p0.c_str(), uid, gid, cb);
  });
}
void Fchown(const Info& info) {
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  uv_uid_t uid = static_cast<uv_uid_t>(IdArg(info, 1));
  uv_gid_t gid = static_cast<uv_gid_t>(IdArg(info, 2));
  Run(info, 3, Result::kUndefined,
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_fchown(l, r, fd, uid, gid, cb); });
}
void Utimes(const Info& info) {
  PATH(0);
  double at = NumArg(info, 1), mt = NumArg(info, 2);
  bool l_ = info[4]->IsTrue();
  Run(info, 3, Result::kUndefined, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return l_ ? uv_fs_lutime(l, r, p0.c_str(), at, mt, cb) : uv_fs_utime(l, r, p0.c_str(), at, mt, cb);
  });
}
void Futimes(const Info& info) {
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  double at = NumArg(info, 1), mt = NumArg(info, 2);
  Run(info, 3, Result::kUndefined,
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_futime(l, r, fd, at, mt, cb); });
}
void Fsync(const Info& info) {
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  bool data = info[2]->IsTrue();
  Run(info, 1, Result::kUndefined, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return data ? uv_fs_fdatasync(l, r, fd, cb) : uv_fs_fsync(l, r, fd, cb);
  });
}
void Ftruncate(const Info& info) {
  int fd;
  if (!GetFd(info, 0, &fd)) return;
  int64_t len = PosArg(info, 1);
  if (len < 0) len = 0;
  Run(info, 2, Result::kUndefined,
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_ftruncate(l, r, fd, len, cb); });
}

void DirHandle::New(const Info& info) {
  if (!info.IsConstructCall()) {
    ThrowTypeError(info.GetIsolate(), "Class constructor DirHandle cannot be invoked without 'new'");
    return;
  }
  new DirHandle(Realm::From(info), info.This());
}
void DirHandle::Open(const Info& info) {
  NODUS_UNWRAP(self, DirHandle, info.This());
  if (self->dir_ != nullptr || self->busy_) {
    info.GetReturnValue().Set(UV_EBUSY);
    return;
  }
  PATH(0);
  self->busy_ = Run(info, 1, Result::kDirOpen, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_opendir(l, r, p0.c_str(), cb);
  }, info.This());
}
// The open, idle handle a read or close works on; otherwise the call returns EBUSY or EBADF.
DirHandle* DirHandle::Idle(const Info& info) {
  DirHandle* self = BaseObject::Unwrap<DirHandle>(info.This());
  if (self == nullptr) {
    ThrowCodedError(info.GetIsolate(), "ERR_INVALID_THIS", "Value of \"this\" must be of type DirHandle");
    return nullptr;
  }
  if (self->busy_ || self->dir_ == nullptr) {
    info.GetReturnValue().Set(self->busy_ ? UV_EBUSY : UV_EBADF);
    return nullptr;
  }
  return self;
}
void DirHandle::Read(const Info& info) {
  DirHandle* self = Idle(info);
  if (self == nullptr) return;
  double n = NumArg(info, 0, 32);
  if (!(n >= 1)) n = 1;
  if (n > 4096) n = 4096;  // a batch; the rest comes with the next read
  self->ents_.resize(static_cast<size_t>(n));
  self->dir_->dirents = self->ents_.data();
  self->dir_->nentries = self->ents_.size();
  uv_dir_t* dir = self->dir_;
  self->busy_ = Run(info, 1, Result::kDirRead, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_readdir(l, r, dir, cb);
  }, info.This());
}
void DirHandle::Close(const Info& info) {
  DirHandle* self = Idle(info);
  if (self == nullptr) return;
  uv_dir_t* dir = self->dir_;
  self->dir_ = nullptr;  // libuv frees it once closed
  Run(info, 0, Result::kUndefined, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_closedir(l, r, dir, cb);
  }, info.This());
}

// StatWatcher: a uv_fs_poll_t behind fs.watchFile(). start(path, interval) returns 0 or a
// negative errno; every change calls onchange(status, curr, prev) with two stat arrays.
class StatWatcher : public HandleWrap {
 public:
  StatWatcher(Realm* realm, v8::Local<v8::Object> obj, bool bigint)
      : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(&handle_), "StatWatcher"),
        bigint_(bigint) {
    uv_fs_poll_init(realm->loop(), &handle_);
  }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor StatWatcher cannot be invoked without 'new'");
      return;
    }
    new StatWatcher(Realm::From(info), info.This(), info[0]->IsTrue());
  }

  static void Start(const Info& info) {
    NODUS_UNWRAP(wrap, StatWatcher, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    if (!info[0]->IsString()) {
      ThrowTypeError(isolate, "path must be a string");
      return;
    }
    v8::String::Utf8Value path(isolate, info[0]);
    if (*path == nullptr) return;
    double interval = info[1]->NumberValue(isolate->GetCurrentContext()).FromMaybe(5007);
    if (!(interval >= 1)) interval = 1;
    if (interval > 0x7fffffff) interval = 0x7fffffff;
    info.GetReturnValue().Set(
        uv_fs_poll_start(&wrap->handle_, OnChange, *path, static_cast<unsigned int>(interval)));
  }

 private:
  static void OnChange(uv_fs_poll_t* handle, int status, const uv_stat_t* prev,
                       const uv_stat_t* curr) {
    StatWatcher* wrap = static_cast<StatWatcher*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    if (!wrap->IsAlive()) return;
    Realm* realm = wrap->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    v8::Local<v8::Value> argv[3] = {
        v8::Integer::New(isolate, status),
        StatArray(isolate, curr, wrap->bigint_),
        StatArray(isolate, prev, wrap->bigint_),
    };
    MakeCallback(realm, wrap->object(), "onchange", 3, argv);
  }

  uv_fs_poll_t handle_;
  bool bigint_;
};
}  // namespace

void Init(Binding& b) {
  b.Method("readFileUtf8", ReadFileUtf8);
  b.Method("internalModuleStat", InternalModuleStat);
  b.Method("realpath", Realpath);
  b.Method("writeString", WriteString);
  b.Method("writeBuffer", WriteBuffer);
  b.Method("existsSync", Exists);
  b.Method("open", Open);
  b.Method("close", Close);
  b.Method("read", Read);
  b.Method("writeBuf", WriteBuf);
  b.Method("writeStr", WriteStr);
  b.Method("stat", Stat);
  b.Method("lstat", LStat);
  b.Method("fstat", FStat);
  b.Method("readdir", Readdir);
  b.Method("mkdir", Mkdir);
  b.Method("rmdir", Rmdir);
  b.Method("unlink", Unlink);
  b.Method("readlink", Readlink);
  b.Method("realpathReq", RealpathReq);
  b.Method("mkdtemp", Mkdtemp);
  b.Method("rename", Rename);
  b.Method("link", Link);
  b.Method("symlink", Symlink);
  b.Method("copyfile", Copyfile);
  b.Method("access", Access);
  b.Method("chmod", Chmod);
  b.Method("fchmod", Fchmod);
  b.Method("chown", Chown);
  b.Method("fchown", Fchown);
  b.Method("utimes", Utimes);
  b.Method("futimes", Futimes);
  b.Method("fsync", Fsync);
  b.Method("ftruncate", Ftruncate);
  b.Method("readv", Readv);
  b.Method("writev", Writev);
  b.Method("statfs", Statfs);
  v8::Local<v8::FunctionTemplate> cls = b.Class("FSReqCallback", FSReqWrap::New<false>);
  b.Install("FSReqCallback", cls);
  b.Install("FSReqPromise", b.Class("FSReqPromise", FSReqWrap::New<true>));
  v8::Local<v8::FunctionTemplate> dir = b.Class("DirHandle", DirHandle::New);
  b.ProtoMethod(dir, "open", DirHandle::Open);
  b.ProtoMethod(dir, "read", DirHandle::Read);
  b.ProtoMethod(dir, "close", DirHandle::Close);
  b.Install("DirHandle", dir);
  v8::Local<v8::FunctionTemplate> watcher = b.Class("StatWatcher", StatWatcher::New);
  HandleWrap::AddMethods(b, watcher);
  b.ProtoMethod(watcher, "start", StatWatcher::Start);
  b.Install("StatWatcher", watcher);
}

}  // namespace nodus::fs

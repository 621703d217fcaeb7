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
      : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(&process_)) {}

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
// The 'advanced' IPC serialization: V8's format with ArrayBufferViews as host objects, written
// as node's child_process serializer does (uint32 0, view type index, byte length, bytes), so
// either end may be node. Buffers (index 10) are Uint8Arrays with the Buffer prototype.
enum ViewType : uint32_t {
  kInt8 = 0, kUint8, kUint8Clamped, kInt16, kUint16, kInt32, kUint32, kFloat32, kFloat64,
  kDataView, kBuffer, kBigInt64, kBigUint64, kViewTypeCount
};

class MessageSerializer : public v8::ValueSerializer::Delegate {
 public:
  MessageSerializer(v8::Isolate* isolate, v8::Local<v8::Value> buffer_proto)
      : isolate_(isolate), buffer_proto_(buffer_proto), ser_(isolate, this) {
    ser_.SetTreatArrayBufferViewsAsHostObjects(true);
  }
  v8::ValueSerializer& ser() { return ser_; }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> err = v8::Exception::Error(message);
    v8::Local<v8::Context> ctx = isolate_->GetCurrentContext();
    SetProp(ctx, err.As<v8::Object>(), "name", Str(isolate_, "DataCloneError"));
    SetProp(ctx, err.As<v8::Object>(), "code", v8::Integer::New(isolate_, 25));
    isolate_->ThrowException(err);
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    if (!object->IsArrayBufferView()) {
      ThrowDataCloneError(Str(isolate, "Unserializable host object"));
      return v8::Nothing<bool>();
    }
    auto view = object.As<v8::ArrayBufferView>();
    uint32_t type;
    if (object->IsInt8Array()) type = kInt8;
    else if (object->IsUint8Array()) type = object->GetPrototype() == buffer_proto_ ? kBuffer : kUint8;
    else if (object->IsUint8ClampedArray()) type = kUint8Clamped;
    else if (object->IsInt16Array()) type = kInt16;
    else if (object->IsUint16Array()) type = kUint16;
    else if (object->IsInt32Array()) type = kInt32;
    else if (object->IsUint32Array()) type = kUint32;
    else if (object->IsFloat32Array()) type = kFloat32;
    else if (object->IsFloat64Array()) type = kFloat64;
    else if (object->IsDataView()) type = kDataView;
    else if (object->IsBigInt64Array()) type = kBigInt64;
    else if (object->IsBigUint64Array()) type = kBigUint64;
    else {
      ThrowDataCloneError(Str(isolate, "Unserializable host object"));
      return v8::Nothing<bool>();
    }
    size_t len = view->ByteLength();
    std::string bytes(len, '\0');
    if (len > 0) view->CopyContents(bytes.data(), len);
    ser_.WriteUint32(0);
    ser_.WriteUint32(type);
    ser_.WriteUint32(static_cast<uint32_t>(len));
    ser_.WriteRawBytes(bytes.data(), len);
    return v8::Just(true);
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Value> buffer_proto_;
  v8::ValueSerializer ser_;
};

class MessageDeserializer : public v8::ValueDeserializer::Delegate {
 public:
  MessageDeserializer(v8::Isolate* isolate, const uint8_t* data, size_t size,
                      v8::Local<v8::Value> buffer_proto)
      : isolate_(isolate), buffer_proto_(buffer_proto), des_(isolate, data, size, this) {}
  v8::ValueDeserializer& des() { return des_; }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t kind, type, len;
    const void* data;
    if (!des_.ReadUint32(&kind) || kind != 0 || !des_.ReadUint32(&type) ||
        type >= kViewTypeCount || !des_.ReadUint32(&len) || !des_.ReadRawBytes(len, &data)) {
      isolate->ThrowException(v8::Exception::Error(Str(isolate, "Unable to deserialize cloned data.")));
      return {};
    }
    auto ab = v8::ArrayBuffer::New(isolate, len);
    if (len > 0) memcpy(ab->GetBackingStore()->Data(), data, len);
    static const size_t kElementSize[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 1, 1, 8, 8};
    if (len % kElementSize[type] != 0) {
      isolate->ThrowException(v8::Exception::Error(Str(isolate, "Unable to deserialize cloned data.")));
      return {};
    }
    size_t n = len / kElementSize[type];
    switch (type) {
      case kInt8: return v8::Int8Array::New(ab, 0, n);
      case kUint8: return v8::Uint8Array::New(ab, 0, n);
      case kUint8Clamped: return v8::Uint8ClampedArray::New(ab, 0, n);
      case kInt16: return v8::Int16Array::New(ab, 0, n);
      case kUint16: return v8::Uint16Array::New(ab, 0, n);
      case kInt32: return v8::Int32Array::New(ab, 0, n);
      case kUint32: return v8::Uint32Array::New(ab, 0, n);
      case kFloat32: return v8::Float32Array::New(ab, 0, n);
      case kFloat64: return v8::Float64Array::New(ab, 0, n);
      case kDataView: return v8::DataView::New(ab, 0, n);
      case kBigInt64: return v8::BigInt64Array::New(ab, 0, n);
      case kBigUint64: return v8::BigUint64Array::New(ab, 0, n);
      default: {
        v8::Local<v8::Uint8Array> buf = v8::Uint8Array::New(ab, 0, n);
        if (buffer_proto_->IsObject() &&
            buf->SetPrototype(isolate->GetCurrentContext(), buffer_proto_).IsNothing()) {
          return {};
        }
        return buf;
      }
    }
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Value> buffer_proto_;
  v8::ValueDeserializer des_;
};

// serializeMessage(value, Buffer.prototype) -> Uint8Array (header + value).
void SerializeMessage(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  MessageSerializer s(isolate, info[1]);
  s.ser().WriteHeader();
  if (s.ser().WriteValue(ctx, info[0]).IsNothing()) return;
  std::pair<uint8_t*, size_t> data = s.ser().Release();
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data.first, data.second, [](void* p, size_t, void*) { free(p); }, nullptr);
  auto ab = v8::ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, data.second));
}

// deserializeMessage(bytes, Buffer.prototype) -> value.
void DeserializeMessage(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  if (!info[0]->IsArrayBufferView()) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be a view");
    return;
  }
  auto view = info[0].As<v8::ArrayBufferView>();
  std::string bytes(view->ByteLength(), '\0');
  if (!bytes.empty()) view->CopyContents(bytes.data(), bytes.size());
  MessageDeserializer d(isolate, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(),
                        info[1]);
  // A bad header throws (V8's DataCloneError) and leaves the exception pending.
  if (!d.des().ReadHeader(ctx).FromMaybe(false)) return;
  v8::Local<v8::Value> value;
  if (d.des().ReadValue(ctx).ToLocal(&value)) info.GetReturnValue().Set(value);
}
}  // namespace

void Init(Binding& b) {
  b.Method("serializeMessage", SerializeMessage);
  b.Method("deserializeMessage", DeserializeMessage);
  v8::Local<v8::FunctionTemplate> cls = b.Class("Process", ProcessWrap::New);
  HandleWrap::AddMethods(b, cls);
  b.ProtoMethod(cls, "close", ProcessWrap::CloseMethod);
  b.ProtoMethod(cls, "spawn", ProcessWrap::Spawn);
  b.ProtoMethod(cls, "kill", ProcessWrap::Kill);
  b.Install("Process", cls);
}

}  // namespace nodus::process_wrap

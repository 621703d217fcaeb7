// internalBinding('serdes'): V8's ValueSerializer/ValueDeserializer as the classes behind
// v8.Serializer and v8.Deserializer. The delegate calls back into the JS object: a serializer's
// `_writeHostObject(obj)`, `_getSharedArrayBufferId(sab)` and `_getDataCloneError` (an error
// constructor), a deserializer's `_readHostObject()`.
#include <cstring>
#include <string>

#include "base/base_object.h"
#include "base/binding.h"
#include "runtime/realm.h"

namespace nodus::serdes {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

v8::MaybeLocal<v8::Value> CallMethod(v8::Isolate* isolate, v8::Local<v8::Object> self,
                                     const char* name, int argc, v8::Local<v8::Value>* argv,
                                     bool* missing) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Value> fn;
  if (!self->Get(ctx, InternalizedStr(isolate, name)).ToLocal(&fn)) return {};
  if (!fn->IsFunction()) {
    *missing = true;
    return {};
  }
  return fn.As<v8::Function>()->Call(ctx, self, argc, argv);
}

class SerializerContext : public BaseObject, public v8::ValueSerializer::Delegate {
 public:
  SerializerContext(Realm* realm, v8::Local<v8::Object> obj)
      : BaseObject(realm, obj), ser_(realm->isolate(), this) {
    MakeWeak();
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Isolate* isolate = this->isolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    v8::Local<v8::Value> ctor;
    v8::Local<v8::Value> err;
    if (!object()->Get(ctx, InternalizedStr(isolate, "_getDataCloneError")).ToLocal(&ctor)) return;
    if (ctor->IsFunction()) {
      v8::Local<v8::Value> arg = message;
      if (!ctor.As<v8::Function>()->NewInstance(ctx, 1, &arg).ToLocal(&err)) return;
    } else {
      err = v8::Exception::Error(message);
    }
    isolate->ThrowException(err);
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> input) override {
    bool missing = false;
    v8::Local<v8::Value> arg = input;
    v8::Local<v8::Value> ret;
    if (!CallMethod(isolate, object(), "_writeHostObject", 1, &arg, &missing).ToLocal(&ret)) {
      if (missing) return v8::ValueSerializer::Delegate::WriteHostObject(isolate, input);
      return v8::Nothing<bool>();
    }
    return v8::Just(true);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer> sab) override {
    bool missing = false;
    v8::Local<v8::Value> arg = sab;
    v8::Local<v8::Value> ret;
    if (!CallMethod(isolate, object(), "_getSharedArrayBufferId", 1, &arg, &missing)
             .ToLocal(&ret)) {
      if (missing) return v8::ValueSerializer::Delegate::GetSharedArrayBufferId(isolate, sab);
      return v8::Nothing<uint32_t>();
    }
    return ret->Uint32Value(isolate->GetCurrentContext());
  }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowCodedError(info.GetIsolate(), "ERR_CONSTRUCT_CALL_REQUIRED",
                      "Class constructor Serializer cannot be invoked without 'new'");
      return;
    }
    new SerializerContext(Realm::From(info), info.This());
  }
  static void WriteHeader(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    self->ser_.WriteHeader();
  }
  static void WriteValue(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    v8::Maybe<bool> ok = self->ser_.WriteValue(info.GetIsolate()->GetCurrentContext(), info[0]);
    if (ok.IsJust()) info.GetReturnValue().Set(ok.FromJust());
  }
  // -> Uint8Array over the serialized bytes (lib/v8.js makes it a Buffer).
  static void ReleaseBuffer(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    std::pair<uint8_t*, size_t> data = self->ser_.Release();
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        data.first, data.second, [](void* p, size_t, void*) { free(p); }, nullptr);
    auto ab = v8::ArrayBuffer::New(info.GetIsolate(), std::move(store));
    info.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, data.second));
  }
  static void TransferArrayBuffer(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
    uint32_t id;
    if (!info[0]->Uint32Value(ctx).To(&id)) return;
    if (!info[1]->IsArrayBuffer()) {
      ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE", "arrayBuffer must be an ArrayBuffer");
      return;
    }
    self->ser_.TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
  }
  static void WriteUint32(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    uint32_t v;
    if (info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).To(&v)) self->ser_.WriteUint32(v);
  }
  static void WriteUint64(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
    uint32_t hi, lo;
    if (!info[0]->Uint32Value(ctx).To(&hi) || !info[1]->Uint32Value(ctx).To(&lo)) return;
    self->ser_.WriteUint64((static_cast<uint64_t>(hi) << 32) | lo);
  }
  static void WriteDouble(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    double v;
    if (info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).To(&v)) self->ser_.WriteDouble(v);
  }
  static void WriteRawBytes(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    if (!info[0]->IsArrayBufferView()) {
      ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE",
                      "source must be a TypedArray or a DataView");
      return;
    }
    auto view = info[0].As<v8::ArrayBufferView>();
    std::string bytes(view->ByteLength(), '\0');
    if (!bytes.empty()) view->CopyContents(bytes.data(), bytes.size());
    self->ser_.WriteRawBytes(bytes.data(), bytes.size());
  }
  static void SetTreatViews(const Info& info) {
    NODUS_UNWRAP(self, SerializerContext, info.This());
    self->ser_.SetTreatArrayBufferViewsAsHostObjects(info[0]->BooleanValue(info.GetIsolate()));
  }

 private:
  v8::ValueSerializer ser_;
};

class DeserializerContext : public BaseObject, public v8::ValueDeserializer::Delegate {
 public:
  // The bytes are copied: the deserializer never reads memory JS can detach or resize.
  DeserializerContext(Realm* realm, v8::Local<v8::Object> obj, std::string bytes)
      : BaseObject(realm, obj),
        data_(std::move(bytes)),
        des_(realm->isolate(), reinterpret_cast<const uint8_t*>(data_.data()), data_.size(),
             this) {
    MakeWeak();
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    // V8 10.2 forbids JS while it deserializes; node's delegate is JS, so allow it here.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    bool missing = false;
    v8::Local<v8::Value> ret;
    if (!CallMethod(isolate, object(), "_readHostObject", 0, nullptr, &missing).ToLocal(&ret)) {
      if (missing) return v8::ValueDeserializer::Delegate::ReadHostObject(isolate);
      return {};
    }
    if (!ret->IsObject()) {
      ThrowTypeError(isolate, "readHostObject must return an object");
      return {};
    }
    return ret.As<v8::Object>();
  }

  static void New(const Info& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      ThrowCodedError(isolate, "ERR_CONSTRUCT_CALL_REQUIRED",
                      "Class constructor Deserializer cannot be invoked without 'new'");
      return;
    }
    if (!info[0]->IsArrayBufferView()) {
      ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "buffer must be a TypedArray or a DataView");
      return;
    }
    auto view = info[0].As<v8::ArrayBufferView>();
    std::string bytes(view->ByteLength(), '\0');
    if (!bytes.empty()) view->CopyContents(bytes.data(), bytes.size());
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (info.This()
            ->DefineOwnProperty(ctx, InternalizedStr(isolate, "buffer"), info[0])
            .IsNothing())
      return;
    new DeserializerContext(Realm::From(info), info.This(), std::move(bytes));
  }
  static void ReadHeader(const Info& info) {
    NODUS_UNWRAP(self, DeserializerContext, info.This());
    v8::Maybe<bool> ok = self->des_.ReadHeader(info.GetIsolate()->GetCurrentContext());
    if (ok.IsJust()) info.GetReturnValue().Set(ok.FromJust());
  }
  static void ReadValue(const Info& info) {
    NODUS_UNWRAP(self, DeserializerContext, info.This());
    v8::Local<v8::Value> v;
    if (self->des_.ReadValue(info.GetIsolate()->GetCurrentContext()).ToLocal(&v))
      info.GetReturnValue().Set(v);
  }
  static void TransferArrayBuffer(const Info& info) {
    NODUS_UNWRAP(self, DeserializerContext, info.This());
    v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
    uint32_t id;
    if (!info[0]->Uint32Value(ctx).To(&id)) return;
    if (info[1]->IsArrayBuffer()) {
      self->des_.TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
    } else if (info[1]->IsSharedArrayBuffer()) {
      self->des_.TransferSharedArrayBuffer(id, info[1].As<v8::SharedArrayBuffer>());
    } else {
      ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE",
                      "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
    }
  }
  static void GetWireFormatVersion(const Info& info) {
    NODUS_UNWRAP(self, DeserializerContext, info.This());
    info.GetReturnValue().Set(self->des_.GetWireFormatVersion());
  }
  static void ReadUint32(const Info& info) {
    NODUS_UNWRAP(self, DeserializerContext, info.This());
    uint32_t v;
    if (!self->des_.ReadUint32(&v)) return ThrowError(info.GetIsolate(), "ReadUint32() failed");
    info.GetReturnValue().Set(v);
  }
  static void ReadUint64(const Info& info) {
    NODUS_UNWRAP(self, DeserializerContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    uint64_t v;
    if (!self->des_.ReadUint64(&v)) return ThrowError(isolate, "ReadUint64() failed");
    v8::Local<v8::Value> parts[] = {v8::Integer::NewFromUnsigned(isolate, uint32_t(v >> 32)),
                                    v8::Integer::NewFromUnsigned(isolate, uint32_t(v))};
    info.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
  }
  static void ReadDouble(const Info& info) {
    NODUS_UNWRAP(self, DeserializerContext, info.This());
    double v;
    if (!self->des_.ReadDouble(&v)) return ThrowError(info.GetIsolate(), "ReadDouble() failed");
    info.GetReturnValue().Set(v);
  }
  // _readRawBytes(length) -> offset of the bytes in `this.buffer`.
  static void ReadRawBytes(const Info& info) {
    NODUS_UNWRAP(self, DeserializerContext, info.This());
    int64_t len;
    if (!info[0]->IntegerValue(info.GetIsolate()->GetCurrentContext()).To(&len)) return;
    const void* data;
    if (len < 0 || !self->des_.ReadRawBytes(static_cast<size_t>(len), &data))
      return ThrowError(info.GetIsolate(), "ReadRawBytes() failed");
    info.GetReturnValue().Set(static_cast<double>(static_cast<const char*>(data) - self->data_.data()));
  }

 private:
  std::string data_;
  v8::ValueDeserializer des_;
};
}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> ser = b.Class("Serializer", SerializerContext::New);
  b.ProtoMethod(ser, "writeHeader", SerializerContext::WriteHeader);
  b.ProtoMethod(ser, "writeValue", SerializerContext::WriteValue);
  b.ProtoMethod(ser, "releaseBuffer", SerializerContext::ReleaseBuffer);
  b.ProtoMethod(ser, "transferArrayBuffer", SerializerContext::TransferArrayBuffer);
  b.ProtoMethod(ser, "writeUint32", SerializerContext::WriteUint32);
  b.ProtoMethod(ser, "writeUint64", SerializerContext::WriteUint64);
  b.ProtoMethod(ser, "writeDouble", SerializerContext::WriteDouble);
  b.ProtoMethod(ser, "writeRawBytes", SerializerContext::WriteRawBytes);
  b.ProtoMethod(ser, "_setTreatArrayBufferViewsAsHostObjects", SerializerContext::SetTreatViews);
  b.Install("Serializer", ser);

  v8::Local<v8::FunctionTemplate> des = b.Class("Deserializer", DeserializerContext::New);
  b.ProtoMethod(des, "readHeader", DeserializerContext::ReadHeader);
  b.ProtoMethod(des, "readValue", DeserializerContext::ReadValue);
  b.ProtoMethod(des, "getWireFormatVersion", DeserializerContext::GetWireFormatVersion);
  b.ProtoMethod(des, "transferArrayBuffer", DeserializerContext::TransferArrayBuffer);
  b.ProtoMethod(des, "readUint32", DeserializerContext::ReadUint32);
  b.ProtoMethod(des, "readUint64", DeserializerContext::ReadUint64);
  b.ProtoMethod(des, "readDouble", DeserializerContext::ReadDouble);
  b.ProtoMethod(des, "_readRawBytes", DeserializerContext::ReadRawBytes);
  b.Install("Deserializer", des);
}

}  // namespace nodus::serdes

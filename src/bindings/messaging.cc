// internalBinding('messaging'): structuredClone over V8's serializer, with transfer lists.
#include <vector>

#include "base/binding.h"

namespace nodus::messaging {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit SerializerDelegate(v8::Isolate* isolate) : isolate_(isolate) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> err = v8::Exception::Error(message);
    v8::Local<v8::Context> ctx = isolate_->GetCurrentContext();
    SetProp(ctx, err.As<v8::Object>(), "name", Str(isolate_, "DataCloneError"));
    SetProp(ctx, err.As<v8::Object>(), "code", v8::Integer::New(isolate_, 25));
    isolate_->ThrowException(err);
  }
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*,
                                             v8::Local<v8::SharedArrayBuffer> sab) override {
    for (size_t i = 0; i < sabs_.size(); i++) {
      if (sabs_[i] == sab) return v8::Just(static_cast<uint32_t>(i));
    }
    sabs_.push_back(sab);
    return v8::Just(static_cast<uint32_t>(sabs_.size() - 1));
  }
  std::vector<v8::Local<v8::SharedArrayBuffer>> sabs_;

 private:
  v8::Isolate* isolate_;
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit DeserializerDelegate(std::vector<v8::Local<v8::SharedArrayBuffer>>* sabs) : sabs_(sabs) {}
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate*,
                                                                    uint32_t id) override {
    if (id < sabs_->size()) return (*sabs_)[id];
    return {};
  }

 private:
  std::vector<v8::Local<v8::SharedArrayBuffer>>* sabs_;
};

// structuredClone(value, transferList) -> clone
void StructuredClone(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  std::vector<v8::Local<v8::ArrayBuffer>> transfer;
  if (info[1]->IsArray()) {
    auto arr = info[1].As<v8::Array>();
    for (uint32_t i = 0; i < arr->Length(); i++) {
      v8::Local<v8::Value> v;
      if (!arr->Get(ctx, i).ToLocal(&v)) return;
      if (!v->IsArrayBuffer()) {
        SerializerDelegate(isolate).ThrowDataCloneError(
            Str(isolate, "Value not transferable"));
        return;
      }
      auto ab = v.As<v8::ArrayBuffer>();
      for (auto& t : transfer) {
        if (t == ab) {
          SerializerDelegate(isolate).ThrowDataCloneError(
              Str(isolate, "ArrayBuffer occurs in the transfer array more than once"));
          return;
        }
      }
      if (!ab->IsDetachable()) {
        SerializerDelegate(isolate).ThrowDataCloneError(
            Str(isolate, "An ArrayBuffer is detached and could not be cloned."));
        return;
      }
      transfer.push_back(ab);
    }
  }
  SerializerDelegate sdel(isolate);
  v8::ValueSerializer ser(isolate, &sdel);
  ser.WriteHeader();
  for (size_t i = 0; i < transfer.size(); i++) ser.TransferArrayBuffer(i, transfer[i]);
  if (ser.WriteValue(ctx, info[0]).IsNothing()) return;
  std::pair<uint8_t*, size_t> data = ser.Release();
  std::vector<std::shared_ptr<v8::BackingStore>> stores;
  for (auto& ab : transfer) {
    stores.push_back(ab->GetBackingStore());
    ab->Detach();
  }
  DeserializerDelegate ddel(&sdel.sabs_);
  v8::ValueDeserializer des(isolate, data.first, data.second, &ddel);
  for (size_t i = 0; i < stores.size(); i++) {
    des.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, stores[i]));
  }
  v8::Local<v8::Value> result;
  bool ok = des.ReadHeader(ctx).FromMaybe(false) && des.ReadValue(ctx).ToLocal(&result);
  free(data.first);
  if (ok) info.GetReturnValue().Set(result);
}
}  // namespace

void Init(Binding& b) { b.Method("structuredClone", StructuredClone); }

}  // namespace nodus::messaging

#include "runtime/message_port.h"

#include <cstring>

#include "base/v8_helpers.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

thread_local bool g_constructing = false;

// The host-object tag of a cloned JSTransferable; MessagePorts are written as their index in the
// transfer list.
constexpr uint32_t kClonedObject = 0xffffffff;

struct PortData : BindingDataBase {
  explicit PortData(Realm*) {}
  v8::Global<v8::FunctionTemplate> tmpl;
  v8::Global<v8::Function> emit;  // emitMessage(port, value, kind): 0 message, 1 messageerror, 2 close
  v8::Global<v8::Function> init;  // initPort(port)
  // JS objects that can be cloned (KeyObject, CryptoKey, BlockList, ...) derive from the
  // JSTransferable class so that V8 hands them to the delegate as host objects.
  v8::Global<v8::FunctionTemplate> transferable;
  v8::Global<v8::Function> clone;        // clone(obj) -> [deserializeInfo, data]
  v8::Global<v8::Function> deserialize;  // deserialize(deserializeInfo, data) -> obj
  std::vector<MessagePort*> ports;  // the live ports of this realm
};

void ThrowDataClone(v8::Isolate* isolate, std::string_view msg) {
  v8::Local<v8::Value> err = v8::Exception::Error(Str(isolate, msg));
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  SetProp(ctx, err.As<v8::Object>(), "name", Str(isolate, "DataCloneError"));
  SetProp(ctx, err.As<v8::Object>(), "code", v8::Integer::New(isolate, 25));
  isolate->ThrowException(err);
}

class Serializer : public v8::ValueSerializer::Delegate {
 public:
  Serializer(v8::Isolate* isolate, std::vector<MessagePort*>* ports) : isolate_(isolate), ports_(ports) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    ThrowDataClone(isolate_, Utf8(isolate_, message).view());
  }
  // The handle V8 passes here may live in a scope of the serializer's own: the backing store is
  // taken at once (one id per store: the same SharedArrayBuffer twice is one entry).
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*,
                                             v8::Local<v8::SharedArrayBuffer> sab) override {
    std::shared_ptr<v8::BackingStore> store = sab->GetBackingStore();
    for (size_t i = 0; i < sab_stores.size(); i++) {
      if (sab_stores[i] == store) return v8::Just(static_cast<uint32_t>(i));
    }
    sab_stores.push_back(std::move(store));
    return v8::Just(static_cast<uint32_t>(sab_stores.size() - 1));
  }
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    Realm* realm = Realm::From(isolate);
    PortData* pd = realm->BindingData<PortData>();
    if (!pd->transferable.IsEmpty() && !pd->clone.IsEmpty() &&
        pd->transferable.Get(isolate)->HasInstance(object)) {
      return WriteCloned(isolate, pd, object);
    }
    MessagePort* port = MessagePort::FromValue(realm, object);
    for (size_t i = 0; port != nullptr && i < ports_->size(); i++) {
      if ((*ports_)[i] == port) {
        serializer->WriteUint32(static_cast<uint32_t>(i));
        return v8::Just(true);
      }
    }
    if (port != nullptr) {
      ThrowDataClone(isolate, "Object that needs transfer was found in message but not listed in transferList");
    } else {
      ThrowDataClone(isolate, "Cannot clone object of unsupported type.");
    }
    return v8::Nothing<bool>();
  }
  v8::ValueSerializer* serializer = nullptr;
  std::vector<std::shared_ptr<v8::BackingStore>> sab_stores;

 private:
  // The JS clone hook describes the object as [deserializeInfo, data], serialized as a message
  // of its own (data may hold other clonable objects).
  v8::Maybe<bool> WriteCloned(v8::Isolate* isolate, PortData* pd, v8::Local<v8::Object> object) {
    Realm* realm = Realm::From(isolate);
    v8::Local<v8::Value> arg = object;
    v8::Local<v8::Value> desc;
    if (!pd->clone.Get(isolate)->Call(realm->context(), v8::Undefined(isolate), 1, &arg)
             .ToLocal(&desc)) {
      return v8::Nothing<bool>();
    }
    auto msg = std::make_unique<Message>();
    if (!msg->Serialize(realm, desc, v8::Undefined(isolate), nullptr)) return v8::Nothing<bool>();
    serializer->WriteUint32(kClonedObject);
    serializer->WriteUint32(static_cast<uint32_t>(clones->size()));
    clones->push_back(std::move(msg));
    return v8::Just(true);
  }

 public:
  std::vector<std::unique_ptr<Message>>* clones = nullptr;

 private:
  v8::Isolate* isolate_;
  std::vector<MessagePort*>* ports_;
};

class Deserializer : public v8::ValueDeserializer::Delegate {
 public:
  explicit Deserializer(Message* msg) : msg_(msg) {}
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                    uint32_t id) override {
    if (id >= msg_->shared.size()) return {};
    return v8::SharedArrayBuffer::New(isolate, msg_->shared[id]);
  }
  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t index;
    if (!deserializer->ReadUint32(&index)) index = kClonedObject - 1;  // out of range below
    if (index == kClonedObject) {
      if (!deserializer->ReadUint32(&index) || index >= clones.size()) {
        ThrowError(isolate, "Unable to deserialize cloned data.");
        return {};
      }
      return clones[index];
    }
    if (index >= ports.size()) {
      ThrowError(isolate, "Unable to deserialize cloned data.");
      return {};
    }
    return ports[index];
  }
  v8::ValueDeserializer* deserializer = nullptr;
  std::vector<v8::Local<v8::Object>> ports;
  std::vector<v8::Local<v8::Object>> clones;

 private:
  Message* msg_;
};

}  // namespace

bool Message::Serialize(Realm* realm, v8::Local<v8::Value> value,
                        v8::Local<v8::Value> transfer_list, MessagePort* sender) {
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::Context> ctx = realm->context();
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  std::vector<MessagePort*> ports;
  if (transfer_list->IsArray()) {
    auto arr = transfer_list.As<v8::Array>();
    for (uint32_t i = 0; i < arr->Length(); i++) {
      v8::Local<v8::Value> v;
      if (!arr->Get(ctx, i).ToLocal(&v)) return false;
      if (v->IsArrayBuffer()) {
        auto ab = v.As<v8::ArrayBuffer>();
        for (auto& b : buffers) {
          if (b == ab) {
            ThrowDataClone(isolate, "Transfer list contains duplicate ArrayBuffer");
            return false;
          }
        }
        if (!ab->IsDetachable()) {
          ThrowDataClone(isolate, "An ArrayBuffer is detached and could not be cloned.");
          return false;
        }
        buffers.push_back(ab);
        continue;
      }
      MessagePort* port = MessagePort::FromValue(realm, v);
      if (port != nullptr) {
        if (port == sender) {
          ThrowDataClone(isolate, "Transfer list contains source port");
          return false;
        }
        if (port->detached() || !port->IsAlive()) {
          ThrowDataClone(isolate, "MessagePort in transfer list is already detached");
          return false;
        }
        for (auto* p : ports) {
          if (p == port) {
            ThrowDataClone(isolate, "Transfer list contains duplicate MessagePort");
            return false;
          }
        }
        ports.push_back(port);
        continue;
      }
      ThrowDataClone(isolate, "Found invalid value in transferList.");
      return false;
    }
  }
  Serializer delegate(isolate, &ports);
  v8::ValueSerializer ser(isolate, &delegate);
  delegate.serializer = &ser;
  delegate.clones = &clones;
  ser.WriteHeader();
  for (size_t i = 0; i < buffers.size(); i++) ser.TransferArrayBuffer(i, buffers[i]);
  if (ser.WriteValue(ctx, value).IsNothing()) return false;
  std::pair<uint8_t*, size_t> bytes = ser.Release();
  data.assign(bytes.first, bytes.first + bytes.second);
  free(bytes.first);
  for (auto& ab : buffers) {
    transferred.push_back(ab->GetBackingStore());
    ab->Detach();
  }
  for (auto& store : delegate.sab_stores) shared.push_back(store);
  for (auto* port : ports) this->ports.push_back(port->Detach());
  return true;
}

// Rebuilds the cloned objects through the JS deserialize hook (outside V8's deserializer, which
// may not run JS).
static bool DeserializeClones(Realm* realm, std::vector<std::unique_ptr<Message>>* clones,
                              std::vector<v8::Local<v8::Object>>* out) {
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::Context> ctx = realm->context();
  PortData* pd = realm->BindingData<PortData>();
  if (pd->deserialize.IsEmpty()) {
    ThrowError(isolate, "Unable to deserialize cloned data.");
    return false;
  }
  for (auto& msg : *clones) {
    v8::Local<v8::Value> desc, args[2], obj;
    if (!msg->Deserialize(realm).ToLocal(&desc)) return false;
    if (!desc->IsArray() || desc.As<v8::Array>()->Length() != 2) {
      ThrowError(isolate, "Unable to deserialize cloned data.");
      return false;
    }
    if (!desc.As<v8::Array>()->Get(ctx, 0).ToLocal(&args[0]) ||
        !desc.As<v8::Array>()->Get(ctx, 1).ToLocal(&args[1])) {
      return false;
    }
    if (!pd->deserialize.Get(isolate)->Call(ctx, v8::Undefined(isolate), 2, args).ToLocal(&obj)) {
      return false;
    }
    if (!obj->IsObject()) {
      ThrowError(isolate, "Unable to deserialize cloned data.");
      return false;
    }
    out->push_back(obj.As<v8::Object>());
  }
  clones->clear();
  return true;
}

v8::MaybeLocal<v8::Value> Message::Deserialize(Realm* realm) {
  v8::Isolate* isolate = realm->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  Deserializer delegate(this);
  for (auto& ref : ports) {
    v8::Local<v8::Object> obj;
    if (!NewPortObject(realm, ref).ToLocal(&obj)) return {};
    delegate.ports.push_back(obj);
  }
  ports.clear();
  if (!clones.empty() && !DeserializeClones(realm, &clones, &delegate.clones)) return {};
  v8::ValueDeserializer des(isolate, data.data(), data.size(), &delegate);
  delegate.deserializer = &des;
  for (size_t i = 0; i < transferred.size(); i++) {
    des.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, transferred[i]));
  }
  v8::Local<v8::Value> result;
  if (!des.ReadHeader(ctx).FromMaybe(false) || !des.ReadValue(ctx).ToLocal(&result)) return {};
  return scope.Escape(result);
}

// ---- MessagePort ----------------------------------------------------------------------------

MessagePort::MessagePort(Realm* realm, v8::Local<v8::Object> obj, PortRef ref)
    : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(&async_), "MessagePort"),
      ref_(std::move(ref)) {
  uv_async_init(realm->loop(), &async_, OnAsync);
  async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
  realm->BindingData<PortData>()->ports.push_back(this);
  bool pending = false;
  {
    std::lock_guard<std::mutex> lock(ref_.channel->mutex);
    ref_.channel->ends[ref_.side].owner = this;
    pending = !ref_.channel->ends[ref_.side].queue.empty() || ref_.channel->closed;
  }
  if (pending) uv_async_send(&async_);
}

MessagePort::~MessagePort() {
  auto& list = realm()->BindingData<PortData>()->ports;
  for (size_t i = 0; i < list.size(); i++) {
    if (list[i] == this) {
      list.erase(list.begin() + i);
      break;
    }
  }
}

void CloseAllPorts(Realm* realm) {
  std::vector<MessagePort*> ports = realm->BindingData<PortData>()->ports;
  for (MessagePort* port : ports) {
    port->CloseChannel();
  }
}

// May run on another thread (under the channel's mutex, while this port owns its end).
void MessagePort::Wake() { uv_async_send(&async_); }

bool MessagePort::Post(std::unique_ptr<Message> msg) {
  if (!ref_.channel) return false;
  std::lock_guard<std::mutex> lock(ref_.channel->mutex);
  if (ref_.channel->closed) return false;
  Channel::End& peer = ref_.channel->ends[1 - ref_.side];
  peer.queue.push_back(std::move(msg));
  if (peer.owner != nullptr) peer.owner->Wake();
  return true;
}

PortRef MessagePort::Detach() {
  PortRef out = std::move(ref_);
  ref_ = PortRef();
  if (out.channel) {
    std::lock_guard<std::mutex> lock(out.channel->mutex);
    out.channel->ends[out.side].owner = nullptr;
  }
  close_emitted_ = true;  // a transferred port closes silently
  Close();
  return out;
}

void MessagePort::CloseChannel() {
  if (ref_.channel) {
    std::lock_guard<std::mutex> lock(ref_.channel->mutex);
    ref_.channel->closed = true;
    ref_.channel->ends[ref_.side].owner = nullptr;
    Channel::End& peer = ref_.channel->ends[1 - ref_.side];
    if (peer.owner != nullptr) peer.owner->Wake();
  }
  ref_ = PortRef();
}

void MessagePort::OnClose() {
  if (ref_.channel) {
    std::lock_guard<std::mutex> lock(ref_.channel->mutex);
    if (ref_.channel->ends[ref_.side].owner == this) ref_.channel->ends[ref_.side].owner = nullptr;
  }
}

std::unique_ptr<Message> MessagePort::TakeOne() {
  if (!ref_.channel) return nullptr;
  std::lock_guard<std::mutex> lock(ref_.channel->mutex);
  auto& q = ref_.channel->ends[ref_.side].queue;
  if (q.empty()) return nullptr;
  std::unique_ptr<Message> m = std::move(q.front());
  q.pop_front();
  return m;
}

void MessagePort::OnAsync(uv_async_t* handle) {
  static_cast<MessagePort*>(handle->data)->Drain();
}

void MessagePort::Drain() {
  Realm* realm = this->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(realm->context());
  PortData* pd = realm->BindingData<PortData>();
  if (pd->emit.IsEmpty()) return;
  // Bounded per wake-up so a flood of messages cannot starve the loop.
  for (int n = 0; n < 1000 && IsAlive() && ref_.channel; n++) {
    bool closed;
    bool empty;
    std::unique_ptr<Message> msg;
    {
      std::lock_guard<std::mutex> lock(ref_.channel->mutex);
      closed = ref_.channel->closed;
      auto& q = ref_.channel->ends[ref_.side].queue;
      if (receiving_ && !q.empty()) {
        msg = std::move(q.front());
        q.pop_front();
      }
      empty = q.empty();
    }
    if (!msg) {
      // The other end closed: 'close' once every queued message was taken (a port that is not
      // receiving keeps them for start() or receiveMessageOnPort).
      if (closed && empty && !close_emitted_) {
        close_emitted_ = true;
        v8::Local<v8::Value> argv[] = {object(), v8::Undefined(isolate), v8::Integer::New(isolate, 2)};
        MakeCallback(realm, object(), pd->emit.Get(isolate), 3, argv);
      }
      return;
    }
    v8::Local<v8::Value> value;
    int kind = 0;
    {
      v8::TryCatch try_catch(isolate);
      if (!msg->Deserialize(realm).ToLocal(&value)) {
        if (try_catch.HasTerminated()) return;
        kind = 1;
        value = try_catch.HasCaught() ? try_catch.Exception()
                                      : v8::Exception::Error(Str(isolate, "Unable to deserialize cloned data."));
      }
    }
    v8::Local<v8::Value> argv[] = {object(), value, v8::Integer::New(isolate, kind)};
    if (MakeCallback(realm, object(), pd->emit.Get(isolate), 3, argv).IsEmpty() && realm->stopping)
      return;
  }
  if (IsAlive()) uv_async_send(&async_);  // more to do on the next iteration
}

// A closed port's C++ side is gone: its methods do nothing, as in node.
#define PORT_OR_RETURN(self)                                          \
  MessagePort* self = BaseObject::Unwrap<MessagePort>(info.This()); \
  if (self == nullptr) return;

void MessagePort::JsPostMessage(const Info& info) {
  MessagePort* self = BaseObject::Unwrap<MessagePort>(info.This());
  if (self == nullptr) {
    // Still validate that the message can be cloned, then drop it.
    auto msg = std::make_unique<Message>();
    (void)msg->Serialize(Realm::From(info), info[0], info[1], nullptr);
    return;
  }
  Realm* realm = Realm::From(info);
  auto msg = std::make_unique<Message>();
  if (!msg->Serialize(realm, info[0], info[1], self)) return;
  // node answers true while the port is open and undefined once close() was called on it
  // (its peer still answers true until the close reaches it)
  if (!self->IsAlive()) return;
  if (self->ref_.channel) self->Post(std::move(msg));
  info.GetReturnValue().Set(true);
}

void MessagePort::JsStart(const Info& info) {
  PORT_OR_RETURN(self);
  self->receiving_ = true;
  if (self->IsAlive()) self->Wake();
}

void MessagePort::JsStop(const Info& info) {
  PORT_OR_RETURN(self);
  self->receiving_ = false;
}

void MessagePort::JsDrain(const Info& info) {
  PORT_OR_RETURN(self);
  self->Drain();
}

// close(): closes this end and the channel; JS emits 'close' from the close callback.
void MessagePort::JsClose(const Info& info) {
  PORT_OR_RETURN(self);
  if (!self->IsAlive()) return;
  self->close_emitted_ = true;
  self->CloseChannel();
  self->Close(info[0]);
}

void MessagePort::JsIllegal(const Info& info) {
  if (!g_constructing) {
    ThrowCodedError(info.GetIsolate(), "ERR_CONSTRUCT_CALL_INVALID", "Constructor cannot be called");
  }
}

MessagePort* MessagePort::FromValue(Realm* realm, v8::Local<v8::Value> value) {
  PortData* pd = realm->BindingData<PortData>();
  if (pd->tmpl.IsEmpty() || !value->IsObject()) return nullptr;
  if (!pd->tmpl.Get(realm->isolate())->HasInstance(value)) return nullptr;
  return BaseObject::Unwrap<MessagePort>(value);
}

// new JSTransferable(): only as the base of a JS class (its instances get the internal field that
// makes V8 treat them as host objects).
static void JsTransferableCtor(const Info& info) {
  if (!info.IsConstructCall()) {
    ThrowCodedError(info.GetIsolate(), "ERR_CONSTRUCT_CALL_REQUIRED",
                    "Class constructor JSTransferable cannot be invoked without 'new'");
    return;
  }
  info.This()->SetAlignedPointerInInternalField(0, nullptr);
}

void MessagePort::Initialize(Binding& b) {
  v8::Local<v8::FunctionTemplate> jt = b.Class("JSTransferable", JsTransferableCtor);
  v8::Local<v8::FunctionTemplate> t = b.Class("MessagePort", JsIllegal);
  b.ProtoMethod(t, "ref", HandleWrap::Ref);
  b.ProtoMethod(t, "unref", HandleWrap::Unref);
  b.ProtoMethod(t, "hasRef", HandleWrap::HasRef);
  b.ProtoMethod(t, "postMessage", JsPostMessage);
  b.ProtoMethod(t, "start", JsStart);
  b.ProtoMethod(t, "stop", JsStop);
  b.ProtoMethod(t, "drain", JsDrain);
  b.ProtoMethod(t, "close", JsClose);
  if (b.recording()) return;
  b.realm()->BindingData<PortData>()->tmpl.Reset(b.isolate(), t);
  b.realm()->BindingData<PortData>()->transferable.Reset(b.isolate(), jt);
  b.Install("MessagePort", t);
  b.Install("JSTransferable", jt);
}

v8::MaybeLocal<v8::Object> NewPortObject(Realm* realm, PortRef ref) {
  v8::Isolate* isolate = realm->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  PortData* pd = realm->BindingData<PortData>();
  if (pd->tmpl.IsEmpty()) {
    // The messaging binding was not loaded in this realm yet.
    if (realm->GetBinding("worker").IsEmpty()) return {};
  }
  v8::Local<v8::Function> ctor;
  if (!pd->tmpl.Get(isolate)->GetFunction(ctx).ToLocal(&ctor)) return {};
  g_constructing = true;
  v8::MaybeLocal<v8::Object> maybe = ctor->NewInstance(ctx);
  g_constructing = false;
  v8::Local<v8::Object> obj;
  if (!maybe.ToLocal(&obj)) return {};
  new MessagePort(realm, obj, std::move(ref));
  if (!pd->init.IsEmpty()) {
    v8::Local<v8::Value> arg = obj;
    if (pd->init.Get(isolate)->Call(ctx, v8::Undefined(isolate), 1, &arg).IsEmpty()) return {};
  }
  return scope.Escape(obj);
}

void CreateChannelPair(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  std::shared_ptr<Channel> channel = Channel::Create();
  v8::Local<v8::Object> a, b;
  if (!NewPortObject(realm, PortRef{channel, 0}).ToLocal(&a)) return;
  if (!NewPortObject(realm, PortRef{channel, 1}).ToLocal(&b)) return;
  v8::Local<v8::Value> items[] = {a, b};
  info.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
}

// receiveMessageOnPort(port) -> [value] | undefined
void ReceiveMessageOnPort(const Info& info) {
  MessagePort* port = MessagePort::FromValue(Realm::From(info), info[0]);
  if (port == nullptr && info[0]->IsObject()) return;  // a closed port
  if (port == nullptr) {
    ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE",
                    "The \"port\" argument must be a MessagePort instance");
    return;
  }
  std::unique_ptr<Message> msg = port->TakeOne();
  if (!msg) return;
  v8::Local<v8::Value> value;
  if (!msg->Deserialize(Realm::From(info)).ToLocal(&value)) return;
  v8::Local<v8::Value> items[] = {value};
  info.GetReturnValue().Set(v8::Array::New(info.GetIsolate(), items, 1));
}

void SetPortHooks(const Info& info) {
  Realm* realm = Realm::From(info);
  PortData* pd = realm->BindingData<PortData>();
  if (info[0]->IsFunction()) pd->emit.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  if (info[1]->IsFunction()) pd->init.Reset(info.GetIsolate(), info[1].As<v8::Function>());
}

// setTransferHooks(clone, deserialize): the JS side of cloning JSTransferable objects
// (lib/internal/worker/js_transferable.js).
void SetTransferHooks(const Info& info) {
  PortData* pd = Realm::From(info)->BindingData<PortData>();
  if (info[0]->IsFunction()) pd->clone.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  if (info[1]->IsFunction()) pd->deserialize.Reset(info.GetIsolate(), info[1].As<v8::Function>());
}

}  // namespace nodus

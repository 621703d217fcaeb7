// MessagePort across threads: a Channel holds the two ends' incoming queues under one mutex; a
// MessagePort object (a HandleWrap over a uv_async_t on its own thread's loop) owns one end while
// it lives there. Messages are V8-serialized bytes plus the ArrayBuffers they transfer, the
// SharedArrayBuffers they share and the channel ends of the ports they transfer.
#pragma once
#include <uv.h>

#include <deque>
#include <memory>
#include <mutex>
#include <vector>

#include "base/handle_wrap.h"

namespace nodus {

class MessagePort;
struct Channel;

// One end of a channel, in transit or owned by a port.
struct PortRef {
  std::shared_ptr<Channel> channel;
  int side = 0;
};

struct Message {
  std::vector<uint8_t> data;
  std::vector<std::shared_ptr<v8::BackingStore>> transferred;
  std::vector<std::shared_ptr<v8::BackingStore>> shared;
  std::vector<PortRef> ports;
  // Cloned JSTransferable objects, each its own message of [deserializeInfo, data]; they are
  // rebuilt (in JS) before the main value is read, which may not run JS.
  std::vector<std::unique_ptr<Message>> clones;
  bool close = false;  // not a message: the other end closed

  // Serializes `value` (with the transfer list) in the current context; false when JS threw.
  bool Serialize(Realm* realm, v8::Local<v8::Value> value, v8::Local<v8::Value> transfer_list,
                 MessagePort* sender);
  // Deserializes in `realm`, creating MessagePort objects for transferred ports.
  v8::MaybeLocal<v8::Value> Deserialize(Realm* realm);
};

struct Channel {
  std::mutex mutex;
  struct End {
    std::deque<std::unique_ptr<Message>> queue;
    MessagePort* owner = nullptr;  // the port receiving this end's queue (null in transit)
  } ends[2];
  bool closed = false;

  static std::shared_ptr<Channel> Create() { return std::make_shared<Channel>(); }
};

class MessagePort : public HandleWrap {
 public:
  // The MessagePort behind a JS value, or null when it is not one.
  static MessagePort* FromValue(Realm* realm, v8::Local<v8::Value> value);
  static void Initialize(Binding& b);

  // Queues a message for the other end; false when the channel is closed (dropped silently).
  bool Post(std::unique_ptr<Message> msg);
  // Gives up this end (transfer): the port closes without closing the channel.
  PortRef Detach();
  // Closes the channel: both ends get 'close'.
  void CloseChannel();
  const PortRef& ref() const { return ref_; }
  bool detached() const { return ref_.channel == nullptr; }
  // Delivers queued messages to JS (when started).
  void Drain();
  // Wakes this port's loop (any thread; call with the channel's mutex held).
  void Wake();
  // Takes the next queued message without dispatching (receiveMessageOnPort).
  std::unique_ptr<Message> TakeOne();

  MessagePort(Realm* realm, v8::Local<v8::Object> obj, PortRef ref);

 private:
  ~MessagePort() override;
  void OnClose() override;
  static void OnAsync(uv_async_t* handle);

  static void JsPostMessage(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JsStart(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JsStop(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JsClose(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JsDrain(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JsIllegal(const v8::FunctionCallbackInfo<v8::Value>& info);

  uv_async_t async_;
  PortRef ref_;
  bool receiving_ = false;
  bool close_emitted_ = false;
  friend struct Message;
  friend void ReceiveMessageOnPort(const v8::FunctionCallbackInfo<v8::Value>& info);
};

// internalBinding('messaging') helpers used by the worker binding.
v8::MaybeLocal<v8::Object> NewPortObject(Realm* realm, PortRef ref);
// A pair of entangled ports [port1, port2] in `realm`.
void CreateChannelPair(const v8::FunctionCallbackInfo<v8::Value>& info);
void ReceiveMessageOnPort(const v8::FunctionCallbackInfo<v8::Value>& info);
// Closes the channels of every port of `realm` (a worker ending).
void CloseAllPorts(Realm* realm);
// setPortHooks(emitMessage(port, value, kind), initPort(port))
void SetPortHooks(const v8::FunctionCallbackInfo<v8::Value>& info);
void SetTransferHooks(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace nodus

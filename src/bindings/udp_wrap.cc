// internalBinding('udp_wrap'): the UDP handle behind node:dgram.
// Methods return 0 or a libuv errno; JS builds the errors. Datagrams arrive through
// `handle.onmessage(nread, handle, chunk, rinfo)` (chunk a Uint8Array, rinfo {address, family,
// port}); a failed receive calls it with a negative nread only. send(req, list, count, [port,
// ip,] hasCallback) sends one datagram made of the list's views: at once when possible (returning
// its size + 1), else queued, and then with hasCallback the request's `oncomplete(status, bytes)`
// runs when libuv is done with it.
#include <uv.h>

#include <cstring>
#include <vector>

#include "base/binding.h"
#include "base/handle_wrap.h"
#include "base/req_wrap.h"
#include "bindings/socket_util.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::udp_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

// bind() flag: SO_REUSEPORT (libuv 1.44 has no UV_UDP_REUSEPORT; the value is newer libuv's).
constexpr unsigned kReusePort = 64;

int Int(const Info& info, int i, int fallback = 0) {
  return info[i]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(fallback);
}

// Fills `out` from (ip, port) for the given family; 0 or a libuv errno.
int MakeAddress(int family, const char* ip, int port, sockaddr_storage* out) {
  if (family == AF_INET6) return uv_ip6_addr(ip, port, reinterpret_cast<sockaddr_in6*>(out));
  return uv_ip4_addr(ip, port, reinterpret_cast<sockaddr_in*>(out));
}

// {address, family, port} of a socket address; false on a V8 failure.
bool AddressToJS(v8::Isolate* isolate, v8::Local<v8::Context> ctx, const sockaddr* addr,
                 v8::Local<v8::Object> out) {
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (addr->sa_family == AF_INET6) {
    auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->sa_family == AF_INET) {
    auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
  }
  return SetProp(ctx, out, "address", Str(isolate, ip)) &&
         SetProp(ctx, out, "family", Str(isolate, family)) &&
         SetProp(ctx, out, "port", v8::Integer::New(isolate, port));
}

class SendWrap : public ReqWrap<uv_udp_send_t> {
 public:
  SendWrap(Realm* realm, v8::Local<v8::Object> obj)
      : ReqWrap<uv_udp_send_t>(realm, obj, "SendWrap") {}
  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor SendWrap cannot be invoked without 'new'");
      return;
    }
    new SendWrap(Realm::From(info), info.This());
  }
  bool busy = false;
  bool has_callback = false;
  size_t bytes = 0;
};

class UDPWrap : public HandleWrap {
 public:
  UDPWrap(Realm* realm, v8::Local<v8::Object> obj)
      : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(&udp_), "UDPWrap") {
    uv_udp_init(realm->loop(), &udp_);
  }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor UDP cannot be invoked without 'new'");
      return;
    }
    new UDPWrap(Realm::From(info), info.This());
  }

  // The wrap of `this`, or null (after close) with EBADF returned to JS.
  static UDPWrap* Live(const Info& info) {
    UDPWrap* self = Unwrap<UDPWrap>(info.This());
    if (self == nullptr || !self->IsAlive()) {
      info.GetReturnValue().Set(UV_EBADF);
      return nullptr;
    }
    return self;
  }

  static void Open(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    info.GetReturnValue().Set(uv_udp_open(&self->udp_, Int(info, 0, -1)));
  }

  template <int kFamily>
  static void Bind(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    Utf8 ip(info.GetIsolate(), info[0]);
    sockaddr_storage addr;
    int err = MakeAddress(kFamily, *ip, Int(info, 1), &addr);
    unsigned flags = static_cast<unsigned>(Int(info, 2));
    if (err == 0 && (flags & kReusePort)) err = self->OpenReusePort(kFamily);
    if (err == 0) {
      err = uv_udp_bind(&self->udp_, reinterpret_cast<sockaddr*>(&addr), flags & ~kReusePort);
    }
    info.GetReturnValue().Set(err);
  }

  // Gives the handle its socket now, with SO_REUSEPORT set, so several sockets can bind one port.
  // uv_udp_open also sets SO_REUSEADDR, which bind() sets again only when asked for.
  int OpenReusePort(int family) {
    uv_os_fd_t existing;
    if (uv_fileno(reinterpret_cast<uv_handle_t*>(&udp_), &existing) == 0) return UV_EINVAL;
    int fd = NewReusePortSocket(family, SOCK_DGRAM);
    if (fd < 0) return fd;
    int err = uv_udp_open(&udp_, fd);
    if (err != 0) {
      close(fd);
      return err;
    }
    int off = 0;
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &off, sizeof(off)) != 0) return -errno;
    return 0;
  }

  template <int kFamily>
  static void Connect(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    Utf8 ip(info.GetIsolate(), info[0]);
    sockaddr_storage addr;
    int err = MakeAddress(kFamily, *ip, Int(info, 1), &addr);
    if (err == 0) err = uv_udp_connect(&self->udp_, reinterpret_cast<sockaddr*>(&addr));
    info.GetReturnValue().Set(err);
  }

  static void Disconnect(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    info.GetReturnValue().Set(uv_udp_connect(&self->udp_, nullptr));
  }

  // send(req, list, count, port, ip, hasCallback) or, connected, send(req, list, count, cb).
  template <int kFamily>
  static void Send(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    SendWrap* req = BaseObject::Unwrap<SendWrap>(info[0]);
    if (req == nullptr || req->busy || !info[1]->IsArray()) {
      ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "send needs an unused SendWrap and a list");
      return;
    }
    bool connected = info.Length() == 4;
    v8::Local<v8::Array> list = info[1].As<v8::Array>();
    uint32_t count = list->Length();
    std::vector<uv_buf_t> bufs;
    size_t total = 0;
    for (uint32_t i = 0; i < count; i++) {
      v8::Local<v8::Value> item;
      if (!list->Get(ctx, i).ToLocal(&item)) return;
      if (!item->IsArrayBufferView()) {
        ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "send list items must be views");
        return;
      }
      auto view = item.As<v8::ArrayBufferView>();
      char* data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
      bufs.push_back(uv_buf_init(data, static_cast<unsigned>(view->ByteLength())));
      total += view->ByteLength();
    }
    sockaddr_storage addr;
    const sockaddr* target = nullptr;
    if (!connected) {
      Utf8 ip(isolate, info[4]);
      int err = MakeAddress(kFamily, *ip, Int(info, 3), &addr);
      if (err != 0) return info.GetReturnValue().Set(err);
      target = reinterpret_cast<sockaddr*>(&addr);
    }
    // Sent at once when nothing is queued: returns the size + 1 (JS completes on a tick).
    int sent = uv_udp_try_send(&self->udp_, bufs.data(), static_cast<unsigned>(bufs.size()),
                               target);
    if (sent >= 0) return info.GetReturnValue().Set(static_cast<double>(total) + 1);
    if (sent != UV_EAGAIN && sent != UV_ENOSYS) return info.GetReturnValue().Set(sent);
    req->has_callback = info[connected ? 3 : 5]->BooleanValue(isolate);
    req->bytes = total;
    int err = uv_udp_send(req->req(), &self->udp_, bufs.data(), static_cast<unsigned>(bufs.size()),
                          target, OnSend);
    if (err == 0) {
      req->busy = true;
      req->Dispatched();
    }
    info.GetReturnValue().Set(err);
  }

  static void RecvStart(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    int err = uv_udp_recv_start(&self->udp_, OnAlloc, OnRecv);
    // Already receiving is not an error.
    info.GetReturnValue().Set(err == UV_EALREADY ? 0 : err);
  }

  static void RecvStop(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    info.GetReturnValue().Set(uv_udp_recv_stop(&self->udp_));
  }

  template <bool kPeer>
  static void GetName(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    if (!info[0]->IsObject()) return info.GetReturnValue().Set(UV_EINVAL);
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = kPeer ? uv_udp_getpeername(&self->udp_, reinterpret_cast<sockaddr*>(&addr), &len)
                    : uv_udp_getsockname(&self->udp_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0 &&
        !AddressToJS(info.GetIsolate(), info.GetIsolate()->GetCurrentContext(),
                     reinterpret_cast<sockaddr*>(&addr), info[0].As<v8::Object>()))
      return;
    info.GetReturnValue().Set(err);
  }

  template <int (*kSetter)(uv_udp_t*, int)>
  static void SetInt(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    info.GetReturnValue().Set(kSetter(&self->udp_, Int(info, 0)));
  }

  static void SetMulticastInterface(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    Utf8 iface(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(uv_udp_set_multicast_interface(&self->udp_, *iface));
  }

  template <uv_membership kMembership>
  static void Membership(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    Utf8 group(isolate, info[0]);
    bool has_iface = !info[1]->IsUndefined() && !info[1]->IsNull();
    Utf8 iface(isolate, info[1]);
    info.GetReturnValue().Set(
        uv_udp_set_membership(&self->udp_, *group, has_iface ? *iface : nullptr, kMembership));
  }

  template <uv_membership kMembership>
  static void SourceMembership(const Info& info) {
    UDPWrap* self = Live(info);
    if (self == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    Utf8 source(isolate, info[0]);
    Utf8 group(isolate, info[1]);
    bool has_iface = !info[2]->IsUndefined() && !info[2]->IsNull();
    Utf8 iface(isolate, info[2]);
    info.GetReturnValue().Set(uv_udp_set_source_membership(
        &self->udp_, *group, has_iface ? *iface : nullptr, *source, kMembership));
  }

  // bufferSize(size, isRecv, ctx): the (new) size, or undefined with ctx filled on failure.
  static void BufferSize(const Info& info) {
    UDPWrap* self = Unwrap<UDPWrap>(info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    int value = Int(info, 0);
    bool recv = info[1]->BooleanValue(isolate);
    int err = UV_EBADF;
    if (self != nullptr && self->IsAlive()) {
      uv_handle_t* h = reinterpret_cast<uv_handle_t*>(&self->udp_);
      err = recv ? uv_recv_buffer_size(h, &value) : uv_send_buffer_size(h, &value);
    }
    if (err != 0) {
      if (info[2]->IsObject()) {
        auto out = info[2].As<v8::Object>();
        char name[64];
        uv_err_name_r(err, name, sizeof(name));
        SetProp(ctx, out, "errno", v8::Integer::New(isolate, err));
        SetProp(ctx, out, "code", Str(isolate, name));
        SetProp(ctx, out, "message", Str(isolate, uv_strerror(err)));
        SetProp(ctx, out, "syscall",
                Str(isolate, recv ? "uv_recv_buffer_size" : "uv_send_buffer_size"));
      }
      return;
    }
    info.GetReturnValue().Set(value);
  }

  static void GetSendQueueSize(const Info& info) {
    UDPWrap* self = Unwrap<UDPWrap>(info.This());
    double n = self != nullptr ? static_cast<double>(uv_udp_get_send_queue_size(&self->udp_)) : 0;
    info.GetReturnValue().Set(n);
  }

  static void GetSendQueueCount(const Info& info) {
    UDPWrap* self = Unwrap<UDPWrap>(info.This());
    double n = self != nullptr ? static_cast<double>(uv_udp_get_send_queue_count(&self->udp_)) : 0;
    info.GetReturnValue().Set(n);
  }

 private:
  static void OnSend(uv_udp_send_t* raw, int status) {
    auto* req = static_cast<SendWrap*>(ReqWrap<uv_udp_send_t>::From(raw));
    Realm* realm = req->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    req->busy = false;
    v8::Local<v8::Object> obj = req->object();
    req->MakeWeak();
    if (!req->has_callback) {
      req->UnlinkActive();
      return;
    }
    v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, status),
                                    v8::Number::New(isolate, static_cast<double>(req->bytes))};
    MakeCallback(realm, obj, "oncomplete", 2, argv);
    if (!req->busy) req->UnlinkActive();  // listed through its callback, as node's
  }

  static void OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
    buf->base = static_cast<char*>(malloc(suggested));
    buf->len = buf->base ? suggested : 0;
  }

  static void OnRecv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr,
                     unsigned flags) {
    auto* self = static_cast<UDPWrap*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    if (nread == 0 && addr == nullptr) {  // nothing more to read this time
      free(buf->base);
      return;
    }
    Realm* realm = self->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> ctx = realm->context();
    v8::Context::Scope context_scope(ctx);
    v8::Local<v8::Value> argv[4] = {v8::Integer::New(isolate, static_cast<int32_t>(nread)),
                                    self->object(), v8::Undefined(isolate),
                                    v8::Undefined(isolate)};
    if (nread < 0) {
      free(buf->base);
      MakeCallback(realm, self->object(), "onmessage", 2, argv);
      return;
    }
    std::unique_ptr<v8::BackingStore> store;
    if (nread > 0) {
      store = v8::ArrayBuffer::NewBackingStore(
          buf->base, nread, [](void* data, size_t, void*) { free(data); }, nullptr);
    } else {
      free(buf->base);
      store = v8::ArrayBuffer::NewBackingStore(isolate, 0);
    }
    auto ab = v8::ArrayBuffer::New(isolate, std::move(store));
    argv[2] = v8::Uint8Array::New(ab, 0, nread);
    v8::Local<v8::Object> rinfo = v8::Object::New(isolate);
    if (!AddressToJS(isolate, ctx, addr, rinfo)) return;
    argv[3] = rinfo;
    MakeCallback(realm, self->object(), "onmessage", 4, argv);
  }

  uv_udp_t udp_;
};
}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> udp = b.Class("UDP", UDPWrap::New);
  HandleWrap::AddMethods(b, udp);
  b.ProtoMethod(udp, "open", UDPWrap::Open, 1);
  b.ProtoMethod(udp, "bind", UDPWrap::Bind<AF_INET>, 3);
  b.ProtoMethod(udp, "bind6", UDPWrap::Bind<AF_INET6>, 3);
  b.ProtoMethod(udp, "connect", UDPWrap::Connect<AF_INET>, 2);
  b.ProtoMethod(udp, "connect6", UDPWrap::Connect<AF_INET6>, 2);
  b.ProtoMethod(udp, "disconnect", UDPWrap::Disconnect);
  b.ProtoMethod(udp, "send", UDPWrap::Send<AF_INET>, 6);
  b.ProtoMethod(udp, "send6", UDPWrap::Send<AF_INET6>, 6);
  b.ProtoMethod(udp, "recvStart", UDPWrap::RecvStart);
  b.ProtoMethod(udp, "recvStop", UDPWrap::RecvStop);
  b.ProtoMethod(udp, "getsockname", UDPWrap::GetName<false>, 1);
  b.ProtoMethod(udp, "getpeername", UDPWrap::GetName<true>, 1);
  b.ProtoMethod(udp, "setBroadcast", UDPWrap::SetInt<uv_udp_set_broadcast>, 1);
  b.ProtoMethod(udp, "setTTL", UDPWrap::SetInt<uv_udp_set_ttl>, 1);
  b.ProtoMethod(udp, "setMulticastTTL", UDPWrap::SetInt<uv_udp_set_multicast_ttl>, 1);
  b.ProtoMethod(udp, "setMulticastLoopback", UDPWrap::SetInt<uv_udp_set_multicast_loop>, 1);
  b.ProtoMethod(udp, "setMulticastInterface", UDPWrap::SetMulticastInterface, 1);
  b.ProtoMethod(udp, "addMembership", UDPWrap::Membership<UV_JOIN_GROUP>, 2);
  b.ProtoMethod(udp, "dropMembership", UDPWrap::Membership<UV_LEAVE_GROUP>, 2);
  b.ProtoMethod(udp, "addSourceSpecificMembership", UDPWrap::SourceMembership<UV_JOIN_GROUP>, 3);
  b.ProtoMethod(udp, "dropSourceSpecificMembership", UDPWrap::SourceMembership<UV_LEAVE_GROUP>,
                3);
  b.ProtoMethod(udp, "bufferSize", UDPWrap::BufferSize, 3);
  b.ProtoMethod(udp, "getSendQueueSize", UDPWrap::GetSendQueueSize);
  b.ProtoMethod(udp, "getSendQueueCount", UDPWrap::GetSendQueueCount);
  b.Install("UDP", udp);
  b.Install("SendWrap", b.Class("SendWrap", SendWrap::New));
  b.Constant("UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  b.Constant("UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  b.Constant("UV_UDP_REUSEPORT", kReusePort);
}

}  // namespace nodus::udp_wrap

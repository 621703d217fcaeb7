// internalBinding('tcp_wrap'): TCP handles (sockets and servers) over uv_tcp_t, and the
// TCPConnectWrap request class. Reads, writes and shutdown come from StreamBase.
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <uv.h>

#include "base/stream_base.h"
#include "bindings/socket_util.h"
#include "runtime/realm.h"

namespace nodus::tcp_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

enum SocketType { kSocket = 0, kServer = 1 };
// bind() flag: SO_REUSEPORT (libuv 1.44 has no UV_TCP_REUSEPORT; the value is newer libuv's).
constexpr unsigned kReusePort = 2;

class TCPWrap : public StreamBase {
 public:
  TCPWrap(Realm* realm, v8::Local<v8::Object> obj, bool server)
      : StreamBase(realm, obj, reinterpret_cast<uv_stream_t*>(&tcp_),
                   server ? "TCPServerWrap" : "TCPSocketWrap") {
    CHECK_EQ(uv_tcp_init(realm->loop(), &tcp_), 0);
  }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor TCP cannot be invoked without 'new'");
      return;
    }
    // new TCP(type): SOCKET (0) or SERVER (1), as node's; it names the handle in
    // process.getActiveResourcesInfo()
    bool server = info[0]->IsInt32() && info[0].As<v8::Int32>()->Value() == 1;
    new TCPWrap(Realm::From(info), info.This(), server);
  }

  static void Open(const Info& info) {
    NODUS_UNWRAP(self, TCPWrap, info.This());
    int64_t fd = info[0]->IntegerValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    if (fd < 0 || fd > INT32_MAX) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_tcp_open(&self->tcp_, static_cast<uv_os_sock_t>(fd)));
  }

  // bind(address, port[, flags]) / bind6(address, port, flags)
  template <int kFamily>
  static void Bind(const Info& info) {
    NODUS_UNWRAP(self, TCPWrap, info.This());
    v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
    Utf8 address(info.GetIsolate(), info[0]);
    int port = info[1]->Int32Value(ctx).FromMaybe(0);
    unsigned flags = info[2]->Uint32Value(ctx).FromMaybe(0);
    sockaddr_storage addr;
    int err = ParseAddress<kFamily>(address.data(), port, &addr);
    if (err == 0 && (flags & kReusePort) != 0) err = self->OpenReusePort(kFamily);
    if (err == 0) {
      err = uv_tcp_bind(&self->tcp_, reinterpret_cast<const sockaddr*>(&addr),
                        kFamily == AF_INET6 ? (flags & UV_TCP_IPV6ONLY) : 0);
    }
    info.GetReturnValue().Set(err);
  }

  static void Listen(const Info& info) {
    NODUS_UNWRAP(self, TCPWrap, info.This());
    int backlog = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(511);
    info.GetReturnValue().Set(self->StreamBase::Listen(backlog));
  }

  // connect(req, address, port) / connect6(req, address, port)
  template <int kFamily>
  static void Connect(const Info& info) {
    NODUS_UNWRAP(self, TCPWrap, info.This());
    v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
    if (!info[0]->IsObject()) return;
    Utf8 address(info.GetIsolate(), info[1]);
    int port = info[2]->Int32Value(ctx).FromMaybe(0);
    sockaddr_storage addr;
    int err = ParseAddress<kFamily>(address.data(), port, &addr);
    if (err == 0) {
      err = self->StreamBase::Connect(info[0].As<v8::Object>(), [&](uv_connect_t* req, uv_connect_cb cb) {
        return uv_tcp_connect(req, &self->tcp_, reinterpret_cast<const sockaddr*>(&addr), cb);
      });
    }
    info.GetReturnValue().Set(err);
  }

  template <bool kPeer>
  static void GetName(const Info& info) {
    NODUS_UNWRAP(self, TCPWrap, info.This());
    if (!info[0]->IsObject() || !self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = kPeer ? uv_tcp_getpeername(&self->tcp_, reinterpret_cast<sockaddr*>(&addr), &len)
                    : uv_tcp_getsockname(&self->tcp_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) {
      AddressToJS(info.GetIsolate(), reinterpret_cast<const sockaddr*>(&addr),
                  info[0].As<v8::Object>());
    }
    info.GetReturnValue().Set(err);
  }

  static void SetNoDelay(const Info& info) {
    NODUS_UNWRAP(self, TCPWrap, info.This());
    if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_tcp_nodelay(&self->tcp_, info[0]->BooleanValue(info.GetIsolate())));
  }

  static void SetKeepAlive(const Info& info) {
    NODUS_UNWRAP(self, TCPWrap, info.This());
    if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    unsigned delay = info[1]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(
        uv_tcp_keepalive(&self->tcp_, info[0]->BooleanValue(info.GetIsolate()), delay));
  }

  static void SetSimultaneousAccepts(const Info& info) {}

  // reset(callback): close with an RST (SO_LINGER 0) instead of a FIN.
  static void Reset(const Info& info) {
    NODUS_UNWRAP(self, TCPWrap, info.This());
    if (!self->IsAlive()) return info.GetReturnValue().Set(0);
    uv_os_fd_t fd;
    if (uv_fileno(self->handle(), &fd) == 0) {
      struct linger l = {1, 0};
      if (setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l)) != 0) {
        return info.GetReturnValue().Set(-errno);
      }
    }
    self->HandleWrap::Close(info[0]);
    info.GetReturnValue().Set(0);
  }

 private:
  // Creates the socket now with SO_REUSEPORT set, so several servers can bind one port.
  int OpenReusePort(int family) {
    uv_os_fd_t existing;
    if (uv_fileno(handle(), &existing) == 0) return UV_EINVAL;  // already has a socket
    int fd = NewReusePortSocket(family, SOCK_STREAM);
    if (fd < 0) return fd;
    int err = uv_tcp_open(&tcp_, fd);
    if (err != 0) close(fd);
    return err;
  }

  template <int kFamily>
  static int ParseAddress(const char* ip, int port, sockaddr_storage* addr) {
    if (kFamily == AF_INET6) return uv_ip6_addr(ip, port, reinterpret_cast<sockaddr_in6*>(addr));
    return uv_ip4_addr(ip, port, reinterpret_cast<sockaddr_in*>(addr));
  }

  uv_tcp_t tcp_;
};
}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> tcp = b.Class("TCP", TCPWrap::New);
  StreamBase::AddMethods(b, tcp);
  b.ProtoMethod(tcp, "open", TCPWrap::Open);
  b.ProtoMethod(tcp, "bind", TCPWrap::Bind<AF_INET>);
  b.ProtoMethod(tcp, "bind6", TCPWrap::Bind<AF_INET6>);
  b.ProtoMethod(tcp, "listen", TCPWrap::Listen);
  b.ProtoMethod(tcp, "connect", TCPWrap::Connect<AF_INET>);
  b.ProtoMethod(tcp, "connect6", TCPWrap::Connect<AF_INET6>);
  b.ProtoMethod(tcp, "getsockname", TCPWrap::GetName<false>);
  b.ProtoMethod(tcp, "getpeername", TCPWrap::GetName<true>);
  b.ProtoMethod(tcp, "setNoDelay", TCPWrap::SetNoDelay);
  b.ProtoMethod(tcp, "setKeepAlive", TCPWrap::SetKeepAlive);
  b.ProtoMethod(tcp, "setSimultaneousAccepts", TCPWrap::SetSimultaneousAccepts);
  b.ProtoMethod(tcp, "reset", TCPWrap::Reset);
  b.Install("TCP", tcp);
  v8::Local<v8::FunctionTemplate> connect = b.Class("TCPConnectWrap", NewRequestObject);
  b.Install("TCPConnectWrap", connect);
  if (b.recording()) return;
  v8::Local<v8::Context> ctx = b.context();
  v8::Local<v8::Object> constants = v8::Object::New(b.isolate());
  SetProp(ctx, constants, "SOCKET", v8::Integer::New(b.isolate(), kSocket));
  SetProp(ctx, constants, "SERVER", v8::Integer::New(b.isolate(), kServer));
  SetProp(ctx, constants, "UV_TCP_IPV6ONLY", v8::Integer::New(b.isolate(), UV_TCP_IPV6ONLY));
  SetProp(ctx, constants, "UV_TCP_REUSEPORT", v8::Integer::New(b.isolate(), kReusePort));
  b.Value("constants", constants);
}

}  // namespace nodus::tcp_wrap

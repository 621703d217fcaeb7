// internalBinding('cares_wrap'): name resolution for node:dns.
// - getaddrinfo/getnameinfo: libuv's threadpool (dns.lookup, dns.lookupService). The request
//   objects (GetAddrInfoReqWrap, GetNameInfoReqWrap) are created by JS, which sets `oncomplete`;
//   the call returns 0 or a libuv errno, and the completion calls
//   `oncomplete(err, addresses)` / `oncomplete(err, hostname, service)`.
// - ChannelWrap: one c-ares channel per dns.Resolver, driven by the uv loop (see below).
#include <arpa/inet.h>
#include <ares.h>
#include <netdb.h>
#include <sys/socket.h>
#include <uv.h>

#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/binding.h"
#include "base/req_wrap.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::cares_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

enum DnsOrder { kOrderVerbatim = 0, kOrderIpv4First = 1, kOrderIpv6First = 2 };

// Enters the realm's context for a libuv callback.
struct CallbackContext {
  explicit CallbackContext(Realm* realm)
      : scope(realm->isolate()), context_scope(realm->context()) {}
  v8::HandleScope scope;
  v8::Context::Scope context_scope;
};

template <typename T>
class ResolveReqWrap : public ReqWrap<T> {
 public:
  ResolveReqWrap(Realm* realm, v8::Local<v8::Object> obj, const char* name)
      : ReqWrap<T>(realm, obj, name) {}
  bool busy = false;
  int order = kOrderVerbatim;
};

struct GetAddrInfoReqWrap : ResolveReqWrap<uv_getaddrinfo_t> {
  using ResolveReqWrap::ResolveReqWrap;
  static constexpr const char* kName = "GetAddrInfoReqWrap";
};
struct GetNameInfoReqWrap : ResolveReqWrap<uv_getnameinfo_t> {
  using ResolveReqWrap::ResolveReqWrap;
  static constexpr const char* kName = "GetNameInfoReqWrap";
};

template <typename W>
void NewReq(const Info& info) {
  if (!info.IsConstructCall()) {
    ThrowTypeError(info.GetIsolate(), "Class constructor cannot be invoked without 'new'");
    return;
  }
  new W(Realm::From(info), info.This(), W::kName);
}

template <typename W>
W* UnusedReq(const Info& info) {
  W* wrap = BaseObject::Unwrap<W>(info[0]);
  if (wrap == nullptr || wrap->busy) {
    ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE", "req must be an unused request");
    return nullptr;
  }
  return wrap;
}

// The textual address of a sockaddr's IP, or false.
bool AddressText(const struct sockaddr* sa, char* out, size_t size) {
  if (sa->sa_family == AF_INET) {
    return uv_inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, out,
                        size) == 0;
  }
  if (sa->sa_family == AF_INET6) {
    return uv_inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, out,
                        size) == 0;
  }
  return false;
}

void AfterGetAddrInfo(uv_getaddrinfo_t* req, int status, struct addrinfo* res) {
  auto* wrap = static_cast<GetAddrInfoReqWrap*>(ReqWrap<uv_getaddrinfo_t>::From(req));
  Realm* realm = wrap->realm();
  v8::Isolate* isolate = realm->isolate();
  CallbackContext cc(realm);
  v8::Local<v8::Context> ctx = realm->context();
  v8::Local<v8::Array> list = v8::Array::New(isolate);
  if (status == 0) {
    uint32_t n = 0;
    // verbatim: one pass over every family; otherwise the preferred family first.
    int passes[2][2] = {{AF_UNSPEC, -1}, {-1, -1}};
    if (wrap->order == kOrderIpv4First) {
      passes[0][0] = AF_INET;
      passes[1][0] = AF_INET6;
    } else if (wrap->order == kOrderIpv6First) {
      passes[0][0] = AF_INET6;
      passes[1][0] = AF_INET;
    }
    for (auto& pass : passes) {
      if (pass[0] == -1) continue;
      for (struct addrinfo* p = res; p != nullptr; p = p->ai_next) {
        if (pass[0] != AF_UNSPEC && p->ai_family != pass[0]) continue;
        char text[INET6_ADDRSTRLEN];
        if (!AddressText(p->ai_addr, text, sizeof(text))) continue;
        if (list->Set(ctx, n++, Str(isolate, text)).IsNothing()) break;
      }
    }
    if (n == 0) status = UV_EAI_NODATA;
  }
  uv_freeaddrinfo(res);
  wrap->busy = false;
  v8::Local<v8::Object> obj = wrap->object();
  wrap->MakeWeak();
  v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, status), list};
  MakeCallback(realm, obj, "oncomplete", 2, argv);
  if (!wrap->busy) wrap->UnlinkActive();  // listed through its callback, as node's
}

// getaddrinfo(req, hostname, family, hints, order) -> 0 or a libuv errno.
void GetAddrInfo(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  auto* wrap = UnusedReq<GetAddrInfoReqWrap>(info);
  if (wrap == nullptr) return;
  Utf8 hostname(isolate, info[1]);
  int family = info[2]->Int32Value(ctx).FromMaybe(0);
  int flags = info[3]->Int32Value(ctx).FromMaybe(0);
  wrap->order = info[4]->Int32Value(ctx).FromMaybe(kOrderVerbatim);
  struct addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = flags;
  int err = uv_getaddrinfo(Realm::From(info)->loop(), wrap->req(), AfterGetAddrInfo, *hostname,
                           nullptr, &hints);
  if (err == 0) {
    wrap->busy = true;
    wrap->Dispatched();
  }
  info.GetReturnValue().Set(err);
}

void AfterGetNameInfo(uv_getnameinfo_t* req, int status, const char* hostname,
                      const char* service) {
  auto* wrap = static_cast<GetNameInfoReqWrap*>(ReqWrap<uv_getnameinfo_t>::From(req));
  Realm* realm = wrap->realm();
  v8::Isolate* isolate = realm->isolate();
  CallbackContext cc(realm);
  v8::Local<v8::Value> argv[3] = {v8::Integer::New(isolate, status), v8::Undefined(isolate),
                                  v8::Undefined(isolate)};
  if (status == 0) {
    argv[1] = Str(isolate, hostname != nullptr ? hostname : "");
    argv[2] = Str(isolate, service != nullptr ? service : "");
  }
  wrap->busy = false;
  v8::Local<v8::Object> obj = wrap->object();
  wrap->MakeWeak();
  MakeCallback(realm, obj, "oncomplete", 3, argv);
  if (!wrap->busy) wrap->UnlinkActive();
}

// getnameinfo(req, ip, port) -> 0 or a libuv errno.
void GetNameInfo(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  auto* wrap = UnusedReq<GetNameInfoReqWrap>(info);
  if (wrap == nullptr) return;
  Utf8 ip(isolate, info[1]);
  int port = info[2]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  struct sockaddr_storage addr;
  int err = uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(&addr));
  if (err != 0) err = uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(&addr));
  if (err == 0) {
    err = uv_getnameinfo(Realm::From(info)->loop(), wrap->req(), AfterGetNameInfo,
                         reinterpret_cast<sockaddr*>(&addr), NI_NAMEREQD);
  }
  if (err == 0) {
    wrap->busy = true;
    wrap->Dispatched();
  }
  info.GetReturnValue().Set(err);
}

// canonicalizeIP(text) -> the normalised address text, or undefined when not an IP.
void CanonicalizeIP(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8 ip(isolate, info[0]);
  unsigned char buf[sizeof(struct in6_addr)];
  char out[INET6_ADDRSTRLEN];
  int af = AF_INET;
  if (uv_inet_pton(AF_INET, *ip, buf) != 0) {
    af = AF_INET6;
    if (uv_inet_pton(AF_INET6, *ip, buf) != 0) return;
  }
  if (uv_inet_ntop(af, buf, out, sizeof(out)) != 0) return;
  info.GetReturnValue().Set(Str(isolate, out));
}

// strerror(aresStatus) -> c-ares's message.
void StrError(const Info& info) {
  int code = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  const char* msg = code == -1000 ? "There are pending queries." : ares_strerror(code);
  info.GetReturnValue().Set(Str(info.GetIsolate(), msg));
}


// ---- c-ares channels --------------------------------------------------------------------------
// A ChannelWrap owns one ares_channel. c-ares reports the sockets it wants watched through the
// sock-state callback: each gets a uv_poll; a uv_timer fires at c-ares's next timeout. Answers
// are never handed to JS from inside c-ares: the query callback stores the status and a copy of
// the reply, and a zero-delay timer delivers them (`req.oncomplete(err, result, ttls)` with err
// a c-ares code name such as 'ENOTFOUND'). The channel stays strong while queries are pending.

const char* AresCodeName(int status) {
  switch (status) {
    case ARES_ENODATA: return "ENODATA";
    case ARES_EFORMERR: return "EFORMERR";
    case ARES_ESERVFAIL: return "ESERVFAIL";
    case ARES_ENOTFOUND: return "ENOTFOUND";
    case ARES_ENOTIMP: return "ENOTIMP";
    case ARES_EREFUSED: return "EREFUSED";
    case ARES_EBADQUERY: return "EBADQUERY";
    case ARES_EBADNAME: return "EBADNAME";
    case ARES_EBADFAMILY: return "EBADFAMILY";
    case ARES_EBADRESP: return "EBADRESP";
    case ARES_ECONNREFUSED: return "ECONNREFUSED";
    case ARES_ETIMEOUT: return "ETIMEOUT";
    case ARES_EOF: return "EOF";
    case ARES_EFILE: return "EFILE";
    case ARES_ENOMEM: return "ENOMEM";
    case ARES_EDESTRUCTION: return "EDESTRUCTION";
    case ARES_EBADSTR: return "EBADSTR";
    case ARES_EBADFLAGS: return "EBADFLAGS";
    case ARES_ENONAME: return "ENONAME";
    case ARES_EBADHINTS: return "EBADHINTS";
    case ARES_ENOTINITIALIZED: return "ENOTINITIALIZED";
    case ARES_ELOADIPHLPAPI: return "ELOADIPHLPAPI";
    case ARES_EADDRGETNETWORKPARAMS: return "EADDRGETNETWORKPARAMS";
    case ARES_ECANCELLED: return "ECANCELLED";
    default: return "UNKNOWN_ARES_ERROR";
  }
}

// Returned by setServers while queries are pending (Node's DNS_ESETSRVPENDING).
constexpr int kSetServersPending = -1000;

// Record types (RFC 1035, 3596, 2782, 3403, 6698, 8659).
enum RrType {
  kA = 1, kNS = 2, kCNAME = 5, kSOA = 6, kPTR = 12, kMX = 15, kTXT = 16, kAAAA = 28,
  kSRV = 33, kNAPTR = 35, kTLSA = 52, kANY = 255, kCAA = 257
};

struct Record {
  int type;
  uint32_t ttl;
  const unsigned char* data;
  int len;
};

uint16_t Be16(const unsigned char* p) { return static_cast<uint16_t>((p[0] << 8) | p[1]); }
uint32_t Be32(const unsigned char* p) {
  return (static_cast<uint32_t>(p[0]) << 24) | (static_cast<uint32_t>(p[1]) << 16) |
         (static_cast<uint32_t>(p[2]) << 8) | p[3];
}

// Reads the domain name at `at` (inside `msg`); advances `at` past it.
bool ReadName(const std::vector<unsigned char>& msg, const unsigned char** at, std::string* out) {
  char* name = nullptr;
  long enclen = 0;
  if (ares_expand_name(*at, msg.data(), static_cast<int>(msg.size()), &name, &enclen) !=
      ARES_SUCCESS)
    return false;
  out->assign(name);
  ares_free_string(name);
  *at += enclen;
  return true;
}

// The answer section of a reply; false when the reply is malformed.
bool ParseAnswers(const std::vector<unsigned char>& msg, std::vector<Record>* out) {
  if (msg.size() < 12) return false;
  const unsigned char* end = msg.data() + msg.size();
  int qdcount = Be16(msg.data() + 4);
  int ancount = Be16(msg.data() + 6);
  const unsigned char* p = msg.data() + 12;
  std::string name;
  for (int i = 0; i < qdcount; i++) {
    if (!ReadName(msg, &p, &name) || p + 4 > end) return false;
    p += 4;
  }
  for (int i = 0; i < ancount; i++) {
    if (!ReadName(msg, &p, &name) || p + 10 > end) return false;
    Record r;
    r.type = Be16(p);
    r.ttl = Be32(p + 4);
    r.len = Be16(p + 8);
    p += 10;
    if (p + r.len > end) return false;
    r.data = p;
    p += r.len;
    out->push_back(r);
  }
  return true;
}

// Reads one <length><bytes> character-string bounded by `end`.
bool ReadCharString(const unsigned char** at, const unsigned char* end, std::string* out) {
  if (*at >= end) return false;
  size_t n = **at;
  if (*at + 1 + n > end) return false;
  out->assign(reinterpret_cast<const char*>(*at + 1), n);
  *at += 1 + n;
  return true;
}

class ChannelWrap;

class QueryReqWrap : public BaseObject {
 public:
  QueryReqWrap(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(), "Class constructor cannot be invoked without 'new'");
      return;
    }
    new QueryReqWrap(Realm::From(info), info.This());
  }
  ChannelWrap* channel = nullptr;
  int type = 0;  // an RrType, or 0 for getHostByAddr
  bool busy = false;
  int status = ARES_SUCCESS;
  std::vector<unsigned char> reply;
  std::vector<std::string> names;  // getHostByAddr
};

// A JS string from bytes that may not be UTF-8 (DNS text is octets): latin1 when invalid.
v8::Local<v8::String> TextValue(v8::Isolate* isolate, const std::string& s) {
  v8::Local<v8::String> out;
  if (v8::String::NewFromUtf8(isolate, s.data(), v8::NewStringType::kNormal,
                              static_cast<int>(s.size()))
          .ToLocal(&out))
    return out;
  return v8::String::Empty(isolate);
}

class ObjectBuilder {
 public:
  ObjectBuilder(v8::Isolate* isolate, v8::Local<v8::Context> ctx)
      : isolate_(isolate), ctx_(ctx), obj_(v8::Object::New(isolate)) {}
  ObjectBuilder& Str(const char* key, const std::string& value) {
    ok_ = ok_ && SetProp(ctx_, obj_, key, TextValue(isolate_, value));
    return *this;
  }
  ObjectBuilder& Num(const char* key, double value) {
    ok_ = ok_ && SetProp(ctx_, obj_, key, v8::Number::New(isolate_, value));
    return *this;
  }
  ObjectBuilder& Val(const char* key, v8::Local<v8::Value> value) {
    ok_ = ok_ && SetProp(ctx_, obj_, key, value);
    return *this;
  }
  ObjectBuilder& Dyn(const std::string& key, const std::string& value) {
    ok_ = ok_ && obj_->Set(ctx_, TextValue(isolate_, key), TextValue(isolate_, value))
                     .FromMaybe(false);
    return *this;
  }
  bool ok() const { return ok_; }
  v8::Local<v8::Object> get() const { return obj_; }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Context> ctx_;
  v8::Local<v8::Object> obj_;
  bool ok_ = true;
};

// One record as a JS value (a string for addresses and names, an object otherwise); empty when
// the record is malformed. `any` adds the `type` field and the shapes resolveAny uses.
v8::MaybeLocal<v8::Value> RecordValue(v8::Isolate* isolate, v8::Local<v8::Context> ctx,
                                      const std::vector<unsigned char>& msg, const Record& r,
                                      bool any) {
  const unsigned char* p = r.data;
  const unsigned char* end = r.data + r.len;
  ObjectBuilder o(isolate, ctx);
  switch (r.type) {
    case kA:
    case kAAAA: {
      char text[INET6_ADDRSTRLEN];
      int af = r.type == kA ? AF_INET : AF_INET6;
      if (r.len != (r.type == kA ? 4 : 16) || uv_inet_ntop(af, p, text, sizeof(text)) != 0)
        return {};
      if (!any) return Str(isolate, text);
      o.Str("address", text).Num("ttl", r.ttl).Str("type", r.type == kA ? "A" : "AAAA");
      break;
    }
    case kCNAME:
    case kNS:
    case kPTR: {
      std::string name;
      if (!ReadName(msg, &p, &name)) return {};
      if (!any) return TextValue(isolate, name);
      o.Str("value", name).Str("type", r.type == kCNAME ? "CNAME" : r.type == kNS ? "NS" : "PTR");
      break;
    }
    case kMX: {
      if (r.len < 3) return {};
      uint16_t priority = Be16(p);
      p += 2;
      std::string exchange;
      if (!ReadName(msg, &p, &exchange)) return {};
      o.Str("exchange", exchange).Num("priority", priority);
      if (any) o.Str("type", "MX");
      break;
    }
    case kTXT: {
      v8::Local<v8::Array> chunks = v8::Array::New(isolate);
      uint32_t n = 0;
      while (p < end) {
        std::string chunk;
        if (!ReadCharString(&p, end, &chunk)) return {};
        if (chunks->Set(ctx, n++, TextValue(isolate, chunk)).IsNothing()) return {};
      }
      if (!any) return chunks;
      o.Val("entries", chunks).Str("type", "TXT");
      break;
    }
    case kSRV: {
      if (r.len < 7) return {};
      uint16_t priority = Be16(p), weight = Be16(p + 2), port = Be16(p + 4);
      p += 6;
      std::string target;
      if (!ReadName(msg, &p, &target)) return {};
      o.Str("name", target).Num("port", port).Num("priority", priority).Num("weight", weight);
      if (any) o.Str("type", "SRV");
      break;
    }
    case kNAPTR: {
      if (r.len < 4) return {};
      uint16_t order = Be16(p), preference = Be16(p + 2);
      p += 4;
      std::string flags, service, regexp, replacement;
      if (!ReadCharString(&p, end, &flags) || !ReadCharString(&p, end, &service) ||
          !ReadCharString(&p, end, &regexp) || !ReadName(msg, &p, &replacement))
        return {};
      o.Str("flags", flags).Str("service", service).Str("regexp", regexp)
          .Str("replacement", replacement).Num("order", order).Num("preference", preference);
      if (any) o.Str("type", "NAPTR");
      break;
    }
    case kSOA: {
      std::string nsname, hostmaster;
      if (!ReadName(msg, &p, &nsname) || !ReadName(msg, &p, &hostmaster) || p + 20 > end)
        return {};
      o.Str("nsname", nsname).Str("hostmaster", hostmaster).Num("serial", Be32(p))
          .Num("refresh", Be32(p + 4)).Num("retry", Be32(p + 8)).Num("expire", Be32(p + 12))
          .Num("minttl", Be32(p + 16));
      if (any) o.Str("type", "SOA");
      break;
    }
    case kCAA: {
      if (r.len < 2) return {};
      int critical = p[0];
      size_t tag_len = p[1];
      p += 2;
      if (p + tag_len > end) return {};
      std::string tag(reinterpret_cast<const char*>(p), tag_len);
      std::string value(reinterpret_cast<const char*>(p + tag_len), end - p - tag_len);
      o.Num("critical", critical).Dyn(tag, value);
      if (any) o.Str("type", "CAA");
      break;
    }
    case kTLSA: {
      if (r.len < 3) return {};
      auto ab = v8::ArrayBuffer::New(isolate, r.len - 3);
      if (r.len > 3) memcpy(ab->Data(), p + 3, r.len - 3);
      o.Num("certUsage", p[0]).Num("selector", p[1]).Num("match", p[2]).Val("data", ab);
      if (any) o.Str("type", "TLSA");
      break;
    }
    default:
      return {};
  }
  if (!o.ok()) return {};
  return o.get();
}

// The result of a finished query: sets *result (and *ttls for A/AAAA) or returns an ares
// status. Records of other types in the answer (a CNAME before the A records) are skipped.
int QueryResult(v8::Isolate* isolate, v8::Local<v8::Context> ctx, QueryReqWrap* q,
                v8::Local<v8::Value>* result, v8::Local<v8::Value>* ttls) {
  std::vector<Record> records;
  if (!ParseAnswers(q->reply, &records)) return ARES_EBADRESP;
  if (q->type == kANY) {
    // Node's order: A (or, without any, CNAME), AAAA, MX, NS, TXT, SRV, PTR, NAPTR, SOA, TLSA,
    // CAA.
    bool has_a = false;
    for (const Record& r : records) has_a = has_a || r.type == kA;
    const int order[] = {has_a ? kA : kCNAME, kAAAA, kMX, kNS, kTXT, kSRV,
                         kPTR, kNAPTR, kSOA, kTLSA, kCAA};
    v8::Local<v8::Array> list = v8::Array::New(isolate);
    uint32_t n = 0;
    for (int type : order) {
      for (const Record& r : records) {
        if (r.type != type) continue;
        v8::Local<v8::Value> v;
        if (!RecordValue(isolate, ctx, q->reply, r, true).ToLocal(&v)) return ARES_EBADRESP;
        if (list->Set(ctx, n++, v).IsNothing()) return ARES_ENOMEM;
        if (type == kSOA) break;
      }
    }
    if (n == 0) return ARES_ENODATA;
    *result = list;
    return ARES_SUCCESS;
  }
  v8::Local<v8::Array> list = v8::Array::New(isolate);
  v8::Local<v8::Array> ttl_list = v8::Array::New(isolate);
  uint32_t n = 0;
  for (const Record& r : records) {
    if (r.type != q->type) continue;
    v8::Local<v8::Value> v;
    if (!RecordValue(isolate, ctx, q->reply, r, false).ToLocal(&v)) return ARES_EBADRESP;
    if (q->type == kSOA) {
      *result = v;
      return ARES_SUCCESS;
    }
    if (list->Set(ctx, n, v).IsNothing()) return ARES_ENOMEM;
    if (ttl_list->Set(ctx, n, v8::Integer::NewFromUnsigned(isolate, r.ttl)).IsNothing())
      return ARES_ENOMEM;
    n++;
  }
  if (n == 0) return ARES_ENODATA;
  *result = list;
  if (q->type == kA || q->type == kAAAA) *ttls = ttl_list;
  return ARES_SUCCESS;
}

class ChannelWrap : public BaseObject {
 public:
  ChannelWrap(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  ~ChannelWrap() override {
    destroying_ = true;
    if (initialized_) ares_destroy(channel_);
    for (auto& entry : polls_) ClosePoll(entry.second);
    polls_.clear();
    CloseTimer(timeout_timer_);
    CloseTimer(deliver_timer_);
  }

  static void New(const Info& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      ThrowTypeError(isolate, "Class constructor ChannelWrap cannot be invoked without 'new'");
      return;
    }
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    int timeout = info[0]->Int32Value(ctx).FromMaybe(-1);
    int tries = info[1]->Int32Value(ctx).FromMaybe(4);
    auto* self = new ChannelWrap(Realm::From(info), info.This());
    int status = self->Setup(timeout, tries);
    if (status != ARES_SUCCESS) {
      std::string msg = std::string("c-ares failed to initialise: ") + ares_strerror(status);
      ThrowError(isolate, msg);
    }
  }

  int Setup(int timeout, int tries) {
    static int library_status = ares_library_init(ARES_LIB_INIT_ALL);
    if (library_status != ARES_SUCCESS) return library_status;
    uv_loop_t* loop = realm()->loop();
    timeout_timer_ = new uv_timer_t;
    uv_timer_init(loop, timeout_timer_);
    timeout_timer_->data = this;
    deliver_timer_ = new uv_timer_t;
    uv_timer_init(loop, deliver_timer_);
    deliver_timer_->data = this;
    struct ares_options options;
    memset(&options, 0, sizeof(options));
    // EDNS with a 1232-byte payload, as the c-ares node 22 bundles does by default: answers
    // beyond 512 bytes (a full ANY) arrive over UDP.
    options.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_EDNS;
    options.ednspsz = 1232;
    options.sock_state_cb = SockState;
    options.sock_state_cb_data = this;
    int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_EDNSPSZ;
    if (timeout >= 0) {
      options.timeout = timeout;
      mask |= ARES_OPT_TIMEOUTMS;
    }
    if (tries > 0) {
      options.tries = tries;
      mask |= ARES_OPT_TRIES;
    }
    int status = ares_init_options(&channel_, &options, mask);
    initialized_ = status == ARES_SUCCESS;
    return status;
  }

  ares_channel channel() const { return channel_; }
  bool initialized() const { return initialized_; }

  // A query was handed to c-ares.
  void Started() {
    if (active_++ == 0) ClearWeak();
    UpdateTimer();
  }

  // c-ares finished a query (possibly synchronously, from inside a JS call).
  void Finished(QueryReqWrap* q) {
    done_.push_back(q);
    if (!destroying_ && !uv_is_active(reinterpret_cast<uv_handle_t*>(deliver_timer_)))
      uv_timer_start(deliver_timer_, Deliver, 0, 0);
  }

  static void Cancel(const Info& info) {
    NODUS_UNWRAP(self, ChannelWrap, info.This());
    if (self->initialized_) ares_cancel(self->channel_);
  }

  static void GetServers(const Info& info) {
    NODUS_UNWRAP(self, ChannelWrap, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!self->initialized_) return;
    struct ares_addr_port_node* servers = nullptr;
    if (ares_get_servers_ports(self->channel_, &servers) != ARES_SUCCESS) return;
    v8::Local<v8::Array> list = v8::Array::New(isolate);
    uint32_t n = 0;
    for (auto* s = servers; s != nullptr; s = s->next) {
      char text[INET6_ADDRSTRLEN];
      if (uv_inet_ntop(s->family, &s->addr, text, sizeof(text)) != 0) continue;
      v8::Local<v8::Value> pair[2] = {Str(isolate, text),
                                      v8::Integer::New(isolate, s->udp_port)};
      if (list->Set(ctx, n++, v8::Array::New(isolate, pair, 2)).IsNothing()) break;
    }
    ares_free_data(servers);
    info.GetReturnValue().Set(list);
  }

  // setServers([[family, address, port], ...]) -> 0 or an ares status.
  static void SetServers(const Info& info) {
    NODUS_UNWRAP(self, ChannelWrap, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!self->initialized_) return info.GetReturnValue().Set(ARES_ENOTINITIALIZED);
    if (self->active_ > 0) return info.GetReturnValue().Set(kSetServersPending);
    if (!info[0]->IsArray()) return info.GetReturnValue().Set(ARES_EBADSTR);
    v8::Local<v8::Array> list = info[0].As<v8::Array>();
    std::vector<ares_addr_port_node> nodes(list->Length());
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!list->Get(ctx, i).ToLocal(&item) || !item->IsArray())
        return info.GetReturnValue().Set(ARES_EBADSTR);
      v8::Local<v8::Array> entry = item.As<v8::Array>();
      v8::Local<v8::Value> fam, addr, port;
      if (!entry->Get(ctx, 0).ToLocal(&fam) || !entry->Get(ctx, 1).ToLocal(&addr) ||
          !entry->Get(ctx, 2).ToLocal(&port))
        return;
      ares_addr_port_node& node = nodes[i];
      memset(&node, 0, sizeof(node));
      int family = fam->Int32Value(ctx).FromMaybe(0);
      Utf8 text(isolate, addr);
      int err;
      if (family == 6) {
        node.family = AF_INET6;
        err = uv_inet_pton(AF_INET6, *text, &node.addr.addr6);
      } else {
        node.family = AF_INET;
        err = uv_inet_pton(AF_INET, *text, &node.addr.addr4);
      }
      if (err != 0) return info.GetReturnValue().Set(ARES_EBADSTR);
      int p = port->Int32Value(ctx).FromMaybe(53);
      node.udp_port = p;
      node.tcp_port = p;
      node.next = i + 1 < nodes.size() ? &nodes[i + 1] : nullptr;
    }
    int status = ares_set_servers_ports(self->channel_, nodes.empty() ? nullptr : &nodes[0]);
    info.GetReturnValue().Set(status);
  }

  // setLocalAddress(first, second?): JS validated both (distinct families).
  static void SetLocalAddress(const Info& info) {
    NODUS_UNWRAP(self, ChannelWrap, info.This());
    if (!self->initialized_) return;
    v8::Isolate* isolate = info.GetIsolate();
    bool have_v4 = false, have_v6 = false;
    for (int i = 0; i < 2; i++) {
      if (!info[i]->IsString()) continue;
      Utf8 text(isolate, info[i]);
      unsigned char buf[16];
      if (uv_inet_pton(AF_INET, *text, buf) == 0) {
        ares_set_local_ip4(self->channel_, Be32(buf));
        have_v4 = true;
      } else if (uv_inet_pton(AF_INET6, *text, buf) == 0) {
        ares_set_local_ip6(self->channel_, buf);
        have_v6 = true;
      }
    }
    unsigned char zeros[16] = {0};
    if (!have_v4) ares_set_local_ip4(self->channel_, 0);
    if (!have_v6) ares_set_local_ip6(self->channel_, zeros);
  }

  // queryX(req, name) -> 0 (the answer comes through req.oncomplete).
  template <int kType>
  static void Query(const Info& info) {
    NODUS_UNWRAP(self, ChannelWrap, info.This());
    QueryReqWrap* q = self->TakeReq(info);
    if (q == nullptr) return;
    Utf8 name(info.GetIsolate(), info[1]);
    q->type = kType;
    self->Started();
    // Whitespace and control bytes are never part of a name (newer c-ares says EBADNAME too).
    for (char c : name.view()) {
      if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
        OnReply(q, ARES_EBADNAME, 0, nullptr, 0);
        info.GetReturnValue().Set(0);
        return;
      }
    }
    ares_query(self->channel_, *name, 1 /* IN */, kType, OnReply, q);
    self->UpdateTimer();
    info.GetReturnValue().Set(0);
  }

  // getHostByAddr(req, ip) -> 0 or UV_EINVAL.
  static void GetHostByAddr(const Info& info) {
    NODUS_UNWRAP(self, ChannelWrap, info.This());
    if (BaseObject::Unwrap<QueryReqWrap>(info[0]) == nullptr) return;
    Utf8 ip(info.GetIsolate(), info[1]);
    unsigned char buf[16];
    int family = AF_INET, len = 4;
    if (uv_inet_pton(AF_INET, *ip, buf) != 0) {
      family = AF_INET6;
      len = 16;
      if (uv_inet_pton(AF_INET6, *ip, buf) != 0) return info.GetReturnValue().Set(UV_EINVAL);
    }
    QueryReqWrap* q = self->TakeReq(info);
    if (q == nullptr) return;
    q->type = 0;
    self->Started();
    ares_gethostbyaddr(self->channel_, buf, len, family, OnHost, q);
    self->UpdateTimer();
    info.GetReturnValue().Set(0);
  }

 private:
  struct Poll {
    uv_poll_t handle;
    ares_socket_t fd;
    ChannelWrap* channel;
  };

  QueryReqWrap* TakeReq(const Info& info) {
    QueryReqWrap* q = BaseObject::Unwrap<QueryReqWrap>(info[0]);
    if (q == nullptr || q->busy || !initialized_) {
      ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE",
                      "req must be an unused QueryReqWrap");
      return nullptr;
    }
    q->busy = true;
    q->channel = this;
    q->status = ARES_SUCCESS;
    q->reply.clear();
    q->names.clear();
    q->ClearWeak();
    return q;
  }

  static void OnReply(void* arg, int status, int, unsigned char* abuf, int alen) {
    auto* q = static_cast<QueryReqWrap*>(arg);
    q->status = status;
    if (status == ARES_SUCCESS && abuf != nullptr) q->reply.assign(abuf, abuf + alen);
    q->channel->Finished(q);
  }

  static void OnHost(void* arg, int status, int, struct hostent* host) {
    auto* q = static_cast<QueryReqWrap*>(arg);
    q->status = status;
    if (status == ARES_SUCCESS && host != nullptr && host->h_aliases != nullptr) {
      for (char** a = host->h_aliases; *a != nullptr; a++) q->names.emplace_back(*a);
    }
    q->channel->Finished(q);
  }

  static void Deliver(uv_timer_t* timer) {
    auto* self = static_cast<ChannelWrap*>(timer->data);
    Realm* realm = self->realm();
    v8::Isolate* isolate = realm->isolate();
    CallbackContext cc(realm);
    v8::Local<v8::Context> ctx = realm->context();
    std::vector<QueryReqWrap*> batch;
    batch.swap(self->done_);
    for (QueryReqWrap* q : batch) {
      v8::Local<v8::Value> argv[3] = {v8::Integer::New(isolate, 0), v8::Undefined(isolate),
                                      v8::Undefined(isolate)};
      int status = q->status;
      if (status == ARES_SUCCESS) {
        v8::TryCatch tc(isolate);
        if (q->type == 0) {
          v8::Local<v8::Array> list = v8::Array::New(isolate);
          for (uint32_t i = 0; i < q->names.size(); i++) {
            if (list->Set(ctx, i, TextValue(isolate, q->names[i])).IsNothing()) break;
          }
          argv[1] = list;
        } else {
          status = QueryResult(isolate, ctx, q, &argv[1], &argv[2]);
        }
      }
      if (status != ARES_SUCCESS) {
        argv[0] = Str(isolate, AresCodeName(status));
        argv[1] = v8::Undefined(isolate);
        argv[2] = v8::Undefined(isolate);
      }
      q->reply.clear();
      q->names.clear();
      q->busy = false;
      q->MakeWeak();
      self->active_--;
      MakeCallback(realm, q->object(), "oncomplete", 3, argv);
    }
    if (self->active_ == 0 && self->done_.empty()) self->MakeWeak();
  }

  static void SockState(void* data, ares_socket_t fd, int readable, int writable) {
    auto* self = static_cast<ChannelWrap*>(data);
    if (self->destroying_) return;
    auto it = self->polls_.find(fd);
    if (readable || writable) {
      Poll* poll;
      if (it == self->polls_.end()) {
        poll = new Poll;
        poll->fd = fd;
        poll->channel = self;
        if (uv_poll_init_socket(self->realm()->loop(), &poll->handle, fd) != 0) {
          delete poll;
          return;
        }
        poll->handle.data = poll;
        self->polls_[fd] = poll;
      } else {
        poll = it->second;
      }
      uv_poll_start(&poll->handle, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0),
                    OnPoll);
    } else if (it != self->polls_.end()) {
      ClosePoll(it->second);
      self->polls_.erase(it);
    }
  }

  static void OnPoll(uv_poll_t* handle, int status, int events) {
    auto* poll = static_cast<Poll*>(handle->data);
    ChannelWrap* self = poll->channel;
    ares_socket_t fd = poll->fd;
    if (status < 0) {
      // Let c-ares find the socket's error itself.
      ares_process_fd(self->channel_, fd, fd);
    } else {
      ares_process_fd(self->channel_, (events & UV_READABLE) ? fd : ARES_SOCKET_BAD,
                      (events & UV_WRITABLE) ? fd : ARES_SOCKET_BAD);
    }
    self->UpdateTimer();
  }

  static void OnTimeout(uv_timer_t* timer) {
    auto* self = static_cast<ChannelWrap*>(timer->data);
    ares_process_fd(self->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    self->UpdateTimer();
  }

  // Arms the timer for c-ares's next timeout, or stops it when nothing is pending.
  void UpdateTimer() {
    if (destroying_ || !initialized_) return;
    struct timeval tv;
    if (active_ > 0 && ares_timeout(channel_, nullptr, &tv) != nullptr) {
      uint64_t ms = static_cast<uint64_t>(tv.tv_sec) * 1000 + (tv.tv_usec + 999) / 1000;
      uv_timer_start(timeout_timer_, OnTimeout, ms, 0);
    } else {
      uv_timer_stop(timeout_timer_);
    }
  }

  static void ClosePoll(Poll* poll) {
    uv_close(reinterpret_cast<uv_handle_t*>(&poll->handle),
             [](uv_handle_t* h) { delete static_cast<Poll*>(h->data); });
  }
  static void CloseTimer(uv_timer_t* timer) {
    if (timer == nullptr) return;
    uv_close(reinterpret_cast<uv_handle_t*>(timer),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_timer_t*>(h); });
  }

  ares_channel channel_ = nullptr;
  bool initialized_ = false;
  bool destroying_ = false;
  int active_ = 0;
  uv_timer_t* timeout_timer_ = nullptr;
  uv_timer_t* deliver_timer_ = nullptr;
  std::unordered_map<ares_socket_t, Poll*> polls_;
  std::vector<QueryReqWrap*> done_;
};

}  // namespace

void Init(Binding& b) {
  b.Method("getaddrinfo", GetAddrInfo, 5);
  b.Method("getnameinfo", GetNameInfo, 3);
  b.Method("canonicalizeIP", CanonicalizeIP, 1);
  b.Method("strerror", StrError, 1);
  b.Install("GetAddrInfoReqWrap", b.Class("GetAddrInfoReqWrap", NewReq<GetAddrInfoReqWrap>));
  b.Install("GetNameInfoReqWrap", b.Class("GetNameInfoReqWrap", NewReq<GetNameInfoReqWrap>));
  b.Install("QueryReqWrap", b.Class("QueryReqWrap", QueryReqWrap::New));
  v8::Local<v8::FunctionTemplate> channel = b.Class("ChannelWrap", ChannelWrap::New);
  b.ProtoMethod(channel, "queryAny", ChannelWrap::Query<kANY>, 2);
  b.ProtoMethod(channel, "queryA", ChannelWrap::Query<kA>, 2);
  b.ProtoMethod(channel, "queryAaaa", ChannelWrap::Query<kAAAA>, 2);
  b.ProtoMethod(channel, "queryCaa", ChannelWrap::Query<kCAA>, 2);
  b.ProtoMethod(channel, "queryCname", ChannelWrap::Query<kCNAME>, 2);
  b.ProtoMethod(channel, "queryMx", ChannelWrap::Query<kMX>, 2);
  b.ProtoMethod(channel, "queryNs", ChannelWrap::Query<kNS>, 2);
  b.ProtoMethod(channel, "queryTlsa", ChannelWrap::Query<kTLSA>, 2);
  b.ProtoMethod(channel, "queryTxt", ChannelWrap::Query<kTXT>, 2);
  b.ProtoMethod(channel, "querySrv", ChannelWrap::Query<kSRV>, 2);
  b.ProtoMethod(channel, "queryPtr", ChannelWrap::Query<kPTR>, 2);
  b.ProtoMethod(channel, "queryNaptr", ChannelWrap::Query<kNAPTR>, 2);
  b.ProtoMethod(channel, "querySoa", ChannelWrap::Query<kSOA>, 2);
  b.ProtoMethod(channel, "getHostByAddr", ChannelWrap::GetHostByAddr, 2);
  b.ProtoMethod(channel, "getServers", ChannelWrap::GetServers);
  b.ProtoMethod(channel, "setServers", ChannelWrap::SetServers, 1);
  b.ProtoMethod(channel, "setLocalAddress", ChannelWrap::SetLocalAddress, 2);
  b.ProtoMethod(channel, "cancel", ChannelWrap::Cancel);
  b.Install("ChannelWrap", channel);
  b.Constant("AI_ADDRCONFIG", AI_ADDRCONFIG);
  b.Constant("AI_ALL", AI_ALL);
  b.Constant("AI_V4MAPPED", AI_V4MAPPED);
  b.Constant("DNS_ORDER_VERBATIM", kOrderVerbatim);
  b.Constant("DNS_ORDER_IPV4_FIRST", kOrderIpv4First);
  b.Constant("DNS_ORDER_IPV6_FIRST", kOrderIpv6First);
}

}  // namespace nodus::cares_wrap

// internalBinding('url'): the WHATWG URL parser of src/url for lib/internal/url.js. A parse
// returns the href (always ASCII: the parser percent-encodes or punycodes everything else) and
// writes the component offsets into a Uint32Array the caller owns, so `new URL()` is one call.
#include <cstring>

#include "base/binding.h"
#include "url/url.h"

namespace nodus::url {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

// The layout of the components array (kept in sync with lib/internal/url.js).
enum Slot {
  kProtocolEnd, kUsernameStart, kUsernameEnd, kPasswordStart, kPasswordEnd, kHostStart,
  kHostEnd, kPort, kPathnameStart, kSearchStart, kHashStart, kFlags, kSlotCount
};

// Converts a JS string to UTF-8, lone surrogates as U+FFFD (the USVString conversion). Short
// strings stay on the stack.
class Input {
 public:
  Input(v8::Isolate* isolate, v8::Local<v8::Value> v) {
    v8::Local<v8::String> s;
    if (!v->ToString(isolate->GetCurrentContext()).ToLocal(&s)) return;
    ok_ = true;
    const int length = s->Length();
    size_t max = static_cast<size_t>(length) * 3;
    char* dest = stack_;
    if (max > sizeof(stack_)) {
      heap_.resize(max);
      dest = heap_.data();
    }
    data_ = dest;
    if (s->IsOneByte()) {
      // Latin-1 contents: copy, then widen bytes >= 0x80 to two-byte UTF-8 (in place, from the
      // end) if there are any.
      uint8_t* out = reinterpret_cast<uint8_t*>(dest);
      s->WriteOneByte(isolate, out, 0, length, v8::String::NO_NULL_TERMINATION);
      size_t high = 0;
      for (int i = 0; i < length; i++) high += out[i] >> 7;
      len_ = static_cast<size_t>(length) + high;
      if (high) {
        size_t w = len_;
        for (int i = length - 1; i >= 0; i--) {
          uint8_t c = out[i];
          if (c < 0x80) {
            out[--w] = c;
          } else {
            out[--w] = 0x80 | (c & 0x3F);
            out[--w] = 0xC0 | (c >> 6);
          }
        }
      }
      return;
    }
    len_ = s->WriteUtf8(isolate, dest, static_cast<int>(max), nullptr,
                        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  bool ok() const { return ok_; }
  std::string_view view() const { return std::string_view(data_, len_); }

 private:
  char stack_[1024];
  std::string heap_;
  const char* data_ = stack_;
  size_t len_ = 0;
  bool ok_ = false;
};

// The components of the last parse, shared with JS as the binding's `components` Uint32Array
// (one per thread: a parse and the read of its components never interleave with another).
thread_local uint32_t tls_components[kSlotCount];

void WriteComponents(const Components& c) {
  uint32_t* out = tls_components;
  out[kProtocolEnd] = c.protocol_end;
  out[kUsernameStart] = c.username_start;
  out[kUsernameEnd] = c.username_end;
  out[kPasswordStart] = c.password_start;
  out[kPasswordEnd] = c.password_end;
  out[kHostStart] = c.host_start;
  out[kHostEnd] = c.host_end;
  out[kPort] = c.port;
  out[kPathnameStart] = c.pathname_start;
  out[kSearchStart] = c.search_start;
  out[kHashStart] = c.hash_start;
  out[kFlags] = (c.has_host ? 1 : 0) | (c.opaque_path ? 2 : 0);
}

void ReturnString(const Info& info, const std::string& href) {
  v8::Local<v8::String> s;
  if (v8::String::NewFromOneByte(info.GetIsolate(), reinterpret_cast<const uint8_t*>(href.data()),
                                 v8::NewStringType::kNormal, static_cast<int>(href.size()))
          .ToLocal(&s))
    info.GetReturnValue().Set(s);
}

void ReturnHref(const Info& info, const Url& u) {
  Components c;
  std::string href = u.Href(&c);
  WriteComponents(c);
  ReturnString(info, href);
}

std::optional<Url> ParseArgs(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Input input(isolate, info[0]);
  if (!input.ok()) return std::nullopt;
  if (info[1]->IsUndefined()) return Parse(input.view());
  Input base(isolate, info[1]);
  if (!base.ok()) return std::nullopt;
  return Parse(input.view(), base.view());
}

// parse(input, base | undefined) -> href (components in `components`), or undefined when invalid.
void ParseUrl(const Info& info) {
  if (info[1]->IsUndefined()) {
    Input input(info.GetIsolate(), info[0]);
    if (!input.ok()) return;
    std::string href;
    Components c;
    if (FastHref(input.view(), &href, &c)) {
      WriteComponents(c);
      ReturnString(info, href);
      return;
    }
    auto u = Parse(input.view());
    if (u) ReturnHref(info, *u);
    return;
  }
  auto u = ParseArgs(info);
  if (u) ReturnHref(info, *u);
}

// canParse(input, base | undefined) -> boolean
void CanParse(const Info& info) {
  if (info[1]->IsUndefined()) {
    Input input(info.GetIsolate(), info[0]);
    if (!input.ok()) return;
    info.GetReturnValue().Set(FastHref(input.view(), nullptr, nullptr) ||
                              Parse(input.view()).has_value());
    return;
  }
  info.GetReturnValue().Set(ParseArgs(info).has_value());
}

enum Action { kSetHref, kSetProtocol, kSetUsername, kSetPassword, kSetHost, kSetHostname, kSetPort,
              kSetPathname, kSetSearch, kSetHash };

// update(href, action, value) -> the new href (components in `components`), or false when the href setter got
// an invalid URL.
void Update(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Input href(isolate, info[0]);
  Input value(isolate, info[2]);
  if (!href.ok() || !value.ok()) return;
  auto u = Parse(href.view());
  if (!u) {
    info.GetReturnValue().Set(false);
    return;
  }
  std::string_view v = value.view();
  switch (info[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1)) {
    case kSetHref:
      if (!u->SetHref(v)) {
        info.GetReturnValue().Set(false);
        return;
      }
      break;
    case kSetProtocol: u->SetProtocol(v); break;
    case kSetUsername: u->SetUsername(v); break;
    case kSetPassword: u->SetPassword(v); break;
    case kSetHost: u->SetHost(v); break;
    case kSetHostname: u->SetHostname(v); break;
    case kSetPort: u->SetPort(v); break;
    case kSetPathname: u->SetPathname(v); break;
    case kSetSearch: u->SetSearch(v); break;
    case kSetHash: u->SetHash(v); break;
    default: return;
  }
  ReturnHref(info, *u);
}

// format(href, fragment, unicode, search, auth) -> string: url.format(URL, options).
void Format(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Input href(isolate, info[0]);
  if (!href.ok()) return;
  auto u = Parse(href.view());
  if (!u) return;
  if (!info[1]->IsTrue()) u->fragment.reset();
  if (info[2]->IsTrue() && u->host) *u->host = DomainToUnicode(*u->host);
  if (!info[3]->IsTrue()) u->query.reset();
  if (!info[4]->IsTrue()) {
    u->username.clear();
    u->password.clear();
  }
  std::string out = u->Href();
  info.GetReturnValue().Set(Str(isolate, out));
}

// origin(href) -> string
void GetOrigin(const Info& info) {
  Input href(info.GetIsolate(), info[0]);
  if (!href.ok()) return;
  auto u = Parse(href.view());
  info.GetReturnValue().Set(Str(info.GetIsolate(), u ? u->Origin() : "null"));
}

// What the hostname setter of a special URL makes of `input` (nullopt when it rejects it).
std::optional<std::string> HostnameOf(std::string_view input) {
  Url u;
  u.scheme = "ws";
  u.host = std::string("\x01");  // no parsed host looks like this
  u.SetHostname(input);
  if (!u.host || *u.host == "\x01") return std::nullopt;
  return u.host;
}

// Calls `fn` on the first argument as UTF-8 and returns its result as a string ("" for "").
template <typename F>
void DomainCall(const Info& info, F fn) {
  v8::Isolate* isolate = info.GetIsolate();
  Input in(isolate, info[0]);
  if (!in.ok()) return;
  if (in.view().empty()) {
    info.GetReturnValue().SetEmptyString();
    return;
  }
  info.GetReturnValue().Set(Str(isolate, fn(in.view())));
}

// domainToASCII(domain) / domainToUnicode(domain): what the hostname setter of a special URL
// makes of the domain ("" when it rejects it), as Node's url.domainToASCII/domainToUnicode.
void DomainToASCII(const Info& info) {
  DomainCall(info, [](std::string_view d) { return HostnameOf(d).value_or(""); });
}

void DomainToUnicodeJs(const Info& info) {
  DomainCall(info, [](std::string_view d) {
    auto host = HostnameOf(d);
    return host ? DomainToUnicode(*host) : std::string();
  });
}

// toASCII(domain): UTS #46 alone (domain to ASCII, not strict), for the legacy url.parse.
void ToASCII(const Info& info) {
  DomainCall(info, [](std::string_view d) { return DomainToAscii(d, false).value_or(""); });
}

}  // namespace

void Init(Binding& b) {
  b.Method("parse", ParseUrl, 2);
  b.Method("canParse", CanParse, 2);
  b.Method("update", Update, 3);
  b.Method("format", Format, 5);
  b.Method("getOrigin", GetOrigin, 1);
  b.Method("domainToASCII", DomainToASCII, 1);
  b.Method("domainToUnicode", DomainToUnicodeJs, 1);
  b.Method("toASCII", ToASCII, 1);
  b.Constant("componentCount", kSlotCount);
  // Over thread-local memory (with a no-op deleter): per process, not for a startup snapshot.
  auto store = v8::ArrayBuffer::NewBackingStore(
      tls_components, sizeof(tls_components), [](void*, size_t, void*) {}, nullptr);
  auto buffer = v8::ArrayBuffer::New(b.isolate(), std::move(store));
  b.Value("components", v8::Uint32Array::New(buffer, 0, kSlotCount));
}

}  // namespace nodus::url

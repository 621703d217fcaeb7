// internalBinding('http2'): one nghttp2 session per `Http2Session` object, driven entirely by JS.
// JS feeds the transport's bytes with receive(), asks for the bytes to send with send() and takes
// the events both produced with takeEvents(). No JS runs inside nghttp2's callbacks: they only
// queue events, so JS may call back into the session freely while handling them.
#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/base_object.h"
#include "base/binding.h"
#include "runtime/realm.h"

namespace nodus::http2 {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

enum EventType : uint32_t {
  kEvHeaders = 1,      // id, a = category, b = frame flags, headers
  kEvData = 2,         // id, data
  kEvEnd = 3,          // id (END_STREAM on a DATA frame)
  kEvClose = 4,        // id, a = error code
  kEvSettings = 5,     // a = ack
  kEvPing = 6,         // a = ack, data = payload
  kEvGoaway = 7,       // a = code, b = last stream id, data = opaque data
  kEvPushPromise = 8,  // id = parent, a = promised id, headers
  kEvDataSent = 9,     // id, a = bytes taken from the stream's queue
  kEvWantTrailers = 10,  // id
  kEvFrameError = 11,  // id, a = frame type, b = library error
  kEvRst = 12,         // id, a = code (RST_STREAM received)
  kEvFrameSent = 13,   // id, a = frame type, b = flags (GOAWAY and RST_STREAM only)
  kEvAltsvc = 14,      // id, headers = [{origin, field value}]
  kEvOrigin = 15,      // headers = [{origin, ""}, ...]
};

struct Header {
  std::string name, value;
  uint8_t flags;
};

struct Event {
  uint32_t type;
  int32_t id;
  uint32_t a = 0, b = 0;
  std::string data;
  std::vector<Header> headers;
};

// What JS queued to send on one stream.
struct Outgoing {
  std::deque<std::string> chunks;
  size_t offset = 0;  // into chunks.front()
  bool eof = false;
  bool trailers = false;  // stop before END_STREAM and ask JS for trailers
  bool deferred = false;
  size_t pending = 0;  // bytes in chunks not yet taken by nghttp2
};

v8::Local<v8::Value> U8(v8::Isolate* isolate, const char* data, size_t n) {
  std::unique_ptr<v8::BackingStore> bs = v8::ArrayBuffer::NewBackingStore(isolate, n);
  if (n != 0) memcpy(bs->Data(), data, n);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(bs));
  return v8::Uint8Array::New(ab, 0, n);
}

bool ViewBytes(v8::Local<v8::Value> v, const char** data, size_t* n) {
  if (!v->IsArrayBufferView()) return false;
  auto view = v.As<v8::ArrayBufferView>();
  *n = view->ByteLength();
  *data = *n == 0 ? "" : static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  return true;
}

// A JS value as Latin-1 bytes (header values, ALTSVC and ORIGIN payloads, as node writes them);
// false with an exception pending when it has no string form.
bool OneByte(v8::Isolate* isolate, v8::Local<v8::Value> v, std::string* out) {
  v8::Local<v8::String> str;
  if (!v->ToString(isolate->GetCurrentContext()).ToLocal(&str)) return false;
  out->assign(str->Length(), '\0');
  str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(out->data()), 0, str->Length(),
                    v8::String::NO_NULL_TERMINATION);
  return true;
}

// A flat JS [name, value, flags, ...] list as nghttp2 name/value pairs (strings kept alive here).
struct NvList {
  std::vector<std::string> strings;
  std::vector<nghttp2_nv> nva;
  bool Parse(v8::Isolate* isolate, v8::Local<v8::Value> v) {
    if (!v->IsArray()) return false;
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    auto arr = v.As<v8::Array>();
    uint32_t n = arr->Length() / 3;
    strings.reserve(n * 2);
    std::vector<uint8_t> flags;
    for (uint32_t i = 0; i < n; i++) {
      v8::Local<v8::Value> name, value, flag;
      if (!arr->Get(ctx, i * 3).ToLocal(&name) || !arr->Get(ctx, i * 3 + 1).ToLocal(&value) ||
          !arr->Get(ctx, i * 3 + 2).ToLocal(&flag))
        return false;
      // Header values are Latin-1 on the wire, as node writes them.
      for (v8::Local<v8::Value> s : {name, value}) {
        std::string out;
        if (!OneByte(isolate, s, &out)) return false;
        strings.push_back(std::move(out));
      }
      flags.push_back(flag->IsTrue() || flag->Int32Value(ctx).FromMaybe(0) != 0
                          ? NGHTTP2_NV_FLAG_NO_INDEX
                          : NGHTTP2_NV_FLAG_NONE);
    }
    nva.resize(n);
    for (uint32_t i = 0; i < n; i++) {
      std::string& nm = strings[i * 2];
      std::string& vl = strings[i * 2 + 1];
      nva[i] = {reinterpret_cast<uint8_t*>(nm.data()), reinterpret_cast<uint8_t*>(vl.data()),
                nm.size(), vl.size(), flags[i]};
    }
    return true;
  }
};

class Session : public BaseObject {
 public:
  Session(Realm* realm, v8::Local<v8::Object> obj, bool server, v8::Local<v8::Value> opts)
      : BaseObject(realm, obj), server_(server) {
    ClearWeak();  // alive until destroy()
    nghttp2_session_callbacks* cb;
    nghttp2_session_callbacks_new(&cb);
    nghttp2_session_callbacks_set_on_begin_headers_callback(cb, OnBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(cb, OnHeader);
    nghttp2_session_callbacks_set_on_frame_recv_callback(cb, OnFrameRecv);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cb, OnDataChunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(cb, OnStreamClose);
    nghttp2_session_callbacks_set_on_frame_not_send_callback(cb, OnFrameNotSend);
    nghttp2_session_callbacks_set_on_frame_send_callback(cb, OnFrameSend);
    nghttp2_option* opt;
    nghttp2_option_new(&opt);
    nghttp2_option_set_no_auto_window_update(opt, 1);
    // ALTSVC (RFC 7838) and ORIGIN (RFC 8336) frames reach on_frame_recv.
    nghttp2_option_set_builtin_recv_extension_type(opt, NGHTTP2_ALTSVC);
    nghttp2_option_set_builtin_recv_extension_type(opt, NGHTTP2_ORIGIN);
    // [peerMaxConcurrentStreams, maxReservedRemoteStreams, maxDeflateDynamicTableSize,
    //  maxSendHeaderBlockLength, maxHeaderListPairs, maxSessionMemory (MB)]; 0 = the default.
    uint32_t peer_max = 100;
    if (opts->IsArray()) {
      v8::Local<v8::Context> ctx = realm->context();
      auto arr = opts.As<v8::Array>();
      auto get = [&](uint32_t i) -> double {
        v8::Local<v8::Value> v;
        if (i >= arr->Length() || !arr->Get(ctx, i).ToLocal(&v) || !v->IsNumber()) return 0;
        return v.As<v8::Number>()->Value();
      };
      if (get(0) > 0) peer_max = static_cast<uint32_t>(get(0));
      if (get(1) > 0) nghttp2_option_set_max_reserved_remote_streams(opt, (uint32_t)get(1));
      if (get(2) > 0) nghttp2_option_set_max_deflate_dynamic_table_size(opt, (size_t)get(2));
      if (get(3) > 0) nghttp2_option_set_max_send_header_block_length(opt, (size_t)get(3));
      if (get(4) > 0) max_header_pairs_ = std::max(4.0, std::min(get(4), 4294967295.0));
      if (get(5) > 0) max_session_memory_ = std::max(1.0, get(5)) * 1e6;
    }
    nghttp2_option_set_peer_max_concurrent_streams(opt, peer_max);
    int rv = server ? nghttp2_session_server_new2(&session_, cb, this, opt)
                    : nghttp2_session_client_new2(&session_, cb, this, opt);
    if (rv != 0) session_ = nullptr;
    nghttp2_option_del(opt);
    nghttp2_session_callbacks_del(cb);
  }
  ~Session() override { Free(); }

  void Free() {
    if (session_ != nullptr) nghttp2_session_del(session_);
    session_ = nullptr;
    out_.clear();
    queued_bytes_ = 0;
    headers_.clear();
    events_.clear();
  }

  static Session* From(void* user) { return static_cast<Session*>(user); }

  // ---- nghttp2 callbacks: queue events only ----
  static int OnBeginHeaders(nghttp2_session*, const nghttp2_frame* frame, void* user) {
    Session* self = From(user);
    bool push = frame->hd.type == NGHTTP2_PUSH_PROMISE;
    int32_t id = push ? frame->push_promise.promised_stream_id : frame->hd.stream_id;
    // maxSessionMemory: a new stream is refused while the session holds more than that (data
    // queued to send and header blocks being received), as node does.
    bool opens = push || frame->headers.cat == NGHTTP2_HCAT_REQUEST;
    if (opens && self->SessionMemory() > self->max_session_memory_) {
      nghttp2_submit_rst_stream(self->session_, NGHTTP2_FLAG_NONE, id, NGHTTP2_ENHANCE_YOUR_CALM);
      return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    }
    self->headers_[id].clear();
    return 0;
  }
  uint64_t SessionMemory() const {
    uint64_t total = queued_bytes_;
    for (auto& [id, list] : headers_) {
      for (const Header& h : list) total += h.name.size() + h.value.size() + sizeof(Header);
    }
    return total;
  }
  void DropOutgoing(int32_t id) {
    auto it = out_.find(id);
    if (it == out_.end()) return;
    queued_bytes_ -= it->second.pending;
    out_.erase(it);
  }
  static int OnHeader(nghttp2_session*, const nghttp2_frame* frame, const uint8_t* name,
                      size_t namelen, const uint8_t* value, size_t valuelen, uint8_t flags,
                      void* user) {
    int32_t id = frame->hd.type == NGHTTP2_PUSH_PROMISE ? frame->push_promise.promised_stream_id
                                                        : frame->hd.stream_id;
    Session* self = From(user);
    auto& list = self->headers_[id];
    // More header entries than maxHeaderListPairs (pseudo-headers count): the stream is reset
    // with ENHANCE_YOUR_CALM, as node does.
    if (list.size() >= self->max_header_pairs_) {
      nghttp2_submit_rst_stream(self->session_, NGHTTP2_FLAG_NONE, id, NGHTTP2_ENHANCE_YOUR_CALM);
      return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    }
    list.push_back({std::string(reinterpret_cast<const char*>(name), namelen),
                    std::string(reinterpret_cast<const char*>(value), valuelen), flags});
    return 0;
  }
  static int OnFrameRecv(nghttp2_session* s, const nghttp2_frame* frame, void* user) {
    Session* self = From(user);
    int32_t id = frame->hd.stream_id;
    switch (frame->hd.type) {
      case NGHTTP2_DATA:
        // Padding counts against flow control but never reaches JS: give it back now.
        if (frame->data.padlen > 0) {
          if (nghttp2_session_consume(s, id, frame->data.padlen) != 0)
            nghttp2_session_consume_connection(s, frame->data.padlen);
        }
        if (frame->hd.flags & NGHTTP2_FLAG_END_STREAM) self->Push({kEvEnd, id});
        break;
      case NGHTTP2_HEADERS: {
        Event ev{kEvHeaders, id, frame->headers.cat, frame->hd.flags};
        auto it = self->headers_.find(id);
        if (it != self->headers_.end()) {
          ev.headers = std::move(it->second);
          self->headers_.erase(it);
        }
        self->Push(std::move(ev));
        break;
      }
      case NGHTTP2_PUSH_PROMISE: {
        int32_t promised = frame->push_promise.promised_stream_id;
        Event ev{kEvPushPromise, id, static_cast<uint32_t>(promised)};
        auto it = self->headers_.find(promised);
        if (it != self->headers_.end()) {
          ev.headers = std::move(it->second);
          self->headers_.erase(it);
        }
        self->Push(std::move(ev));
        break;
      }
      case NGHTTP2_SETTINGS:
        self->Push({kEvSettings, 0, (frame->hd.flags & NGHTTP2_FLAG_ACK) ? 1u : 0u});
        break;
      case NGHTTP2_PING: {
        Event ev{kEvPing, 0, (frame->hd.flags & NGHTTP2_FLAG_ACK) ? 1u : 0u};
        ev.data.assign(reinterpret_cast<const char*>(frame->ping.opaque_data), 8);
        self->Push(std::move(ev));
        break;
      }
      case NGHTTP2_GOAWAY: {
        Event ev{kEvGoaway, 0, frame->goaway.error_code,
                 static_cast<uint32_t>(frame->goaway.last_stream_id)};
        if (frame->goaway.opaque_data_len > 0)
          ev.data.assign(reinterpret_cast<const char*>(frame->goaway.opaque_data),
                         frame->goaway.opaque_data_len);
        self->Push(std::move(ev));
        break;
      }
      case NGHTTP2_RST_STREAM:
        self->Push({kEvRst, id, frame->rst_stream.error_code});
        break;
      case NGHTTP2_ALTSVC: {
        auto* altsvc = static_cast<const nghttp2_ext_altsvc*>(frame->ext.payload);
        Event ev{kEvAltsvc, id};
        ev.headers.push_back({std::string(reinterpret_cast<const char*>(altsvc->origin),
                                          altsvc->origin_len),
                              std::string(reinterpret_cast<const char*>(altsvc->field_value),
                                          altsvc->field_value_len),
                              0});
        self->Push(std::move(ev));
        break;
      }
      case NGHTTP2_ORIGIN: {
        auto* origin = static_cast<const nghttp2_ext_origin*>(frame->ext.payload);
        Event ev{kEvOrigin, 0};
        for (size_t i = 0; i < origin->nov; i++) {
          ev.headers.push_back({std::string(reinterpret_cast<const char*>(origin->ov[i].origin),
                                            origin->ov[i].origin_len),
                                std::string(), 0});
        }
        self->Push(std::move(ev));
        break;
      }
      default:
        break;
    }
    return 0;
  }
  static int OnDataChunk(nghttp2_session* s, uint8_t, int32_t id, const uint8_t* data, size_t len,
                         void* user) {
    Session* self = From(user);
    // The connection window opens as data arrives (node does the same): a stream JS does not
    // read holds back only its own window, never the other streams'.
    nghttp2_session_consume_connection(s, len);
    // Consecutive chunks of one stream go to JS as one event.
    if (!self->events_.empty() && self->events_.back().type == kEvData &&
        self->events_.back().id == id && self->events_.back().data.size() < 65536) {
      self->events_.back().data.append(reinterpret_cast<const char*>(data), len);
      return 0;
    }
    Event ev{kEvData, id};
    ev.data.assign(reinterpret_cast<const char*>(data), len);
    self->Push(std::move(ev));
    return 0;
  }
  static int OnStreamClose(nghttp2_session*, int32_t id, uint32_t code, void* user) {
    Session* self = From(user);
    self->DropOutgoing(id);
    self->headers_.erase(id);
    self->Push({kEvClose, id, code});
    return 0;
  }
  static int OnFrameNotSend(nghttp2_session*, const nghttp2_frame* frame, int lib_error,
                            void* user) {
    From(user)->Push({kEvFrameError, frame->hd.stream_id, frame->hd.type,
                      static_cast<uint32_t>(lib_error)});
    return 0;
  }
  static int OnFrameSend(nghttp2_session*, const nghttp2_frame* frame, void* user) {
    if (frame->hd.type == NGHTTP2_GOAWAY || frame->hd.type == NGHTTP2_RST_STREAM)
      From(user)->Push({kEvFrameSent, frame->hd.stream_id, frame->hd.type, frame->hd.flags});
    return 0;
  }
  static ssize_t ReadData(nghttp2_session* s, int32_t id, uint8_t* buf, size_t length,
                          uint32_t* data_flags, nghttp2_data_source*, void* user) {
    Session* self = From(user);
    auto it = self->out_.find(id);
    if (it == self->out_.end()) {
      *data_flags |= NGHTTP2_DATA_FLAG_EOF;
      return 0;
    }
    Outgoing& o = it->second;
    size_t n = 0;
    while (n < length && !o.chunks.empty()) {
      std::string& c = o.chunks.front();
      size_t take = std::min(length - n, c.size() - o.offset);
      memcpy(buf + n, c.data() + o.offset, take);
      n += take;
      o.pending -= take;
      self->queued_bytes_ -= take;
      o.offset += take;
      if (o.offset == c.size()) {
        o.chunks.pop_front();
        o.offset = 0;
      }
    }
    if (n > 0) self->Push({kEvDataSent, id, static_cast<uint32_t>(n)});
    if (o.chunks.empty()) {
      if (o.eof) {
        *data_flags |= NGHTTP2_DATA_FLAG_EOF;
        if (o.trailers) {
          *data_flags |= NGHTTP2_DATA_FLAG_NO_END_STREAM;
          self->Push({kEvWantTrailers, id});
        }
        self->out_.erase(it);
      } else if (n == 0) {
        o.deferred = true;
        return NGHTTP2_ERR_DEFERRED;
      }
    }
    return static_cast<ssize_t>(n);
  }

  void Push(Event&& ev) { events_.push_back(std::move(ev)); }

  nghttp2_data_provider Provider(int32_t id) {
    nghttp2_data_provider p;
    p.source.ptr = nullptr;
    p.read_callback = ReadData;
    return p;
  }

  // ---- JS methods ----
  static void New(const Info& info) {
    if (!info.IsConstructCall()) return;
    new Session(Realm::From(info), info.This(), info[0]->IsTrue(), info[1]);
  }

#define SESSION(self)                                           \
  NODUS_UNWRAP(self, Session, info.This());                     \
  if (self->session_ == nullptr) {                              \
    return info.GetReturnValue().Set(NGHTTP2_ERR_INVALID_STATE); \
  }

  static int32_t Int(const Info& info, int i) {
    return info[i]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  }
  static uint32_t Uint(const Info& info, int i) {
    return info[i]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  }

  // receive(view) -> bytes consumed or a negative nghttp2 error.
  static void Receive(const Info& info) {
    SESSION(self);
    const char* data;
    size_t n;
    if (!ViewBytes(info[0], &data, &n)) return info.GetReturnValue().Set(NGHTTP2_ERR_INVALID_ARGUMENT);
    ssize_t rv = nghttp2_session_mem_recv(self->session_, reinterpret_cast<const uint8_t*>(data), n);
    info.GetReturnValue().Set(static_cast<double>(rv));
  }

  // send([limit]) -> Uint8Array of pending output, undefined when there is none, or a negative
  // nghttp2 error.
  static void Send(const Info& info) {
    SESSION(self);
    size_t limit = info[0]->IsNumber() ? Uint(info, 0) : (1u << 20);
    std::string out;
    while (out.size() < limit) {
      const uint8_t* data;
      ssize_t n = nghttp2_session_mem_send(self->session_, &data);
      if (n < 0) return info.GetReturnValue().Set(static_cast<double>(n));
      if (n == 0) break;
      out.append(reinterpret_cast<const char*>(data), n);
    }
    if (out.empty()) return;
    info.GetReturnValue().Set(U8(info.GetIsolate(), out.data(), out.size()));
  }

  // takeEvents() -> [type, id, a, b, payload, ...] or undefined.
  static void TakeEvents(const Info& info) {
    NODUS_UNWRAP(self, Session, info.This());
    if (self->events_.empty()) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    std::vector<Event> evs;
    evs.swap(self->events_);
    std::vector<v8::Local<v8::Value>> vals;
    vals.reserve(evs.size() * 5);
    for (Event& ev : evs) {
      vals.push_back(v8::Integer::NewFromUnsigned(isolate, ev.type));
      vals.push_back(v8::Integer::New(isolate, ev.id));
      vals.push_back(v8::Integer::NewFromUnsigned(isolate, ev.a));
      vals.push_back(v8::Integer::NewFromUnsigned(isolate, ev.b));
      if (ev.type == kEvHeaders || ev.type == kEvPushPromise || ev.type == kEvAltsvc ||
          ev.type == kEvOrigin) {
        std::vector<v8::Local<v8::Value>> hv;
        hv.reserve(ev.headers.size() * 3);
        for (Header& h : ev.headers) {
          v8::Local<v8::String> name, value;
          if (!v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(h.name.data()),
                                          v8::NewStringType::kNormal, h.name.size())
                   .ToLocal(&name) ||
              !v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(h.value.data()),
                                          v8::NewStringType::kNormal, h.value.size())
                   .ToLocal(&value))
            return;
          hv.push_back(name);
          hv.push_back(value);
          hv.push_back(v8::Integer::New(isolate, (h.flags & NGHTTP2_NV_FLAG_NO_INDEX) ? 1 : 0));
        }
        vals.push_back(v8::Array::New(isolate, hv.data(), hv.size()));
      } else if (ev.type == kEvData || ev.type == kEvPing || ev.type == kEvGoaway) {
        vals.push_back(U8(isolate, ev.data.data(), ev.data.size()));
      } else {
        vals.push_back(v8::Undefined(isolate));
      }
    }
    (void)ctx;
    info.GetReturnValue().Set(v8::Array::New(isolate, vals.data(), vals.size()));
  }

  static void WantRead(const Info& info) {
    NODUS_UNWRAP(self, Session, info.This());
    info.GetReturnValue().Set(self->session_ != nullptr && nghttp2_session_want_read(self->session_));
  }
  static void WantWrite(const Info& info) {
    NODUS_UNWRAP(self, Session, info.This());
    info.GetReturnValue().Set(self->session_ != nullptr && nghttp2_session_want_write(self->session_));
  }

  // submitSettings([id, value, ...]) -> 0 or error.
  static void SubmitSettings(const Info& info) {
    SESSION(self);
    std::vector<nghttp2_settings_entry> iv;
    if (info[0]->IsArray()) {
      v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
      auto arr = info[0].As<v8::Array>();
      for (uint32_t i = 0; i + 1 < arr->Length(); i += 2) {
        v8::Local<v8::Value> a, b;
        if (!arr->Get(ctx, i).ToLocal(&a) || !arr->Get(ctx, i + 1).ToLocal(&b)) return;
        iv.push_back({static_cast<int32_t>(a->Uint32Value(ctx).FromMaybe(0)),
                      b->Uint32Value(ctx).FromMaybe(0)});
      }
    }
    info.GetReturnValue().Set(
        nghttp2_submit_settings(self->session_, NGHTTP2_FLAG_NONE, iv.data(), iv.size()));
  }

  // Sets up stream `id` to send a body from write()/end(); flags: 1 end stream now,
  // 2 wait for trailers.
  bool PrepareBody(int32_t id, uint32_t flags) {
    if (flags & 1) return false;
    Outgoing& o = out_[id];
    o.trailers = (flags & 2) != 0;
    return true;
  }

  // submitRequest(headers, flags) -> stream id or error.
  static void SubmitRequest(const Info& info) {
    SESSION(self);
    NvList nv;
    if (!nv.Parse(info.GetIsolate(), info[0])) return;
    uint32_t flags = Uint(info, 1);
    nghttp2_data_provider p = self->Provider(0);
    bool body = !(flags & 1);
    int32_t id = nghttp2_submit_request(self->session_, nullptr, nv.nva.data(), nv.nva.size(),
                                        body ? &p : nullptr, nullptr);
    if (id > 0 && body) self->PrepareBody(id, flags);
    info.GetReturnValue().Set(id);
  }

  // submitResponse(id, headers, flags) -> 0 or error.
  static void SubmitResponse(const Info& info) {
    SESSION(self);
    int32_t id = Int(info, 0);
    NvList nv;
    if (!nv.Parse(info.GetIsolate(), info[1])) return;
    uint32_t flags = Uint(info, 2);
    nghttp2_data_provider p = self->Provider(id);
    bool body = !(flags & 1);
    if (body) self->PrepareBody(id, flags);
    int rv = nghttp2_submit_response(self->session_, id, nv.nva.data(), nv.nva.size(),
                                     body ? &p : nullptr);
    if (rv != 0) self->DropOutgoing(id);
    info.GetReturnValue().Set(rv);
  }

  // submitInfo(id, headers) -> 0 or error (1xx or extra HEADERS without END_STREAM).
  static void SubmitInfo(const Info& info) {
    SESSION(self);
    NvList nv;
    if (!nv.Parse(info.GetIsolate(), info[1])) return;
    info.GetReturnValue().Set(nghttp2_submit_headers(self->session_, NGHTTP2_FLAG_NONE,
                                                     Int(info, 0), nullptr, nv.nva.data(),
                                                     nv.nva.size(), nullptr));
  }

  // submitTrailers(id, headers) -> 0 or error; no headers ends the stream with an empty DATA.
  static void SubmitTrailers(const Info& info) {
    SESSION(self);
    int32_t id = Int(info, 0);
    NvList nv;
    if (!nv.Parse(info.GetIsolate(), info[1])) return;
    int rv;
    if (nv.nva.empty()) {
      Outgoing& o = self->out_[id];
      o.eof = true;
      nghttp2_data_provider p = self->Provider(id);
      rv = nghttp2_submit_data(self->session_, NGHTTP2_FLAG_END_STREAM, id, &p);
    } else {
      rv = nghttp2_submit_trailer(self->session_, id, nv.nva.data(), nv.nva.size());
    }
    info.GetReturnValue().Set(rv);
  }

  // submitPushPromise(parentId, headers, flags) -> promised id or error.
  static void SubmitPushPromise(const Info& info) {
    SESSION(self);
    NvList nv;
    if (!nv.Parse(info.GetIsolate(), info[1])) return;
    info.GetReturnValue().Set(nghttp2_submit_push_promise(
        self->session_, NGHTTP2_FLAG_NONE, Int(info, 0), nv.nva.data(), nv.nva.size(), nullptr));
  }

  // write(id, view) queues body bytes (copied); end(id) marks the end. -> 0 or error.
  static void Write(const Info& info) {
    SESSION(self);
    int32_t id = Int(info, 0);
    auto it = self->out_.find(id);
    if (it == self->out_.end()) return info.GetReturnValue().Set(NGHTTP2_ERR_STREAM_CLOSED);
    const char* data;
    size_t n;
    if (!ViewBytes(info[1], &data, &n)) return info.GetReturnValue().Set(NGHTTP2_ERR_INVALID_ARGUMENT);
    if (n > 0) {
      it->second.chunks.emplace_back(data, n);
      it->second.pending += n;
      self->queued_bytes_ += n;
    }
    self->Resume(id, it->second);
    info.GetReturnValue().Set(0);
  }
  static void End(const Info& info) {
    SESSION(self);
    int32_t id = Int(info, 0);
    auto it = self->out_.find(id);
    if (it == self->out_.end()) return info.GetReturnValue().Set(NGHTTP2_ERR_STREAM_CLOSED);
    it->second.eof = true;
    self->Resume(id, it->second);
    info.GetReturnValue().Set(0);
  }
  void Resume(int32_t id, Outgoing& o) {
    if (o.deferred) {
      o.deferred = false;
      nghttp2_session_resume_data(session_, id);
    }
  }

  static void SubmitRst(const Info& info) {
    SESSION(self);
    info.GetReturnValue().Set(nghttp2_submit_rst_stream(self->session_, NGHTTP2_FLAG_NONE,
                                                        Int(info, 0), Uint(info, 1)));
  }
  // submitAltsvc(id, origin, value) -> 0 or error (origin and value as Latin-1 bytes).
  static void SubmitAltsvc(const Info& info) {
    SESSION(self);
    v8::Isolate* isolate = info.GetIsolate();
    std::string origin, value;
    if (!OneByte(isolate, info[1], &origin) || !OneByte(isolate, info[2], &value)) return;
    info.GetReturnValue().Set(nghttp2_submit_altsvc(
        self->session_, NGHTTP2_FLAG_NONE, Int(info, 0),
        reinterpret_cast<const uint8_t*>(origin.data()), origin.size(),
        reinterpret_cast<const uint8_t*>(value.data()), value.size()));
  }
  // submitOrigin([origin, ...]) -> 0 or error.
  static void SubmitOrigin(const Info& info) {
    SESSION(self);
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!info[0]->IsArray()) return info.GetReturnValue().Set(NGHTTP2_ERR_INVALID_ARGUMENT);
    auto arr = info[0].As<v8::Array>();
    std::vector<std::string> origins;
    for (uint32_t i = 0; i < arr->Length(); i++) {
      v8::Local<v8::Value> v;
      if (!arr->Get(ctx, i).ToLocal(&v)) return;
      std::string origin;
      if (!OneByte(isolate, v, &origin)) return;
      origins.push_back(std::move(origin));
    }
    std::vector<nghttp2_origin_entry> ov(origins.size());
    for (size_t i = 0; i < origins.size(); i++) {
      ov[i].origin = reinterpret_cast<uint8_t*>(origins[i].data());
      ov[i].origin_len = origins[i].size();
    }
    info.GetReturnValue().Set(
        nghttp2_submit_origin(self->session_, NGHTTP2_FLAG_NONE, ov.data(), ov.size()));
  }
  // submitPing(payload8) -> 0 or error.
  static void SubmitPing(const Info& info) {
    SESSION(self);
    const char* data;
    size_t n;
    uint8_t payload[8] = {0};
    if (ViewBytes(info[0], &data, &n)) memcpy(payload, data, std::min<size_t>(n, 8));
    info.GetReturnValue().Set(nghttp2_submit_ping(self->session_, NGHTTP2_FLAG_NONE, payload));
  }
  // submitGoaway(code, lastStreamId (-1: the last one processed), opaque) -> 0 or error.
  static void SubmitGoaway(const Info& info) {
    SESSION(self);
    int32_t last = Int(info, 1);
    if (last < 0) last = nghttp2_session_get_last_proc_stream_id(self->session_);
    const char* data = nullptr;
    size_t n = 0;
    ViewBytes(info[2], &data, &n);
    info.GetReturnValue().Set(nghttp2_submit_goaway(self->session_, NGHTTP2_FLAG_NONE, last,
                                                    Uint(info, 0),
                                                    reinterpret_cast<const uint8_t*>(data), n));
  }
  // consume(id, n): JS took n bytes of stream id's data (its window update follows).
  static void Consume(const Info& info) {
    SESSION(self);
    int32_t id = Int(info, 0);
    size_t n = Uint(info, 1);
    // Stream level only: the connection level was consumed on arrival (OnDataChunk).
    info.GetReturnValue().Set(nghttp2_session_consume_stream(self->session_, id, n));
  }
  // setNextStreamID(id) -> 0 or error (an id below the next one, or of the wrong parity).
  static void SetNextStreamID(const Info& info) {
    SESSION(self);
    info.GetReturnValue().Set(nghttp2_session_set_next_stream_id(self->session_, Int(info, 0)));
  }
  static void SetLocalWindowSize(const Info& info) {
    SESSION(self);
    info.GetReturnValue().Set(nghttp2_session_set_local_window_size(
        self->session_, NGHTTP2_FLAG_NONE, 0, Int(info, 0)));
  }
  // getSettings(remote) -> [headerTableSize, enablePush, maxConcurrentStreams,
  // initialWindowSize, maxFrameSize, maxHeaderListSize, enableConnectProtocol].
  static void GetSettings(const Info& info) {
    SESSION(self);
    v8::Isolate* isolate = info.GetIsolate();
    static const nghttp2_settings_id ids[] = {
        NGHTTP2_SETTINGS_HEADER_TABLE_SIZE, NGHTTP2_SETTINGS_ENABLE_PUSH,
        NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE,
        NGHTTP2_SETTINGS_MAX_FRAME_SIZE, NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE,
        NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL};
    v8::Local<v8::Value> vals[7];
    for (int i = 0; i < 7; i++) {
      uint32_t v = info[0]->IsTrue() ? nghttp2_session_get_remote_settings(self->session_, ids[i])
                                     : nghttp2_session_get_local_settings(self->session_, ids[i]);
      vals[i] = v8::Number::New(isolate, v);
    }
    info.GetReturnValue().Set(v8::Array::New(isolate, vals, 7));
  }
  // state() -> [effectiveLocalWindowSize, effectiveRecvDataLength, nextStreamID,
  // localWindowSize, lastProcStreamID, remoteWindowSize, outboundQueueSize,
  // deflateDynamicTableSize, inflateDynamicTableSize].
  static void State(const Info& info) {
    SESSION(self);
    v8::Isolate* isolate = info.GetIsolate();
    nghttp2_session* s = self->session_;
    double v[] = {
        (double)nghttp2_session_get_effective_local_window_size(s),
        (double)nghttp2_session_get_effective_recv_data_length(s),
        (double)nghttp2_session_get_next_stream_id(s),
        (double)nghttp2_session_get_local_window_size(s),
        (double)nghttp2_session_get_last_proc_stream_id(s),
        (double)nghttp2_session_get_remote_window_size(s),
        (double)nghttp2_session_get_outbound_queue_size(s),
        (double)nghttp2_session_get_hd_deflate_dynamic_table_size(s),
        (double)nghttp2_session_get_hd_inflate_dynamic_table_size(s),
    };
    v8::Local<v8::Value> vals[9];
    for (int i = 0; i < 9; i++) vals[i] = v8::Number::New(isolate, v[i]);
    info.GetReturnValue().Set(v8::Array::New(isolate, vals, 9));
  }
  // streamState(id) -> [state, weight, sumDependencyWeight, localClose, remoteClose,
  // localWindowSize] or undefined.
  static void StreamState(const Info& info) {
    SESSION(self);
    v8::Isolate* isolate = info.GetIsolate();
    int32_t id = Int(info, 0);
    nghttp2_stream* st = nghttp2_session_find_stream(self->session_, id);
    if (st == nullptr) return;
    double v[] = {
        (double)nghttp2_stream_get_state(st),
        (double)nghttp2_stream_get_weight(st),
        (double)nghttp2_stream_get_sum_dependency_weight(st),
        (double)nghttp2_session_get_stream_local_close(self->session_, id),
        (double)nghttp2_session_get_stream_remote_close(self->session_, id),
        (double)nghttp2_session_get_stream_local_window_size(self->session_, id),
    };
    v8::Local<v8::Value> vals[6];
    for (int i = 0; i < 6; i++) vals[i] = v8::Number::New(isolate, v[i]);
    info.GetReturnValue().Set(v8::Array::New(isolate, vals, 6));
  }
  // The peer's window for stream id (how much may be sent now).
  static void Destroy(const Info& info) {
    NODUS_UNWRAP(self, Session, info.This());
    self->Free();
    self->MakeWeak();
  }

 private:
  bool server_;
  nghttp2_session* session_ = nullptr;
  std::unordered_map<int32_t, Outgoing> out_;
  std::unordered_map<int32_t, std::vector<Header>> headers_;
  uint32_t max_header_pairs_ = 128;
  uint64_t max_session_memory_ = 10 * 1000 * 1000;  // maxSessionMemory, 10 MB by default
  uint64_t queued_bytes_ = 0;                        // Outgoing::pending over all streams
  std::vector<Event> events_;
};

void ErrorString(const Info& info) {
  int code = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  info.GetReturnValue().Set(Str(info.GetIsolate(), nghttp2_strerror(code)));
}

// packSettings / nothing else: settings packing is JS.
}  // namespace

void Init(Binding& b) {
  b.Method("nghttp2ErrorString", ErrorString);
  v8::Local<v8::FunctionTemplate> cls = b.Class("Http2Session", Session::New);
  b.ProtoMethod(cls, "receive", Session::Receive);
  b.ProtoMethod(cls, "send", Session::Send);
  b.ProtoMethod(cls, "takeEvents", Session::TakeEvents);
  b.ProtoMethod(cls, "wantRead", Session::WantRead);
  b.ProtoMethod(cls, "wantWrite", Session::WantWrite);
  b.ProtoMethod(cls, "submitSettings", Session::SubmitSettings);
  b.ProtoMethod(cls, "submitRequest", Session::SubmitRequest);
  b.ProtoMethod(cls, "submitResponse", Session::SubmitResponse);
  b.ProtoMethod(cls, "submitInfo", Session::SubmitInfo);
  b.ProtoMethod(cls, "submitTrailers", Session::SubmitTrailers);
  b.ProtoMethod(cls, "submitPushPromise", Session::SubmitPushPromise);
  b.ProtoMethod(cls, "write", Session::Write);
  b.ProtoMethod(cls, "end", Session::End);
  b.ProtoMethod(cls, "submitRst", Session::SubmitRst);
  b.ProtoMethod(cls, "submitPing", Session::SubmitPing);
  b.ProtoMethod(cls, "submitAltsvc", Session::SubmitAltsvc);
  b.ProtoMethod(cls, "submitOrigin", Session::SubmitOrigin);
  b.ProtoMethod(cls, "submitGoaway", Session::SubmitGoaway);
  b.ProtoMethod(cls, "consume", Session::Consume);
  b.ProtoMethod(cls, "setLocalWindowSize", Session::SetLocalWindowSize);
  b.ProtoMethod(cls, "setNextStreamID", Session::SetNextStreamID);
  b.ProtoMethod(cls, "getSettings", Session::GetSettings);
  b.ProtoMethod(cls, "state", Session::State);
  b.ProtoMethod(cls, "streamState", Session::StreamState);
  b.ProtoMethod(cls, "destroy", Session::Destroy);
  b.Install("Http2Session", cls);
}

}  // namespace nodus::http2

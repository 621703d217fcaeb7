// internalBinding('http_parser'): Node's HTTPParser over src/http/parser.h, and ConnectionsList
// (the server's set of parsers that connectionsCheckingInterval sweeps for header/request
// timeouts).
//
// A parser accumulates the request target, status text and header pairs of one message in one
// reusable string (offsets into it), so a message costs no allocation once the buffers have
// grown. Callbacks are the JS functions stored on the parser object at kOnHeaders... indices;
// an exception thrown by one stops the parse and propagates out of execute().
#include <uv.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "base/base_object.h"
#include "base/binding.h"
#include "base/stream_base.h"
#include "http/parser.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::http_parser {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;
using http::Parser;

enum Callback : uint32_t {
  kOnMessageBegin = 0,
  kOnHeaders = 1,
  kOnHeadersComplete = 2,
  kOnBody = 3,
  kOnMessageComplete = 4,
  kOnExecute = 5,
  kOnTimeout = 6,
};
constexpr uint32_t kCallbackCount = 7;
// parser.timeoutFlag() (a one-byte Uint8Array shared with C++): what JS says about the idle timeout
// of the socket the parser consumes, which a read must refresh through kOnExecute.
enum TimeoutFlag : uint8_t {
  kTimeoutNone = 0,
  kTimeoutActive = 1,
  // (Re)armed since the current read began: refreshing it after the read would change nothing.
  kTimeoutArmed = 2,
};
constexpr size_t kMaxHeaderPairs = 32;  // Node flushes headers to JS in batches of this size
constexpr uint64_t kDefaultMaxHeaderSize = 16 * 1024;

constexpr size_t kReadBufferSize = 64 * 1024;

struct BindingData : BindingDataBase {
  explicit BindingData(Realm*) {}
  v8::Global<v8::Object> buffer_prototype;
  v8::Global<v8::FunctionTemplate> list_class;
  // One read buffer shared by every consuming parser of the realm: a read is parsed (and its
  // body bytes copied out) before the next one is allocated.
  std::unique_ptr<char[]> read_buffer;
  bool read_buffer_busy = false;
  // lib/_http_common.js's parserOnHeadersComplete, once recognised (see OwnHeadersComplete).
  v8::Global<v8::Value> own_headers_complete;

  // Recently made header names, values and urls (short ones), by content: a keep-alive client
  // repeats them in every request, and a string from here costs no allocation.
  static constexpr size_t kCachedStrMax = 32;
  static constexpr size_t kCacheSlots = 64;
  struct CachedStr {
    uint8_t len = 0;
    char bytes[kCachedStrMax];
    v8::Global<v8::String> str;
  };
  CachedStr str_cache[kCacheSlots];

  // A one-byte (Latin-1) string with these bytes.
  v8::Local<v8::String> OneByteString(v8::Isolate* isolate, const char* data, size_t len) {
    if (len == 0) return v8::String::Empty(isolate);
    CachedStr* slot = nullptr;
    if (len <= kCachedStrMax) {
      uint32_t h = 2166136261u;
      for (size_t i = 0; i < len; i++) h = (h ^ static_cast<uint8_t>(data[i])) * 16777619u;
      slot = &str_cache[(h ^ (h >> 16)) % kCacheSlots];
      if (slot->len == len && std::memcmp(slot->bytes, data, len) == 0 && !slot->str.IsEmpty())
        return slot->str.Get(isolate);
    }
    v8::Local<v8::String> str;
    if (!v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(data),
                                    v8::NewStringType::kNormal, static_cast<int>(len))
             .ToLocal(&str))
      return v8::String::Empty(isolate);
    if (slot != nullptr) {
      slot->len = static_cast<uint8_t>(len);
      std::memcpy(slot->bytes, data, len);
      slot->str.Reset(isolate, str);
    }
    return str;
  }
};

class ConnectionsList;

class HTTPParser : public BaseObject, public Parser::Handler, public StreamListener {
 public:
  HTTPParser(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {
    parser_.Init(Parser::kRequest, this);  // usable (as a request parser) before initialize()
    parser_.SetMaxHeaderBytes(kDefaultMaxHeaderSize);
  }
  // The callbacks (parser[kOnHeaders] ...) live in internal fields 1.. rather than as elements
  // of the object, so each call of one costs no property lookup: an indexed interceptor stores
  // and reads them, and JS sees ordinary properties.
  static constexpr int kFirstCallbackField = 1;
  static void CallbackGet(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info);
  static void CallbackSet(uint32_t index, v8::Local<v8::Value> value,
                          const v8::PropertyCallbackInfo<v8::Value>& info);
  static void CallbackQuery(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info);
  static void CallbackDelete(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info);
  static void CallbackEnumerate(const v8::PropertyCallbackInfo<v8::Array>& info);
  static void TimeoutFlagArray(const Info& info);
  ~HTTPParser() override;

  static void New(const Info& info);
  static void Initialize(const Info& info);
  static void Execute(const Info& info);
  static void Finish(const Info& info);
  static void Pause(const Info& info);
  static void Resume(const Info& info);
  static void Close(const Info& info);
  static void Free(const Info& info);
  static void Remove(const Info& info);
  static void Consume(const Info& info);
  static void Unconsume(const Info& info);
  static void GetCurrentBuffer(const Info& info);
  static void Duration(const Info& info);
  static void HeadersCompleted(const Info& info);
  static void RequestAge(const Info& info);
  static void RequestEnd(const Info& info);

  // Parser::Handler
  int OnMessageBegin() override;
  int OnUrl(const char* at, size_t len) override;
  int OnStatus(const char* at, size_t len) override;
  int OnHeaderField(const char* at, size_t len) override;
  int OnHeaderValue(const char* at, size_t len) override;
  int OnHeaderComplete() override;
  int OnHeadersComplete() override;
  int OnBody(const char* at, size_t len) override;
  int OnMessageComplete() override;

  // StreamListener: socket reads parsed here, in C++ (consume()).
  void OnStreamAlloc(size_t suggested, uv_buf_t* buf) override;
  void OnStreamRead(ssize_t nread, const uv_buf_t& buf) override;
  void OnStreamDestroy() override {}

  uint64_t last_message_start() const { return last_message_start_; }
  bool headers_completed() const { return headers_completed_; }
  ConnectionsList* list_ = nullptr;

 private:
  struct Pair {
    uint32_t name_start, name_end, value_start, value_end;
  };
  // Runs the parser over bytes that JS may see as `buffer` (for body slices).
  v8::Local<v8::Value> Run(const char* data, size_t len);
  v8::Local<v8::Value> MakeError(size_t nread);
  v8::Local<v8::Array> HeadersArray();
  v8::Local<v8::Value> UrlValue();
  v8::MaybeLocal<v8::Value> CallJs(uint32_t index, int argc, v8::Local<v8::Value>* argv,
                                   bool* missing);
  int Flush();
  v8::Local<v8::Object> NewBuffer(v8::Local<v8::ArrayBuffer> ab, size_t offset, size_t len);
  void ResetMessage();

  v8::Local<v8::Value> Callback(uint32_t index) {
    if (!(callbacks_set_ & (1u << index))) return {};
    return object()->GetInternalField(kFirstCallbackField + static_cast<int>(index));
  }

  // Whether kOnHeadersComplete is node:_http_common's own parserOnHeadersComplete, which takes a
  // 10th argument (a callback of the user's gets node's 9).
  bool OwnHeadersComplete() {
    v8::Local<v8::Value> fn = Callback(kOnHeadersComplete);
    if (fn.IsEmpty() || !fn->IsFunction()) return false;
    BindingData* data = realm()->BindingData<BindingData>();
    if (data->own_headers_complete == fn) return true;
    if (!data->own_headers_complete.IsEmpty()) return false;
    v8::Isolate* isolate = this->isolate();
    v8::Local<v8::Function> f = fn.As<v8::Function>();
    v8::Local<v8::Value> origin = f->GetScriptOrigin().ResourceName();
    if (!origin->IsString() || Utf8(isolate, origin).view() != "node:_http_common" ||
        Utf8(isolate, f->GetName()).view() != "parserOnHeadersComplete") {
      return false;
    }
    data->own_headers_complete.Reset(isolate, fn);
    return true;
  }

  Parser parser_;
  uint8_t callbacks_set_ = 0;  // which of the callback slots JS assigned
  std::shared_ptr<v8::BackingStore> timeout_flag_store_;
  uint8_t* timeout_flag_ = nullptr;  // a TimeoutFlag, JS writes it
  std::string text_;          // url / status and header names and values of this message
  std::vector<Pair> pairs_;   // headers not yet handed to JS
  uint32_t url_start_ = 0, url_end_ = 0;
  uint32_t status_start_ = 0, status_end_ = 0;
  bool in_value_ = false, pair_open_ = false;
  bool flushed_ = false;     // headers went to JS through kOnHeaders since initialize()
  bool got_exception_ = false;
  bool consuming_ = false;  // parsing a socket read (callbacks through MakeCallback)
  bool executing_ = false;
  bool closed_ = false;
  bool headers_completed_ = false;
  bool completed_in_js_ = false;  // kOnHeadersComplete ran kOnMessageComplete already
  bool saw_upgrade_ = false;  // a message of the current read asks for an upgrade
  uint64_t last_message_start_ = 0;
  // When the oldest request not yet answered began (uv_hrtime), 0 when idle: set as a message
  // begins, cleared by requestEnd() once its response is done (the server's timeout sweep).
  uint64_t request_start_ = 0;
  // The bytes being parsed (for getCurrentBuffer()).
  const char* cur_data_ = nullptr;
  size_t cur_len_ = 0;
};

// The server's parsers: all of them, and those in the middle of a message (active).
class ConnectionsList : public BaseObject {
 public:
  ConnectionsList(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  ~ConnectionsList() override {
    for (auto& [p, g] : all_) p->list_ = nullptr;
  }
  void Add(HTTPParser* p) {
    if (all_.count(p)) return;
    all_.emplace(p, v8::Global<v8::Object>(isolate(), p->object()));
    p->list_ = this;
  }
  void Drop(HTTPParser* p) {
    all_.erase(p);
    if (p->list_ == this) p->list_ = nullptr;
  }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(),
                     "Class constructor ConnectionsList cannot be invoked without 'new'");
      return;
    }
    new ConnectionsList(Realm::From(info), info.This());
  }
  template <int kWhich>
  static void List(const Info& info) {
    NODUS_UNWRAP(self, ConnectionsList, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    v8::Local<v8::Array> out = v8::Array::New(isolate);
    uint32_t i = 0;
    for (auto& [p, g] : self->all_) {
      bool active = p->last_message_start() != 0;
      if (kWhich == 1 && active) continue;   // idle
      if (kWhich == 2 && !active) continue;  // active
      if (out->Set(ctx, i++, g.Get(isolate)).IsNothing()) return;
    }
    info.GetReturnValue().Set(out);
  }
  // expired(headersTimeout, requestTimeout): parsers whose message went on too long (headers
  // not complete after headersTimeout ms, or the whole request after requestTimeout ms). They
  // are taken out of the list.
  static void Expired(const Info& info) {
    NODUS_UNWRAP(self, ConnectionsList, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    uint64_t headers_timeout =
        static_cast<uint64_t>(info[0]->IntegerValue(ctx).FromMaybe(0)) * 1000000;
    uint64_t request_timeout =
        static_cast<uint64_t>(info[1]->IntegerValue(ctx).FromMaybe(0)) * 1000000;
    if (headers_timeout == 0 && request_timeout == 0) {
      info.GetReturnValue().Set(v8::Array::New(isolate));
      return;
    }
    uint64_t now = uv_hrtime();
    // With both set, headers must complete first (Node checks against the smaller bound).
    v8::Local<v8::Array> out = v8::Array::New(isolate);
    uint32_t n = 0;
    for (auto it = self->all_.begin(); it != self->all_.end();) {
      HTTPParser* p = it->first;
      uint64_t start = p->last_message_start();
      bool expired = false;
      if (start != 0) {
        uint64_t age = now - start;
        if (!p->headers_completed() && headers_timeout != 0 && age > headers_timeout)
          expired = true;
        if (request_timeout != 0 && age > request_timeout) expired = true;
      }
      if (expired) {
        if (out->Set(ctx, n++, it->second.Get(isolate)).IsNothing()) return;
        p->list_ = nullptr;
        it = self->all_.erase(it);
      } else {
        ++it;
      }
    }
    info.GetReturnValue().Set(out);
  }

 private:
  std::map<HTTPParser*, v8::Global<v8::Object>> all_;
};

HTTPParser::~HTTPParser() {
  if (list_) list_->Drop(this);
}

void HTTPParser::New(const Info& info) {
  if (!info.IsConstructCall()) {
    ThrowTypeError(info.GetIsolate(),
                   "Class constructor HTTPParser cannot be invoked without 'new'");
    return;
  }
  new HTTPParser(Realm::From(info), info.This());
}

void HTTPParser::ResetMessage() {
  text_.clear();
  pairs_.clear();
  url_start_ = url_end_ = status_start_ = status_end_ = 0;
  in_value_ = pair_open_ = false;
  headers_completed_ = false;
}

// initialize(type, resource, maxHeaderSize, lenientFlags, connectionsList)
void HTTPParser::Initialize(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  if (self->executing_) {
    ThrowError(isolate, "HTTPParser.initialize() called from one of its callbacks");
    return;
  }
  int type = info[0]->Int32Value(ctx).FromMaybe(1);
  if (type != Parser::kRequest && type != Parser::kResponse) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_VALUE", "Invalid parser type");
    return;
  }
  CaptureAsyncFrame(self->realm(), info.This(), true);  // a pooled parser takes the caller's frame
  int64_t max = info[2]->IsNumber() ? info[2]->IntegerValue(ctx).FromMaybe(0) : 0;
  uint32_t lenient = info[3]->IsNumber() ? info[3]->Uint32Value(ctx).FromMaybe(0) : 0;
  self->parser_.Init(static_cast<Parser::Type>(type), self, lenient & http::kLenientAll);
  self->parser_.SetMaxHeaderBytes(max > 0 ? static_cast<uint64_t>(max) : kDefaultMaxHeaderSize);
  self->ResetMessage();
  // Once headers went out through kOnHeaders (more than 32, or trailers), node's parser hands
  // every later message's headers over that way too, until it is initialized again.
  self->flushed_ = false;
  self->got_exception_ = false;
  self->closed_ = false;
  self->last_message_start_ = 0;
  self->request_start_ = 0;
  if (self->list_) self->list_->Drop(self);
  BindingData* data = self->realm()->BindingData<BindingData>();
  if (info[4]->IsObject() && !data->list_class.IsEmpty() &&
      data->list_class.Get(isolate)->HasInstance(info[4])) {
    ConnectionsList* list = BaseObject::Unwrap<ConnectionsList>(info[4]);
    if (list != nullptr) list->Add(self);
  }
  // Buffer.prototype for body slices, looked up once per realm.
  if (data->buffer_prototype.IsEmpty() && !self->realm()->require_builtin.IsEmpty()) {
    v8::Local<v8::Value> id = InternalizedStr(isolate, "buffer");
    v8::Local<v8::Value> mod, buffer, proto;
    if (self->realm()
            ->require_builtin.Get(isolate)
            ->Call(ctx, v8::Undefined(isolate), 1, &id)
            .ToLocal(&mod) &&
        mod->IsObject() &&
        mod.As<v8::Object>()->Get(ctx, InternalizedStr(isolate, "Buffer")).ToLocal(&buffer) &&
        buffer->IsObject() &&
        buffer.As<v8::Object>()->Get(ctx, InternalizedStr(isolate, "prototype")).ToLocal(&proto) &&
        proto->IsObject()) {
      data->buffer_prototype.Reset(isolate, proto.As<v8::Object>());
    }
  }
}

v8::Local<v8::Object> HTTPParser::NewBuffer(v8::Local<v8::ArrayBuffer> ab, size_t offset,
                                            size_t len) {
  v8::Local<v8::Uint8Array> view = v8::Uint8Array::New(ab, offset, len);
  BindingData* data = realm()->BindingData<BindingData>();
  if (!data->buffer_prototype.IsEmpty()) {
    (void)view->SetPrototype(realm()->context(), data->buffer_prototype.Get(isolate()));
  }
  return view;
}

// The parser's own callback slots (see kFirstCallbackField); other indices are ordinary elements.
void HTTPParser::CallbackGet(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (index >= kCallbackCount) return;
  HTTPParser* self = BaseObject::Unwrap<HTTPParser>(info.Holder());
  if (self == nullptr) return;
  v8::Local<v8::Value> v = self->Callback(index);
  if (!v.IsEmpty()) info.GetReturnValue().Set(v);
}

void HTTPParser::CallbackSet(uint32_t index, v8::Local<v8::Value> value,
                             const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (index >= kCallbackCount) return;
  HTTPParser* self = BaseObject::Unwrap<HTTPParser>(info.Holder());
  if (self == nullptr) return;
  self->object()->SetInternalField(kFirstCallbackField + static_cast<int>(index), value);
  self->callbacks_set_ |= static_cast<uint8_t>(1u << index);
  info.GetReturnValue().Set(value);
}

void HTTPParser::CallbackQuery(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (index >= kCallbackCount) return;
  HTTPParser* self = BaseObject::Unwrap<HTTPParser>(info.Holder());
  if (self == nullptr || !(self->callbacks_set_ & (1u << index))) return;
  info.GetReturnValue().Set(static_cast<int32_t>(v8::None));
}

void HTTPParser::CallbackDelete(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (index >= kCallbackCount) return;
  HTTPParser* self = BaseObject::Unwrap<HTTPParser>(info.Holder());
  if (self == nullptr || !(self->callbacks_set_ & (1u << index))) return;
  self->callbacks_set_ &= static_cast<uint8_t>(~(1u << index));
  self->object()->SetInternalField(kFirstCallbackField + static_cast<int>(index),
                                   v8::Undefined(info.GetIsolate()));
  info.GetReturnValue().Set(true);
}

void HTTPParser::CallbackEnumerate(const v8::PropertyCallbackInfo<v8::Array>& info) {
  HTTPParser* self = BaseObject::Unwrap<HTTPParser>(info.Holder());
  if (self == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> keys[kCallbackCount];
  size_t n = 0;
  for (uint32_t i = 0; i < kCallbackCount; i++) {
    if (self->callbacks_set_ & (1u << i)) keys[n++] = v8::Integer::NewFromUnsigned(isolate, i);
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, keys, n));
}

// timeoutFlag(): the Uint8Array (one byte) through which JS tells the parser about the idle
// timeout of the socket it consumes (a TimeoutFlag).
void HTTPParser::TimeoutFlagArray(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  v8::Isolate* isolate = info.GetIsolate();
  if (!self->timeout_flag_store_) {
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, 1);
    self->timeout_flag_store_ = std::move(store);
    self->timeout_flag_ = static_cast<uint8_t*>(self->timeout_flag_store_->Data());
    *self->timeout_flag_ = kTimeoutNone;
  }
  info.GetReturnValue().Set(
      v8::Uint8Array::New(v8::ArrayBuffer::New(isolate, self->timeout_flag_store_), 0, 1));
}

v8::MaybeLocal<v8::Value> HTTPParser::CallJs(uint32_t index, int argc,
                                             v8::Local<v8::Value>* argv, bool* missing) {
  v8::Isolate* isolate = this->isolate();
  v8::Local<v8::Context> ctx = realm()->context();
  v8::Local<v8::Object> obj = object();
  v8::Local<v8::Value> fn = Callback(index);
  *missing = false;
  if (fn.IsEmpty() || !fn->IsFunction()) {
    *missing = true;
    return v8::Undefined(isolate);
  }
  // From a socket read: through MakeCallback (uncaught errors reported). As in Node's parser,
  // kOnBody and kOnHeaders drain the nextTick and microtask queues after them, while
  // kOnHeadersComplete and kOnMessageComplete leave them for later (the end of the read), so
  // requests pipelined in one read are all handled before the ticks they queue. From execute():
  // a plain call whose exception propagates out of execute().
  v8::MaybeLocal<v8::Value> r;
  if (!consuming_) {
    r = fn.As<v8::Function>()->Call(ctx, obj, argc, argv);
  } else if (index == kOnHeadersComplete || index == kOnMessageComplete) {
    realm()->callback_depth++;  // the task queues are skipped
    r = MakeCallback(realm(), obj, fn.As<v8::Function>(), argc, argv);
    realm()->callback_depth--;
  } else {
    r = MakeCallback(realm(), obj, fn.As<v8::Function>(), argc, argv);
  }
  if (r.IsEmpty()) got_exception_ = true;
  return r;
}

v8::Local<v8::Array> HTTPParser::HeadersArray() {
  v8::Isolate* isolate = this->isolate();
  BindingData* data = realm()->BindingData<BindingData>();
  // Header names and values are Latin-1 text (Node decodes them as one-byte strings).
  v8::Local<v8::Value> stack[2 * kMaxHeaderPairs];
  std::vector<v8::Local<v8::Value>> heap;
  v8::Local<v8::Value>* items = stack;
  if (pairs_.size() > kMaxHeaderPairs) {
    heap.resize(pairs_.size() * 2);
    items = heap.data();
  }
  size_t n = 0;
  for (const Pair& p : pairs_) {
    const char* base = text_.data();
    items[n++] = data->OneByteString(isolate, base + p.name_start, p.name_end - p.name_start);
    items[n++] = data->OneByteString(isolate, base + p.value_start, p.value_end - p.value_start);
  }
  return v8::Array::New(isolate, items, n);
}

v8::Local<v8::Value> HTTPParser::UrlValue() {
  return realm()->BindingData<BindingData>()->OneByteString(
      isolate(), text_.data() + url_start_, url_end_ - url_start_);
}

// kOnHeaders(headers, url): hands over the headers gathered so far.
int HTTPParser::Flush() {
  v8::HandleScope scope(isolate());
  v8::Local<v8::Value> argv[2] = {HeadersArray(), UrlValue()};
  pairs_.clear();
  url_start_ = url_end_ = 0;
  bool missing;
  if (CallJs(kOnHeaders, 2, argv, &missing).IsEmpty()) return http::kFail;
  flushed_ = true;
  return 0;
}

int HTTPParser::OnMessageBegin() {
  ResetMessage();
  last_message_start_ = uv_hrtime();
  if (request_start_ == 0) request_start_ = last_message_start_;
  if (!(callbacks_set_ & (1u << kOnMessageBegin))) return 0;  // (the http modules set none)
  v8::HandleScope scope(isolate());
  bool missing;
  if (CallJs(kOnMessageBegin, 0, nullptr, &missing).IsEmpty()) return http::kFail;
  return 0;
}

int HTTPParser::OnUrl(const char* at, size_t len) {
  if (url_end_ == 0) url_start_ = url_end_ = static_cast<uint32_t>(text_.size());
  text_.append(at, len);
  url_end_ = static_cast<uint32_t>(text_.size());
  return 0;
}

int HTTPParser::OnStatus(const char* at, size_t len) {
  if (status_end_ == 0) status_start_ = status_end_ = static_cast<uint32_t>(text_.size());
  text_.append(at, len);
  status_end_ = static_cast<uint32_t>(text_.size());
  return 0;
}

int HTTPParser::OnHeaderField(const char* at, size_t len) {
  if (!pair_open_) {
    if (pairs_.size() == kMaxHeaderPairs - 1) {
      if (Flush() != 0) return http::kFail;
    }
    uint32_t n = static_cast<uint32_t>(text_.size());
    pairs_.push_back({n, n, n, n});
    pair_open_ = true;
  }
  text_.append(at, len);
  pairs_.back().name_end = static_cast<uint32_t>(text_.size());
  pairs_.back().value_start = pairs_.back().value_end = pairs_.back().name_end;
  return 0;
}

int HTTPParser::OnHeaderValue(const char* at, size_t len) {
  if (pairs_.empty()) return 0;  // (cannot happen: a value follows its name)
  text_.append(at, len);
  pairs_.back().value_end = static_cast<uint32_t>(text_.size());
  return 0;
}

int HTTPParser::OnHeaderComplete() {
  pair_open_ = false;
  return 0;
}

int HTTPParser::OnHeadersComplete() {
  headers_completed_ = true;
  v8::Isolate* isolate = this->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> undef = v8::Undefined(isolate);
  v8::Local<v8::Value> argv[10] = {undef, undef, undef, undef, undef,
                                   undef, undef, undef, undef, undef};
  if (flushed_) {
    // Node hands the rest over through kOnHeaders, and headers/url are left undefined.
    if (Flush() != 0) return http::kFail;
  } else {
    argv[2] = HeadersArray();
    if (parser_.type() == Parser::kRequest) argv[4] = UrlValue();
  }
  pairs_.clear();
  argv[0] = v8::Integer::New(isolate, parser_.http_major());
  argv[1] = v8::Integer::New(isolate, parser_.http_minor());
  if (parser_.type() == Parser::kRequest) {
    argv[3] = v8::Integer::New(isolate, parser_.method());
  } else {
    argv[5] = v8::Integer::New(isolate, parser_.status_code());
    v8::Local<v8::String> s;
    if (!v8::String::NewFromOneByte(
             isolate, reinterpret_cast<const uint8_t*>(text_.data() + status_start_),
             v8::NewStringType::kNormal, static_cast<int>(status_end_ - status_start_))
             .ToLocal(&s))
      s = v8::String::Empty(isolate);
    argv[6] = s;
  }
  if (parser_.upgrade()) saw_upgrade_ = true;
  argv[7] = v8::Boolean::New(isolate, parser_.upgrade());
  argv[8] = v8::Boolean::New(isolate, parser_.ShouldKeepAlive());
  // A request that ends with its headers (no body, no upgrade): the parser completes it right
  // after this callback, so JS may run kOnMessageComplete itself in this same call (the 10th
  // argument says so: that callback, or true when there is none; JS answers with bit 4 in its
  // return value), one call into JS less and no lookup of the callback from JS.
  uint16_t flags = parser_.flags();
  bool ends_here = OwnHeadersComplete() && parser_.type() == Parser::kRequest && !parser_.upgrade() &&
                   !(flags & (Parser::kChunked | Parser::kTransferEncoding)) &&
                   (!(flags & Parser::kContentLength) || parser_.content_length() == 0);
  if (ends_here) {
    v8::Local<v8::Value> complete = Callback(kOnMessageComplete);
    argv[9] = !complete.IsEmpty() && complete->IsFunction() ? complete : v8::True(isolate).As<v8::Value>();
  }
  bool missing;
  v8::Local<v8::Value> r;
  if (!CallJs(kOnHeadersComplete, ends_here ? 10 : 9, argv, &missing).ToLocal(&r)) {
    return http::kFail;
  }
  if (r->IsTrue()) return http::kHeadersSkipBody;
  if (r->IsNumber()) {
    int32_t v = r->Int32Value(realm()->context()).FromMaybe(0);
    if (ends_here && (v & 4)) {
      completed_in_js_ = true;
      v &= ~4;
    }
    if (v == 1) return http::kHeadersSkipBody;
    if (v == 2) return http::kHeadersSkipBodyUpgrade;
  }
  return 0;
}

int HTTPParser::OnBody(const char* at, size_t len) {
  v8::Isolate* isolate = this->isolate();
  v8::HandleScope scope(isolate);
  // A copy, as Node makes: the input may be a reused read buffer or a Buffer the caller
  // changes later.
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, len);
  memcpy(store->Data(), at, len);
  v8::Local<v8::Object> buf = NewBuffer(v8::ArrayBuffer::New(isolate, std::move(store)), 0, len);
  v8::Local<v8::Value> argv[1] = {buf};
  bool missing;
  if (CallJs(kOnBody, 1, argv, &missing).IsEmpty()) return http::kFail;
  return 0;
}

int HTTPParser::OnMessageComplete() {
  // Trailers go to JS before the message completes.
  if (!pairs_.empty()) {
    if (Flush() != 0) return http::kFail;
  }
  last_message_start_ = 0;
  headers_completed_ = false;
  if (completed_in_js_) {  // kOnHeadersComplete ran it (see OnHeadersComplete)
    completed_in_js_ = false;
    return 0;
  }
  v8::HandleScope scope(isolate());
  bool missing;
  if (CallJs(kOnMessageComplete, 0, nullptr, &missing).IsEmpty()) return http::kFail;
  return 0;
}

v8::Local<v8::Value> HTTPParser::MakeError(size_t nread) {
  v8::Isolate* isolate = this->isolate();
  v8::Local<v8::Context> ctx = realm()->context();
  v8::Local<v8::Object> e = v8::Exception::Error(Str(isolate, "Parse Error")).As<v8::Object>();
  SetProp(ctx, e, "bytesParsed", v8::Number::New(isolate, static_cast<double>(nread)));
  SetProp(ctx, e, "code", Str(isolate, http::ErrnoName(parser_.error())));
  SetProp(ctx, e, "reason", Str(isolate, parser_.reason()));
  return e;
}

v8::Local<v8::Value> HTTPParser::Run(const char* data, size_t len) {
  v8::Isolate* isolate = this->isolate();
  cur_data_ = data;
  cur_len_ = len;
  got_exception_ = false;
  executing_ = true;
  size_t nread = parser_.Execute(data, len);
  executing_ = false;
  cur_data_ = nullptr;
  cur_len_ = 0;
  if (got_exception_) return {};
  http::Errno err = parser_.error();
  if (err == http::Errno::kPausedUpgrade) {
    parser_.Resume();
  } else if (err == http::Errno::kPaused) {
    // Stays paused until resume(); the bytes after `nread` are the caller's to re-submit.
  } else if (err != http::Errno::kOk) {
    return MakeError(nread);
  }
  if (nread <= static_cast<size_t>(INT32_MAX))
    return v8::Integer::New(isolate, static_cast<int32_t>(nread));
  return v8::Number::New(isolate, static_cast<double>(nread));
}

void HTTPParser::Execute(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  if (self->executing_) {
    ThrowError(info.GetIsolate(), "HTTPParser.execute() called from one of its callbacks");
    return;
  }
  if (!info[0]->IsArrayBufferView()) {
    ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE",
                    "The \"buffer\" argument must be an instance of Buffer or Uint8Array");
    return;
  }
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  size_t len = view->ByteLength();
  size_t offset = view->ByteOffset();
  std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
  const char* data = static_cast<const char*>(store->Data()) + offset;
  if (store->Data() == nullptr) data = "";
  v8::Local<v8::Value> r = self->Run(data, len);
  if (!r.IsEmpty()) info.GetReturnValue().Set(r);
}

void HTTPParser::Finish(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  if (self->executing_) return;
  self->got_exception_ = false;
  self->executing_ = true;
  http::Errno err = self->parser_.Finish();
  self->executing_ = false;
  if (self->got_exception_) return;
  if (err != http::Errno::kOk && err != http::Errno::kPaused &&
      err != http::Errno::kPausedUpgrade) {
    info.GetReturnValue().Set(self->MakeError(0));
  }
}

void HTTPParser::Pause(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  self->parser_.Pause();
}

void HTTPParser::Resume(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  self->parser_.Resume();
}

void HTTPParser::Close(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  self->closed_ = true;
  if (self->list_) self->list_->Drop(self);
  if (self->StreamListener::stream() != nullptr)
    self->StreamListener::stream()->RemoveStreamListener(self);
}

void HTTPParser::Free(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  if (self->list_) self->list_->Drop(self);
  if (self->StreamListener::stream() != nullptr)
    self->StreamListener::stream()->RemoveStreamListener(self);
}

void HTTPParser::Remove(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  if (self->list_) self->list_->Drop(self);
}

// consume(handle): the parser becomes the stream's read listener; reads are parsed here and
// reported through kOnExecute(ret). Only internal JS reaches this, with a net handle (a
// StreamBase: TCP or Pipe).
void HTTPParser::Consume(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  if (!info[0]->IsObject() || info[0].As<v8::Object>()->InternalFieldCount() < 1) {
    ThrowCodedError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE", "consume() needs a stream handle");
    return;
  }
  // parser.consume() is reachable from user code (socket.parser), so the handle must really
  // be a TCP or Pipe wrap before it is treated as a StreamBase: a base-class instance of
  // tcp_wrap's TCP or pipe_wrap's Pipe, with that class's own prototype.
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> handle = info[0].As<v8::Object>();
  bool genuine = false;
  Realm* realm = self->realm();
  for (const char* cls : {"TCP", "Pipe"}) {
    Utf8 name(isolate, handle->GetConstructorName());
    if (name.view() != cls) continue;
    v8::Local<v8::Object> binding;
    v8::Local<v8::Value> ctor, proto;
    if (!realm->GetBinding(std::string(cls) == "TCP" ? "tcp_wrap" : "pipe_wrap")
             .ToLocal(&binding) ||
        !binding->Get(ctx, InternalizedStr(isolate, cls)).ToLocal(&ctor) || !ctor->IsFunction() ||
        !ctor.As<v8::Object>()->Get(ctx, InternalizedStr(isolate, "prototype")).ToLocal(&proto))
      return;
    genuine = handle->GetPrototype()->StrictEquals(proto);
  }
  if (!genuine) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "consume() needs a TCP or Pipe handle");
    return;
  }
  StreamBase* stream = BaseObject::Unwrap<StreamBase>(info[0]);
  if (stream == nullptr || !stream->IsAlive()) return;
  if (self->StreamListener::stream() != nullptr) {
    if (self->StreamListener::stream() == stream) return;
    self->StreamListener::stream()->RemoveStreamListener(self);
  }
  stream->PushStreamListener(self);
}

void HTTPParser::Unconsume(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  if (self->StreamListener::stream() != nullptr)
    self->StreamListener::stream()->RemoveStreamListener(self);
}

void HTTPParser::OnStreamAlloc(size_t suggested, uv_buf_t* buf) {
  BindingData* data = realm()->BindingData<BindingData>();
  if (!data->read_buffer_busy) {
    if (!data->read_buffer) data->read_buffer.reset(new char[kReadBufferSize]);
    data->read_buffer_busy = true;
    buf->base = data->read_buffer.get();
    buf->len = kReadBufferSize;
    return;
  }
  StreamListener::OnStreamAlloc(suggested, buf);
}

void HTTPParser::OnStreamRead(ssize_t nread, const uv_buf_t& buf) {
  BindingData* data = realm()->BindingData<BindingData>();
  bool shared = buf.base != nullptr && buf.base == data->read_buffer.get();
  auto release = [&] {
    if (shared) data->read_buffer_busy = false;
    else free(buf.base);
  };
  StreamBase* stream = StreamListener::stream();
  if (nread <= 0) {
    release();
    // EOF and errors go to the socket as usual (it calls finish()).
    if (nread < 0 && stream != nullptr) stream->EmitReadToJS(nread, uv_buf_t{nullptr, 0});
    return;
  }
  v8::Isolate* isolate = this->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(realm()->context());
  v8::Local<v8::Object> keep = object();  // this parser lives through the callbacks
  if (executing_) {  // cannot happen from libuv, but never parse reentrantly
    release();
    return;
  }
  consuming_ = true;
  saw_upgrade_ = false;
  if (timeout_flag_ != nullptr && *timeout_flag_ == kTimeoutArmed) *timeout_flag_ = kTimeoutActive;
  v8::Local<v8::Value> ret = Run(buf.base, static_cast<size_t>(nread));
  consuming_ = false;
  if (ret.IsEmpty()) {  // a callback threw (already reported)
    release();
    DrainTasks(realm());
    return;
  }
  // kOnExecute has work only after an error or an upgrade, when the socket stopped reading
  // (the server paused it) or has an idle timeout to refresh; otherwise it is not called. A
  // timeout armed while this read was parsed (a keep-alive response finished) starts from now
  // already.
  bool wanted = !ret->IsNumber() || saw_upgrade_ || stream == nullptr || !stream->reading() ||
                (timeout_flag_ != nullptr && *timeout_flag_ == kTimeoutActive);
  v8::Local<v8::Value> fn;
  if (wanted && !(fn = Callback(kOnExecute)).IsEmpty() && fn->IsFunction()) {
    // getCurrentBuffer() works during the callback (an upgrade's first bytes).
    cur_data_ = buf.base;
    cur_len_ = static_cast<size_t>(nread);
    (void)MakeCallback(realm(), keep, fn.As<v8::Function>(), 1, &ret);
    cur_data_ = nullptr;
    cur_len_ = 0;
    release();
    return;
  }
  release();
  // What Node's kOnExecute callback would drain (the ticks and microtasks the callbacks queued).
  DrainTasks(realm());
}

void HTTPParser::GetCurrentBuffer(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  v8::Isolate* isolate = info.GetIsolate();
  size_t len = self->cur_data_ ? self->cur_len_ : 0;
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, len);
  if (len) memcpy(store->Data(), self->cur_data_, len);
  info.GetReturnValue().Set(
      self->NewBuffer(v8::ArrayBuffer::New(isolate, std::move(store)), 0, len));
}

void HTTPParser::Duration(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  if (self->last_message_start_ == 0) {
    info.GetReturnValue().Set(0);
    return;
  }
  double ms = static_cast<double>(uv_hrtime() - self->last_message_start_) / 1e6;
  info.GetReturnValue().Set(ms);
}

void HTTPParser::HeadersCompleted(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  info.GetReturnValue().Set(self->headers_completed_);
}

// requestAge(): ms since the oldest unanswered request began, or -1 when the parser is idle.
void HTTPParser::RequestAge(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  if (self->request_start_ == 0) {
    info.GetReturnValue().Set(-1);
    return;
  }
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - self->request_start_) / 1e6);
}

// requestEnd(): the last request's response is done; the connection is idle.
void HTTPParser::RequestEnd(const Info& info) {
  NODUS_UNWRAP(self, HTTPParser, info.This());
  self->request_start_ = 0;
}

}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> cls =
      b.Class("HTTPParser", HTTPParser::New, HTTPParser::kFirstCallbackField + kCallbackCount);
  b.ProtoMethod(cls, "close", HTTPParser::Close);
  b.ProtoMethod(cls, "free", HTTPParser::Free);
  b.ProtoMethod(cls, "remove", HTTPParser::Remove);
  b.ProtoMethod(cls, "execute", HTTPParser::Execute, 1);
  b.ProtoMethod(cls, "finish", HTTPParser::Finish);
  b.ProtoMethod(cls, "initialize", HTTPParser::Initialize, 5);
  b.ProtoMethod(cls, "pause", HTTPParser::Pause);
  b.ProtoMethod(cls, "resume", HTTPParser::Resume);
  b.ProtoMethod(cls, "consume", HTTPParser::Consume, 1);
  b.ProtoMethod(cls, "unconsume", HTTPParser::Unconsume);
  b.ProtoMethod(cls, "getCurrentBuffer", HTTPParser::GetCurrentBuffer);
  b.ProtoMethod(cls, "duration", HTTPParser::Duration);
  b.ProtoMethod(cls, "headersCompleted", HTTPParser::HeadersCompleted);
  b.ProtoMethod(cls, "requestAge", HTTPParser::RequestAge);
  b.ProtoMethod(cls, "requestEnd", HTTPParser::RequestEnd);
  b.ProtoMethod(cls, "timeoutFlag", HTTPParser::TimeoutFlagArray);
  v8::Local<v8::FunctionTemplate> list = b.Class("ConnectionsList", ConnectionsList::New);
  b.ProtoMethod(list, "all", ConnectionsList::List<0>);
  b.ProtoMethod(list, "idle", ConnectionsList::List<1>);
  b.ProtoMethod(list, "active", ConnectionsList::List<2>);
  b.ProtoMethod(list, "expired", ConnectionsList::Expired, 2);
  if (b.recording()) return;

  v8::Isolate* isolate = b.isolate();
  cls->InstanceTemplate()->SetHandler(v8::IndexedPropertyHandlerConfiguration(
      HTTPParser::CallbackGet, HTTPParser::CallbackSet, HTTPParser::CallbackQuery,
      HTTPParser::CallbackDelete, HTTPParser::CallbackEnumerate));
  b.realm()->BindingData<BindingData>()->list_class.Reset(isolate, list);
  struct {
    const char* name;
    int value;
  } constants[] = {
      {"REQUEST", Parser::kRequest},
      {"RESPONSE", Parser::kResponse},
      {"kOnMessageBegin", kOnMessageBegin},
      {"kOnHeaders", kOnHeaders},
      {"kOnHeadersComplete", kOnHeadersComplete},
      {"kOnBody", kOnBody},
      {"kOnMessageComplete", kOnMessageComplete},
      {"kOnExecute", kOnExecute},
      {"kOnTimeout", kOnTimeout},
      {"kTimeoutNone", kTimeoutNone},
      {"kTimeoutActive", kTimeoutActive},
      {"kTimeoutArmed", kTimeoutArmed},
      {"kLenientNone", http::kLenientNone},
      {"kLenientHeaders", http::kLenientHeaders},
      {"kLenientChunkedLength", http::kLenientChunkedLength},
      {"kLenientKeepAlive", http::kLenientKeepAlive},
      {"kLenientTransferEncoding", http::kLenientTransferEncoding},
      {"kLenientVersion", http::kLenientVersion},
      {"kLenientDataAfterClose", http::kLenientDataAfterClose},
      {"kLenientOptionalLFAfterCR", http::kLenientOptionalLfAfterCr},
      {"kLenientOptionalCRLFAfterChunk", http::kLenientOptionalCrlfAfterChunk},
      {"kLenientOptionalCRBeforeLF", http::kLenientOptionalCrBeforeLf},
      {"kLenientSpacesAfterChunkSize", http::kLenientSpacesAfterChunkSize},
      {"kLenientAll", http::kLenientAll},
  };
  for (const auto& c : constants) {
    cls->Set(InternalizedStr(isolate, c.name), v8::Integer::New(isolate, c.value),
             static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete));
  }
  b.Install("HTTPParser", cls);
  b.Install("ConnectionsList", list);

  std::vector<v8::Local<v8::Value>> methods, all;
  for (int i = 0; i < http::kMethodCount; i++) {
    v8::Local<v8::Value> name = InternalizedStr(isolate, http::kMethods[i]);
    all.push_back(name);
    if (http::IsHttpMethod(i)) methods.push_back(name);
  }
  b.Value("methods", v8::Array::New(isolate, methods.data(), methods.size()));
  b.Value("allMethods", v8::Array::New(isolate, all.data(), all.size()));
}

}  // namespace nodus::http_parser

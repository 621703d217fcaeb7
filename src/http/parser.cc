// The HTTP/1.1 state machine. One byte at a time through `switch (state_)`, with inner loops over
// the long runs (target, header values, bodies) so the common path touches each byte once.
#include "http/parser.h"

#include <cstring>

namespace nodus::http {

namespace {

// Byte classes.
enum : uint8_t { kTokenBit = 1, kUrlBit = 2, kValueBit = 4, kHexBit = 8 };

constexpr uint8_t ClassOf(unsigned c) {
  uint8_t m = 0;
  bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (alnum || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' ||
      c == '*' || c == '+' || c == '-' || c == '.' || c == '^' || c == '_' || c == '`' ||
      c == '|' || c == '~')
    m |= kTokenBit;
  if (c > 0x20 && c < 0x7f) m |= kUrlBit;
  if (c == '\t' || (c >= 0x20 && c != 0x7f)) m |= kValueBit;
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) m |= kHexBit;
  return m;
}

struct Table {
  uint8_t v[256];
  constexpr Table() : v() {
    for (unsigned i = 0; i < 256; i++) v[i] = ClassOf(i);
  }
};
constexpr Table kClass;

inline bool IsToken(unsigned char c) { return kClass.v[c] & kTokenBit; }
inline bool IsUrl(unsigned char c) { return kClass.v[c] & kUrlBit; }
inline bool IsValue(unsigned char c) { return kClass.v[c] & kValueBit; }
inline bool IsHex(unsigned char c) { return kClass.v[c] & kHexBit; }
// Bytes of an authority (userinfo, host, port, IP literal).
inline bool IsServer(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
         (c != 0 && std::strchr("-._~!$&'()*+,;=:%[]", c) != nullptr);
}
inline bool IsWs(unsigned char c) { return c == ' ' || c == '\t'; }
inline int HexVal(unsigned char c) {
  return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
inline char Lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? char(c | 0x20) : char(c); }

bool EqualsLower(const char* a, size_t n, const char* lit) {
  size_t m = std::strlen(lit);
  return n == m && std::memcmp(a, lit, n) == 0;
}

}  // namespace

const char* const kMethods[kMethodCount] = {
    "DELETE",   "GET",       "HEAD",       "POST",      "PUT",         "CONNECT",
    "OPTIONS",  "TRACE",     "COPY",       "LOCK",      "MKCOL",       "MOVE",
    "PROPFIND", "PROPPATCH", "SEARCH",     "UNLOCK",    "BIND",        "REBIND",
    "UNBIND",   "ACL",       "REPORT",     "MKACTIVITY", "CHECKOUT",   "MERGE",
    "M-SEARCH", "NOTIFY",    "SUBSCRIBE",  "UNSUBSCRIBE", "PATCH",     "PURGE",
    "MKCALENDAR", "LINK",    "UNLINK",     "SOURCE",    "PRI",         "DESCRIBE",
    "ANNOUNCE", "SETUP",     "PLAY",       "PAUSE",     "TEARDOWN",    "GET_PARAMETER",
    "SET_PARAMETER", "REDIRECT", "RECORD", "FLUSH",     "QUERY"};

bool IsHttpMethod(int m) { return (m >= 0 && m <= 33) || m == kMethodQuery; }

const char* ErrnoName(Errno e) {
  switch (e) {
    case Errno::kOk: return "HPE_OK";
    case Errno::kInternal: return "HPE_INTERNAL";
    case Errno::kStrict: return "HPE_STRICT";
    case Errno::kCrExpected: return "HPE_CR_EXPECTED";
    case Errno::kLfExpected: return "HPE_LF_EXPECTED";
    case Errno::kUnexpectedContentLength: return "HPE_UNEXPECTED_CONTENT_LENGTH";
    case Errno::kUnexpectedSpace: return "HPE_UNEXPECTED_SPACE";
    case Errno::kClosedConnection: return "HPE_CLOSED_CONNECTION";
    case Errno::kInvalidMethod: return "HPE_INVALID_METHOD";
    case Errno::kInvalidUrl: return "HPE_INVALID_URL";
    case Errno::kInvalidConstant: return "HPE_INVALID_CONSTANT";
    case Errno::kInvalidVersion: return "HPE_INVALID_VERSION";
    case Errno::kInvalidHeaderToken: return "HPE_INVALID_HEADER_TOKEN";
    case Errno::kInvalidContentLength: return "HPE_INVALID_CONTENT_LENGTH";
    case Errno::kInvalidChunkSize: return "HPE_INVALID_CHUNK_SIZE";
    case Errno::kInvalidStatus: return "HPE_INVALID_STATUS";
    case Errno::kInvalidEofState: return "HPE_INVALID_EOF_STATE";
    case Errno::kInvalidTransferEncoding: return "HPE_INVALID_TRANSFER_ENCODING";
    case Errno::kCbMessageBegin: return "HPE_CB_MESSAGE_BEGIN";
    case Errno::kCbHeadersComplete: return "HPE_CB_HEADERS_COMPLETE";
    case Errno::kCbMessageComplete: return "HPE_CB_MESSAGE_COMPLETE";
    case Errno::kCbChunkHeader: return "HPE_CB_CHUNK_HEADER";
    case Errno::kCbChunkComplete: return "HPE_CB_CHUNK_COMPLETE";
    case Errno::kPaused: return "HPE_PAUSED";
    case Errno::kPausedUpgrade: return "HPE_PAUSED_UPGRADE";
    case Errno::kPausedH2Upgrade: return "HPE_PAUSED_H2_UPGRADE";
    case Errno::kUser: return "HPE_USER";
    case Errno::kHeaderOverflow: return "HPE_HEADER_OVERFLOW";
  }
  return "HPE_INTERNAL";
}

void Parser::Init(Type type, Handler* handler, uint32_t lenient) {
  handler_ = handler;
  type_ = type;
  lenient_ = lenient;
  state_ = kStartState;
  error_ = Errno::kOk;
  reason_ = "";
  paused_ = pause_now_ = false;
  eof_unsafe_ = false;
  upgrade_ = false;
  headers_done_ = false;
  flags_ = 0;
  pending_ws_.clear();
}

void Parser::Resume() {
  if (error_ == Errno::kPaused || error_ == Errno::kPausedUpgrade) {
    error_ = Errno::kOk;
    reason_ = "";
  }
  paused_ = pause_now_ = false;
}

bool Parser::MessageNeedsEof() const {
  if (type_ == kRequest) return false;
  if (status_ / 100 == 1 || status_ == 204 || status_ == 304 || (flags_ & kSkipBody)) return false;
  if ((flags_ & kTransferEncoding) && !(flags_ & kChunked)) return true;
  if (flags_ & (kChunked | kContentLength)) return false;
  return true;
}

bool Parser::ShouldKeepAlive() const {
  if (major_ > 0 && minor_ > 0) {
    if (flags_ & kConnectionClose) return false;
  } else if (!(flags_ & kConnectionKeepAlive)) {
    return false;
  }
  return !MessageNeedsEof();
}

void Parser::StartMessage() {
  flags_ = 0;
  upgrade_ = false;
  headers_done_ = false;
  in_trailers_ = false;
  method_ = 0;
  status_ = 0;
  major_ = minor_ = 0;
  content_length_ = 0;
  remaining_ = 0;
  header_bytes_ = 0;
  headers_ = 0;
  word_len_ = 0;
  word_long_ = false;
  index_ = 0;
  pending_ws_.clear();
}

bool Parser::CountHeader(size_t n) {
  header_bytes_ += n;
  if (max_header_bytes_ != 0 && header_bytes_ >= max_header_bytes_) {
    Fail(Errno::kHeaderOverflow, "Header overflow");
    return false;
  }
  return true;
}

// Called at the ':' ending a header name (the name's lowercase prefix is in word_).
int Parser::FieldDone() {
  special_ = kNone;
  value_started_ = false;
  value_lenient_ = false;
  // Trailers go through the same checks as headers (node's parser shares the states): a
  // Content-Length or another Transfer-Encoding there is refused, a Connection token counts.
  if (word_long_) return 0;
  const char* w = word_;
  size_t n = word_len_;
  if (EqualsLower(w, n, "content-length")) {
    cl_duplicate_ = (flags_ & kContentLength) != 0;  // refused at its first byte
    if ((flags_ & kTransferEncoding) && !(lenient_ & kLenientChunkedLength))
      return Fail(Errno::kInvalidContentLength,
                  "Content-Length can't be present with Transfer-Encoding");
    flags_ |= kContentLength;
    content_length_ = 0;
    cl_state_ = 0;
    special_ = kContentLengthHdr;
  } else if (EqualsLower(w, n, "transfer-encoding")) {
    if ((flags_ & kContentLength) && !(lenient_ & kLenientChunkedLength))
      return Fail(Errno::kInvalidTransferEncoding,
                  "Transfer-Encoding can't be present with Content-Length");
    flags_ |= kTransferEncoding;
    special_ = kTransferEncodingHdr;
  } else if (EqualsLower(w, n, "connection") || EqualsLower(w, n, "proxy-connection")) {
    special_ = kConnectionHdr;
  } else if (EqualsLower(w, n, "upgrade")) {
    special_ = kUpgradeHdr;  // counts once it has a value
  }
  tok_len_ = 0;
  tok_ended_ = tok_bad_ = tok_any_ = false;
  return 0;
}

// End of one comma-separated token of Connection / Transfer-Encoding.
int Parser::TokenDone() {
  bool empty = tok_len_ == 0 && !tok_bad_;
  auto is = [&](const char* lit) { return !tok_bad_ && EqualsLower(tok_, tok_len_, lit); };
  if (special_ == kConnectionHdr) {
    if (is("close")) flags_ |= kConnectionClose;
    else if (is("keep-alive")) flags_ |= kConnectionKeepAlive;
    else if (is("upgrade")) flags_ |= kConnectionUpgrade;
  } else if (special_ == kTransferEncodingHdr && !empty) {
    if (is("chunked")) {
      flags_ |= kChunked;
    } else {
      flags_ &= ~kChunked;
    }
  }
  tok_len_ = 0;
  tok_ended_ = tok_bad_ = false;
  return 0;
}

// One byte of a special header's value (leading whitespace already skipped).
int Parser::ValueByte(unsigned char c) {
  switch (special_) {
    case kContentLengthHdr:
      if (cl_duplicate_) return Fail(Errno::kUnexpectedContentLength, "Duplicate Content-Length");
      if (c >= '0' && c <= '9') {
        if (cl_state_ == 2)
          return Fail(Errno::kInvalidContentLength, "Invalid character in Content-Length");
        uint64_t d = c - '0';
        if (content_length_ > (UINT64_MAX - d) / 10)
          return Fail(Errno::kInvalidContentLength, "Content-Length overflow");
        content_length_ = content_length_ * 10 + d;
        cl_state_ = 1;
      } else if (IsWs(c) && cl_state_ != 0) {
        cl_state_ = 2;
      } else {
        return Fail(Errno::kInvalidContentLength, "Invalid character in Content-Length");
      }
      return 0;
    case kTransferEncodingHdr:
      if (c == ' ') {
        if (tok_len_ > 0 || tok_bad_) tok_ended_ = true;
        return 0;
      }
      if (c == '\t') {  // not OWS here: "chunked\t" is not chunked (as in Node)
        tok_bad_ = true;
        return 0;
      }
      // Anything after a final "chunked" in a request is a smuggling vector.
      if ((flags_ & kChunked) && type_ == kRequest && !(lenient_ & kLenientTransferEncoding) &&
          c != ',')
        return Fail(Errno::kInvalidTransferEncoding, "Invalid `Transfer-Encoding` header value");
      if (c == ',') {
        TokenDone();
        if ((flags_ & kChunked) && type_ == kRequest && !(lenient_ & kLenientTransferEncoding))
          return Fail(Errno::kInvalidTransferEncoding,
                      "Invalid `Transfer-Encoding` header value");
        flags_ &= ~kChunked;  // whatever follows the comma, chunked is not the last coding
        return 0;
      }
      [[fallthrough]];
    case kConnectionHdr:
      if (IsWs(c)) {
        if (tok_len_ > 0 || tok_bad_) tok_ended_ = true;
      } else if (c == ',') {
        TokenDone();
      } else if (tok_ended_ || tok_len_ >= sizeof tok_) {
        tok_bad_ = true;
      } else {
        tok_[tok_len_++] = Lower(c);
      }
      return 0;
    case kUpgradeHdr:
      flags_ |= kUpgrade;
      return 0;
    default:
      return 0;
  }
}

int Parser::ValueDone() {
  switch (special_) {
    case kContentLengthHdr:
      if (cl_state_ == 0) return Fail(Errno::kInvalidContentLength, "Empty Content-Length");
      break;
    case kTransferEncodingHdr:
      if (!value_started_)
        return Fail(Errno::kInvalidTransferEncoding, "Empty Transfer-Encoding");
      TokenDone();
      break;
    case kConnectionHdr:
      TokenDone();
      break;
    default:
      break;
  }
  special_ = kNone;
  return 0;
}

// Moves url_part_ past the '?' or '#' in [from, to) (error wording only).
void Parser::UrlPartAfter(const char* from, const char* to) {
  if (url_part_ < kUrlPath) return;
  for (const char* q = from; q < to && url_part_ != kUrlFragment; q++) {
    if (*q == '#') url_part_ = kUrlFragment;
    else if (*q == '?') url_part_ = kUrlQuery;
  }
}

int Parser::EmitValue(const char* at, size_t len) {
  if (len == 0) return 0;
  if (!CountHeader(len)) return -1;
  return handler_->OnHeaderValue(at, len);
}

int Parser::EmitPendingWs() {
  if (pending_ws_.empty()) return 0;
  int r = EmitValue(pending_ws_.data(), pending_ws_.size());
  pending_ws_.clear();
  return r;
}

int Parser::HeadersComplete() {
  headers_done_ = true;
  if (type_ == kRequest) {
    upgrade_ = method_ == kConnect ||
               ((flags_ & kUpgrade) && (flags_ & kConnectionUpgrade));
  } else {
    upgrade_ = status_ == 101 && (flags_ & kUpgrade) && (flags_ & kConnectionUpgrade);
  }
  int rv = handler_->OnHeadersComplete();
  if (rv == kHeadersSkipBody) {
    flags_ |= kSkipBody;
  } else if (rv == kHeadersSkipBodyUpgrade) {
    flags_ |= kSkipBody;
    upgrade_ = true;
  } else if (rv == kPauseParser) {
    pause_now_ = true;
  } else if (rv != kContinue) {
    if (error_ == Errno::kOk) Fail(Errno::kCbHeadersComplete, "User callback error");
    return -1;
  }
  // An upgrade without a body (a Transfer-Encoding other than chunked is none here) ends the
  // message before the Transfer-Encoding checks, as in node's parser.
  bool stop_after = upgrade_ || (type_ == kResponse && status_ == 101);
  bool has_body = (flags_ & kChunked) || ((flags_ & kContentLength) && content_length_ > 0);
  if (stop_after && (method_ == kConnect || (flags_ & kSkipBody) || type_ == kResponse ||
                     !has_body)) {
    return MessageComplete();
  }
  if (type_ == kRequest && (flags_ & kTransferEncoding) && !(flags_ & kChunked)) {
    if (!(lenient_ & (kLenientTransferEncoding | kLenientChunkedLength)))
      return Fail(Errno::kInvalidTransferEncoding, "Request has invalid `Transfer-Encoding`");
    if (!(flags_ & kSkipBody) && !upgrade_) {
      state_ = kBodyEofState;  // insecure parser: the body runs to the end of the stream
      return 0;
    }
  }
  if ((flags_ & kSkipBody) ||
      (type_ == kResponse &&
       ((status_ >= 100 && status_ <= 103) || status_ == 204 || status_ == 304))) {
    return MessageComplete();
  }
  if (flags_ & kChunked) {
    state_ = kChunkSizeStartState;
  } else if ((flags_ & kContentLength) && !(flags_ & kTransferEncoding)) {
    if (content_length_ == 0) return MessageComplete();
    remaining_ = content_length_;
    state_ = kBodyIdentityState;
  } else if (type_ == kRequest && !(flags_ & kTransferEncoding)) {
    return MessageComplete();
  } else if (MessageNeedsEof()) {
    state_ = kBodyEofState;
  } else {
    return MessageComplete();
  }
  return 0;
}

int Parser::MessageComplete() {
  bool keep = ShouldKeepAlive();
  state_ = kMessageDoneState;
  int rv = handler_->OnMessageComplete();
  if (rv == kPauseParser) {
    pause_now_ = true;
  } else if (rv != kContinue) {
    if (error_ == Errno::kOk) Fail(Errno::kCbMessageComplete, "User callback error");
    return -1;
  }
  if (upgrade_ || (type_ == kResponse && status_ == 101)) {
    state_ = kStartState;
    eof_unsafe_ = !upgrade_;
    error_ = Errno::kPausedUpgrade;
    reason_ = "Pause on CONNECT/Upgrade";
    return -1;
  }
  state_ = (keep || (lenient_ & kLenientKeepAlive)) ? kStartState : kClosedState;
  return 0;
}

size_t Parser::Execute(const char* data, size_t len) {
  if (error_ != Errno::kOk) return 0;
  if (paused_) {
    error_ = Errno::kPaused;
    reason_ = "Paused";
    return 0;
  }
  if (len > 0) eof_unsafe_ = false;
  const char* p = data;
  const char* end = data + len;
  const char* mark = data;  // start of the span being scanned

#define FAIL(code, why)     \
  do {                      \
    Fail(code, why);        \
    return p - data;        \
  } while (0)
// Runs a callback expression; on failure stops at the current byte, on pause after it.
#define CALL(expr, code)                                                 \
  do {                                                                   \
    int rv_ = (expr);                                                    \
    if (rv_ == kPauseParser) pause_now_ = true;                          \
    else if (rv_ != 0) {                                                 \
      if (error_ == Errno::kOk) Fail(code, "User callback error");       \
      return p - data;                                                   \
    }                                                                    \
  } while (0)
// After a step that may have completed a message or paused: stop at p+1.
#define CHECK_PAUSE()                         \
  do {                                        \
    if (pause_now_ && error_ == Errno::kOk) { \
      pause_now_ = false;                     \
      paused_ = true;                         \
      error_ = Errno::kPaused;                \
      reason_ = "Paused";                     \
      return p + 1 - data;                    \
    }                                         \
  } while (0)

  for (; p < end; p++) {
    unsigned char c = static_cast<unsigned char>(*p);
    switch (state_) {
      case kClosedState:
        if (c == '\r' || c == '\n') break;
        if (!(lenient_ & kLenientDataAfterClose)) {
          p++;  // (node counts the byte as parsed)
          FAIL(Errno::kClosedConnection, "Data after `Connection: close`");
        }
        break;  // ignored
      case kStartState:
      case kMessageDoneState:
        if (c == '\r' || c == '\n') break;
        StartMessage();
        CALL(handler_->OnMessageBegin(), Errno::kCbMessageBegin);
        if (type_ == kRequest) {
          state_ = kMethodState;
        } else {
          state_ = kResProtoState;
        }
        p--;  // reread the byte in the new state
        break;

      // ---- request line ----
      case kMethodState: {
        if (c == ' ' || !((c >= 'A' && c <= 'Z') || c == '-' || c == '_') ||
            word_len_ >= 20) {
          int found = -1;
          for (int i = 0; i < kMethodCount; i++) {
            if (EqualsLower(word_, word_len_, kMethods[i])) {
              found = i;
              break;
            }
          }
          if (c == ' ' && found >= 0) {
            method_ = static_cast<uint8_t>(found);
            state_ = kUrlStartState;
            break;
          }
          // Node's parser matches methods byte by byte: it fails at the first byte that no
          // method continues with, saying "Expected space" when the bytes before it are a
          // whole method.
          if (c != ' ' && word_len_ < 20) word_[word_len_++] = static_cast<char>(c);
          size_t ok = 0;  // the longest prefix of word_ that starts some method
          for (int i = 0; i < kMethodCount; i++) {
            size_t m = std::strlen(kMethods[i]), k = 0;
            while (k < m && k < word_len_ && kMethods[i][k] == word_[k]) k++;
            if (k > ok) ok = k;
          }
          bool whole = false;
          for (int i = 0; i < kMethodCount && !whole; i++)
            whole = std::strlen(kMethods[i]) == ok && std::memcmp(word_, kMethods[i], ok) == 0;
          if (whole) FAIL(Errno::kInvalidMethod, "Expected space after method");
          FAIL(Errno::kInvalidMethod, "Invalid method encountered");
        }
        word_[word_len_++] = static_cast<char>(c);
        break;
      }
      case kUrlStartState:
        if (c == ' ') break;
        // The request target's shape (origin, absolute, authority or asterisk form).
        if (method_ == kConnect) {
          url_part_ = kUrlServer;
        } else if (c == '/' || c == '*') {
          url_part_ = kUrlPath;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          url_part_ = kUrlSchema;
        } else if (c == '\t' || c == '\f' || c == '\r' || c == '\n') {
          p++;
          FAIL(Errno::kInvalidUrl, "Invalid characters in url");
        } else {
          FAIL(Errno::kInvalidUrl, "Unexpected start char in url");
        }
        url_at_ = false;
        state_ = kUrlState;
        mark = p;
        [[fallthrough]];
      case kUrlState: {
        for (; p < end; p++) {
          unsigned char d = static_cast<unsigned char>(*p);
          if (url_part_ >= kUrlPath) {
            while (p < end && IsUrl(static_cast<unsigned char>(*p))) p++;
            break;
          }
          if (d == ' ' || d == '\r' || d == '\n') break;
          if (d == '\t' || d == '\f') {
            p++;
            FAIL(Errno::kInvalidUrl, "Invalid characters in url");
          }
          if (url_part_ == kUrlSchema) {
            if (d == ':') url_part_ = kUrlSlash1;
            else if ((d | 0x20) < 'a' || (d | 0x20) > 'z')
              FAIL(Errno::kInvalidUrl, "Unexpected char in url schema");
          } else if (url_part_ == kUrlSlash1 || url_part_ == kUrlSlash2) {
            if (d != '/') FAIL(Errno::kInvalidUrl, "Unexpected char in url schema");
            url_part_ = url_part_ == kUrlSlash1 ? kUrlSlash2 : kUrlServer;
          } else {  // server (authority)
            if (d == '#' && method_ == kConnect) {
              FAIL(Errno::kInvalidUrl, "Unexpected char in url server");
            } else if (d == '/' || d == '?' || d == '#') {
              url_part_ = d == '/' ? kUrlPath : d == '?' ? kUrlQuery : kUrlFragment;
            } else if (d == '@') {
              if (url_at_) FAIL(Errno::kInvalidUrl, "Double @ in url");
              url_at_ = true;
            } else if (!IsServer(d)) {
              FAIL(Errno::kInvalidUrl, "Unexpected char in url server");
            }
          }
        }
        if (p >= end) {
          p = end;
          break;  // flushed below
        }
        c = static_cast<unsigned char>(*p);
        size_t n = p - mark;
        if (c == ' ' || c == '\r' || c == '\n') {
          if (url_part_ == kUrlSchema || url_part_ == kUrlSlash1 || url_part_ == kUrlSlash2) {
            p++;
            FAIL(Errno::kInvalidUrl, "Invalid characters in url");
          }
        }
        if (n) {
          if (!CountHeader(n)) return p - data;
          CALL(handler_->OnUrl(mark, n), Errno::kUser);
        }
        if (c == ' ') {
          state_ = kProtoState;
          word_len_ = 0;
        } else if (c == '\r' || c == '\n') {
          // An HTTP/0.9 request line: no version.
          major_ = 0;
          minor_ = 9;
          state_ = c == '\r' ? kUrlLfState : kFieldStartState;
        } else if (c == '\t' || c == '\f') {
          p++;
          FAIL(Errno::kInvalidUrl, "Invalid characters in url");
        } else {
          UrlPartAfter(mark, p);
          if (url_part_ == kUrlQuery) FAIL(Errno::kInvalidUrl, "Invalid char in url query");
          if (url_part_ == kUrlFragment) {
            FAIL(Errno::kInvalidUrl, "Invalid char in url fragment start");
          }
          FAIL(Errno::kInvalidUrl, "Invalid char in url path");
        }
        break;
      }
      case kUrlLfState:
        if (c != '\n') FAIL(Errno::kInvalidUrl, "Expected CRLF");
        state_ = kFieldStartState;
        break;
      case kProtoState:
      case kResProtoState: {
        if (c == ' ' && word_len_ == 0 && state_ == kProtoState) break;  // more spaces
        if ((c == '\t' || c == '\f') && word_len_ == 0 && state_ == kProtoState) {
          p++;  // still the url's separator to node's parser
          FAIL(Errno::kInvalidUrl, "Invalid characters in url");
        }
        word_[word_len_++] = static_cast<char>(c);
        const char* protos[3] = {"HTTP/", "RTSP/", "ICE/"};
        bool any = false;
        for (int i = 0; i < 3; i++) {
          size_t m = std::strlen(protos[i]);
          if (word_len_ <= m && std::memcmp(word_, protos[i], word_len_) == 0) {
            any = true;
            if (word_len_ == m) {
              proto_ = static_cast<uint8_t>(i + 1);
              state_ = state_ == kProtoState ? kVerMajorState : kResVerMajorState;
            }
          }
        }
        if (!any) FAIL(Errno::kInvalidConstant, "Expected HTTP/, RTSP/ or ICE/");
        if (state_ == kVerMajorState && proto_ == 1 && !IsHttpMethod(method_) && method_ != kPri)
          FAIL(Errno::kInvalidConstant, "Invalid method for HTTP/x.x request");
        break;
      }
      case kVerMajorState:
      case kResVerMajorState:
        if (c < '0' || c > '9') FAIL(Errno::kInvalidVersion, "Invalid major version");
        major_ = c - '0';
        state_ = state_ == kVerMajorState ? kVerDotState : kResVerDotState;
        break;
      case kVerDotState:
      case kResVerDotState:
        if (c != '.') FAIL(Errno::kInvalidVersion, "Expected dot");
        state_ = state_ == kVerDotState ? kVerMinorState : kResVerMinorState;
        break;
      case kVerMinorState:
      case kResVerMinorState: {
        if (c < '0' || c > '9') FAIL(Errno::kInvalidVersion, "Invalid minor version");
        minor_ = c - '0';
        bool ok = (major_ == 1 && minor_ <= 1) || (major_ == 0 && minor_ == 9) ||
                  (major_ == 2 && minor_ == 0);
        if (!ok && !(lenient_ & kLenientVersion)) {
          p++;
          FAIL(Errno::kInvalidVersion, "Invalid HTTP version");
        }
        state_ = state_ == kVerMinorState ? kReqLineCrState : kResSpaceState;
        break;
      }
      case kReqLineCrState:
        if (c == '\r') {
          state_ = kReqLineLfState;
        } else if (c == '\n' && (lenient_ & kLenientOptionalCrBeforeLf)) {
          state_ = kFieldStartState;
        } else {
          FAIL(Errno::kInvalidVersion, "Expected CRLF after version");
        }
        if (state_ == kFieldStartState && method_ == kPri)
          FAIL(Errno::kPausedH2Upgrade, "Pause on PRI/Upgrade");
        break;
      case kReqLineLfState:
        if (c != '\n') {
          if (!(lenient_ & kLenientOptionalLfAfterCr))
            FAIL(Errno::kStrict, "Expected CRLF after version");
          p--;
        }
        if (method_ == kPri) FAIL(Errno::kPausedH2Upgrade, "Pause on PRI/Upgrade");
        state_ = kFieldStartState;
        break;

      // ---- status line ----
      case kResSpaceState:
        if (c != ' ') FAIL(Errno::kInvalidVersion, "Expected space after version");
        state_ = kStatusCodeState;
        index_ = 0;
        status_ = 0;
        break;
      case kStatusCodeState:
        if (c >= '0' && c <= '9') {
          if (index_ == 3) FAIL(Errno::kInvalidStatus, "Invalid response status");
          status_ = status_ * 10 + (c - '0');
          index_++;
          break;
        }
        if (index_ != 3) FAIL(Errno::kInvalidStatus, "Invalid status code");
        if (c == ' ') {
          state_ = kStatusSpaceState;
        } else if (c == '\r') {
          state_ = kResLineLfState;
        } else if (c == '\n') {
          if (!(lenient_ & kLenientOptionalCrBeforeLf)) {
            p++;
            FAIL(Errno::kInvalidStatus, "Invalid response status");
          }
          state_ = kFieldStartState;
        } else {
          FAIL(Errno::kInvalidStatus, "Invalid response status");
        }
        break;
      case kStatusSpaceState:
        state_ = kStatusTextState;
        mark = p;
        [[fallthrough]];
      case kStatusTextState: {
        while (p < end && *p != '\r' && *p != '\n') p++;
        if (p == end) break;
        c = static_cast<unsigned char>(*p);
        size_t n = p - mark;
        if (n) {
          if (!CountHeader(n)) return p - data;
          CALL(handler_->OnStatus(mark, n), Errno::kUser);
        }
        if (c == '\r') {
          state_ = kResLineLfState;
        } else {
          if (!(lenient_ & kLenientOptionalCrBeforeLf)) {
            p++;
            FAIL(Errno::kCrExpected, "Missing expected CR after response line");
          }
          state_ = kFieldStartState;
        }
        break;
      }
      case kResLineLfState:
        if (c != '\n') {
          if (!(lenient_ & kLenientOptionalLfAfterCr))
            FAIL(Errno::kStrict, "Expected LF after CR");
          p--;
        }
        state_ = kFieldStartState;
        break;

      // ---- header fields ----
      case kValueFoldCheckState:
        if (IsWs(c)) {
          if (!(lenient_ & kLenientHeaders)) {
            if (value_started_)
              FAIL(Errno::kInvalidHeaderToken, "Unexpected whitespace after header value");
            p++;
            FAIL(Errno::kInvalidHeaderToken, "Invalid header value char");
          }
          // obs-fold, allowed: the value goes on, its whitespace included. Node's parser takes
          // the continuation as a new start of a special header's value: a second Content-Length,
          // a Transfer-Encoding that is no longer chunked (nor read further), a new Connection token.
          if (value_started_) {
            if (special_ == kContentLengthHdr)
              FAIL(Errno::kUnexpectedContentLength, "Duplicate Content-Length");
            if (special_ == kTransferEncodingHdr) {
              flags_ &= ~kChunked;
              special_ = kNone;
            } else if (special_ == kConnectionHdr) {
              TokenDone();
            }
            state_ = kValueState;
            mark = p;
            p--;
          } else {
            state_ = kValueStartState;
          }
          break;
        }
        pending_ws_.clear();
        if (ValueDone() != 0) return p - data;
        CALL(handler_->OnHeaderComplete(), Errno::kUser);
        headers_++;
        if (max_headers_ != 0 && headers_ > max_headers_)
          FAIL(Errno::kHeaderOverflow, "Header overflow");
        state_ = kFieldStartState;
        [[fallthrough]];
      case kFieldStartState:
        if (c == '\r') {
          state_ = kHeadersLfState;
          break;
        }
        if (c == '\n') {
          if (lenient_ & kLenientOptionalCrBeforeLf) {
            state_ = kHeadersLfState;
            p--;
            break;
          }
          p++;
          FAIL(Errno::kInvalidHeaderToken, "Invalid header field char");
        }
        if (IsWs(c)) {
          if ((c == '\t' && headers_ == 0 && !in_trailers_) ||
              (in_trailers_ && headers_ == trailer_base_))
            FAIL(Errno::kInvalidHeaderToken, "Invalid header token");
          if (c == ' ' && headers_ == 0 && !in_trailers_) {
            if (lenient_ & kLenientHeaders) break;  // the insecure parser skips it
            p++;
            FAIL(Errno::kUnexpectedSpace, "Unexpected space after start line");
          }
          FAIL(Errno::kInvalidHeaderToken, "Unexpected whitespace after header value");
        }
        if (!IsToken(c)) FAIL(Errno::kInvalidHeaderToken, "Invalid header token");
        state_ = kFieldState;
        word_len_ = 0;
        word_long_ = false;
        field_ws_ = false;
        mark = p;
        [[fallthrough]];
      case kFieldState: {
        if (!field_ws_) {
          const char* s = p;
          while (p < end && IsToken(static_cast<unsigned char>(*p))) p++;
          // Keep the lowercase name while it may still be a header we interpret.
          for (const char* q = s; q < p && !word_long_; q++) {
            if (word_len_ == sizeof word_) word_long_ = true;
            else word_[word_len_++] = Lower(static_cast<unsigned char>(*q));
          }
          if (p == end) break;
          c = static_cast<unsigned char>(*p);
          if (c != ':') {
            // Whitespace before the colon is refused (a smuggling vector). Node words it
            // differently after the names it interprets, and its insecure parser lets it
            // through after those names only ("Content-Length : 1").
            bool special = !word_long_ && (EqualsLower(word_, word_len_, "content-length") ||
                                           EqualsLower(word_, word_len_, "transfer-encoding") ||
                                           EqualsLower(word_, word_len_, "connection") ||
                                           EqualsLower(word_, word_len_, "proxy-connection") ||
                                           EqualsLower(word_, word_len_, "upgrade"));
            if (special && c == ' ' && (lenient_ & kLenientHeaders)) {
              field_ws_ = true;
            } else if (special && c == ' ') {
              p++;  // (node reports it past the space)
              FAIL(Errno::kInvalidHeaderToken, "Invalid header field char");
            } else {
              FAIL(Errno::kInvalidHeaderToken, "Invalid header token");
            }
          }
        }
        if (field_ws_) {
          while (p < end && IsWs(static_cast<unsigned char>(*p))) p++;
          if (p == end) break;
          c = static_cast<unsigned char>(*p);
          if (c != ':') FAIL(Errno::kInvalidHeaderToken, "Invalid header token");
        }
        size_t n = p - mark;
        if (n) {
          if (!CountHeader(n)) return p - data;
          CALL(handler_->OnHeaderField(mark, n), Errno::kUser);
        }
        if (FieldDone() != 0) {
          p++;  // Node reports these past the colon
          return p - data;
        }
        state_ = kValueStartState;
        break;
      }
      case kValueStartState:
        if (IsWs(c)) break;
        if (c == '\n' && !(lenient_ & kLenientOptionalCrBeforeLf)) {
          p++;
          FAIL(Errno::kInvalidHeaderToken, "Invalid header value char");
        }
        state_ = kValueState;
        mark = p;
        [[fallthrough]];
      case kValueState: {
        // Scan the value; trailing whitespace is not part of it.
        const char* ws = nullptr;  // start of the current whitespace run
        if (special_ == kNone) {
          while (p < end) {
            unsigned char d = static_cast<unsigned char>(*p);
            if (IsWs(d)) {
              if (!ws) ws = p;
            } else if (IsValue(d)) {
              ws = nullptr;
            } else {
              break;
            }
            p++;
          }
        } else {
          while (p < end) {
            unsigned char d = static_cast<unsigned char>(*p);
            if (d == '\r' || d == '\n') break;
            // (Content-Length reports its own error for any byte that is not a digit)
            if (special_ == kContentLengthHdr && !IsValue(d) && ValueByte(d) != 0)
              return p - data;
            if (IsWs(d)) {
              if (!ws) ws = p;
            } else if (IsValue(d)) {
              ws = nullptr;
            } else {
              break;
            }
            if (ValueByte(d) != 0) {
              if (error_ == Errno::kInvalidTransferEncoding) p++;
              return p - data;
            }
            p++;
          }
        }
        const char* stop = ws ? ws : p;
        if (stop > mark) {
          if (EmitPendingWs() != 0) return p - data;
          value_started_ = true;
          if (EmitValue(mark, stop - mark) != 0) {
            // (Node reports an overflow of a value ended by CR past the CR)
            return p - data + (p < end && *p == '\r' ? 1 : 0);
          }
        }
        if (p == end) {
          if (ws && value_started_) pending_ws_.append(ws, end - ws);
          mark = end;
          break;
        }
        c = static_cast<unsigned char>(*p);
        // The insecure parser folds lines: whitespace before a fold stays in the value.
        if (value_started_ && (lenient_ & kLenientHeaders)) {
          if (ws) pending_ws_.append(ws, p - ws);
        } else {
          pending_ws_.clear();
        }
        if (c == '\r') {
          state_ = kValueLfState;
        } else if (c == '\n') {
          // (the insecure parser, past a byte it let through, takes a bare LF as node's does)
          if (!(lenient_ & kLenientOptionalCrBeforeLf) && !value_lenient_)
            FAIL(Errno::kCrExpected, "Missing expected CR after header value");
          state_ = kValueFoldCheckState;
        } else if (lenient_ & kLenientHeaders) {
          // An invalid byte, accepted: continue the value from here (after the whitespace
          // before it, kept in order).
          if (ValueByte(c) != 0) return p - data;
          if (EmitPendingWs() != 0 || EmitValue(p, 1) != 0) return p - data;
          value_started_ = true;
          value_lenient_ = true;
          mark = p + 1;
        } else {
          FAIL(Errno::kInvalidHeaderToken, "Invalid header value char");
        }
        break;
      }
      case kValueLfState:
        // A CR not followed by LF ends an empty value for the insecure parser (as node's);
        // after a value it is refused even by that one.
        if (c != '\n') {
          if (!value_started_ && (lenient_ & kLenientHeaders)) {
            state_ = kValueFoldCheckState;
            p--;
            break;
          }
          if (!value_started_) FAIL(Errno::kStrict, "Expected LF after CR");
          FAIL(Errno::kLfExpected, "Missing expected LF after header value");
        }
        state_ = kValueFoldCheckState;
        break;
      case kHeadersLfState:
        if (c != '\n') {
          if (!(lenient_ & kLenientOptionalLfAfterCr))
            FAIL(Errno::kStrict, "Expected LF after headers");
          p--;
        }
        if (in_trailers_) {
          if (MessageComplete() != 0) return p + 1 - data;
        } else {
          if (HeadersComplete() != 0) {
            return p + 1 - data;
          }
        }
        CHECK_PAUSE();
        break;

      // ---- bodies ----
      case kBodyIdentityState: {
        uint64_t avail = end - p;
        size_t n = static_cast<size_t>(avail < remaining_ ? avail : remaining_);
        remaining_ -= n;
        CALL(handler_->OnBody(p, n), Errno::kUser);
        p += n - 1;
        if (remaining_ == 0) {
          if (MessageComplete() != 0) return p + 1 - data;
        }
        CHECK_PAUSE();
        break;
      }
      case kBodyEofState: {
        size_t n = end - p;
        CALL(handler_->OnBody(p, n), Errno::kUser);
        p = end - 1;
        CHECK_PAUSE();
        break;
      }
      case kChunkSizeStartState:
        if (!IsHex(c)) FAIL(Errno::kInvalidChunkSize, "Invalid character in chunk size");
        remaining_ = HexVal(c);
        state_ = kChunkSizeState;
        break;
      case kChunkSizeState:
        if (IsHex(c)) {
          if (remaining_ >> 60) FAIL(Errno::kInvalidChunkSize, "Chunk size overflow");
          remaining_ = remaining_ * 16 + HexVal(c);
          break;
        }
        if (c == ';') {
          state_ = kChunkExtNameStartState;
        } else if (c == '\r') {
          state_ = kChunkSizeLfState;
        } else if (c == '\n') {
          if (!(lenient_ & kLenientOptionalCrBeforeLf)) {
            p++;
            FAIL(Errno::kCrExpected, "Missing expected CR after chunk size");
          }
          state_ = kChunkSizeLfState;  // the LF stands for the CR: node's parser still wants an LF
        } else if (IsWs(c) && (lenient_ & kLenientSpacesAfterChunkSize)) {
          state_ = kChunkSizeWsState;
        } else {
          if (IsWs(c)) p++;  // (node reports whitespace past it)
          FAIL(Errno::kInvalidChunkSize, "Invalid character in chunk size");
        }
        break;
      case kChunkSizeWsState:
        if (IsWs(c)) break;
        state_ = kChunkSizeState;
        if (IsHex(c)) FAIL(Errno::kInvalidChunkSize, "Invalid character in chunk size");
        p--;
        break;
      // Chunk extensions as node 22's parser takes them: names and values may be empty
      // (";=", ";a=", ";;a"), but an extension list may not end in an empty name (";\r").
      case kChunkExtNameStartState:
      case kChunkExtNameState: {
        bool empty = state_ == kChunkExtNameStartState;
        if (IsToken(c)) {
          state_ = kChunkExtNameState;
        } else if (c == '=') {
          state_ = kChunkExtValueStartState;
        } else if (c == ';') {
          state_ = kChunkExtNameStartState;
        } else if (c == '\r' && !empty) {
          state_ = kChunkSizeLfState;
        } else if (c == '\n') {
          if (!(lenient_ & kLenientOptionalCrBeforeLf))
            FAIL(Errno::kCrExpected, "Missing expected CR after chunk extension name");
          state_ = kChunkSizeLfState;
          p--;
        } else if (empty && (c == '\r' || c == ' ')) {
          p++;
          FAIL(Errno::kStrict, "Invalid character in chunk extensions");
        } else {
          p++;
          FAIL(Errno::kStrict, "Invalid character in chunk extensions name");
        }
        break;
      }
      case kChunkExtValueStartState:
        if (c == '"') {
          state_ = kChunkExtQuotedState;
          break;
        }
        if (IsToken(c)) {
          state_ = kChunkExtValueState;
          break;
        }
        [[fallthrough]];  // an empty value ends like any other
      case kChunkExtValueState:
        if (IsToken(c)) break;
        if (c == '"') {
          // As in node's parser, a quoted string may follow token characters (`1"a b"`).
          state_ = kChunkExtQuotedState;
        } else if (c == ';') {
          state_ = kChunkExtNameStartState;
        } else if (c == '\r') {
          state_ = kChunkSizeLfState;
        } else if (c == '\n') {
          if (!(lenient_ & kLenientOptionalCrBeforeLf))
            FAIL(Errno::kCrExpected, "Missing expected CR after chunk extension value");
          state_ = kChunkSizeLfState;
          p--;
        } else {
          p++;
          FAIL(Errno::kStrict, "Invalid character in chunk extensions value");
        }
        break;
      case kChunkExtQuotedState:
        if (c == '"') state_ = kChunkExtAfterQuotedState;
        else if (c == '\\') state_ = kChunkExtQuotedEscState;
        else if (c != '\t' && (c < 0x20 || c == 0x7f)) {
          p++;
          FAIL(Errno::kStrict, "Invalid character in chunk extensions quoted value");
        }
        break;
      case kChunkExtQuotedEscState:
        if (c != '\t' && (c < 0x20 || c == 0x7f)) {
          p++;
          FAIL(Errno::kStrict, "Invalid quoted-pair in chunk extensions quoted value");
        }
        state_ = kChunkExtQuotedState;
        break;
      case kChunkExtAfterQuotedState:
        if (c == ';') {
          state_ = kChunkExtNameStartState;
        } else if (c == '\r') {
          state_ = kChunkSizeLfState;
        } else if (c == '\n') {
          if (!(lenient_ & kLenientOptionalCrBeforeLf))
            FAIL(Errno::kCrExpected, "Missing expected CR after chunk extension value");
          state_ = kChunkSizeLfState;
          p--;
        } else {
          FAIL(Errno::kStrict, "Invalid character in chunk extensions quote value");
        }
        break;
      case kChunkSizeLfState:
        if (c != '\n') {
          if (!(lenient_ & kLenientOptionalLfAfterCr))
            FAIL(Errno::kStrict, "Expected LF after chunk size");
          p--;
        }
        CALL(handler_->OnChunkHeader(remaining_), Errno::kCbChunkHeader);
        if (remaining_ == 0) {
          in_trailers_ = true;
          trailer_base_ = headers_;
          flags_ |= kTrailing;
          state_ = kFieldStartState;
        } else {
          state_ = kChunkDataState;
        }
        CHECK_PAUSE();
        break;
      case kChunkDataState: {
        uint64_t avail = end - p;
        size_t n = static_cast<size_t>(avail < remaining_ ? avail : remaining_);
        remaining_ -= n;
        CALL(handler_->OnBody(p, n), Errno::kUser);
        p += n - 1;
        if (remaining_ == 0) state_ = kChunkDataCrState;
        CHECK_PAUSE();
        break;
      }
      case kChunkDataCrState:
        if (c == '\r') {
          state_ = kChunkDataLfState;
        } else if (c == '\n' && (lenient_ & kLenientOptionalCrBeforeLf)) {
          CALL(handler_->OnChunkComplete(), Errno::kCbChunkComplete);
          state_ = kChunkSizeStartState;
        } else if (c == '\n') {
          p++;
          FAIL(Errno::kCrExpected, "Missing expected CR after chunk data");
        } else if (lenient_ & kLenientOptionalCrlfAfterChunk) {
          CALL(handler_->OnChunkComplete(), Errno::kCbChunkComplete);
          state_ = kChunkSizeStartState;
          p--;
        } else {
          FAIL(Errno::kStrict, "Expected LF after chunk data");
        }
        break;
      case kChunkDataLfState:
        if (c != '\n') {
          if (!(lenient_ & kLenientOptionalCrlfAfterChunk))
            FAIL(Errno::kStrict, "Expected LF after chunk data");
          p--;
        }
        CALL(handler_->OnChunkComplete(), Errno::kCbChunkComplete);
        state_ = kChunkSizeStartState;
        break;
      case kDeadState:
        FAIL(Errno::kInternal, "Parser in an unusable state");
    }
  }
  // Hand out the pieces of spans cut by the end of the buffer.
  size_t n = end - mark;
  switch (state_) {
    case kUrlState:
      UrlPartAfter(mark, end);
      if (n) {
        if (!CountHeader(n)) return p - data;
        CALL(handler_->OnUrl(mark, n), Errno::kUser);
      }
      break;
    case kStatusTextState:
      if (n) {
        if (!CountHeader(n)) return p - data;
        CALL(handler_->OnStatus(mark, n), Errno::kUser);
      }
      break;
    case kFieldState:
      if (n) {
        if (!CountHeader(n)) return p - data;
        CALL(handler_->OnHeaderField(mark, n), Errno::kUser);
      }
      break;
    default:
      break;
  }
  if (pause_now_ && error_ == Errno::kOk) {
    pause_now_ = false;
    paused_ = true;
    error_ = Errno::kPaused;
    reason_ = "Paused";
  }
  return len;
#undef FAIL
#undef CALL
#undef CHECK_PAUSE
}

Errno Parser::Finish() {
  // An errored parser has reported its error already; a paused one has nothing to finish.
  if (error_ != Errno::kOk) return Errno::kOk;
  switch (state_) {
    case kStartState:
      if (!eof_unsafe_) return Errno::kOk;
      Fail(Errno::kInvalidEofState, "Invalid EOF state");
      return error_;
    case kClosedState:
    case kMessageDoneState:
      return Errno::kOk;
    case kBodyEofState:
      if (MessageComplete() != 0 && error_ != Errno::kPausedUpgrade) return error_;
      return Errno::kOk;
    default:
      Fail(Errno::kInvalidEofState, "Invalid EOF state");
      return error_;
  }
}

}  // namespace nodus::http

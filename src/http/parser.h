// nodus's HTTP/1.1 message parser (no V8). Incremental: Execute() may be given any split of the
// input, down to one byte at a time, with the same result. Pieces of the request target, status
// text, header names and values are handed out as spans into the caller's buffer as they are
// scanned (a piece ends where the buffer ends); the handler accumulates them.
//
// Strict by default against request smuggling (Content-Length with Transfer-Encoding, duplicate
// or malformed Content-Length, chunked not last, bad chunk sizes, obs-fold, invalid bytes in
// names and values, bare CR or LF); the lenient flags relax what Node's --insecure-http-parser
// flags relax. Error codes and reasons are the ones Node reports (HPE_*).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace nodus::http {

enum class Errno : uint8_t {
  kOk = 0,
  kInternal,
  kStrict,
  kCrExpected,
  kLfExpected,
  kUnexpectedContentLength,
  kUnexpectedSpace,
  kClosedConnection,
  kInvalidMethod,
  kInvalidUrl,
  kInvalidConstant,
  kInvalidVersion,
  kInvalidHeaderToken,
  kInvalidContentLength,
  kInvalidChunkSize,
  kInvalidStatus,
  kInvalidEofState,
  kInvalidTransferEncoding,
  kCbMessageBegin,
  kCbHeadersComplete,
  kCbMessageComplete,
  kCbChunkHeader,
  kCbChunkComplete,
  kPaused,
  kPausedUpgrade,
  kPausedH2Upgrade,
  kUser,
  kHeaderOverflow,
};
// "HPE_INVALID_METHOD" etc.
const char* ErrnoName(Errno e);

// Node's lenient flags (HTTPParser.kLenient*), same values.
enum Lenient : uint32_t {
  kLenientNone = 0,
  kLenientHeaders = 1 << 0,
  kLenientChunkedLength = 1 << 1,
  kLenientKeepAlive = 1 << 2,
  kLenientTransferEncoding = 1 << 3,
  kLenientVersion = 1 << 4,
  kLenientDataAfterClose = 1 << 5,
  kLenientOptionalLfAfterCr = 1 << 6,
  kLenientOptionalCrlfAfterChunk = 1 << 7,
  kLenientOptionalCrBeforeLf = 1 << 8,
  kLenientSpacesAfterChunkSize = 1 << 9,
  kLenientAll = (1 << 10) - 1,
};

// Methods in Node's order (llhttp's numbering): kMethods[i] is `allMethods[i]` in JS.
constexpr int kMethodCount = 47;
extern const char* const kMethods[kMethodCount];
enum Method : uint8_t { kDelete = 0, kGet = 1, kHead = 2, kPost = 3, kPut = 4, kConnect = 5,
                        kPri = 34, kMethodQuery = 46 };
// True for the methods Node lists in http.METHODS (the HTTP ones, not RTSP's).
bool IsHttpMethod(int method);

// Return values of the handler's callbacks.
enum Action : int { kContinue = 0, kPauseParser = -2, kFail = -1 };
// OnHeadersComplete may also return these.
enum HeadersAction : int { kHeadersSkipBody = 1, kHeadersSkipBodyUpgrade = 2 };

class Parser {
 public:
  enum Type : uint8_t { kRequest = 1, kResponse = 2 };
  enum Flags : uint16_t {
    kConnectionKeepAlive = 1 << 0,
    kConnectionClose = 1 << 1,
    kConnectionUpgrade = 1 << 2,
    kChunked = 1 << 3,
    kUpgrade = 1 << 4,
    kContentLength = 1 << 5,
    kSkipBody = 1 << 6,
    kTrailing = 1 << 7,
    kTransferEncoding = 1 << 9,
  };

  class Handler {
   public:
    virtual ~Handler() = default;
    virtual int OnMessageBegin() { return kContinue; }
    virtual int OnUrl(const char* at, size_t len) { return kContinue; }
    virtual int OnStatus(const char* at, size_t len) { return kContinue; }
    // Pieces of one header name / value (names also of trailers); OnHeaderComplete ends a pair.
    virtual int OnHeaderField(const char* at, size_t len) { return kContinue; }
    virtual int OnHeaderValue(const char* at, size_t len) { return kContinue; }
    virtual int OnHeaderComplete() { return kContinue; }
    // kContinue, kHeadersSkipBody, kHeadersSkipBodyUpgrade, kFail or kPauseParser.
    virtual int OnHeadersComplete() { return kContinue; }
    virtual int OnBody(const char* at, size_t len) { return kContinue; }
    virtual int OnChunkHeader(uint64_t size) { return kContinue; }
    virtual int OnChunkComplete() { return kContinue; }
    virtual int OnMessageComplete() { return kContinue; }
  };

  Parser() = default;
  void Init(Type type, Handler* handler, uint32_t lenient = 0);
  // Limits, 0 = none: bytes of target/status/header names and values per message (counted as
  // Node counts them: an overflow when the sum reaches the limit), and header lines.
  void SetMaxHeaderBytes(uint64_t n) { max_header_bytes_ = n; }
  void SetMaxHeaders(uint32_t n) { max_headers_ = n; }
  void SetLenient(uint32_t lenient) { lenient_ = lenient; }

  // Parses `len` bytes. Returns the number of bytes consumed: all of them unless an error
  // stopped the parser (error() != kOk; the count is where it stopped), a callback paused it
  // (kPaused) or the connection switched protocols (kPausedUpgrade: the count is where the new
  // protocol's bytes begin). An errored parser stays errored until Init/Reset.
  size_t Execute(const char* data, size_t len);
  // The peer closed: completes a message whose body runs until EOF; kInvalidEofState when a
  // message was cut short.
  Errno Finish();
  // Pauses from the next Execute() on (which then consumes nothing and reports kPaused). A
  // callback returning kPauseParser pauses at once, after its byte.
  void Pause() { paused_ = true; }
  // Clears kPaused / kPausedUpgrade so parsing may go on.
  void Resume();

  Errno error() const { return error_; }
  const char* reason() const { return reason_; }
  Type type() const { return type_; }
  int http_major() const { return major_; }
  int http_minor() const { return minor_; }
  int method() const { return method_; }
  int status_code() const { return status_; }
  uint16_t flags() const { return flags_; }
  uint64_t content_length() const { return content_length_; }
  bool upgrade() const { return upgrade_; }
  bool ShouldKeepAlive() const;
  bool MessageNeedsEof() const;
  // True between the start of a message and its end (Finish() then reports EOF errors).
  bool InMessage() const { return state_ != kStartState && state_ != kClosedState; }
  bool HeadersDone() const { return headers_done_; }

 private:
  enum State : uint8_t {
    kStartState,
    kClosedState,
    kMethodState,
    kUrlStartState,
    kUrlState,
    kUrlLfState,
    kProtoState,
    kVerMajorState,
    kVerDotState,
    kVerMinorState,
    kReqLineCrState,
    kReqLineLfState,
    kResProtoState,
    kResVerMajorState,
    kResVerDotState,
    kResVerMinorState,
    kResSpaceState,
    kStatusCodeState,
    kStatusSpaceState,
    kStatusTextState,
    kResLineLfState,
    kFieldStartState,
    kFieldState,
    kValueStartState,
    kValueState,
    kValueLfState,
    kValueFoldCheckState,
    kHeadersLfState,
    kBodyIdentityState,
    kBodyEofState,
    kChunkSizeStartState,
    kChunkSizeState,
    kChunkExtNameStartState,
    kChunkExtNameState,
    kChunkExtValueStartState,
    kChunkExtValueState,
    kChunkExtQuotedState,
    kChunkExtQuotedEscState,
    kChunkExtAfterQuotedState,
    kChunkSizeLfState,
    kChunkSizeWsState,
    kChunkDataState,
    kChunkDataCrState,
    kChunkDataLfState,
    kMessageDoneState,
    kDeadState,
  };
  enum UrlPart : uint8_t { kUrlSchema, kUrlSlash1, kUrlSlash2, kUrlServer, kUrlPath, kUrlQuery,
                           kUrlFragment };
  enum Special : uint8_t { kNone, kContentLengthHdr, kTransferEncodingHdr, kConnectionHdr,
                           kUpgradeHdr };

  int Fail(Errno e, const char* reason) {
    error_ = e;
    reason_ = reason;
    return -1;
  }
  bool CountHeader(size_t n);
  int HeadersComplete();
  int MessageComplete();
  void StartMessage();
  int FieldDone();
  int ValueByte(unsigned char c);
  int ValueDone();
  int EmitValue(const char* at, size_t len);
  int EmitPendingWs();  // whitespace held back inside a value, once more of the value follows
  void UrlPartAfter(const char* from, const char* to);
  int TokenDone();

  Handler* handler_ = nullptr;
  Type type_ = kRequest;
  State state_ = kStartState;
  Errno error_ = Errno::kOk;
  const char* reason_ = "";
  bool paused_ = false;
  bool pause_now_ = false;
  bool upgrade_ = false;
  bool headers_done_ = false;
  bool in_trailers_ = false;
  uint32_t lenient_ = 0;
  uint16_t flags_ = 0;
  uint8_t major_ = 0, minor_ = 0;
  uint8_t method_ = 0;
  uint16_t status_ = 0;
  uint8_t index_ = 0;  // progress through a constant (protocol name) or method
  uint8_t proto_ = 0;  // 1 HTTP, 2 RTSP, 3 ICE
  char word_[24];      // method / protocol / special header name being read
  uint8_t word_len_ = 0;
  bool word_long_ = false;
  bool field_ws_ = false;
  Special special_ = kNone;
  UrlPart url_part_ = kUrlPath;
  bool url_at_ = false;
  bool value_started_ = false;
  bool value_lenient_ = false;  // the insecure parser let an invalid byte into this value
  // Connection / Transfer-Encoding token scanning.
  char tok_[16];
  uint8_t tok_len_ = 0;
  bool tok_ended_ = false, tok_bad_ = false, tok_any_ = false;
  // A 101 response that was no upgrade ended the last execute(): node's parser has not marked
  // the end of the stream safe there, so finish() before more data is an invalid EOF.
  bool eof_unsafe_ = false;
  uint32_t trailer_base_ = 0;  // headers_ when the trailers began
  bool te_chunked_last_ = false;
  // Content-Length scanning.
  uint8_t cl_state_ = 0;  // 0 none yet, 1 digits, 2 trailing ws
  bool cl_duplicate_ = false;
  uint64_t content_length_ = 0;
  uint64_t remaining_ = 0;
  uint64_t header_bytes_ = 0, max_header_bytes_ = 0;
  uint32_t headers_ = 0, max_headers_ = 0;
  std::string pending_ws_;  // trailing whitespace of a value held back across reads
};

}  // namespace nodus::http

// StreamBase: a HandleWrap over a uv stream (TCP, Pipe, TTY) with
//  - a listener chain that receives the stream's reads: native code (the HTTP engine) pushes its
//    own StreamListener to take the bytes in C++; the default listener hands them to JS;
//  - a native write API (uv_try_write first, then uv_write/uv_write2) with a completion callback;
//  - the JS methods lib/net.js and lib/internal/stream_base_commons.js use (docs/architecture.md,
//    "Streams and sockets").
#pragma once
#include <uv.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/binding.h"
#include "base/handle_wrap.h"

namespace nodus {

class StreamBase;

// Receives the reads of a stream. Listeners form a stack; the newest one gets the reads.
class StreamListener {
 public:
  virtual ~StreamListener();
  // Provide a buffer for the next read. The default mallocs `suggested` bytes.
  virtual void OnStreamAlloc(size_t suggested, uv_buf_t* buf);
  // nread > 0: bytes in buf.base[0..nread); nread < 0: a uv errno (UV_EOF at the end);
  // nread == 0: nothing (EAGAIN). The listener owns buf.base when it came from OnStreamAlloc
  // (the default one: release with free()); buf.base may be null when nread <= 0.
  virtual void OnStreamRead(ssize_t nread, const uv_buf_t& buf) = 0;
  // The stream is closing; the listener has been removed.
  virtual void OnStreamDestroy() {}

  StreamBase* stream() const { return stream_; }

 private:
  friend class StreamBase;
  StreamBase* stream_ = nullptr;
  StreamListener* previous_ = nullptr;
};

// Called once an asynchronous write ends (status 0 or a uv errno).
using StreamWriteCallback = void (*)(StreamBase* stream, int status, void* data);
using StreamShutdownCallback = void (*)(StreamBase* stream, int status, void* data);

struct StreamWriteResult {
  int err = 0;         // 0 or a uv errno (then the callback is never called)
  bool async = false;  // true: the callback will be called
  size_t bytes = 0;    // bytes handed to the stream (all of them when err == 0)
};

class StreamBase : public HandleWrap {
 public:
  StreamBase(Realm* realm, v8::Local<v8::Object> object, uv_stream_t* stream, const char* name);

  uv_stream_t* stream() const { return stream_; }

  void PushStreamListener(StreamListener* listener);
  void RemoveStreamListener(StreamListener* listener);
  StreamListener* current_listener() const { return listener_; }

  int ReadStart();
  int ReadStop();
  bool reading() const { return reading_; }

  // Writes bufs[0..nbufs) in order. Tries uv_try_write first; what is left goes through
  // uv_write (uv_write2 with send_handle on an IPC pipe). When the result is async, `cb` runs
  // later: with copy == false the caller keeps the buffers' memory valid until then; with
  // copy == true the unwritten rest is copied and the caller may release the buffers at once.
  StreamWriteResult Write(const uv_buf_t* bufs, size_t nbufs, StreamWriteCallback cb, void* data,
                          bool copy = true, uv_stream_t* send_handle = nullptr);
  // uv_shutdown; returns 0 (cb will run) or a uv errno.
  int Shutdown(StreamShutdownCallback cb, void* data);

  // uv_listen; each connection is accepted into a new TCP or Pipe wrap and reported through
  // onconnection(status, clientHandle).
  int Listen(int backlog);
  // After a connection: libuv stops accepting on this server until RearmListen (run by a check
  // handle before the next poll), so one connection is accepted per poll, as node 22 does.
  void HoldAccept();
  void RearmListen();
  // Starts a connect with `req` (a JS TCPConnectWrap/PipeConnectWrap): `start` runs uv_tcp_connect
  // or uv_pipe_connect; on completion req.oncomplete(status, handle, req, readable, writable).
  template <typename Start>
  int Connect(v8::Local<v8::Object> req, Start start);

  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t bytes_written() const { return bytes_written_; }

  // Adds readStart/readStop/shutdown/write*/close/ref/unref/... and the getters to a class.
  static void AddMethods(Binding& b, v8::Local<v8::FunctionTemplate> cls);

  // The JS side of reads (the default listener); overridden by Pipe to surface pending handles.
  virtual void EmitReadToJS(ssize_t nread, const uv_buf_t& buf);

  // Sends what this poll phase gathered (docs/architecture.md, "Gathered writes"); returns 0
  // or the uv errno of a failed send. Never calls into JS.
  int FlushGathered();
  // Tells JS (handle.onwriteerror) that sending gathered bytes failed.
  // from_js: called from a JS call (the function is called directly, not through
  // MakeCallback); returns false when JS threw.
  bool ReportGatheredError(int err, bool from_js = false);
  // Sends the gathered bytes of list[0..n) before the check phase, together (see
  // SendGatheredBatch); a stream's failure is kept for its FlushGathered.
  static void SendGatheredEarly(StreamBase* const* list, size_t n);
  // The check phase's deferred reads: reads every stream of *list (null entries: closed or
  // stopped since) through one io_uring submission and delivers each read.
  static void ReadListed(std::vector<StreamBase*>* list);
  // FlushGathered of each of list[0..n), their bytes sent together; errs[i] is list[i]'s result.
  static void FlushGatheredBatch(StreamBase* const* list, size_t n, int* errs);
  // This stream connected out (Connect): it never gathers, and a TCP one's local address is
  // listed so that a server of this realm knows the connection is in-process when it accepts it.
  void NoteOutgoing();
  // Just accepted by a server of this realm: is its peer a stream of this same process (an
  // in-process client)? Then it never gathers.
  void NoteAccepted();

 protected:
  ~StreamBase() override;
  void OnClose() override;
  void OnBeforeClose() override;
  // For IPC pipes: a new wrap object accepting the pending handle, or empty.
  virtual v8::MaybeLocal<v8::Object> AcceptPendingHandle() { return {}; }

 private:
  class JSListener : public StreamListener {
   public:
    void OnStreamRead(ssize_t nread, const uv_buf_t& buf) override;
  };

  static void OnUvAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnUvRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);

  // JS methods.
  static void JSReadStart(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSReadStop(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSShutdown(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSWriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSWritev(const v8::FunctionCallbackInfo<v8::Value>& info);
  template <int kEncoding>
  static void JSWriteString(const v8::FunctionCallbackInfo<v8::Value>& info);
  template <int kEncoding>
  static void JSTryWriteString(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSUseUserBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSSetBlocking(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetBytesRead(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetBytesWritten(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetWriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info);

  // Dispatches a write from JS; sets the state fields, returns the errno.
  int DispatchJSWrite(v8::Local<v8::Object> req, const uv_buf_t* bufs, size_t nbufs, bool copy,
                      v8::Local<v8::Value> send_handle);
  static void OnJSWriteDone(StreamBase* stream, int status, void* data);

  void ReleaseAccept();

  uv_stream_t* stream_;
  int backlog_ = 511;
  bool accept_held_ = false;  // accepted_fd holds the placeholder (see HoldAccept)
  JSListener js_listener_;
  StreamListener* listener_ = nullptr;
  bool reading_ = false;
  uint64_t bytes_read_ = 0;
  uint64_t bytes_written_ = 0;
  // Small writes of tryWrite*String not yet handed to the kernel; listed in the realm's
  // WriteGather until its check handle sends them.
  std::string gathered_;
  bool gather_listed_ = false;
  int gather_error_ = 0;  // an early send's failure, reported by FlushGathered
  // Writes go out at once, never gathered: the stream connected out, or its peer is in this
  // process (whose reads would see node's writes in the same poll phase).
  bool no_gather_ = false;
  int SendGathered();
  // Appends bufs to the gathered bytes when this poll phase's writes may gather (they fit in
  // 64 KiB, nothing queued, the peer in another process); false: write them now.
  bool TryGather(const uv_buf_t* bufs, size_t nbufs);
  // Deferred reads (docs/architecture.md, "Deferred reads"): a TCP stream whose peer is in
  // another process is not read by libuv in the poll phase; it is listed, and the check phase
  // reads every listed stream with one io_uring submission, then delivers each read.
  bool read_listed_ = false;
  std::string held_read_;  // read for a stream JS paused before its delivery; given at ReadStart
  int held_error_ = 0;     // and a read error met then (after the held bytes)
  bool holding() const { return !held_read_.empty() || held_error_ != 0; }
  bool CanDeferRead();
  void Deliver(ssize_t nread, const uv_buf_t& buf);
  // After a full read: what libuv's loop would read next in the same phase, with read(2).
  void ReadOnDirect();
  void DeliverRecv(int res, const char* data);
  // The rest of SendGathered once the kernel was handed the bytes: n is what it took or a uv
  // errno (UV_EAGAIN: nothing); a rest is queued as an ordinary write.
  int AfterGatheredSend(int n);
  // SendGathered of each of list[0..n) into errs[i]: the TCP streams with nothing queued hand
  // their bytes to the kernel in one io_uring submission when there are two or more.
  static void SendGatheredBatch(StreamBase* const* list, size_t n, int* errs);
  void ReleaseGathered();
  // A user buffer for reads (useUserBuffer), kept alive by a global.
  v8::Global<v8::Uint8Array> user_buffer_;
};

// A connect in flight, keeping the JS request object.
struct ConnectReq final : public ActiveLink {
  uv_connect_t req;
  StreamBase* stream;
  v8::Global<v8::Object> object;
  static void OnConnect(uv_connect_t* req, int status);
  v8::Local<v8::Object> ActiveObject() override;
};

template <typename Start>
int StreamBase::Connect(v8::Local<v8::Object> req, Start start) {
  if (!IsAlive()) return UV_EBADF;
  auto* c = new ConnectReq();
  c->req.data = c;
  c->stream = this;
  int err = start(&c->req, ConnectReq::OnConnect);
  if (err != 0) {
    delete c;
    return err;
  }
  NoteOutgoing();
  c->object.Reset(isolate(), req);
  c->LinkActive(ActiveLink::Kind::kRequest, "ConnectWrap");
  return 0;
}

// The constructor of request classes (WriteWrap, ShutdownWrap, TCPConnectWrap, ...).
void NewRequestObject(const v8::FunctionCallbackInfo<v8::Value>& info);

// A new JS handle of internalBinding('tcp_wrap').TCP (UV_TCP) or pipe_wrap's Pipe
// (UV_NAMED_PIPE) of type SOCKET, and its wrap; empty when JS threw.
v8::MaybeLocal<v8::Object> NewStreamHandle(Realm* realm, uv_handle_type type, StreamBase** wrap);

// The fields of internalBinding('stream_wrap').streamBaseState (an Int32Array shared with JS).
enum StreamBaseStateField {
  kReadBytesOrError = 0,
  kArrayBufferOffset,
  kBytesWritten,
  kLastWriteWasAsync,
  kStreamBaseStateCount
};
// The per-realm state array (created on first use).
int32_t* StreamBaseState(Realm* realm);
v8::Local<v8::Int32Array> StreamBaseStateArray(Realm* realm);

// Writes a socket address as {address, family, port} on `out`; returns false on a JS exception.
bool AddressToJS(v8::Isolate* isolate, const sockaddr* addr, v8::Local<v8::Object> out);

}  // namespace nodus

// StreamBase: reads through a listener stack, native and JS writes (see stream_base.h).
#include "base/stream_base.h"

#include <liburing.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <deque>
#include <vector>

#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus {

using Info = v8::FunctionCallbackInfo<v8::Value>;

// ---- the shared state array -----------------------------------------------------------------

namespace {
struct StreamBaseData : BindingDataBase {
  explicit StreamBaseData(Realm* realm) {
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    auto ab = v8::ArrayBuffer::New(isolate, kStreamBaseStateCount * sizeof(int32_t));
    fields = static_cast<int32_t*>(ab->GetBackingStore()->Data());
    std::memset(fields, 0, kStreamBaseStateCount * sizeof(int32_t));
    array.Reset(isolate, v8::Int32Array::New(ab, 0, kStreamBaseStateCount));
  }
  v8::Global<v8::Int32Array> array;
  int32_t* fields = nullptr;
};
}  // namespace

int32_t* StreamBaseState(Realm* realm) { return realm->BindingData<StreamBaseData>()->fields; }

v8::Local<v8::Int32Array> StreamBaseStateArray(Realm* realm) {
  return realm->BindingData<StreamBaseData>()->array.Get(realm->isolate());
}

bool AddressToJS(v8::Isolate* isolate, const sockaddr* addr, v8::Local<v8::Object> out) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  char ip[INET6_ADDRSTRLEN + 16] = {0};
  int port = 0;
  const char* family = nullptr;
  if (addr->sa_family == AF_INET6) {
    auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->sa_family == AF_INET) {
    auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else {
    return true;  // unknown family: leave `out` empty, as node does
  }
  return SetProp(ctx, out, "address", Str(isolate, ip)) &&
         SetProp(ctx, out, "family", InternalizedStr(isolate, family)) &&
         SetProp(ctx, out, "port", v8::Integer::New(isolate, port));
}

// ---- listeners ------------------------------------------------------------------------------

StreamListener::~StreamListener() {
  if (stream_ != nullptr) stream_->RemoveStreamListener(this);
}

void StreamListener::OnStreamAlloc(size_t suggested, uv_buf_t* buf) {
  buf->base = static_cast<char*>(malloc(suggested));
  buf->len = buf->base != nullptr ? suggested : 0;
}

void StreamBase::JSListener::OnStreamRead(ssize_t nread, const uv_buf_t& buf) {
  stream()->EmitReadToJS(nread, buf);
}

StreamBase::StreamBase(Realm* realm, v8::Local<v8::Object> object, uv_stream_t* stream,
                       const char* name)
    : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(stream), name), stream_(stream) {
  PushStreamListener(&js_listener_);
}

StreamBase::~StreamBase() {
  while (listener_ != nullptr) RemoveStreamListener(listener_);
  if (gather_listed_) FlushGathered();
}

void StreamBase::PushStreamListener(StreamListener* listener) {
  CHECK(listener->stream_ == nullptr);
  listener->stream_ = this;
  listener->previous_ = listener_;
  listener_ = listener;
}

void StreamBase::RemoveStreamListener(StreamListener* listener) {
  StreamListener** link = &listener_;
  while (*link != nullptr && *link != listener) link = &(*link)->previous_;
  if (*link == nullptr) return;
  *link = listener->previous_;
  listener->stream_ = nullptr;
  listener->previous_ = nullptr;
}

// ---- gathered writes (docs/architecture.md, "Gathered writes") ---------------------------------

namespace {
// An io_uring of this realm's thread through which the gathered bytes of many streams reach the
// kernel in one system call (docs/architecture.md, "Gathered writes"). Created on first use;
// none when the kernel refuses one or UV_USE_IO_URING=0 (libuv's own switch) is set.
class SendRing {
 public:
  static constexpr unsigned kEntries = 64;
  ~SendRing() { Close(); }
  io_uring* Get() {
    if (!tried_) {
      tried_ = true;
      const char* env = std::getenv("UV_USE_IO_URING");
      if (env == nullptr || std::strcmp(env, "0") != 0) {
        // SUBMIT_ALL: a refused entry does not stop the rest (5.18); older kernels take none.
        ready_ = io_uring_queue_init(kEntries, &ring_, IORING_SETUP_SUBMIT_ALL) == 0 ||
                 io_uring_queue_init(kEntries, &ring_, 0) == 0;
      }
    }
    return ready_ ? &ring_ : nullptr;
  }
  // Submits the `nqueued` entries prepared in the ring and calls on_done(user_data, res) for
  // each completion (with MSG_DONTWAIT every one has completed when the submit returns).
  // Returns the entries the kernel took, or -1; *heard: how many completions were seen. When
  // not all were taken or heard back from, the caller gives up the ring (Close).
  template <typename F>
  int SubmitAndReap(size_t nqueued, size_t* heard, F on_done) {
    int submitted = io_uring_submit(&ring_);
    size_t reaped = 0;
    while (submitted > 0 && reaped < static_cast<size_t>(submitted)) {
      io_uring_cqe* cqe = nullptr;
      int err = io_uring_peek_cqe(&ring_, &cqe);
      if (err == -EAGAIN) {
        do err = io_uring_wait_cqe(&ring_, &cqe);
        while (err == -EINTR);
      }
      if (err != 0) break;
      uint64_t key = cqe->user_data;
      int res = cqe->res;
      io_uring_cqe_seen(&ring_, cqe);
      reaped++;
      on_done(key, res);
    }
    *heard = reaped;
    return submitted < 0 ? -1 : submitted;
  }
  static bool AllDone(size_t nqueued, int submitted, size_t heard) {
    return submitted >= 0 && static_cast<size_t>(submitted) == nqueued &&
           heard == static_cast<size_t>(submitted);
  }
  // After a failed submission or wait: entries may be left in the ring; it is not used again.
  void Close() {
    if (ready_) io_uring_queue_exit(&ring_);
    ready_ = false;
  }

 private:
  io_uring ring_;
  bool tried_ = false;
  bool ready_ = false;
};

// The streams with writes gathered during this iteration's poll phase (a prepare handle marks
// its start), sent by a check handle right after it. Both handles are unref'd: they keep
// nothing alive.
struct WriteGather : BindingDataBase {
  explicit WriteGather(Realm* realm) : loop(realm->loop()) {
    uv_prepare_init(realm->loop(), &prepare);
    prepare.data = this;
    uv_prepare_start(&prepare, [](uv_prepare_t* h) {
      static_cast<WriteGather*>(h->data)->in_poll = true;
    });
    uv_unref(reinterpret_cast<uv_handle_t*>(&prepare));
    // Started after setImmediate's check handle, this one runs before it (libuv runs the
    // newest first): the writes of the poll phase leave before immediates run.
    uv_check_init(realm->loop(), &check);
    check.data = this;
    uv_check_start(&check, OnCheck);
    uv_unref(reinterpret_cast<uv_handle_t*>(&check));
    realm->flush_writes = [](Realm* r) { r->BindingData<WriteGather>()->FlushAll(false); };
  }
  void Remove(StreamBase* stream) {
    auto it = std::find(streams.begin(), streams.end(), stream);
    if (it == streams.end()) return;
    if (static_cast<size_t>(it - streams.begin()) < unsent_from) unsent_from--;
    streams.erase(it);
  }
  // `report`: failures reach JS (a stream closed by it meanwhile is still valid: wraps are
  // deleted in close callbacks, which run after this phase).
  void FlushAll(bool report) {
    std::vector<StreamBase*> list;
    list.swap(streams);
    unsent_from = 0;
    std::vector<int> errs(list.size());
    StreamBase::FlushGatheredBatch(list.data(), list.size(), errs.data());
    if (!report) return;
    for (size_t i = 0; i < list.size(); i++) {
      if (errs[i] != 0) list[i]->ReportGatheredError(errs[i]);
    }
  }
  static void OnCheck(uv_check_t* handle) {
    auto* g = static_cast<WriteGather*>(handle->data);
    if (g->idle_started) {  // (its stream may have left the list since)
      uv_idle_stop(&g->idle);
      g->idle_started = false;
    }
    if (!g->readers.empty()) {
      // Deferred reads are delivered as the poll phase's would be: their responses gather.
      std::vector<StreamBase*> list;
      list.swap(g->readers);
      g->reading = &list;
      StreamBase::ReadListed(&list);
      g->reading = nullptr;
    }
    g->in_poll = false;
    if (!g->streams.empty()) g->FlushAll(true);
  }
  // A stream leaves the deferred reads: JS stopped reading it before it was read, or it
  // closed (`closed`: also out of the batch being delivered; a stopped one stays there, and
  // bytes already read for it are held).
  // Returns whether it was waiting (not in the batch).
  bool RemoveReader(StreamBase* stream, bool closed) {
    auto it = std::find(readers.begin(), readers.end(), stream);
    bool waiting = it != readers.end();
    if (waiting) readers.erase(it);
    if (closed && reading != nullptr) {
      std::replace(reading->begin(), reading->end(), stream, static_cast<StreamBase*>(nullptr));
    }
    return waiting;
  }
  // Held bytes wait for the check phase: the poll must not block before it.
  void WakeForHeld() {
    if (idle_started) return;
    if (!idle_inited) {
      uv_idle_init(loop, &idle);
      uv_unref(reinterpret_cast<uv_handle_t*>(&idle));
      idle_inited = true;
    }
    uv_idle_start(&idle, [](uv_idle_t*) {});
    idle_started = true;
  }
  std::vector<StreamBase*> readers;  // listed for this check phase's reads
  std::vector<StreamBase*>* reading = nullptr;  // the batch being read and delivered
  uv_loop_t* loop;
  uv_idle_t idle;
  bool idle_inited = false;
  bool idle_started = false;
  // Adds a stream with new bytes; once kBatch streams wait, their bytes leave at once (so the
  // first responses of a large poll phase wait for at most kBatch others), without calling into
  // JS: a failure is kept on the stream and reported in the check phase.
  void Add(StreamBase* stream) {
    streams.push_back(stream);
    if (streams.size() - unsent_from < kBatch) return;
    StreamBase::SendGatheredEarly(streams.data() + unsent_from, streams.size() - unsent_from);
    unsent_from = streams.size();
  }
  uv_prepare_t prepare;
  uv_check_t check;
  bool in_poll = false;
  std::vector<StreamBase*> streams;
  size_t unsent_from = 0;  // streams[unsent_from..] have bytes not yet sent
  static constexpr size_t kBatch = 32;
  SendRing ring;
  // The local addresses (EndpointKey) of this realm's outgoing TCP streams not yet accepted
  // here: a connection accepted from one of them has its peer in this process (perhaps closed
  // already; node's write would fail at once). The oldest leave first once there are
  // kMaxLocalEnds (those of connections to other processes are never accepted here).
  std::deque<std::string> local_ends;
  static constexpr size_t kMaxLocalEnds = 1024;
};

// An IPv4 or IPv6 address and port as bytes (an IPv4-mapped IPv6 address as its IPv4 one);
// empty for other families.
std::string EndpointKey(const sockaddr_storage& addr) {
  std::string key;
  if (addr.ss_family == AF_INET) {
    auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
    key.assign(reinterpret_cast<const char*>(&a->sin_addr), 4);
    key.append(reinterpret_cast<const char*>(&a->sin_port), 2);
  } else if (addr.ss_family == AF_INET6) {
    auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    const char* bytes = reinterpret_cast<const char*>(&a->sin6_addr);
    static const char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\xff', '\xff'};
    if (std::memcmp(bytes, kMapped, 12) == 0) {
      key.assign(bytes + 12, 4);
    } else {
      key.assign(bytes, 16);
    }
    key.append(reinterpret_cast<const char*>(&a->sin6_port), 2);
  }
  return key;
}

}  // namespace

void StreamBase::NoteOutgoing() {
  no_gather_ = true;
  if (stream_->type != UV_TCP) return;
  sockaddr_storage addr;
  int len = sizeof(addr);
  if (uv_tcp_getsockname(reinterpret_cast<uv_tcp_t*>(stream_), reinterpret_cast<sockaddr*>(&addr),
                         &len) != 0) {
    return;
  }
  std::string key = EndpointKey(addr);
  if (key.empty()) return;
  auto& ends = realm()->BindingData<WriteGather>()->local_ends;
  if (ends.size() == WriteGather::kMaxLocalEnds) ends.pop_front();
  ends.push_back(std::move(key));
}

void StreamBase::NoteAccepted() {
  if (stream_->type == UV_TCP) {
    auto& ends = realm()->BindingData<WriteGather>()->local_ends;
    if (ends.empty()) return;
    sockaddr_storage addr;
    int len = sizeof(addr);
    if (uv_tcp_getpeername(reinterpret_cast<uv_tcp_t*>(stream_),
                           reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
      return;
    }
    auto it = std::find(ends.begin(), ends.end(), EndpointKey(addr));
    if (it != ends.end()) {
      ends.erase(it);
      no_gather_ = true;
    }
  } else if (stream_->type == UV_NAMED_PIPE) {
    uv_os_fd_t fd;
    ucred cred;
    socklen_t len = sizeof(cred);
    if (uv_fileno(reinterpret_cast<uv_handle_t*>(stream_), &fd) == 0 &&
        getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 && cred.pid == getpid()) {
      no_gather_ = true;
    }
  }
}

namespace {
// Called once a write of the gathered rest ends.
void OnGatheredRestWritten(StreamBase* stream, int status, void* data) {
  if (status != 0 && status != UV_ECANCELED) stream->ReportGatheredError(status);
}
}  // namespace

int StreamBase::FlushGathered() {
  if (!gather_listed_ && gather_error_ == 0 && gathered_.empty()) return 0;  // (every close)
  StreamBase* self = this;
  int err = 0;
  FlushGatheredBatch(&self, 1, &err);
  return err;
}

void StreamBase::SendGatheredEarly(StreamBase* const* list, size_t n) {
  std::vector<StreamBase*> todo;
  todo.reserve(n);
  for (size_t i = 0; i < n; i++) {
    if (list[i]->gather_error_ == 0) todo.push_back(list[i]);
  }
  std::vector<int> errs(todo.size());
  SendGatheredBatch(todo.data(), todo.size(), errs.data());
  for (size_t i = 0; i < todo.size(); i++) todo[i]->gather_error_ = errs[i];
}

void StreamBase::FlushGatheredBatch(StreamBase* const* list, size_t n, int* errs) {
  std::vector<StreamBase*> todo;
  std::vector<size_t> where;
  todo.reserve(n);
  where.reserve(n);
  for (size_t i = 0; i < n; i++) {
    StreamBase* s = list[i];
    errs[i] = 0;
    if (s->gather_listed_) {
      s->gather_listed_ = false;
      s->realm()->BindingData<WriteGather>()->Remove(s);
    }
    if (s->gather_error_ != 0) {  // an early send failed: what came after it is dropped
      errs[i] = s->gather_error_;
      s->gather_error_ = 0;
      s->ReleaseGathered();
      continue;
    }
    todo.push_back(s);
    where.push_back(i);
  }
  std::vector<int> sent(todo.size());
  SendGatheredBatch(todo.data(), todo.size(), sent.data());
  for (size_t k = 0; k < todo.size(); k++) errs[where[k]] = sent[k];
}

// The buffer is kept for the next response unless it grew large.
void StreamBase::ReleaseGathered() {
  if (gathered_.capacity() > 16384) {
    std::string().swap(gathered_);
  } else {
    gathered_.clear();
  }
}

int StreamBase::SendGathered() {
  if (gathered_.empty()) return 0;
  if (!IsAlive()) {
    ReleaseGathered();
    return 0;
  }
  int n = UV_EAGAIN;
  if (stream_->write_queue_size == 0) {
    uv_buf_t buf = uv_buf_init(gathered_.data(), static_cast<unsigned int>(gathered_.size()));
    n = uv_try_write(stream_, &buf, 1);
  }
  return AfterGatheredSend(n);
}

int StreamBase::AfterGatheredSend(int n) {
  size_t written = 0;
  if (n >= 0) {
    written = static_cast<size_t>(n);
  } else if (n != UV_EAGAIN && n != UV_ENOSYS) {
    ReleaseGathered();
    return n;
  }
  if (written >= gathered_.size()) {
    ReleaseGathered();
    return 0;
  }
  // The kernel took part of it: the rest goes through an ordinary queued write (copied).
  std::string rest = gathered_.substr(written);
  ReleaseGathered();
  uv_buf_t buf = uv_buf_init(rest.data(), static_cast<unsigned int>(rest.size()));
  uint64_t before = bytes_written_;
  StreamWriteResult r = Write(&buf, 1, OnGatheredRestWritten, nullptr, true);
  bytes_written_ = before;  // counted when it was gathered
  return r.err;
}

void StreamBase::SendGatheredBatch(StreamBase* const* list, size_t n, int* errs) {
  // One stream: a write(2) costs what io_uring_enter(2) would.
  io_uring* ring = n >= 2 ? list[0]->realm()->BindingData<WriteGather>()->ring.Get() : nullptr;
  size_t i = 0;
  while (i < n) {
    size_t queued[SendRing::kEntries];
    size_t nqueued = 0;
    for (; i < n && nqueued < SendRing::kEntries; i++) {
      StreamBase* s = list[i];
      uv_os_fd_t fd;
      if (ring == nullptr || s->gathered_.empty() || !s->IsAlive() || s->stream_->type != UV_TCP ||
          s->stream_->write_queue_size != 0 ||
          uv_fileno(reinterpret_cast<uv_handle_t*>(s->stream_), &fd) != 0) {
        errs[i] = s->SendGathered();
        continue;
      }
      io_uring_sqe* sqe = io_uring_get_sqe(ring);
      // MSG_DONTWAIT: a full socket buffer completes the send at once (short, or -EAGAIN)
      // instead of leaving it in flight, so every send has ended when the submission returns.
      io_uring_prep_send(sqe, fd, s->gathered_.data(), s->gathered_.size(),
                         MSG_DONTWAIT | MSG_NOSIGNAL);
      sqe->user_data = i;
      queued[nqueued++] = i;
    }
    if (nqueued == 0) continue;
    bool done[SendRing::kEntries] = {};
    SendRing& sr = list[0]->realm()->BindingData<WriteGather>()->ring;
    size_t heard = 0;
    int submitted = sr.SubmitAndReap(nqueued, &heard, [&](uint64_t key, int res) {
      size_t k = static_cast<size_t>(key);
      for (size_t q = 0; q < nqueued; q++) {
        if (queued[q] == k) done[q] = true;
      }
      errs[k] = list[k]->AfterGatheredSend(res);
    });
    if (!SendRing::AllDone(nqueued, submitted, heard)) {
      // Not all were taken or heard back from: the ring is dropped. A send taken without its
      // completion seen cannot be known to have left; that stream fails rather than repeat it.
      sr.Close();
      ring = nullptr;
      for (size_t q = 0; q < nqueued; q++) {
        if (done[q]) continue;
        StreamBase* s = list[queued[q]];
        if (static_cast<int>(q) < submitted) {
          s->ReleaseGathered();
          errs[queued[q]] = UV_EIO;
        } else {
          errs[queued[q]] = s->SendGathered();
        }
      }
    }
  }
}

// JS was told a gathered write succeeded; when sending it fails, handle.onwriteerror(errno) lets
// the socket fail as it would have had the write failed at once.
bool StreamBase::ReportGatheredError(int err, bool from_js) {
  Realm* realm = this->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  v8::Context::Scope context_scope(ctx);
  v8::Local<v8::Object> obj = object();
  v8::Local<v8::Value> cb;
  if (!obj->Get(ctx, InternalizedStr(isolate, "onwriteerror")).ToLocal(&cb)) return false;
  if (!cb->IsFunction()) return true;
  v8::Local<v8::Value> arg = v8::Integer::New(isolate, err);
  if (from_js) return !cb.As<v8::Function>()->Call(ctx, obj, 1, &arg).IsEmpty();
  MakeCallback(realm, obj, cb.As<v8::Function>(), 1, &arg);
  return true;
}

void StreamBase::OnBeforeClose() {
  if (read_listed_) {
    read_listed_ = false;
    realm()->BindingData<WriteGather>()->RemoveReader(this, true);
  }
  FlushGathered();  // a failure: the peer is gone anyway
  ReleaseAccept();  // uv_close must not see the placeholder in accepted_fd
}

void StreamBase::OnClose() {
  // Native listeners learn that the stream is gone; the JS one stays until the wrap dies.
  while (listener_ != nullptr && listener_ != &js_listener_) {
    StreamListener* l = listener_;
    RemoveStreamListener(l);
    l->OnStreamDestroy();
  }
}

// ---- reading --------------------------------------------------------------------------------

int StreamBase::ReadStart() {
  if (!IsAlive()) return UV_EINVAL;
  int err = uv_read_start(stream_, OnUvAlloc, OnUvRead);
  if (err == 0) reading_ = true;
  if (err == 0 && holding() && !read_listed_) {
    WriteGather* g = realm()->BindingData<WriteGather>();
    read_listed_ = true;
    g->readers.push_back(this);
    g->WakeForHeld();
  }
  return err;
}

int StreamBase::ReadStop() {
  if (!IsAlive()) return 0;
  reading_ = false;
  if (read_listed_ && realm()->BindingData<WriteGather>()->RemoveReader(this, false)) {
    read_listed_ = false;
  }
  return uv_read_stop(stream_);
}

// Reads may wait for the check phase: a TCP stream whose peer is in another process, being
// read by libuv in the poll phase, when a ring is at hand.
bool StreamBase::CanDeferRead() {
  if (stream_->type != UV_TCP || no_gather_ || !user_buffer_.IsEmpty()) return false;
  WriteGather* g = realm()->BindingData<WriteGather>();
  return g->in_poll && g->reading == nullptr && g->ring.Get() != nullptr;
}

void StreamBase::OnUvAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  auto* self = static_cast<StreamBase*>(static_cast<HandleWrap*>(handle->data));
  if (self->listener_ == nullptr) {
    *buf = uv_buf_init(nullptr, 0);
    return;
  }
  if (self->read_listed_ || self->CanDeferRead()) {
    // No buffer: libuv reports UV_ENOBUFS (swallowed below) and reads nothing; the fd stays
    // readable for epoll until the check phase reads it.
    if (!self->read_listed_) {
      self->read_listed_ = true;
      self->realm()->BindingData<WriteGather>()->readers.push_back(self);
    }
    *buf = uv_buf_init(nullptr, 0);
    return;
  }
  self->listener_->OnStreamAlloc(suggested, buf);
}

void StreamBase::OnUvRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  auto* self = static_cast<StreamBase*>(
      static_cast<HandleWrap*>(reinterpret_cast<uv_handle_t*>(stream)->data));
  if (nread == UV_ENOBUFS && self->read_listed_) return;  // deferred (OnUvAlloc)
  self->Deliver(nread, *buf);
}

void StreamBase::Deliver(ssize_t nread, const uv_buf_t& buf) {
  if (nread > 0) bytes_read_ += static_cast<uint64_t>(nread);
  if (listener_ == nullptr) {
    free(buf.base);
    return;
  }
  listener_->OnStreamRead(nread, buf);
}

// One read's result (res: bytes, 0 for EOF, or -errno) reaches the listener as libuv's would.
void StreamBase::DeliverRecv(int res, const char* data) {
  if (res == UV_EAGAIN) return;
  if (res <= 0) {
    // libuv stops reading at EOF and after an error before it tells the stream.
    uv_read_stop(stream_);
    Deliver(res == 0 ? UV_EOF : res, uv_buf_t{nullptr, 0});
    return;
  }
  if (listener_ == nullptr) return;
  uv_buf_t buf = uv_buf_init(nullptr, 0);
  listener_->OnStreamAlloc(static_cast<size_t>(res), &buf);
  if (buf.base == nullptr || buf.len < static_cast<size_t>(res)) {
    if (buf.base != nullptr) listener_->OnStreamRead(0, buf);
    uv_read_stop(stream_);
    Deliver(UV_ENOBUFS, uv_buf_t{nullptr, 0});
    return;
  }
  std::memcpy(buf.base, data, static_cast<size_t>(res));
  Deliver(res, buf);
}

void StreamBase::ReadOnDirect() {
  uv_os_fd_t fd;
  for (int count = 31; count > 0; count--) {
    if (!IsAlive() || !reading_ || listener_ == nullptr || !uv_is_active(handle()) ||
        uv_fileno(handle(), &fd) != 0) {
      return;
    }
    uv_buf_t buf = uv_buf_init(nullptr, 0);
    listener_->OnStreamAlloc(64 * 1024, &buf);
    if (buf.base == nullptr || buf.len == 0) return;
    ssize_t n;
    do n = read(fd, buf.base, buf.len);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
      int err = -errno;
      if (err == UV_EAGAIN) {
        Deliver(0, buf);
        return;
      }
      listener_->OnStreamRead(0, buf);
      DeliverRecv(err, nullptr);
      return;
    }
    if (n == 0) {
      listener_->OnStreamRead(0, buf);
      DeliverRecv(0, nullptr);
      return;
    }
    size_t len = buf.len;
    Deliver(n, buf);
    if (static_cast<size_t>(n) < len) return;
  }
}

void StreamBase::ReadListed(std::vector<StreamBase*>* list) {
  constexpr size_t kReadSize = 64 * 1024;  // libuv's read size
  WriteGather* g = nullptr;
  for (StreamBase* s : *list) {
    if (s != nullptr) {
      g = s->realm()->BindingData<WriteGather>();
      break;
    }
  }
  if (g == nullptr) return;
  static thread_local std::unique_ptr<char[]> pool;
  if (!pool) pool.reset(new char[SendRing::kEntries * kReadSize]);
  std::vector<StreamBase*>& l = *list;
  size_t i = 0;
  while (i < l.size()) {
    size_t first = i;
    int res[SendRing::kEntries];
    bool got[SendRing::kEntries] = {};
    io_uring* ring = g->ring.Get();
    size_t nqueued = 0;
    for (; i < l.size() && i - first < SendRing::kEntries; i++) {
      StreamBase* s = l[i];
      uv_os_fd_t fd;
      if (s == nullptr || s->holding() || ring == nullptr ||
          uv_fileno(s->handle(), &fd) != 0) {
        continue;
      }
      io_uring_sqe* sqe = io_uring_get_sqe(ring);
      io_uring_prep_recv(sqe, fd, pool.get() + (i - first) * kReadSize, kReadSize, MSG_DONTWAIT);
      sqe->user_data = i - first;
      nqueued++;
    }
    if (nqueued > 0) {
      size_t heard = 0;
      int submitted = g->ring.SubmitAndReap(nqueued, &heard, [&](uint64_t key, int r) {
        res[key] = r;
        got[key] = true;
      });
      if (!SendRing::AllDone(nqueued, submitted, heard)) {
        g->ring.Close();  // the streams not heard back from are read again by epoll
      }
    }
    // Deliver in listing order; JS may close or pause the streams after the one it runs for.
    for (size_t k = first; k < i; k++) {
      StreamBase* s = l[k];
      if (s == nullptr) continue;
      s->read_listed_ = false;
      if (s->holding()) {
        if (!s->reading_) continue;  // paused again before its turn
        if (!s->held_read_.empty()) {
          std::string held;
          held.swap(s->held_read_);
          s->DeliverRecv(static_cast<int>(held.size()), held.data());
        }
        if (s->held_error_ != 0 && l[k] != nullptr && s->reading_) {
          int err = s->held_error_;
          s->held_error_ = 0;
          s->DeliverRecv(err, nullptr);
        }
        continue;
      }
      if (!got[k - first]) continue;
      int r = res[k - first];
      const char* data = pool.get() + (k - first) * kReadSize;
      if (!s->reading_ && r != UV_EAGAIN) {
        // Paused by JS since it was listed, after the kernel gave the bytes: held for ReadStart.
        if (r > 0) s->held_read_.assign(data, static_cast<size_t>(r));
        if (r < 0) s->held_error_ = r;  // (EOF stays with the socket: it is read again)
        continue;
      }
      s->DeliverRecv(r, data);
      if (r == static_cast<int>(kReadSize)) s->ReadOnDirect();
    }
  }
}

void StreamBase::EmitReadToJS(ssize_t nread, const uv_buf_t& buf) {
  if (nread == 0) {
    free(buf.base);
    return;
  }
  Realm* realm = this->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(realm->context());
  int32_t* state = StreamBaseState(realm);
  v8::Local<v8::Value> arg = v8::Undefined(isolate);
  if (nread > 0) {
    char* data = buf.base;
    if (static_cast<size_t>(nread) < buf.len) {
      // Give the unused part of the read buffer back.
      char* smaller = static_cast<char*>(realloc(data, nread));
      if (smaller != nullptr) data = smaller;
    }
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        data, nread, [](void* p, size_t, void*) { free(p); }, nullptr);
    arg = v8::ArrayBuffer::New(isolate, std::move(store));
  } else {
    free(buf.base);
  }
  state[kReadBytesOrError] = static_cast<int32_t>(nread);
  state[kArrayBufferOffset] = 0;
  MakeCallback(realm, object(), "onread", 1, &arg);
}

// ---- writing --------------------------------------------------------------------------------

namespace {
struct WriteReq {
  uv_write_t req;
  StreamBase* stream;
  StreamWriteCallback cb;
  void* data;
  std::unique_ptr<char[]> storage;
};

struct ShutdownReq {
  uv_shutdown_t req;
  StreamBase* stream;
  StreamShutdownCallback cb;
  void* data;
};

// What a JS write or shutdown keeps until its oncomplete runs.
struct JSReq final : public ActiveLink {
  void Start(v8::Isolate* isolate, v8::Local<v8::Object> object, const char* name) {
    req.Reset(isolate, object);
    LinkActive(Kind::kRequest, name);
  }
  v8::Local<v8::Object> ActiveObject() override {
    return req.Get(v8::Isolate::GetCurrent());
  }
  v8::Global<v8::Object> req;
};

constexpr size_t kMaxStackBufs = 16;
}  // namespace

StreamWriteResult StreamBase::Write(const uv_buf_t* bufs, size_t nbufs, StreamWriteCallback cb,
                                    void* data, bool copy, uv_stream_t* send_handle) {
  StreamWriteResult result;
  if (!IsAlive()) {
    result.err = UV_EBADF;
    return result;
  }
  if (!gathered_.empty()) {  // gathered bytes go first
    result.err = FlushGathered();
    if (result.err != 0) return result;
  }
  size_t total = 0;
  for (size_t i = 0; i < nbufs; i++) total += bufs[i].len;

  if (total == 0 && send_handle == nullptr) return result;  // nothing to write: done
  size_t written = 0;
  if (send_handle == nullptr && stream_->write_queue_size == 0) {
    int n = uv_try_write(stream_, bufs, static_cast<unsigned int>(nbufs));
    if (n >= 0) {
      written = static_cast<size_t>(n);
    } else if (n != UV_EAGAIN && n != UV_ENOSYS) {
      result.err = n;
      return result;
    }
    if (written == total) {
      bytes_written_ += total;
      result.bytes = total;
      return result;
    }
  }

  // The unwritten rest: skip what uv_try_write took.
  size_t first = 0;
  size_t skip = written;
  while (first < nbufs && skip >= bufs[first].len) {
    skip -= bufs[first].len;
    first++;
  }
  auto* w = new WriteReq();
  w->req.data = w;
  w->stream = this;
  w->cb = cb;
  w->data = data;

  uv_buf_t stack_bufs[kMaxStackBufs];
  std::unique_ptr<uv_buf_t[]> heap_bufs;
  uv_buf_t* rest = stack_bufs;
  size_t nrest = nbufs - first;
  if (copy) {
    size_t len = total - written;
    w->storage.reset(new char[len > 0 ? len : 1]);
    size_t off = 0;
    for (size_t i = first; i < nbufs; i++) {
      size_t from = i == first ? skip : 0;
      if (bufs[i].len > from) {
        std::memcpy(w->storage.get() + off, bufs[i].base + from, bufs[i].len - from);
      }
      off += bufs[i].len - from;
    }
    stack_bufs[0] = uv_buf_init(w->storage.get(), static_cast<unsigned int>(len));
    nrest = 1;
  } else {
    if (nrest > kMaxStackBufs) {
      heap_bufs.reset(new uv_buf_t[nrest]);
      rest = heap_bufs.get();
    }
    for (size_t i = 0; i < nrest; i++) rest[i] = bufs[first + i];
    if (nrest > 0) {
      rest[0].base += skip;
      rest[0].len -= skip;
    }
  }

  auto on_done = [](uv_write_t* req, int status) {
    auto* w = static_cast<WriteReq*>(req->data);
    std::unique_ptr<WriteReq> owned(w);
    if (w->cb != nullptr) w->cb(w->stream, status, w->data);
  };
  int err;
  if (send_handle != nullptr) {
    err = uv_write2(&w->req, stream_, rest, static_cast<unsigned int>(nrest), send_handle, on_done);
  } else {
    err = uv_write(&w->req, stream_, rest, static_cast<unsigned int>(nrest), on_done);
  }
  if (err != 0) {
    delete w;
    result.err = err;
    result.bytes = written;
    bytes_written_ += written;
    return result;
  }
  bytes_written_ += total;
  result.async = true;
  result.bytes = total;
  return result;
}

int StreamBase::Shutdown(StreamShutdownCallback cb, void* data) {
  if (!IsAlive()) return UV_EBADF;
  if (!gathered_.empty()) {
    int err = FlushGathered();
    if (err != 0) return err;
  }
  auto* s = new ShutdownReq();
  s->req.data = s;
  s->stream = this;
  s->cb = cb;
  s->data = data;
  int err = uv_shutdown(&s->req, stream_, [](uv_shutdown_t* req, int status) {
    std::unique_ptr<ShutdownReq> s(static_cast<ShutdownReq*>(req->data));
    if (s->cb != nullptr) s->cb(s->stream, status, s->data);
  });
  if (err != 0) delete s;
  return err;
}

// ---- the JS side ----------------------------------------------------------------------------

namespace {
// req.oncomplete(status, handle, undefined) for a finished JS write or shutdown.
void CompleteJSReq(StreamBase* stream, int status, void* data) {
  std::unique_ptr<JSReq> js(static_cast<JSReq*>(data));
  Realm* realm = stream->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(realm->context());
  v8::Local<v8::Object> req = js->req.Get(isolate);
  v8::Local<v8::Value> argv[3] = {v8::Integer::New(isolate, status), stream->object(),
                                  v8::Undefined(isolate)};
  MakeCallback(realm, req, "oncomplete", 3, argv);
}

enum JSEncoding { kUtf8, kAscii, kLatin1, kUcs2 };

// Encodes a string; returns the byte length written to `out` (sized by EncodedSize).
size_t EncodedSize(v8::Isolate* isolate, v8::Local<v8::String> s, int enc) {
  switch (enc) {
    case kUtf8: return s->Utf8Length(isolate);
    case kUcs2: return static_cast<size_t>(s->Length()) * 2;
    default: return s->Length();
  }
}
// A buffer size that holds the encoded string: its worst case when that fits in `stack` bytes
// (no pass over the string to measure it), else the exact size.
size_t StackEncodedSize(v8::Isolate* isolate, v8::Local<v8::String> s, int enc, size_t stack) {
  size_t n = static_cast<size_t>(s->Length());
  size_t worst = enc == kUtf8 ? 3 * n : enc == kUcs2 ? 2 * n : n;
  return worst <= stack ? worst : EncodedSize(isolate, s, enc);
}
size_t Encode(v8::Isolate* isolate, v8::Local<v8::String> s, int enc, char* out, size_t cap) {
  switch (enc) {
    case kUtf8:
      return WriteUtf8(isolate, s, reinterpret_cast<uint8_t*>(out), cap);
    case kUcs2: {
      int n = s->Length();
      // Written through a temporary to stay aligned whatever `out` is.
      std::unique_ptr<uint16_t[]> tmp(new uint16_t[n > 0 ? n : 1]);
      s->Write(isolate, tmp.get(), 0, n, v8::String::NO_NULL_TERMINATION);
      for (int i = 0; i < n; i++) {
        out[2 * i] = static_cast<char>(tmp[i] & 0xff);
        out[2 * i + 1] = static_cast<char>(tmp[i] >> 8);
      }
      return static_cast<size_t>(n) * 2;
    }
    default:
      return s->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(out), 0, s->Length(),
                             v8::String::NO_NULL_TERMINATION);
  }
}

int EncodingFromName(v8::Isolate* isolate, v8::Local<v8::Value> name) {
  if (!name->IsString()) return kUtf8;
  Utf8 n(isolate, name);
  std::string_view v = n.view();
  if (v == "latin1" || v == "binary") return kLatin1;
  if (v == "ascii") return kAscii;
  if (v == "ucs2" || v == "ucs-2" || v == "utf16le" || v == "utf-16le") return kUcs2;
  return kUtf8;
}

bool BufferData(v8::Local<v8::Value> v, char** data, size_t* len) {
  if (v->IsArrayBufferView()) {
    auto view = v.As<v8::ArrayBufferView>();
    std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
    *data = static_cast<char*>(store->Data()) + view->ByteOffset();
    *len = view->ByteLength();
    return true;
  }
  if (v->IsArrayBuffer()) {
    auto ab = v.As<v8::ArrayBuffer>();
    *data = static_cast<char*>(ab->GetBackingStore()->Data());
    *len = ab->ByteLength();
    return true;
  }
  return false;
}
}  // namespace

void StreamBase::OnJSWriteDone(StreamBase* stream, int status, void* data) {
  CompleteJSReq(stream, status, data);
}

bool StreamBase::TryGather(const uv_buf_t* bufs, size_t nbufs) {
  constexpr size_t kGatherMax = 64 * 1024;
  size_t len = 0;
  for (size_t i = 0; i < nbufs; i++) len += bufs[i].len;
  WriteGather* gather = realm()->BindingData<WriteGather>();
  if (!gather->in_poll || no_gather_ || stream_->write_queue_size != 0 ||
      gathered_.size() + len > kGatherMax) {
    return false;
  }
  for (size_t i = 0; i < nbufs; i++) {
    if (bufs[i].len > 0) gathered_.append(bufs[i].base, bufs[i].len);
  }
  bytes_written_ += len;
  if (!gather_listed_) {
    gather_listed_ = true;
    gather->Add(this);
  }
  return true;
}

int StreamBase::DispatchJSWrite(v8::Local<v8::Object> req, const uv_buf_t* bufs, size_t nbufs,
                                bool copy, v8::Local<v8::Value> send_handle_value) {
  Realm* realm = this->realm();
  int32_t* state = StreamBaseState(realm);
  // Only TCP: stdio and other pipes keep node's immediate writes (a process's output and its
  // peer's interleave as node's do).
  if ((send_handle_value.IsEmpty() || !send_handle_value->IsObject()) && IsAlive() &&
      stream_->type == UV_TCP && TryGather(bufs, nbufs)) {
    // A poll phase's small write: JS is told it is done, as after a whole uv_try_write.
    size_t len = 0;
    for (size_t i = 0; i < nbufs; i++) len += bufs[i].len;
    state[kBytesWritten] = static_cast<int32_t>(len);
    state[kLastWriteWasAsync] = 0;
    return 0;
  }
  uv_stream_t* send_handle = nullptr;
  if (!send_handle_value.IsEmpty() && send_handle_value->IsObject()) {
    HandleWrap* wrap = BaseObject::Unwrap<HandleWrap>(send_handle_value);
    if (wrap == nullptr || !wrap->IsAlive()) {
      state[kBytesWritten] = 0;
      state[kLastWriteWasAsync] = 0;
      return UV_EBADF;
    }
    send_handle = reinterpret_cast<uv_stream_t*>(wrap->handle());
  }
  auto* js = new JSReq();
  StreamWriteResult r = Write(bufs, nbufs, OnJSWriteDone, js, copy, send_handle);
  state[kBytesWritten] = static_cast<int32_t>(r.bytes);
  state[kLastWriteWasAsync] = r.async ? 1 : 0;
  if (!r.async) {
    delete js;
    return r.err;
  }
  js->Start(realm->isolate(), req, "SimpleWriteWrap");
  return 0;
}

void StreamBase::JSReadStart(const Info& info) {
  NODUS_UNWRAP(self, StreamBase, info.This());
  info.GetReturnValue().Set(self->ReadStart());
}

void StreamBase::JSReadStop(const Info& info) {
  NODUS_UNWRAP(self, StreamBase, info.This());
  info.GetReturnValue().Set(self->ReadStop());
}

void StreamBase::JSShutdown(const Info& info) {
  NODUS_UNWRAP(self, StreamBase, info.This());
  if (!info[0]->IsObject()) return;
  if (self->gather_listed_) {
    // Bytes JS was told were written go first; when sending them fails, that is the socket's
    // error, as node's write would have failed before this shutdown.
    int err = self->FlushGathered();
    if (err != 0) {
      if (!self->ReportGatheredError(err, true)) return;  // (JS threw)
      return info.GetReturnValue().Set(err);
    }
  }
  auto* js = new JSReq();
  int err = self->Shutdown(CompleteJSReq, js);
  if (err != 0) {
    delete js;
  } else {
    js->Start(info.GetIsolate(), info[0].As<v8::Object>(), "SimpleShutdownWrap");
  }
  info.GetReturnValue().Set(err);
}

// writeBuffer(req, buffer[, sendHandle])
void StreamBase::JSWriteBuffer(const Info& info) {
  NODUS_UNWRAP(self, StreamBase, info.This());
  v8::Isolate* isolate = info.GetIsolate();
  char* data;
  size_t len;
  if (!info[0]->IsObject() || !BufferData(info[1], &data, &len)) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "writeBuffer(req, buffer)");
    return;
  }
  uv_buf_t buf = uv_buf_init(data, static_cast<unsigned int>(len));
  v8::Local<v8::Object> req = info[0].As<v8::Object>();
  int err = self->DispatchJSWrite(req, &buf, 1, false, info[2]);
  if (err == 0 && StreamBaseState(self->realm())[kLastWriteWasAsync]) {
    // The JS request keeps the buffer alive until oncomplete.
    SetProp(isolate->GetCurrentContext(), req, "buffer", info[1]);
  }
  info.GetReturnValue().Set(err);
}

// writev(req, chunks, allBuffers): chunks is [buf, buf, ...] when allBuffers, otherwise
// [chunk, encoding, chunk, encoding, ...] with strings or buffers.
void StreamBase::JSWritev(const Info& info) {
  NODUS_UNWRAP(self, StreamBase, info.This());
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  if (!info[0]->IsObject() || !info[1]->IsArray()) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "writev(req, chunks, allBuffers)");
    return;
  }
  v8::Local<v8::Object> req = info[0].As<v8::Object>();
  v8::Local<v8::Array> chunks = info[1].As<v8::Array>();
  bool all_buffers = info[2]->IsTrue();
  uint32_t n = chunks->Length();
  if (all_buffers) {
    std::unique_ptr<uv_buf_t[]> bufs(new uv_buf_t[n > 0 ? n : 1]);
    for (uint32_t i = 0; i < n; i++) {
      v8::Local<v8::Value> v;
      char* data;
      size_t len;
      if (!chunks->Get(ctx, i).ToLocal(&v)) return;
      if (!BufferData(v, &data, &len)) {
        ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "writev: chunk is not a buffer");
        return;
      }
      bufs[i] = uv_buf_init(data, static_cast<unsigned int>(len));
    }
    int err = self->DispatchJSWrite(req, bufs.get(), n, false, v8::Local<v8::Value>());
    if (err == 0 && StreamBaseState(self->realm())[kLastWriteWasAsync]) {
      SetProp(ctx, req, "buffer", chunks);
    }
    info.GetReturnValue().Set(err);
    return;
  }
  // Mixed: everything is copied into one storage block.
  size_t total = 0;
  for (uint32_t i = 0; i < n; i += 2) {
    v8::Local<v8::Value> v;
    if (!chunks->Get(ctx, i).ToLocal(&v)) return;
    char* data;
    size_t len;
    if (BufferData(v, &data, &len)) {
      total += len;
    } else if (v->IsString()) {
      v8::Local<v8::Value> enc;
      if (!chunks->Get(ctx, i + 1).ToLocal(&enc)) return;
      total += EncodedSize(isolate, v.As<v8::String>(), EncodingFromName(isolate, enc));
    }
  }
  std::unique_ptr<char[]> storage(new char[total > 0 ? total : 1]);
  size_t off = 0;
  for (uint32_t i = 0; i < n; i += 2) {
    v8::Local<v8::Value> v;
    if (!chunks->Get(ctx, i).ToLocal(&v)) return;
    char* data;
    size_t len;
    if (BufferData(v, &data, &len)) {
      if (len > total - off) len = total - off;
      if (len > 0) std::memcpy(storage.get() + off, data, len);  // (an empty one: data null)
      off += len;
    } else if (v->IsString()) {
      v8::Local<v8::Value> enc;
      if (!chunks->Get(ctx, i + 1).ToLocal(&enc)) return;
      int e = EncodingFromName(isolate, enc);
      if (EncodedSize(isolate, v.As<v8::String>(), e) > total - off) break;
      off += Encode(isolate, v.As<v8::String>(), e, storage.get() + off, total - off);
    }
  }
  uv_buf_t buf = uv_buf_init(storage.get(), static_cast<unsigned int>(off));
  int err = self->DispatchJSWrite(req, &buf, 1, true, v8::Local<v8::Value>());
  info.GetReturnValue().Set(err);
}

// write<Enc>String(req, string[, sendHandle])
template <int kEncoding>
void StreamBase::JSWriteString(const Info& info) {
  NODUS_UNWRAP(self, StreamBase, info.This());
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsObject() || !info[1]->IsString()) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "write*String(req, string)");
    return;
  }
  v8::Local<v8::String> s = info[1].As<v8::String>();
  constexpr size_t kStackSize = 16384;
  size_t size = StackEncodedSize(isolate, s, kEncoding, kStackSize);
  char stack[kStackSize];
  std::unique_ptr<char[]> heap;
  char* data = stack;
  if (size > kStackSize) {
    heap.reset(new char[size]);
    data = heap.get();
  }
  size_t len = Encode(isolate, s, kEncoding, data, size);
  uv_buf_t buf = uv_buf_init(data, static_cast<unsigned int>(len));
  int err = self->DispatchJSWrite(info[0].As<v8::Object>(), &buf, 1, true, info[2]);
  info.GetReturnValue().Set(err);
}

// tryWrite<Enc>String(string[, string2]): writes what the kernel takes now (uv_try_write) and
// queues nothing; string2 (same encoding) follows string in the same write, so a caller with a
// head and a body need not concatenate them (a concatenation is flattened into a new heap string
// before it can be encoded). Returns the number of bytes left unwritten (0: all sent) or a uv
// errno; the caller sends the rest as an ordinary write request.
template <int kEncoding>
void StreamBase::JSTryWriteString(const Info& info) {
  NODUS_UNWRAP(self, StreamBase, info.This());
  v8::Isolate* isolate = info.GetIsolate();
  const bool two = info.Length() > 1 && !info[1]->IsUndefined();
  // The second part may be bytes (a response's Buffer body after its header).
  char* bytes2 = nullptr;
  size_t bytes2_len = 0;
  const bool raw2 = two && !info[1]->IsString() && BufferData(info[1], &bytes2, &bytes2_len);
  if (!info[0]->IsString() || (two && !info[1]->IsString() && !raw2)) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE",
                    "tryWrite*String(string[, string or Uint8Array])");
    return;
  }
  if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
  v8::Local<v8::String> s = info[0].As<v8::String>();
  v8::Local<v8::String> s2 =
      two && !raw2 ? info[1].As<v8::String>() : v8::Local<v8::String>();
  constexpr size_t kStackSize = 16384;
  char stack[kStackSize];
  std::unique_ptr<char[]> heap;
  char* data = stack;
  size_t size = StackEncodedSize(isolate, s, kEncoding, kStackSize);
  size_t size2 = raw2 ? bytes2_len : two ? StackEncodedSize(isolate, s2, kEncoding, kStackSize) : 0;
  if (size + size2 > kStackSize) {
    heap.reset(new char[size + size2]);
    data = heap.get();
  }
  size_t len = Encode(isolate, s, kEncoding, data, size);
  if (raw2) {
    if (bytes2_len > 0) std::memcpy(data + len, bytes2, bytes2_len);
    len += bytes2_len;
  } else if (two) {
    len += Encode(isolate, s2, kEncoding, data + len, size2);
  }
  if (len == 0) return info.GetReturnValue().Set(0);
  // Gathered: sent with the other streams' after this poll phase (docs/architecture.md).
  uv_buf_t whole = uv_buf_init(data, static_cast<unsigned int>(len));
  if (self->TryGather(&whole, 1)) return info.GetReturnValue().Set(0);
  if (!self->gathered_.empty()) {
    int err = self->FlushGathered();
    if (err != 0) return info.GetReturnValue().Set(err);
  }
  size_t written = 0;
  if (self->stream_->write_queue_size == 0) {
    uv_buf_t buf = uv_buf_init(data, static_cast<unsigned int>(len));
    int n = uv_try_write(self->stream_, &buf, 1);
    if (n >= 0) {
      written = static_cast<size_t>(n);
    } else if (n != UV_EAGAIN && n != UV_ENOSYS) {
      return info.GetReturnValue().Set(n);
    }
  }
  self->bytes_written_ += written;
  info.GetReturnValue().Set(static_cast<double>(len - written));
}

void StreamBase::JSUseUserBuffer(const Info& info) {
  // Reads always come in fresh buffers; accepted for compatibility.
}

// setBlocking(bool): writes block until done (stdio on terminals and pipes, as in node).
void StreamBase::JSSetBlocking(const Info& info) {
  NODUS_UNWRAP(self, StreamBase, info.This());
  if (!self->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_stream_set_blocking(self->stream_, info[0]->IsTrue() ? 1 : 0));
}

void StreamBase::GetFd(const Info& info) {
  StreamBase* self = Unwrap<StreamBase>(info.This());
  uv_os_fd_t fd = -1;
  if (self == nullptr || !self->IsAlive() || uv_fileno(self->handle(), &fd) != 0) fd = -1;
  info.GetReturnValue().Set(static_cast<int32_t>(fd));
}

void StreamBase::GetBytesRead(const Info& info) {
  StreamBase* self = Unwrap<StreamBase>(info.This());
  info.GetReturnValue().Set(self ? static_cast<double>(self->bytes_read_) : 0.0);
}

void StreamBase::GetBytesWritten(const Info& info) {
  StreamBase* self = Unwrap<StreamBase>(info.This());
  info.GetReturnValue().Set(self ? static_cast<double>(self->bytes_written_) : 0.0);
}

void StreamBase::GetWriteQueueSize(const Info& info) {
  StreamBase* self = Unwrap<StreamBase>(info.This());
  double size = (self != nullptr && self->IsAlive()) ? self->stream_->write_queue_size : 0;
  info.GetReturnValue().Set(size);
}

// ---- connections --------------------------------------------------------------------------

void NewRequestObject(const Info& info) {
  if (!info.IsConstructCall()) {
    ThrowTypeError(info.GetIsolate(), "Class constructor cannot be invoked without 'new'");
    return;
  }
  info.This()->SetAlignedPointerInInternalField(0, nullptr);
  CaptureAsyncFrame(Realm::From(info), info.This());
}

v8::MaybeLocal<v8::Object> NewStreamHandle(Realm* realm, uv_handle_type type, StreamBase** wrap) {
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::Context> ctx = realm->context();
  bool tcp = type == UV_TCP;
  if (!tcp && type != UV_NAMED_PIPE) return {};
  v8::Local<v8::Object> binding;
  if (!realm->GetBinding(tcp ? "tcp_wrap" : "pipe_wrap").ToLocal(&binding)) return {};
  v8::Local<v8::Value> ctor;
  if (!binding->Get(ctx, InternalizedStr(isolate, tcp ? "TCP" : "Pipe")).ToLocal(&ctor) ||
      !ctor->IsFunction()) {
    return {};
  }
  v8::Local<v8::Value> arg = v8::Integer::New(isolate, 0);  // SOCKET
  v8::Local<v8::Object> obj;
  if (!ctor.As<v8::Function>()->NewInstance(ctx, 1, &arg).ToLocal(&obj)) return {};
  *wrap = BaseObject::Unwrap<StreamBase>(obj);
  if (*wrap == nullptr) return {};
  return obj;
}

// ---- listening (docs/architecture.md, "One accept per poll") ---------------------------------

namespace {
// libuv 1.44 accepts every pending connection in one callback; node 22's libuv accepts one per
// readiness of the listen socket, the next one in a later poll phase. To accept as node does,
// a server that got a connection leaves a placeholder in accepted_fd: libuv then stops its
// watcher (without removing the fd from epoll, so the level-triggered readiness keeps its place)
// and returns. This check handle re-arms the listeners before the next poll (uv_listen again:
// a listen(2) on a listening socket only sets the backlog). It is started only while listeners
// wait and is unref'd: it keeps nothing alive.
constexpr int kAcceptHeld = INT_MAX;  // never an open fd: closing it is harmless

struct AcceptPacer : BindingDataBase {
  // The check handle lives on the heap: it is closed (and freed) when the realm goes, while the
  // loop may still run (a worker's). One closed already by a teardown walk is left to it.
  explicit AcceptPacer(Realm* realm) : check(new uv_check_t) {
    uv_check_init(realm->loop(), check);
    check->data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(check));
  }
  ~AcceptPacer() override {
    check->data = nullptr;
    if (uv_is_closing(reinterpret_cast<uv_handle_t*>(check))) return;
    uv_close(reinterpret_cast<uv_handle_t*>(check),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_check_t*>(h); });
  }
  void Add(StreamBase* server) {
    if (held.empty()) uv_check_start(check, OnCheck);
    held.push_back(server);
  }
  void Remove(StreamBase* server) {
    auto it = std::find(held.begin(), held.end(), server);
    if (it != held.end()) held.erase(it);
    if (held.empty()) uv_check_stop(check);
  }
  static void OnCheck(uv_check_t* handle) {
    auto* pacer = static_cast<AcceptPacer*>(handle->data);
    std::vector<StreamBase*> list;
    list.swap(pacer->held);
    uv_check_stop(handle);
    for (StreamBase* server : list) server->RearmListen();
  }
  uv_check_t* check;
  std::vector<StreamBase*> held;
};

// server.onconnection(status, clientHandle or undefined): a connection accepted (status 0), or
// the error that stopped listening. False when no connection could be accepted (nothing called).
bool ReportConnection(StreamBase* server, int status, uv_stream_t* listener) {
  Realm* realm = server->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(realm->context());
  v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, status), v8::Undefined(isolate)};
  if (status == 0) {
    StreamBase* client = nullptr;
    v8::Local<v8::Object> client_obj;
    if (!NewStreamHandle(realm, listener->type, &client).ToLocal(&client_obj)) return false;
    int err = uv_accept(listener, client->stream());
    if (err != 0) {
      client->Close();
      return false;
    }
    client->NoteAccepted();
    argv[1] = client_obj;
  }
  MakeCallback(realm, server->object(), "onconnection", 2, argv);
  return true;
}

void OnConnection(uv_stream_t* server, int status) {
  auto* self = static_cast<StreamBase*>(
      static_cast<HandleWrap*>(reinterpret_cast<uv_handle_t*>(server)->data));
  if (ReportConnection(self, status, server) && status == 0) self->HoldAccept();
}
}  // namespace

int StreamBase::Listen(int backlog) {
  if (!IsAlive()) return UV_EBADF;
  int err = uv_listen(stream_, backlog, OnConnection);
  if (err == 0) backlog_ = backlog;
  return err;
}

void StreamBase::HoldAccept() {
  if (!IsAlive() || accept_held_ || stream_->accepted_fd != -1) return;
  stream_->accepted_fd = kAcceptHeld;
  accept_held_ = true;
  realm()->BindingData<AcceptPacer>()->Add(this);
}

void StreamBase::ReleaseAccept() {
  if (!accept_held_) return;
  accept_held_ = false;
  if (stream_->accepted_fd == kAcceptHeld) stream_->accepted_fd = -1;
  realm()->BindingData<AcceptPacer>()->Remove(this);
}

void StreamBase::RearmListen() {
  if (!accept_held_) return;
  ReleaseAccept();
  if (!IsAlive()) return;
  int err = uv_listen(stream_, backlog_, OnConnection);
  if (err != 0) ReportConnection(this, err, stream_);
}

void ConnectReq::OnConnect(uv_connect_t* req, int status) {
  std::unique_ptr<ConnectReq> c(static_cast<ConnectReq*>(req->data));
  Realm* realm = c->stream->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(realm->context());
  v8::Local<v8::Object> obj = c->object.Get(isolate);
  bool ok = status == 0;
  v8::Local<v8::Value> argv[5] = {v8::Integer::New(isolate, status), c->stream->object(), obj,
                                  v8::Boolean::New(isolate, ok), v8::Boolean::New(isolate, ok)};
  MakeCallback(realm, obj, "oncomplete", 5, argv);
}

v8::Local<v8::Object> ConnectReq::ActiveObject() {
  return object.Get(v8::Isolate::GetCurrent());
}

void StreamBase::AddMethods(Binding& b, v8::Local<v8::FunctionTemplate> cls) {
  HandleWrap::AddMethods(b, cls);
  b.ProtoMethod(cls, "readStart", JSReadStart);
  b.ProtoMethod(cls, "readStop", JSReadStop);
  b.ProtoMethod(cls, "shutdown", JSShutdown);
  b.ProtoMethod(cls, "useUserBuffer", JSUseUserBuffer);
  b.ProtoMethod(cls, "setBlocking", JSSetBlocking);
  b.ProtoMethod(cls, "writev", JSWritev);
  b.ProtoMethod(cls, "writeBuffer", JSWriteBuffer);
  b.ProtoMethod(cls, "writeAsciiString", JSWriteString<kAscii>);
  b.ProtoMethod(cls, "writeUtf8String", JSWriteString<kUtf8>);
  b.ProtoMethod(cls, "writeUcs2String", JSWriteString<kUcs2>);
  b.ProtoMethod(cls, "writeLatin1String", JSWriteString<kLatin1>);
  b.ProtoMethod(cls, "tryWriteUtf8String", JSTryWriteString<kUtf8>);
  b.ProtoMethod(cls, "tryWriteLatin1String", JSTryWriteString<kLatin1>);
  b.ProtoGetter(cls, "fd", GetFd);
  b.ProtoGetter(cls, "bytesRead", GetBytesRead);
  b.ProtoGetter(cls, "bytesWritten", GetBytesWritten);
  b.ProtoGetter(cls, "writeQueueSize", GetWriteQueueSize);
}

}  // namespace nodus

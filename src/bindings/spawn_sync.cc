// internalBinding('spawn_sync'): spawn(options) runs a child process to completion on a private
// uv loop (spawnSync/execSync/execFileSync). Options as lib/internal/child_process.js builds them:
// { file, args, cwd, envPairs, uid, gid, detached, stdio: [{ type: 'pipe', readable, writable,
// input } | { type: 'inherit' | 'fd', fd } | { type: 'ignore' }], timeout, maxBuffer, killSignal }.
// Result: { error?: errno, status, signal: signum | null, output: [Uint8Array | null] | null, pid }.
// ETIMEDOUT when the timeout killed the child, ENOBUFS when the output passed maxBuffer.
#include <uv.h>

#include <csignal>
#include <memory>
#include <string>
#include <vector>

#include "base/binding.h"
#include "bindings/spawn_options.h"

namespace nodus::spawn_sync {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

class Runner;

// One 'pipe' entry of stdio: the parent writes `input` to it (child's readable side) and/or
// collects what the child writes.
struct SyncPipe {
  Runner* runner = nullptr;
  uv_pipe_t pipe;
  bool child_reads = false;   // options.readable: the child reads (the parent writes input)
  bool child_writes = false;  // options.writable: the child writes (the parent collects)
  std::string input;
  std::string output;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  bool closing = false;
};

class Runner {
 public:
  ~Runner() = default;

  // Returns false when reading the options threw.
  bool Configure(v8::Local<v8::Context> ctx, v8::Local<v8::Object> obj) {
    if (!spawn_.Parse(ctx, obj, /*empty_cwd_fails=*/true)) return false;
    v8::Local<v8::Value> v;
    if (!SpawnOptions::Get(ctx, obj, "timeout", &v)) return false;
    if (v->IsNumber() && v.As<v8::Number>()->Value() > 0) {
      timeout_ = static_cast<uint64_t>(v.As<v8::Number>()->Value());
    }
    if (!SpawnOptions::Get(ctx, obj, "maxBuffer", &v)) return false;
    if (v->IsNumber()) max_buffer_ = v.As<v8::Number>()->Value();
    if (!SpawnOptions::Get(ctx, obj, "killSignal", &v)) return false;
    if (v->IsInt32()) kill_signal_ = v.As<v8::Int32>()->Value();
    if (!SpawnOptions::Get(ctx, obj, "stdio", &v)) return false;
    if (v->IsArray()) {
      auto arr = v.As<v8::Array>();
      for (uint32_t i = 0; i < arr->Length(); i++) {
        v8::Local<v8::Value> item;
        if (!arr->Get(ctx, i).ToLocal(&item)) return false;
        if (!ConfigureStdio(ctx, i, item)) return false;
      }
    }
    while (stdio_.size() < 3) {
      uv_stdio_container_t c{};
      c.flags = UV_IGNORE;
      stdio_.push_back(c);
      pipes_.emplace_back(nullptr);
    }
    return true;
  }

  bool bad_file() const { return spawn_.bad_file(); }

  void Run() {
    if (uv_loop_init(&loop_) != 0) {
      error_ = UV_ENOMEM;
      return;
    }
    for (size_t i = 0; i < pipes_.size(); i++) {
      SyncPipe* p = pipes_[i].get();
      if (p == nullptr) continue;
      uv_pipe_init(&loop_, &p->pipe, 0);
      p->pipe.data = p;
      stdio_[i].data.stream = reinterpret_cast<uv_stream_t*>(&p->pipe);
    }
    uv_process_options_t* opts = spawn_.Build();
    opts->exit_cb = OnExit;
    opts->stdio_count = static_cast<int>(stdio_.size());
    opts->stdio = stdio_.data();
    process_.data = this;
    int err = uv_spawn(&loop_, &process_, opts);
    if (err != 0) {
      error_ = err;
      spawn_failed_ = true;
      // uv_spawn leaves the process handle initialised only on some paths; closing is safe.
      if (!uv_is_closing(reinterpret_cast<uv_handle_t*>(&process_))) {
        uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
      }
      CloseAllPipes();
    } else {
      pid_ = process_.pid;
      started_ = true;
      if (timeout_ > 0) {
        uv_timer_init(&loop_, &timer_);
        timer_.data = this;
        timer_active_ = true;
        uv_timer_start(&timer_, OnTimeout, timeout_, 0);
      }
      for (auto& pp : pipes_) {
        SyncPipe* p = pp.get();
        if (p == nullptr) continue;
        if (p->child_writes) {
          int r = uv_read_start(reinterpret_cast<uv_stream_t*>(&p->pipe), OnAlloc, OnRead);
          if (r != 0) SetError(r);
        }
        if (p->child_reads) {
          if (!p->input.empty()) {
            uv_buf_t buf = uv_buf_init(p->input.data(), static_cast<unsigned>(p->input.size()));
            p->write_req.data = p;
            int r = uv_write(&p->write_req, reinterpret_cast<uv_stream_t*>(&p->pipe), &buf, 1,
                             OnWriteDone);
            if (r != 0 && r != UV_EPIPE) SetError(r);
            if (r != 0) ShutdownPipe(p);
          } else {
            ShutdownPipe(p);
          }
        }
      }
    }
    uv_run(&loop_, UV_RUN_DEFAULT);
    CloseAllPipes();
    CloseTimer();
    uv_run(&loop_, UV_RUN_DEFAULT);
    if (uv_loop_close(&loop_) != 0) {
      // Something we did not open is still there; walk and close it, then close the loop.
      uv_walk(
          &loop_,
          [](uv_handle_t* h, void*) {
            if (!uv_is_closing(h)) uv_close(h, nullptr);
          },
          nullptr);
      uv_run(&loop_, UV_RUN_DEFAULT);
      uv_loop_close(&loop_);
    }
  }

  v8::MaybeLocal<v8::Object> Result(v8::Local<v8::Context> ctx) {
    v8::Isolate* isolate = ctx->GetIsolate();
    v8::Local<v8::Object> out = v8::Object::New(isolate);
    if (error_ != 0 && !SetProp(ctx, out, "error", v8::Integer::New(isolate, error_))) return {};
    bool exited = started_ && exit_status_ >= 0;
    v8::Local<v8::Value> status = v8::Null(isolate);
    if (exited && term_signal_ == 0) status = v8::Number::New(isolate, double(exit_status_));
    if (!SetProp(ctx, out, "status", status)) return {};
    v8::Local<v8::Value> signal = v8::Null(isolate);
    if (exited && term_signal_ > 0) signal = v8::Integer::New(isolate, term_signal_);
    if (!SetProp(ctx, out, "signal", signal)) return {};
    v8::Local<v8::Value> output = v8::Null(isolate);
    if (started_) {
      v8::Local<v8::Array> arr = v8::Array::New(isolate, static_cast<int>(pipes_.size()));
      for (uint32_t i = 0; i < pipes_.size(); i++) {
        SyncPipe* p = pipes_[i].get();
        v8::Local<v8::Value> item = v8::Null(isolate);
        if (p != nullptr && p->child_writes) {
          size_t n = p->output.size();
          auto ab = v8::ArrayBuffer::New(isolate, n);
          if (n > 0) memcpy(ab->GetBackingStore()->Data(), p->output.data(), n);
          item = v8::Uint8Array::New(ab, 0, n);
        }
        if (arr->Set(ctx, i, item).IsNothing()) return {};
      }
      output = arr;
    }
    if (!SetProp(ctx, out, "output", output)) return {};
    if (!SetProp(ctx, out, "pid", v8::Integer::New(isolate, pid_))) return {};
    return out;
  }

 private:
  bool ConfigureStdio(v8::Local<v8::Context> ctx, uint32_t index, v8::Local<v8::Value> item) {
    v8::Isolate* isolate = ctx->GetIsolate();
    uv_stdio_container_t c{};
    c.flags = UV_IGNORE;
    std::unique_ptr<SyncPipe> pipe;
    if (item->IsObject()) {
      auto o = item.As<v8::Object>();
      v8::Local<v8::Value> type;
      if (!SpawnOptions::Get(ctx, o, "type", &type)) return false;
      std::string t = Utf8(isolate, type).str();
      if (t == "pipe" || t == "overlapped") {
        pipe = std::make_unique<SyncPipe>();
        pipe->runner = this;
        v8::Local<v8::Value> v;
        if (!SpawnOptions::Get(ctx, o, "readable", &v)) return false;
        pipe->child_reads = v->IsTrue();
        if (!SpawnOptions::Get(ctx, o, "writable", &v)) return false;
        pipe->child_writes = v->IsTrue();
        if (!SpawnOptions::Get(ctx, o, "input", &v)) return false;
        if (v->IsArrayBufferView()) {
          auto view = v.As<v8::ArrayBufferView>();
          pipe->input.resize(view->ByteLength());
          view->CopyContents(pipe->input.data(), pipe->input.size());
          pipe->child_reads = true;
        }
        int flags = UV_CREATE_PIPE;
        if (pipe->child_reads) flags |= UV_READABLE_PIPE;
        if (pipe->child_writes) flags |= UV_WRITABLE_PIPE;
        c.flags = static_cast<uv_stdio_flags>(flags);
      } else if (t == "inherit" || t == "fd") {
        v8::Local<v8::Value> fd;
        if (!SpawnOptions::Get(ctx, o, "fd", &fd)) return false;
        c.flags = UV_INHERIT_FD;
        c.data.fd = fd->IsInt32() ? fd.As<v8::Int32>()->Value() : static_cast<int>(index);
      }
    }
    stdio_.push_back(c);
    pipes_.push_back(std::move(pipe));
    return true;
  }

  void SetError(int err) {
    if (error_ == 0) error_ = err;
  }

  void Kill() {
    if (killed_) return;
    killed_ = true;
    if (started_ && exit_status_ < 0) {
      int r = uv_process_kill(&process_, kill_signal_);
      if (r != 0 && r != UV_ESRCH) {
        SetError(r);
        uv_process_kill(&process_, SIGKILL);
      }
    }
    CloseAllPipes();
    CloseTimer();
  }

  void CloseTimer() {
    if (!timer_active_) return;
    timer_active_ = false;
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  }

  void ClosePipe(SyncPipe* p) {
    if (p->closing) return;
    p->closing = true;
    uv_close(reinterpret_cast<uv_handle_t*>(&p->pipe), nullptr);
  }

  void CloseAllPipes() {
    for (auto& p : pipes_) {
      if (p) ClosePipe(p.get());
    }
  }

  void ShutdownPipe(SyncPipe* p) {
    if (p->closing) return;
    p->shutdown_req.data = p;
    int r = uv_shutdown(&p->shutdown_req, reinterpret_cast<uv_stream_t*>(&p->pipe), OnShutdown);
    if (r != 0) {
      if (r != UV_ENOTCONN && r != UV_EPIPE) SetError(r);
      if (!p->child_writes) ClosePipe(p);
    }
  }

  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
    SyncPipe* p = static_cast<SyncPipe*>(handle->data);
    size_t old = p->output.size();
    p->output.resize(old + suggested);
    buf->base = p->output.data() + old;
    buf->len = suggested;
  }

  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
    SyncPipe* p = static_cast<SyncPipe*>(stream->data);
    Runner* self = p->runner;
    // OnAlloc grew the string by buf->len; keep only what was read.
    size_t grown = buf->len;
    size_t keep = nread > 0 ? static_cast<size_t>(nread) : 0;
    if (buf->base != nullptr) p->output.resize(p->output.size() - grown + keep);
    if (nread == 0) return;
    if (nread < 0) {
      if (nread != UV_EOF) self->SetError(static_cast<int>(nread));
      uv_read_stop(stream);
      if (!p->child_reads) self->ClosePipe(p);
      return;
    }
    self->buffered_ += static_cast<double>(nread);
    if (self->max_buffer_ > 0 && self->buffered_ > self->max_buffer_) {
      self->SetError(UV_ENOBUFS);
      self->Kill();
    }
  }

  static void OnWriteDone(uv_write_t* req, int status) {
    SyncPipe* p = static_cast<SyncPipe*>(req->data);
    if (status < 0 && status != UV_EPIPE && status != UV_ECANCELED) p->runner->SetError(status);
    p->runner->ShutdownPipe(p);
  }

  static void OnShutdown(uv_shutdown_t* req, int status) {
    SyncPipe* p = static_cast<SyncPipe*>(req->data);
    if (status < 0 && status != UV_ENOTCONN && status != UV_EPIPE && status != UV_ECANCELED) {
      p->runner->SetError(status);
    }
    if (!p->child_writes) p->runner->ClosePipe(p);
  }

  static void OnTimeout(uv_timer_t* timer) {
    Runner* self = static_cast<Runner*>(timer->data);
    self->SetError(UV_ETIMEDOUT);
    self->Kill();
  }

  static void OnExit(uv_process_t* proc, int64_t exit_status, int term_signal) {
    Runner* self = static_cast<Runner*>(proc->data);
    self->exit_status_ = exit_status;
    self->term_signal_ = term_signal;
    uv_close(reinterpret_cast<uv_handle_t*>(proc), nullptr);
    self->CloseTimer();
  }

  SpawnOptions spawn_;
  std::vector<uv_stdio_container_t> stdio_;
  std::vector<std::unique_ptr<SyncPipe>> pipes_;
  uv_loop_t loop_;
  uv_process_t process_{};
  uv_timer_t timer_;
  bool timer_active_ = false;
  uint64_t timeout_ = 0;
  double max_buffer_ = 0;
  double buffered_ = 0;
  int kill_signal_ = SIGTERM;
  int error_ = 0;
  bool started_ = false;
  bool spawn_failed_ = false;
  bool killed_ = false;
  int64_t exit_status_ = -1;
  int term_signal_ = 0;
  int pid_ = 0;
};

void Spawn(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  if (!info[0]->IsObject()) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be an object");
    return;
  }
  auto runner = std::make_unique<Runner>();
  if (!runner->Configure(ctx, info[0].As<v8::Object>())) {
    if (runner->bad_file()) {
      ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "The \"file\" option must be a string");
    }
    return;
  }
  runner->Run();
  v8::Local<v8::Object> result;
  if (runner->Result(ctx).ToLocal(&result)) info.GetReturnValue().Set(result);
}
}  // namespace

void Init(Binding& b) { b.Method("spawn", Spawn); }

}  // namespace nodus::spawn_sync

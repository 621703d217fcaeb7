// internalBinding('worker'): worker_threads. A Worker runs its own isolate, realm and uv loop on
// its own thread; it talks to its parent over two MessagePort channels (the public one behind
// worker.postMessage/parentPort and an internal one for load/online/error), and tells the parent
// it ended through a uv_async_t on the parent's loop.
#include <uv.h>

#include <atomic>
#include <map>
#include <string>
#include <cstring>
#include <memory>
#include <mutex>

#include "base/handle_wrap.h"
#include "runtime/builtins_table.h"
#include "runtime/callback.h"
#include "runtime/message_port.h"
#include "runtime/platform.h"
#include "runtime/realm.h"

namespace nodus::worker {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

std::atomic<int> g_next_thread_id{1};

// Resource limits, in Node's order: maxYoungGenerationSizeMb, maxOldGenerationSizeMb,
// codeRangeSizeMb, stackSizeMb.
enum { kMaxYoung = 0, kMaxOld, kCodeRange, kStackSize, kLimitCount };

std::shared_ptr<v8::ArrayBuffer::Allocator> SharedAllocator() {
  static std::shared_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  return allocator;
}

class WorkerWrap;

class WorkerThread : public WorkerHost {
 public:
  Options options;
  PortRef public_port;  // the worker's ends
  PortRef ctrl_port;
  double limits[kLimitCount] = {0, 0, 0, 4};
  uv_async_t* parent_async = nullptr;
  uv_thread_t tid;
  bool started = false;

  std::mutex mutex;
  v8::Isolate* isolate = nullptr;
  uv_loop_t* loop = nullptr;
  uv_async_t* stop_async = nullptr;
  bool stop_requested = false;
  bool out_of_memory = false;
  int exit_code = 0;

  void RequestExit(int code) override {
    std::lock_guard<std::mutex> lock(mutex);
    if (!stop_requested) exit_code = code;
    stop_requested = true;
    if (isolate) isolate->TerminateExecution();
    if (loop) uv_stop(loop);
    if (realm_ptr) realm_ptr->stopping = true;
  }

  // From the parent thread.
  void Terminate() {
    std::lock_guard<std::mutex> lock(mutex);
    // Like node: a worker stopped before its realm existed ends with code 0.
    if (!stop_requested && realm_ptr != nullptr) exit_code = 1;
    stop_requested = true;
    if (realm_ptr) realm_ptr->stopping = true;
    if (isolate) isolate->TerminateExecution();
    if (stop_async) uv_async_send(stop_async);
  }

  bool Stopped() {
    std::lock_guard<std::mutex> lock(mutex);
    return stop_requested;
  }

  static void OnStop(uv_async_t* handle) { uv_stop(handle->loop); }

  static size_t NearHeapLimit(void* data, size_t current, size_t initial) {
    auto* self = static_cast<WorkerThread*>(data);
    {
      std::lock_guard<std::mutex> lock(self->mutex);
      self->out_of_memory = true;
      if (!self->stop_requested) self->exit_code = 1;
      self->stop_requested = true;
      if (self->realm_ptr) self->realm_ptr->stopping = true;
      if (self->isolate) self->isolate->TerminateExecution();
      if (self->stop_async) uv_async_send(self->stop_async);
    }
    // Room to unwind; the worker stops at the next interrupt check.
    return current + 16 * 1024 * 1024;
  }

  static void Main(void* arg) { static_cast<WorkerThread*>(arg)->Run(); }

  void Run() {
    uv_loop_t own_loop;
    uv_loop_init(&own_loop);
    uv_loop_configure(&own_loop, UV_METRICS_IDLE_TIME);
    uv_async_t stop;
    uv_async_init(&own_loop, &stop, OnStop);
    stop.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&stop));

    Platform* platform = InitializeV8(nullptr, nullptr);
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator_shared = SharedAllocator();
    params.external_references = Binding::ExternalReferences();
    v8::StartupData blob{reinterpret_cast<const char*>(builtins::kSnapshotBlob),
                         static_cast<int>(builtins::kSnapshotSize)};
    bool use_snapshot = builtins::kSnapshotSize > 0 && !std::getenv("NODUS_BUILTINS_DIR") &&
                        std::strcmp(builtins::kSnapshotV8Version, v8::V8::GetVersion()) == 0;
    if (use_snapshot) params.snapshot_blob = &blob;
    const size_t mb = 1024 * 1024;
    if (limits[kMaxOld] > 0)
      params.constraints.set_max_old_generation_size_in_bytes(static_cast<size_t>(limits[kMaxOld] * mb));
    if (limits[kMaxYoung] > 0)
      params.constraints.set_max_young_generation_size_in_bytes(static_cast<size_t>(limits[kMaxYoung] * mb));
    if (limits[kCodeRange] > 0)
      params.constraints.set_code_range_size_in_bytes(static_cast<size_t>(limits[kCodeRange] * mb));

    v8::Isolate* iso = v8::Isolate::Allocate();
    RegisterIsolate(platform, iso, &own_loop);
    v8::Isolate::Initialize(iso, params);
    iso->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
    iso->AddNearHeapLimitCallback(NearHeapLimit, this);
    {
      // The stack this thread was created with, minus a margin for native frames.
      uintptr_t here = reinterpret_cast<uintptr_t>(&here);
      size_t stack = static_cast<size_t>(limits[kStackSize] * mb);
      iso->SetStackLimit(here - stack + 192 * 1024);
    }
    {
      std::lock_guard<std::mutex> lock(mutex);
      isolate = iso;
      loop = &own_loop;
      stop_async = &stop;
      if (stop_requested) iso->TerminateExecution();
    }
    {
      v8::Locker locker(iso);
      v8::Isolate::Scope isolate_scope(iso);
      v8::HandleScope handle_scope(iso);
      Realm realm(iso, &own_loop, &options,
                  use_snapshot ? Realm::Mode::kFromSnapshot : Realm::Mode::kFresh);
      realm.worker_host = this;
      {
        std::lock_guard<std::mutex> lock(mutex);
        realm_ptr = &realm;
        if (stop_requested) realm.stopping = true;
      }
      {
        v8::Context::Scope context_scope(realm.context());
        if (!Stopped() && realm.Bootstrap() && !Stopped()) {
          realm.RunMain();
          if (!Stopped()) realm.SpinLoop();
          if (!Stopped()) {
            int code = realm.EmitExit();
            std::lock_guard<std::mutex> lock(mutex);
            if (!stop_requested) exit_code = code;
          }
        }
        realm.RunCleanup();  // addons' cleanup hooks and Node-API teardown, as node's FreeEnvironment
        realm.stopping = true;
        CloseAllPorts(&realm);
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        isolate = nullptr;
        stop_async = nullptr;
        loop = nullptr;
        realm_ptr = nullptr;
      }
      UnregisterIsolate(platform, iso);
      uv_close(reinterpret_cast<uv_handle_t*>(&stop), nullptr);
      uv_walk(
          &own_loop,
          [](uv_handle_t* h, void*) {
            if (!uv_is_closing(h)) uv_close(h, nullptr);
          },
          nullptr);
      uv_run(&own_loop, UV_RUN_DEFAULT);
    }
    iso->Dispose();
    uv_run(&own_loop, UV_RUN_DEFAULT);
    uv_loop_close(&own_loop);
    uv_async_send(parent_async);
  }

  Realm* realm_ptr = nullptr;
};

class WorkerWrap : public HandleWrap {
 public:
  WorkerWrap(Realm* realm, v8::Local<v8::Object> obj, std::unique_ptr<WorkerThread> thread)
      // not listed by process._getActiveHandles(), as node's worker handle is not
      : HandleWrap(realm, obj, reinterpret_cast<uv_handle_t*>(&exit_async_), nullptr),
        thread_(std::move(thread)) {
    uv_async_init(realm->loop(), &exit_async_, OnExit);
    thread_->parent_async = &exit_async_;
  }

  // new Worker(options: {argv, execArgv, env(ignored here), isEval, filename, eval, name,
  //   limits: Float64Array(4)}) -> wrap; wrap.ports = [publicPort, ctrlPort] (parent ends)
  static void New(const Info& info) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!info.IsConstructCall() || !info[0]->IsObject()) {
      ThrowTypeError(isolate, "Worker: bad arguments");
      return;
    }
    Realm* realm = Realm::From(info);
    v8::Local<v8::Object> opts = info[0].As<v8::Object>();
    auto thread = std::make_unique<WorkerThread>();
    thread->options = *realm->options();
    Options& o = thread->options;
    o.is_worker = true;
    o.thread_id = g_next_thread_id++;
    o.mode = Options::Mode::kScript;
    o.force_repl = false;
    o.print_eval = false;
    o.check_syntax = false;
    o.title.clear();
    auto get_strings = [&](const char* key, std::vector<std::string>* out) -> bool {
      v8::Local<v8::Value> v;
      if (!opts->Get(ctx, InternalizedStr(isolate, key)).ToLocal(&v)) return false;
      if (!v->IsArray()) return true;
      out->clear();
      auto arr = v.As<v8::Array>();
      for (uint32_t i = 0; i < arr->Length(); i++) {
        v8::Local<v8::Value> item;
        if (!arr->Get(ctx, i).ToLocal(&item)) return false;
        out->push_back(Utf8(isolate, item).str());
      }
      return true;
    };
    if (!get_strings("argv", &o.script_args) || !get_strings("execArgv", &o.exec_argv)) return;
    v8::Local<v8::Value> limits;
    if (!opts->Get(ctx, InternalizedStr(isolate, "limits")).ToLocal(&limits)) return;
    if (limits->IsFloat64Array()) {
      auto arr = limits.As<v8::Float64Array>();
      if (arr->Length() >= kLimitCount) {
        arr->CopyContents(thread->limits, sizeof(thread->limits));
        if (thread->limits[kStackSize] <= 0) thread->limits[kStackSize] = 4;
      }
    }
    std::shared_ptr<Channel> pub = Channel::Create();
    std::shared_ptr<Channel> ctrl = Channel::Create();
    thread->public_port = PortRef{pub, 1};
    thread->ctrl_port = PortRef{ctrl, 1};
    auto* wrap = new WorkerWrap(realm, info.This(), std::move(thread));
    v8::Local<v8::Object> p0, p1;
    if (!NewPortObject(realm, PortRef{pub, 0}).ToLocal(&p0) ||
        !NewPortObject(realm, PortRef{ctrl, 0}).ToLocal(&p1)) {
      return;
    }
    v8::Local<v8::Value> ports[] = {p0, p1};
    SetProp(ctx, info.This(), "ports", v8::Array::New(isolate, ports, 2));
    SetProp(ctx, info.This(), "threadId", v8::Integer::New(isolate, wrap->thread_->options.thread_id));
  }

  static void StartThread(const Info& info) {
    NODUS_UNWRAP(self, WorkerWrap, info.This());
    WorkerThread* t = self->thread_.get();
    if (t->started) return;
    uv_thread_options_t topts;
    topts.flags = UV_THREAD_HAS_STACK_SIZE;
    topts.stack_size = static_cast<size_t>(t->limits[kStackSize] * 1024 * 1024) + 256 * 1024;
    int err = uv_thread_create_ex(&t->tid, &topts, WorkerThread::Main, t);
    if (err == 0) t->started = true;
    info.GetReturnValue().Set(err);
  }

  static void StopThread(const Info& info) {
    NODUS_UNWRAP(self, WorkerWrap, info.This());
    if (self->thread_ && self->thread_->started) self->thread_->Terminate();
  }

 private:
  static void OnExit(uv_async_t* handle) {
    auto* self = static_cast<WorkerWrap*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    WorkerThread* t = self->thread_.get();
    if (t->started) uv_thread_join(&t->tid);
    Realm* realm = self->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, t->exit_code),
                                   v8::Boolean::New(isolate, t->out_of_memory)};
    self->Close();
    MakeCallback(realm, self->object(), "onexit", 2, argv);
  }

  uv_async_t exit_async_;
  std::unique_ptr<WorkerThread> thread_;
};

// In a worker realm: [publicPort, ctrlPort] (created once).
void GetParentPorts(const Info& info) {
  Realm* realm = Realm::From(info);
  auto* host = static_cast<WorkerThread*>(realm->worker_host);
  if (host == nullptr || !host->public_port.channel) return;
  v8::Local<v8::Object> p0, p1;
  if (!NewPortObject(realm, std::move(host->public_port)).ToLocal(&p0) ||
      !NewPortObject(realm, std::move(host->ctrl_port)).ToLocal(&p1))
    return;
  host->public_port = PortRef();
  host->ctrl_port = PortRef();
  v8::Local<v8::Value> ports[] = {p0, p1};
  info.GetReturnValue().Set(v8::Array::New(info.GetIsolate(), ports, 2));
}

// BroadcastChannel: every open channel of a name, in any thread, is a Channel whose end 0 a
// MessagePort receives on; a broadcast puts a copy of the message in each other one's queue.
std::mutex g_broadcast_mutex;
std::multimap<std::string, std::weak_ptr<Channel>> g_broadcast;

// broadcastSubscribe(name) -> port
void BroadcastSubscribe(const Info& info) {
  Realm* realm = Realm::From(info);
  std::string name = Utf8(info.GetIsolate(), info[0]).str();
  std::shared_ptr<Channel> channel = Channel::Create();
  v8::Local<v8::Object> port;
  if (!NewPortObject(realm, PortRef{channel, 0}).ToLocal(&port)) return;
  {
    std::lock_guard<std::mutex> lock(g_broadcast_mutex);
    g_broadcast.emplace(name, channel);
  }
  info.GetReturnValue().Set(port);
}

// broadcastPost(name, port, value)
void BroadcastPost(const Info& info) {
  Realm* realm = Realm::From(info);
  std::string name = Utf8(info.GetIsolate(), info[0]).str();
  MessagePort* self = MessagePort::FromValue(realm, info[1]);
  Message msg;
  if (!msg.Serialize(realm, info[2], v8::Undefined(info.GetIsolate()), nullptr)) return;
  std::vector<std::shared_ptr<Channel>> targets;
  {
    std::lock_guard<std::mutex> lock(g_broadcast_mutex);
    auto range = g_broadcast.equal_range(name);
    for (auto it = range.first; it != range.second;) {
      std::shared_ptr<Channel> ch = it->second.lock();
      if (!ch) {
        it = g_broadcast.erase(it);
        continue;
      }
      if (self == nullptr || ch != self->ref().channel) targets.push_back(ch);
      ++it;
    }
  }
  for (auto& ch : targets) {
    auto copy = std::make_unique<Message>();
    copy->data = msg.data;
    copy->shared = msg.shared;
    std::lock_guard<std::mutex> lock(ch->mutex);
    if (ch->closed) continue;
    ch->ends[0].queue.push_back(std::move(copy));
    if (ch->ends[0].owner != nullptr) ch->ends[0].owner->Wake();
  }
}

void BroadcastUnsubscribe(const Info& info) {
  Realm* realm = Realm::From(info);
  MessagePort* port = MessagePort::FromValue(realm, info[0]);
  if (port == nullptr) return;
  std::shared_ptr<Channel> ch = port->ref().channel;
  std::lock_guard<std::mutex> lock(g_broadcast_mutex);
  for (auto it = g_broadcast.begin(); it != g_broadcast.end();) {
    std::shared_ptr<Channel> c = it->second.lock();
    if (!c || c == ch) it = g_broadcast.erase(it);
    else ++it;
  }
}

void GetResourceLimits(const Info& info) {
  Realm* realm = Realm::From(info);
  auto* host = static_cast<WorkerThread*>(realm->worker_host);
  auto arr = v8::Float64Array::New(v8::ArrayBuffer::New(info.GetIsolate(), sizeof(double) * kLimitCount),
                                   0, kLimitCount);
  if (host != nullptr) {
    for (int i = 0; i < kLimitCount; i++)
      (void)arr->Set(realm->context(), i, v8::Number::New(info.GetIsolate(), host->limits[i]));
  }
  info.GetReturnValue().Set(arr);
}

}  // namespace

void Init(Binding& b) {
  MessagePort::Initialize(b);
  b.Method("createChannelPair", CreateChannelPair);
  b.Method("receiveMessageOnPort", ReceiveMessageOnPort);
  b.Method("setPortHooks", SetPortHooks);
  b.Method("setTransferHooks", SetTransferHooks);
  b.Method("getParentPorts", GetParentPorts);
  b.Method("getResourceLimits", GetResourceLimits);
  b.Method("broadcastSubscribe", BroadcastSubscribe);
  b.Method("broadcastPost", BroadcastPost);
  b.Method("broadcastUnsubscribe", BroadcastUnsubscribe);
  v8::Local<v8::FunctionTemplate> w = b.Class("Worker", WorkerWrap::New);
  HandleWrap::AddMethods(b, w);
  b.ProtoMethod(w, "startThread", WorkerWrap::StartThread);
  b.ProtoMethod(w, "stopThread", WorkerWrap::StopThread);
  b.Install("Worker", w);
  if (b.recording()) return;
  Realm* realm = b.realm();
  b.Value("isMainThread", v8::Boolean::New(b.isolate(), realm->worker_host == nullptr));
  b.Value("threadId", v8::Integer::New(b.isolate(), realm->options()->thread_id));
}

}  // namespace nodus::worker

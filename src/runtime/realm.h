// A realm: one V8 context on one isolate with its own libuv loop, its binding cache and the
// per-binding state (DESIGN.md §3). The main thread has one; each worker will have its own.
#pragma once
#include <uv.h>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/options.h"
#include "v8.h"

namespace nodus {

class TaskRunner;

// The thread a worker realm runs on: process.exit() and fatal errors end the worker, not the process.
class WorkerHost {
 public:
  virtual ~WorkerHost() = default;
  // Called on the worker's own thread: stop running JS and leave the loop with `code`.
  virtual void RequestExit(int code) = 0;
};

// Base class of per-binding state kept in the realm: realm->BindingData<T>().
struct BindingDataBase {
  virtual ~BindingDataBase() = default;
};

// Fields shared with lib/internal/process/task_queues.js through an Int32Array.
enum TickField { kHasTickScheduled = 0, kHasRejectionToWarn, kTickFieldCount };

class Realm {
 public:
  enum class Mode { kFresh, kFromSnapshot, kBuildingSnapshot };
  Realm(v8::Isolate* isolate, uv_loop_t* loop, Options* options, Mode mode = Mode::kFresh);
  ~Realm();
  Realm(const Realm&) = delete;
  Realm& operator=(const Realm&) = delete;

  static Realm* From(v8::Local<v8::Context> context);
  static Realm* From(v8::Isolate* isolate) { return From(isolate->GetCurrentContext()); }
  template <typename Info>
  static Realm* From(const Info& info) {
    return From(info.GetIsolate()->GetCurrentContext());
  }

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  uv_loop_t* loop() const { return loop_; }
  Options* options() const { return options_; }

  // Each type gets a slot number the first time any realm asks for it (the streams look theirs
  // up on every read and write: an index, not a hash lookup).
  template <typename T>
  T* BindingData() {
    static const size_t index = NewBindingDataIndex();
    if (index >= binding_data_.size()) binding_data_.resize(index + 1);
    auto& slot = binding_data_[index];
    if (!slot) slot = std::make_unique<T>(this);
    return static_cast<T*>(slot.get());
  }

  // internalBinding(name): cached per realm.
  v8::MaybeLocal<v8::Object> GetBinding(const std::string& name);

  // Runs the bootstrap (lib/internal/bootstrap/*) and the main entry; returns false when JS threw
  // and the error was reported.
  bool Bootstrap();
  // Snapshot building: loads the modules every run needs and hands the context to the creator.
  bool PrepareSnapshot(v8::SnapshotCreator* creator);
  Mode mode() const { return mode_; }
  bool RunMain();
  // Spins the loop until nothing is left, emitting 'beforeExit' as node does; returns exit code.
  int SpinLoop();
  // Emits 'exit' and returns the final exit code.
  int EmitExit();
  // Exits the process; in a worker, stops the worker's JS and loop and returns.
  void Exit(int code);
  WorkerHost* worker_host = nullptr;

  // Builtins compiled in this realm (for the code cache generator).
  std::vector<std::pair<std::string, v8::Global<v8::Function>>>& compiled_builtins() {
    return compiled_builtins_;
  }

  // JS callbacks registered by the bootstrap.
  v8::Global<v8::Function> tick_callback;            // processTicksAndRejections
  v8::Global<v8::Function> promise_reject_callback;  // promiseRejectHandler
  v8::Global<v8::Function> uncaught_handler;         // onGlobalUncaughtException(err, fromPromise)
  v8::Global<v8::Function> report_fatal;             // printFatal(err, arrow)
  v8::Global<v8::Function> emit_process_event;       // (name, ...args) -> process.emit
  v8::Global<v8::Function> require_builtin;
  v8::Global<v8::Object> process_object;
  v8::Global<v8::Int32Array> tick_info_array;
  int32_t* tick_fields = nullptr;

  // Runs due JS timers (set by the timers binding); called by SpinLoop once per iteration.
  void (*timers_phase)(Realm*) = nullptr;

  // Sends the writes streams gathered in this poll phase (src/base/stream_base.cc sets the
  // hook); run before the process or worker exits or may be ended by a signal.
  void (*flush_writes)(Realm*) = nullptr;
  void FlushWrites() {
    if (flush_writes != nullptr) flush_writes(this);
  }

  // Loop milestones (uv_hrtime), for performance.nodeTiming and eventLoopUtilization.
  uint64_t loop_start_ns = 0;
  uint64_t loop_exit_ns = 0;

  // Native cleanup hooks (node's Environment cleanup hooks: Node-API envs and addons'), run in
  // reverse order of registration when the loop has ended normally (not on process.exit()).
  void AddCleanupHook(void (*fn)(void*), void* arg) { cleanup_hooks_.emplace_back(fn, arg); }
  void RemoveCleanupHook(void (*fn)(void*), void* arg);
  void RunCleanup();
  int pending_async_cleanups = 0;  // started async cleanup hooks not yet removed

  int callback_depth = 0;
  // AsyncLocalStorage frames (src/runtime/callback.h): off until JS first enters a frame; then
  // native objects remember the frame they were made in, under this private key.
  bool async_frames_used = false;
  v8::Global<v8::Private> async_frame_key;
  // Set from another thread when a worker is terminated.
  std::atomic<bool> stopping{false};
  bool in_fatal = false;

 private:
  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  Options* options_;
  Mode mode_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Map> binding_map_;  // name -> binding object, kept in the snapshot
  std::unordered_map<std::string, v8::Global<v8::Object>> bindings_;
  static size_t NewBindingDataIndex();
  std::vector<std::unique_ptr<BindingDataBase>> binding_data_;
  std::vector<std::pair<std::string, v8::Global<v8::Function>>> compiled_builtins_;
  std::vector<std::pair<void (*)(void*), void*>> cleanup_hooks_;

  bool BootstrapStatic();  // lib/internal/bootstrap/realm.js + node.js: what a snapshot holds
};

}  // namespace nodus

#include "runtime/platform.h"

#include <libplatform/libplatform.h>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "base/util.h"
#include "runtime/callback.h"
#include "runtime/realm.h"
#include "v8.h"

namespace nodus {

// Foreground tasks of one isolate. V8 may post from any thread; the loop runs them on its own.
class ForegroundRunner : public v8::TaskRunner {
 public:
  ForegroundRunner(v8::Isolate* isolate, uv_loop_t* loop) : isolate_(isolate), loop_(loop) {
    uv_async_init(loop, &async_, OnAsync);
    async_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
    uv_timer_init(loop, &timer_);
    timer_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  }

  void Shutdown() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      shut_down_ = true;
      tasks_.clear();
      delayed_.clear();
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&async_), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  }

  void PostTask(std::unique_ptr<v8::Task> task) override { Post(std::move(task), 0); }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override { Post(std::move(task), 0); }
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    Post(std::move(task), delay);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    Post(std::move(task), delay);
  }
  void PostIdleTask(std::unique_ptr<v8::IdleTask>) override { UNREACHABLE(); }
  bool IdleTasksEnabled() override { return false; }
  bool NonNestableTasksEnabled() const override { return true; }
  bool NonNestableDelayedTasksEnabled() const override { return true; }

  // Runs what is due; returns true if anything ran.
  bool Flush() {
    std::deque<std::unique_ptr<v8::Task>> run;
    double now = uv_hrtime() / 1e9;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      run.swap(tasks_);
      for (auto it = delayed_.begin(); it != delayed_.end();) {
        if (it->first <= now) {
          run.push_back(std::move(it->second));
          it = delayed_.erase(it);
        } else {
          ++it;
        }
      }
    }
    if (run.empty()) {
      RearmTimer();
      return false;
    }
    v8::Isolate::Scope isolate_scope(isolate_);
    v8::HandleScope scope(isolate_);
    {
      // A task may settle promises (WebAssembly.compile, Atomics.waitAsync) or call JS
      // (FinalizationRegistry): as after any callback, ticks and microtasks run when it is done.
      Realm* realm = isolate_->InContext() ? Realm::From(isolate_->GetCurrentContext()) : nullptr;
      std::unique_ptr<CallbackScope> callback_scope;
      if (realm != nullptr) callback_scope = std::make_unique<CallbackScope>(realm);
      for (auto& task : run) task->Run();
    }
    RearmTimer();
    return true;
  }

 private:
  void Post(std::unique_ptr<v8::Task> task, double delay) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (shut_down_) return;
      if (delay <= 0) {
        tasks_.push_back(std::move(task));
      } else {
        delayed_.emplace(uv_hrtime() / 1e9 + delay, std::move(task));
      }
    }
    uv_async_send(&async_);
  }

  void RearmTimer() {
    double next = -1;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!delayed_.empty()) next = delayed_.begin()->first;
    }
    if (next < 0) {
      uv_timer_stop(&timer_);
      return;
    }
    double ms = (next - uv_hrtime() / 1e9) * 1000;
    uv_timer_start(&timer_, OnTimer, ms < 0 ? 0 : static_cast<uint64_t>(ms) + 1, 0);
  }

  static void OnAsync(uv_async_t* handle) { static_cast<ForegroundRunner*>(handle->data)->Flush(); }
  static void OnTimer(uv_timer_t* handle) { static_cast<ForegroundRunner*>(handle->data)->Flush(); }

  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  uv_async_t async_;
  uv_timer_t timer_;
  std::mutex mutex_;
  bool shut_down_ = false;
  std::deque<std::unique_ptr<v8::Task>> tasks_;
  std::multimap<double, std::unique_ptr<v8::Task>> delayed_;
};

// A worker-thread task, counted while it is queued or running (Platform::BlockingDrain).
class CountedTask : public v8::Task {
 public:
  CountedTask(std::unique_ptr<v8::Task> task, std::function<void()> done)
      : task_(std::move(task)), done_(std::move(done)) {}
  ~CountedTask() override { done_(); }  // also when dropped unrun at shutdown
  void Run() override { task_->Run(); }

 private:
  std::unique_ptr<v8::Task> task_;
  std::function<void()> done_;
};

class Platform : public v8::Platform {
 public:
  explicit Platform(std::unique_ptr<v8::Platform> inner) : inner_(std::move(inner)) {}

  void Register(v8::Isolate* isolate, uv_loop_t* loop) {
    std::lock_guard<std::mutex> lock(mutex_);
    runners_[isolate] = std::make_shared<ForegroundRunner>(isolate, loop);
  }
  void Unregister(v8::Isolate* isolate) {
    std::shared_ptr<ForegroundRunner> runner;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto it = runners_.find(isolate);
      if (it == runners_.end()) return;
      runner = it->second;
      runners_.erase(it);
    }
    runner->Shutdown();
  }
  std::shared_ptr<ForegroundRunner> Runner(v8::Isolate* isolate) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = runners_.find(isolate);
    return it == runners_.end() ? nullptr : it->second;
  }

  v8::PageAllocator* GetPageAllocator() override { return inner_->GetPageAllocator(); }
  void OnCriticalMemoryPressure() override { inner_->OnCriticalMemoryPressure(); }
  int NumberOfWorkerThreads() override { return inner_->NumberOfWorkerThreads(); }
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override {
    auto runner = Runner(isolate);
    if (runner) return runner;
    return inner_->GetForegroundTaskRunner(isolate);
  }
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    {
      std::lock_guard<std::mutex> lock(worker_mutex_);
      outstanding_worker_tasks_++;
    }
    inner_->CallOnWorkerThread(std::make_unique<CountedTask>(std::move(task), [this] {
      std::lock_guard<std::mutex> lock(worker_mutex_);
      if (--outstanding_worker_tasks_ == 0) worker_idle_.notify_all();
    }));
  }
  // Waits until no worker-thread task is queued or running (as node's platform does before it
  // lets a loop with nothing left end: a background compile then posts its result).
  void BlockingDrain() {
    std::unique_lock<std::mutex> lock(worker_mutex_);
    worker_idle_.wait(lock, [this] { return outstanding_worker_tasks_ == 0; });
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->CallDelayedOnWorkerThread(std::move(task), delay);
  }
  bool IdleTasksEnabled(v8::Isolate*) override { return false; }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job) override {
    // Through CallOnWorkerThread, so that a job's workers are counted too.
    return v8::platform::NewDefaultJobHandle(this, priority, std::move(job), NumberOfWorkerThreads());
  }
  double MonotonicallyIncreasingTime() override { return inner_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return inner_->CurrentClockTimeMillis(); }
  v8::TracingController* GetTracingController() override {
    return inner_->GetTracingController();
  }

 private:
  std::unique_ptr<v8::Platform> inner_;
  std::mutex mutex_;
  std::map<v8::Isolate*, std::shared_ptr<ForegroundRunner>> runners_;
  std::mutex worker_mutex_;
  std::condition_variable worker_idle_;
  size_t outstanding_worker_tasks_ = 0;
};

Platform* InitializeV8(int* argc, char** argv) {
  static Platform* platform = nullptr;
  if (platform) return platform;
  v8::V8::InitializeICUDefaultLocation(argv[0]);
  // Worker threads: V8 uses them for GC and compilation; 4 like node's default.
  platform = new Platform(v8::platform::NewDefaultPlatform(4));
  v8::V8::InitializePlatform(platform);
  v8::V8::Initialize();
  return platform;
}

void RegisterIsolate(Platform* platform, v8::Isolate* isolate, uv_loop_t* loop) {
  platform->Register(isolate, loop);
}
void UnregisterIsolate(Platform* platform, v8::Isolate* isolate) {
  platform->Unregister(isolate);
}
bool FlushForegroundTasks(Platform* platform, v8::Isolate* isolate) {
  auto runner = platform->Runner(isolate);
  return runner && runner->Flush();
}

bool DrainPlatformTasks(v8::Isolate* isolate) {
  Platform* platform = InitializeV8(nullptr, nullptr);
  bool ran = false;
  do {
    platform->BlockingDrain();
  } while (FlushForegroundTasks(platform, isolate) && (ran = true));
  return ran;
}

}  // namespace nodus

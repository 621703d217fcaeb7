// Process-wide V8 set-up, and the v8::Platform that posts each isolate's foreground tasks to that
// isolate's libuv loop (so GC finalisation and Atomics.waitAsync run while the loop is idle).
#pragma once
#include <uv.h>

#include "v8-platform.h"

namespace nodus {

class Platform;
// Initialises V8 once per process (flags, ICU, platform).
Platform* InitializeV8(int* argc, char** argv);
void RegisterIsolate(Platform* platform, v8::Isolate* isolate, uv_loop_t* loop);
void UnregisterIsolate(Platform* platform, v8::Isolate* isolate);
// Runs the foreground tasks queued for `isolate` now (returns true if any ran).
bool FlushForegroundTasks(Platform* platform, v8::Isolate* isolate);
// When a loop runs out of work: waits for the worker-thread tasks (background compiles) and runs
// the foreground tasks they posted, until none is left. True if any foreground task ran.
bool DrainPlatformTasks(v8::Isolate* isolate);

}  // namespace nodus

// MakeCallback: the single path from a libuv callback into JS (DESIGN.md §3). It calls the
// function, reports an exception as uncaught, and when leaving the outermost callback drains
// process.nextTick and the microtask queue in node's order.
#pragma once
#include "v8.h"

namespace nodus {
class Realm;

v8::MaybeLocal<v8::Value> MakeCallback(Realm* realm, v8::Local<v8::Object> recv,
                                       v8::Local<v8::Function> fn, int argc,
                                       v8::Local<v8::Value>* argv);
v8::MaybeLocal<v8::Value> MakeCallback(Realm* realm, v8::Local<v8::Object> recv,
                                       const char* method, int argc, v8::Local<v8::Value>* argv);

// A scope entered around any entry from C++ into JS; on leaving the outermost one it drains the
// nextTick queue and microtasks.
class CallbackScope {
 public:
  explicit CallbackScope(Realm* realm);
  ~CallbackScope();
  void MarkFailed() { failed_ = true; }

 private:
  Realm* realm_;
  bool failed_ = false;
};

// AsyncLocalStorage context frames (lib/internal/async_context_frame.js). The current frame is
// V8's continuation-preserved embedder data, which promise reactions capture and restore. Native
// objects (handles, requests) remember the frame current when they were made, and MakeCallback
// enters the frame of its receiver. Nothing is done until JS first enters a frame.
// `reused`: the object may carry a frame from an earlier use (a pooled parser).
void CaptureAsyncFrame(Realm* realm, v8::Local<v8::Object> object, bool reused = false);
// Enters `object`'s frame (or none) for the scope's lifetime, once frames are in use.
class AsyncFrameScope {
 public:
  AsyncFrameScope(Realm* realm, v8::Local<v8::Object> object);
  ~AsyncFrameScope();

 private:
  Realm* realm_;
  v8::Local<v8::Value> prev_;
};

// Runs the tick queue and microtasks now (used by the loop phases and after the main script).
void DrainTasks(Realm* realm);

}  // namespace nodus

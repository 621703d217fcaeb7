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

// Runs the tick queue and microtasks now (used by the loop phases and after the main script).
void DrainTasks(Realm* realm);

}  // namespace nodus

// Uncaught exceptions: hands them to process 'uncaughtException' handling in JS and, when nobody
// handled them, prints node's report (source line and caret, then the error) and exits.
#pragma once
#include "v8.h"

namespace nodus {
class Realm;

// Returns when the error was handled by JS; otherwise exits the process.
void TriggerUncaughtException(Realm* realm, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise = false);
// Same, from a TryCatch that caught something (no-op when it was a termination).
void ReportTryCatch(Realm* realm, v8::TryCatch& try_catch);
// "file:line\nsource line\n   ^\n" for a message, as node prints above an uncaught error.
std::string GetErrorSource(v8::Isolate* isolate, v8::Local<v8::Context> context,
                           v8::Local<v8::Message> message);
// Stores the arrow on the error object (hidden) so it survives until the error is printed.
void DecorateErrorWithArrow(Realm* realm, v8::Local<v8::Value> error,
                            v8::Local<v8::Message> message);

}  // namespace nodus

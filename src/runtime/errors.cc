#include "runtime/errors.h"

#include <unistd.h>

#include <string>

#include "base/v8_helpers.h"
#include "runtime/realm.h"

namespace nodus {

static v8::Local<v8::Private> ArrowKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, InternalizedStr(isolate, "nodus:arrow"));
}

std::string GetErrorSource(v8::Isolate* isolate, v8::Local<v8::Context> context,
                           v8::Local<v8::Message> message) {
  v8::Local<v8::String> line_str;
  if (!message->GetSourceLine(context).ToLocal(&line_str)) return "";
  Utf8 source_line(isolate, line_str);
  Utf8 filename(isolate, message->GetScriptOrigin().ResourceName());
  int line = message->GetLineNumber(context).FromMaybe(0);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  std::string out = filename.str() + ":" + std::to_string(line) + "\n" + source_line.str() + "\n";
  // Carets under the reported range (at least one); tabs kept so they line up.
  for (int i = 0; i < start && i < static_cast<int>(source_line.size()); i++) {
    out += source_line.data()[i] == '\t' ? '\t' : ' ';
  }
  int width = end > start ? end - start : 1;
  out += std::string(width, '^') + "\n";
  return out;
}

void DecorateErrorWithArrow(Realm* realm, v8::Local<v8::Value> error,
                            v8::Local<v8::Message> message) {
  if (!error->IsObject() || message.IsEmpty()) return;
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::Context> ctx = realm->context();
  v8::Local<v8::Object> obj = error.As<v8::Object>();
  if (obj->HasPrivate(ctx, ArrowKey(isolate)).FromMaybe(true)) return;
  std::string arrow = GetErrorSource(isolate, ctx, message);
  obj->SetPrivate(ctx, ArrowKey(isolate), Str(isolate, arrow)).Check();
}

static void WriteStderr(const std::string& s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = write(2, s.data() + off, s.size() - off);
    if (n <= 0) break;
    off += n;
  }
}

// Last-resort printing when JS cannot format the error (e.g. during bootstrap).
static void PrintRaw(Realm* realm, v8::Local<v8::Value> error, const std::string& arrow) {
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::Context> ctx = realm->context();
  std::string out = arrow;
  v8::Local<v8::Value> stack;
  if (error->IsObject() &&
      error.As<v8::Object>()->Get(ctx, InternalizedStr(isolate, "stack")).ToLocal(&stack) &&
      stack->IsString()) {
    out += "\n" + Utf8(isolate, stack).str();
  } else {
    out += Utf8(isolate, error).str();
  }
  WriteStderr(out + "\n");
}

// "Thrown at:" frames for --trace-uncaught (where the throw happened, even for primitives).
static std::string ThrownAt(Realm* realm, v8::Local<v8::Message> message) {
  if (!realm->options()->trace_uncaught || message.IsEmpty()) return "";
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::StackTrace> trace = message->GetStackTrace();
  if (trace.IsEmpty()) return "";
  std::string out = "Thrown at:\n";
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
    std::string fn = Utf8(isolate, frame->GetFunctionName()).str();
    std::string where = Utf8(isolate, frame->GetScriptName()).str() + ":" +
                        std::to_string(frame->GetLineNumber()) + ":" +
                        std::to_string(frame->GetColumn());
    out += fn.empty() ? "    at " + where + "\n" : "    at " + fn + " (" + where + ")\n";
  }
  return out;
}

void TriggerUncaughtException(Realm* realm, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise) {
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  if (message.IsEmpty()) message = v8::Exception::CreateMessage(isolate, error);
  std::string arrow;
  v8::Local<v8::Value> stored;
  if (error->IsObject() &&
      error.As<v8::Object>()->GetPrivate(ctx, ArrowKey(isolate)).ToLocal(&stored) &&
      stored->IsString()) {
    arrow = Utf8(isolate, stored).str();
  } else {
    arrow = GetErrorSource(isolate, ctx, message);
  }

  if (realm->in_fatal || realm->uncaught_handler.IsEmpty()) {
    // Thrown while handling a fatal error, or before the bootstrap finished.
    PrintRaw(realm, error, arrow);
    realm->Exit(realm->in_fatal ? 7 : 1);
    return;
  }

  v8::Local<v8::Value> handled;
  {
    realm->in_fatal = true;
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> argv[] = {error, v8::Boolean::New(isolate, from_promise)};
    v8::Local<v8::Function> handler = realm->uncaught_handler.Get(isolate);
    v8::MaybeLocal<v8::Value> ret =
        handler->Call(ctx, realm->process_object.Get(isolate), 2, argv);
    realm->in_fatal = false;
    if (!ret.ToLocal(&handled)) {
      if (try_catch.HasTerminated()) return;
      // The 'uncaughtException' handler itself threw: report that error, exit 7.
      v8::Local<v8::Value> err2 = try_catch.Exception();
      std::string arrow2 = try_catch.Message().IsEmpty()
                               ? std::string()
                               : GetErrorSource(isolate, ctx, try_catch.Message());
      realm->in_fatal = true;
      v8::Local<v8::Function> report = realm->report_fatal.Get(isolate);
      v8::Local<v8::Value> rargv[] = {err2, Str(isolate, arrow2), v8::Boolean::New(isolate, false)};
      v8::TryCatch inner(isolate);
      if (report.IsEmpty() ||
          report->Call(ctx, realm->process_object.Get(isolate), 3, rargv).IsEmpty()) {
        PrintRaw(realm, err2, arrow2);
      }
      realm->Exit(7);
      return;
    }
  }
  if (handled->IsTrue()) return;

  // Fatal: print node's report, then exit with process.exitCode (1 unless 'exit' changed it).
  realm->in_fatal = true;
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> report = realm->report_fatal.Get(isolate);
  v8::Local<v8::Value> argv[] = {error, Str(isolate, arrow), v8::Boolean::New(isolate, from_promise),
                                 Str(isolate, ThrownAt(realm, message))};
  v8::Local<v8::Value> code;
  if (report.IsEmpty() ||
      !report->Call(ctx, realm->process_object.Get(isolate), 4, argv).ToLocal(&code)) {
    PrintRaw(realm, error, arrow);
    realm->Exit(1);
    return;
  }
  realm->Exit(code->IsInt32() ? code.As<v8::Int32>()->Value() : 1);
}

void ReportTryCatch(Realm* realm, v8::TryCatch& try_catch) {
  // A terminated worker (stopping) has nothing left to report.
  if (!try_catch.HasCaught() || try_catch.HasTerminated() || realm->stopping) return;
  v8::Local<v8::Value> error = try_catch.Exception();
  v8::Local<v8::Message> message = try_catch.Message();
  try_catch.Reset();
  TriggerUncaughtException(realm, error, message, false);
}

}  // namespace nodus

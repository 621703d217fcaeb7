// internalBinding('contextify'): compiling user code (CommonJS wrappers, -e/-p scripts).
#include "base/binding.h"
#include "runtime/errors.h"
#include "runtime/realm.h"

namespace nodus::contextify {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

// Rethrows a compile error with its source arrow attached, as node shows it when fatal.
void Rethrow(Realm* realm, v8::TryCatch& try_catch) {
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) {
    try_catch.ReThrow();
    return;
  }
  DecorateErrorWithArrow(realm, try_catch.Exception(), try_catch.Message());
  try_catch.ReThrow();
}

// compileFunction(code, filename, params[, lineOffset, columnOffset]) -> Function
void CompileFunction(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::String> code;
  if (!info[0]->ToString(ctx).ToLocal(&code)) return;
  int line_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
  int col_offset = info[4]->IsInt32() ? info[4].As<v8::Int32>()->Value() : 0;
  v8::ScriptOrigin origin(isolate, info[1], line_offset, col_offset);
  v8::ScriptCompiler::Source source(code, origin);
  std::vector<v8::Local<v8::String>> params;
  if (info[2]->IsArray()) {
    auto arr = info[2].As<v8::Array>();
    for (uint32_t i = 0; i < arr->Length(); i++) {
      v8::Local<v8::Value> v;
      if (!arr->Get(ctx, i).ToLocal(&v)) return;
      v8::Local<v8::String> s;
      if (!v->ToString(ctx).ToLocal(&s)) return;
      params.push_back(s);
    }
  }
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunctionInContext(ctx, &source, params.size(), params.data(), 0,
                                                    nullptr)
           .ToLocal(&fn)) {
    Rethrow(realm, try_catch);
    return;
  }
  info.GetReturnValue().Set(fn);
}

// compileScript(code, filename) -> Script (as a function that runs it)
void RunInThisContext(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::String> code;
  if (!info[0]->ToString(ctx).ToLocal(&code)) return;
  v8::ScriptOrigin origin(isolate, info[1]);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Script> script;
  if (!v8::Script::Compile(ctx, code, &origin).ToLocal(&script)) {
    Rethrow(realm, try_catch);
    return;
  }
  v8::Local<v8::Value> result;
  if (!script->Run(ctx).ToLocal(&result)) {
    Rethrow(realm, try_catch);
    return;
  }
  info.GetReturnValue().Set(result);
}

// Compiles without running (node -c); throws the SyntaxError.
void CheckSyntax(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::String> code;
  if (!info[0]->ToString(ctx).ToLocal(&code)) return;
  v8::ScriptOrigin origin(isolate, info[1]);
  v8::ScriptCompiler::Source source(code, origin);
  v8::Local<v8::String> params[] = {Str(isolate, "exports"), Str(isolate, "require"),
                                    Str(isolate, "module"), Str(isolate, "__filename"),
                                    Str(isolate, "__dirname")};
  v8::TryCatch try_catch(isolate);
  if (v8::ScriptCompiler::CompileFunctionInContext(ctx, &source, 5, params, 0, nullptr).IsEmpty()) {
    Rethrow(realm, try_catch);
  }
}
}  // namespace

void Init(Binding& b) {
  b.Method("compileFunction", CompileFunction);
  b.Method("runInThisContext", RunInThisContext);
  b.Method("checkSyntax", CheckSyntax);
}

}  // namespace nodus::contextify

// internalBinding('builtins'): compiles embedded lib/ modules as function wrappers.
#include "runtime/builtins.h"

#include "base/binding.h"
#include "runtime/realm.h"


namespace nodus::builtins {

static void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm* realm = Realm::From(info);
  std::string id = Utf8(info.GetIsolate(), info[0]).str();
  v8::Local<v8::Function> fn;
  if (Compile(realm, id,
              {"exports", "require", "module", "process", "internalBinding", "primordials"})
          .ToLocal(&fn))
    info.GetReturnValue().Set(fn);
}

static void HasBuiltin(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(Exists(Utf8(info.GetIsolate(), info[0]).str()));
}

static void GetIds(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<v8::Local<v8::Value>> items;
  for (auto& id : Ids()) items.push_back(Str(isolate, id));
  info.GetReturnValue().Set(v8::Array::New(isolate, items.data(), items.size()));
}

void Init(Binding& b) {
  b.Method("compileFunction", CompileFunction);
  b.Method("hasBuiltin", HasBuiltin);
  b.Method("getIds", GetIds);
}

}  // namespace nodus::builtins

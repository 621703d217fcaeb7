// internalBinding('module_wrap'): ES modules over v8::Module. A ModuleWrap owns one source text
// module (user .mjs/.js) or synthetic module (builtins, JSON, CommonJS seen from ESM). The loader
// in lib/internal/modules/esm/ resolves and links in JS; this file compiles, instantiates with the
// links JS provided, evaluates, and forwards V8's host hooks (dynamic import(), import.meta) to JS.
#include <string>
#include <unordered_map>
#include <vector>

#include "base/base_object.h"
#include "base/binding.h"
#include "runtime/errors.h"
#include "runtime/realm.h"

namespace nodus::module_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

class ModuleWrap;

// Per-realm state: the wraps by module identity hash and the JS host-hook callbacks.
struct ModuleWrapData : BindingDataBase {
  explicit ModuleWrapData(Realm*) {}
  std::unordered_multimap<int, ModuleWrap*> by_hash;
  v8::Global<v8::Function> import_dynamically;  // (referrerName, specifier, attributes) -> promise
  v8::Global<v8::Function> init_import_meta;    // (meta, wrap)
  bool hooks_installed = false;
};

// A link error (missing export, ambiguous star export) names the import in the source: node puts
// "url:line / source line / ^^^ under the name" directly in front of the stack and prints no
// separate arrow for it.
void PrefixStackWithSource(v8::Isolate* isolate, v8::Local<v8::Context> ctx,
                           v8::Local<v8::Value> error, v8::Local<v8::Message> message) {
  if (!error->IsObject() || message.IsEmpty()) return;
  v8::Local<v8::Object> obj = error.As<v8::Object>();
  v8::Local<v8::String> line_str;
  if (!message->GetSourceLine(ctx).ToLocal(&line_str)) return;
  std::string src = Utf8(isolate, line_str).str();
  int line = message->GetLineNumber(ctx).FromMaybe(0);
  int start = message->GetStartColumn(ctx).FromMaybe(0);
  int end = message->GetEndColumn(ctx).FromMaybe(start + 1);
  std::string out = Utf8(isolate, message->GetScriptOrigin().ResourceName()).str() + ":" +
                    std::to_string(line) + "\n" + src + "\n";
  for (int i = 0; i < start && i < static_cast<int>(src.size()); i++) {
    out += src[i] == '\t' ? '\t' : ' ';
  }
  out += std::string(end > start ? end - start : 1, '^');
  out += "\n";
  v8::Local<v8::Value> stack;
  if (!obj->Get(ctx, InternalizedStr(isolate, "stack")).ToLocal(&stack)) return;
  out += Utf8(isolate, stack).str();
  if (!SetProp(ctx, obj, "stack", Str(isolate, out))) return;
  v8::Local<v8::Private> arrow =
      v8::Private::ForApi(isolate, InternalizedStr(isolate, "nodus:arrow"));
  (void)obj->SetPrivate(ctx, arrow, v8::String::Empty(isolate));
}

class ModuleWrap : public BaseObject {
 public:
  ModuleWrap(Realm* realm, v8::Local<v8::Object> object, v8::Local<v8::Module> module)
      : BaseObject(realm, object), module_(realm->isolate(), module) {
    hash_ = module->GetIdentityHash();
    realm->BindingData<ModuleWrapData>()->by_hash.emplace(hash_, this);
  }
  ~ModuleWrap() override {
    auto& map = realm()->BindingData<ModuleWrapData>()->by_hash;
    auto range = map.equal_range(hash_);
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second == this) {
        map.erase(it);
        break;
      }
    }
  }

  static ModuleWrap* FromModule(Realm* realm, v8::Local<v8::Module> module) {
    auto& map = realm->BindingData<ModuleWrapData>()->by_hash;
    auto range = map.equal_range(module->GetIdentityHash());
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second->module_ == module) return it->second;
    }
    return nullptr;
  }

  v8::Local<v8::Module> module() const { return module_.Get(isolate()); }

  // new ModuleWrap(url, source, lineOffset, columnOffset)         source text module
  // new ModuleWrap(url, exportNames, evaluationSteps)              synthetic module
  static void New(const Info& info) {
    Realm* realm = Realm::From(info);
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!info.IsConstructCall() || !info[0]->IsString()) {
      ThrowTypeError(isolate, "ModuleWrap(url, ...) must be constructed with a URL");
      return;
    }
    v8::Local<v8::String> url = info[0].As<v8::String>();
    v8::Local<v8::Module> module;
    if (info[1]->IsArray()) {
      if (!info[2]->IsFunction()) {
        ThrowTypeError(isolate, "synthetic module needs evaluation steps");
        return;
      }
      v8::Local<v8::Array> arr = info[1].As<v8::Array>();
      std::vector<v8::Local<v8::String>> names;
      for (uint32_t i = 0; i < arr->Length(); i++) {
        v8::Local<v8::Value> v;
        if (!arr->Get(ctx, i).ToLocal(&v)) return;
        v8::Local<v8::String> s;
        if (!v->ToString(ctx).ToLocal(&s)) return;
        bool dup = false;
        for (auto& n : names) dup = dup || n->StringEquals(s);
        if (!dup) names.push_back(s);
      }
      module = v8::Module::CreateSyntheticModule(isolate, url, names, SyntheticSteps);
      auto* wrap = new ModuleWrap(realm, info.This(), module);
      wrap->steps_.Reset(isolate, info[2].As<v8::Function>());
    } else {
      v8::Local<v8::String> source;
      if (!info[1]->ToString(ctx).ToLocal(&source)) return;
      int line = info[2]->IsInt32() ? info[2].As<v8::Int32>()->Value() : 0;
      int col = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
      v8::ScriptOrigin origin(isolate, url, line, col, false, -1, v8::Local<v8::Value>(), false,
                              false, true);
      v8::ScriptCompiler::Source src(source, origin);
      v8::TryCatch try_catch(isolate);
      if (!v8::ScriptCompiler::CompileModule(isolate, &src).ToLocal(&module)) {
        if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
          DecorateErrorWithArrow(realm, try_catch.Exception(), try_catch.Message());
        }
        try_catch.ReThrow();
        return;
      }
      new ModuleWrap(realm, info.This(), module);
    }
    if (!SetProp(ctx, info.This(), "url", url)) return;
  }

  // Runs the JS evaluation steps of a synthetic module (they call setExport).
  static v8::MaybeLocal<v8::Value> SyntheticSteps(v8::Local<v8::Context> ctx,
                                                  v8::Local<v8::Module> module) {
    Realm* realm = Realm::From(ctx);
    v8::Isolate* isolate = ctx->GetIsolate();
    ModuleWrap* wrap = FromModule(realm, module);
    if (wrap == nullptr) {
      ThrowError(isolate, "synthetic module evaluated after its ModuleWrap was collected");
      return {};
    }
    v8::Local<v8::Function> steps = wrap->steps_.Get(isolate);
    v8::Local<v8::Object> self = wrap->object();
    if (steps->Call(ctx, self, 0, nullptr).IsEmpty()) return {};
    v8::Local<v8::Promise::Resolver> resolver;
    if (!v8::Promise::Resolver::New(ctx).ToLocal(&resolver)) return {};
    if (resolver->Resolve(ctx, v8::Undefined(isolate)).IsNothing()) return {};
    return resolver->GetPromise();
  }

  // setExport(name, value) inside the evaluation steps of a synthetic module.
  static void SetExport(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::String> name;
    if (!info[0]->ToString(isolate->GetCurrentContext()).ToLocal(&name)) return;
    // On failure the exception is pending for the caller.
    if (wrap->module()->SetSyntheticModuleExport(isolate, name, info[1]).IsNothing()) return;
  }

  // getModuleRequests() -> [{ specifier, attributes: { type: 'json' } }, ...] in source order.
  static void GetModuleRequests(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    v8::Local<v8::Module> module = wrap->module();
    v8::Local<v8::Array> out = v8::Array::New(isolate);
    if (module->IsSyntheticModule()) {
      info.GetReturnValue().Set(out);
      return;
    }
    v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
    for (int i = 0; i < requests->Length(); i++) {
      v8::Local<v8::ModuleRequest> req = requests->Get(ctx, i).As<v8::ModuleRequest>();
      v8::Local<v8::Object> entry = v8::Object::New(isolate);
      v8::Local<v8::Object> attrs = v8::Object::New(isolate);
      v8::Local<v8::FixedArray> assertions = req->GetImportAssertions();
      for (int j = 0; j + 1 < assertions->Length(); j += 3) {
        v8::Local<v8::Value> key = assertions->Get(ctx, j).As<v8::Value>();
        v8::Local<v8::Value> value = assertions->Get(ctx, j + 1).As<v8::Value>();
        if (attrs->Set(ctx, key, value).IsNothing()) return;
      }
      v8::Location loc = module->SourceOffsetToLocation(req->GetSourceOffset());
      if (!SetProp(ctx, entry, "specifier", req->GetSpecifier()) ||
          !SetProp(ctx, entry, "attributes", attrs) ||
          !SetProp(ctx, entry, "line", v8::Integer::New(isolate, loc.GetLineNumber() + 1)) ||
          !SetProp(ctx, entry, "column", v8::Integer::New(isolate, loc.GetColumnNumber())) ||
          out->Set(ctx, i, entry).IsNothing()) {
        return;
      }
    }
    info.GetReturnValue().Set(out);
  }

  // link(specifierKeys, wraps): the module each request resolves to, keyed as JS keyed it
  // (specifier + '\0' + type attribute).
  static void Link(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!info[0]->IsArray() || !info[1]->IsArray()) {
      ThrowTypeError(isolate, "link(keys, wraps) expects two arrays");
      return;
    }
    v8::Local<v8::Array> keys = info[0].As<v8::Array>();
    v8::Local<v8::Array> wraps = info[1].As<v8::Array>();
    for (uint32_t i = 0; i < keys->Length(); i++) {
      v8::Local<v8::Value> k, w;
      if (!keys->Get(ctx, i).ToLocal(&k) || !wraps->Get(ctx, i).ToLocal(&w)) return;
      ModuleWrap* target = Unwrap<ModuleWrap>(w);
      if (target == nullptr) {
        ThrowTypeError(isolate, "link target is not a ModuleWrap");
        return;
      }
      wrap->linked_[Utf8(isolate, k).str()].Reset(isolate, target->module());
    }
  }

  static v8::MaybeLocal<v8::Module> ResolveCallback(v8::Local<v8::Context> ctx,
                                                    v8::Local<v8::String> specifier,
                                                    v8::Local<v8::FixedArray> assertions,
                                                    v8::Local<v8::Module> referrer) {
    Realm* realm = Realm::From(ctx);
    v8::Isolate* isolate = ctx->GetIsolate();
    ModuleWrap* wrap = FromModule(realm, referrer);
    std::string key = Utf8(isolate, specifier).str();
    key.push_back('\0');
    for (int j = 0; j + 1 < assertions->Length(); j += 3) {
      v8::Local<v8::Value> k = assertions->Get(ctx, j).As<v8::Value>();
      if (Utf8(isolate, k).view() == "type") {
        key += Utf8(isolate, assertions->Get(ctx, j + 1).As<v8::Value>()).str();
      }
    }
    if (wrap != nullptr) {
      auto it = wrap->linked_.find(key);
      if (it != wrap->linked_.end()) return it->second.Get(isolate);
    }
    ThrowError(isolate, "request for '" + Utf8(isolate, specifier).str() + "' is not linked");
    return {};
  }

  static void Instantiate(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
    v8::TryCatch try_catch(info.GetIsolate());
    if (wrap->module()->InstantiateModule(ctx, ResolveCallback).IsNothing()) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
        PrefixStackWithSource(info.GetIsolate(), ctx, try_catch.Exception(), try_catch.Message());
      }
      try_catch.ReThrow();
      return;
    }
    // Links are only needed while instantiating.
    wrap->linked_.clear();
  }

  // evaluate() -> the evaluation promise (settled unless the graph has top-level await).
  static void Evaluate(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
    v8::Local<v8::Value> result;
    if (wrap->module()->Evaluate(ctx).ToLocal(&result)) info.GetReturnValue().Set(result);
  }

  static void GetNamespace(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    v8::Local<v8::Module> module = wrap->module();
    if (module->GetStatus() < v8::Module::kInstantiated) {
      ThrowError(info.GetIsolate(), "cannot get the namespace of an uninstantiated module");
      return;
    }
    info.GetReturnValue().Set(module->GetModuleNamespace());
  }

  static void GetStatus(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    info.GetReturnValue().Set(static_cast<int>(wrap->module()->GetStatus()));
  }

  static void GetError(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    v8::Local<v8::Module> module = wrap->module();
    if (module->GetStatus() == v8::Module::kErrored) {
      info.GetReturnValue().Set(module->GetException());
    }
  }

  static void IsGraphAsync(const Info& info) {
    NODUS_UNWRAP(wrap, ModuleWrap, info.This());
    v8::Local<v8::Module> module = wrap->module();
    bool async = module->GetStatus() >= v8::Module::kInstantiated && module->IsGraphAsync();
    info.GetReturnValue().Set(async);
  }

 private:
  v8::Global<v8::Module> module_;
  v8::Global<v8::Function> steps_;
  std::unordered_map<std::string, v8::Global<v8::Module>> linked_;
  int hash_ = 0;
};

// The ES module loader is loaded on the first import(): its initializeHooks() registers the
// JS side of the host hooks. False when that threw.
bool LoadLoader(Realm* realm) {
  v8::Isolate* isolate = realm->isolate();
  v8::Local<v8::Context> ctx = realm->context();
  if (realm->require_builtin.IsEmpty()) return true;
  v8::Local<v8::Value> id = Str(isolate, "internal/modules/esm/loader");
  v8::Local<v8::Value> loader;
  v8::Local<v8::Value> init;
  if (!realm->require_builtin.Get(isolate)
           ->Call(ctx, v8::Undefined(isolate), 1, &id)
           .ToLocal(&loader) ||
      !loader->IsObject() ||
      !loader.As<v8::Object>()
           ->Get(ctx, InternalizedStr(isolate, "initializeHooks"))
           .ToLocal(&init)) {
    return false;
  }
  if (!init->IsFunction()) return true;
  return !init.As<v8::Function>()->Call(ctx, loader, 0, nullptr).IsEmpty();
}

// V8 -> JS: import() from any script or module. The referrer is its resource name (a file URL
// for modules, a path for CommonJS, "[eval]" and the like for the rest).
v8::MaybeLocal<v8::Promise> ImportModuleDynamically(v8::Local<v8::Context> ctx,
                                                    v8::Local<v8::Data> host_defined_options,
                                                    v8::Local<v8::Value> resource_name,
                                                    v8::Local<v8::String> specifier,
                                                    v8::Local<v8::FixedArray> assertions) {
  v8::Isolate* isolate = ctx->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  Realm* realm = Realm::From(ctx);
  ModuleWrapData* data = realm->BindingData<ModuleWrapData>();
  v8::Local<v8::Object> attrs = v8::Object::New(isolate);
  for (int j = 0; j + 1 < assertions->Length(); j += 2) {
    v8::Local<v8::Value> k = assertions->Get(ctx, j).As<v8::Value>();
    v8::Local<v8::Value> v = assertions->Get(ctx, j + 1).As<v8::Value>();
    if (attrs->Set(ctx, k, v).IsNothing()) return {};
  }
  // vm code: its host-defined options say whether import() may use the main loader
  // (contextify.cc, VmImportOptions).
  if (!host_defined_options.IsEmpty() && host_defined_options->IsFixedArray() &&
      host_defined_options.As<v8::FixedArray>()->Length() == 1) {
    v8::Local<v8::Data> kind = host_defined_options.As<v8::FixedArray>()->Get(ctx, 0);
    if (kind->IsValue() && kind.As<v8::Value>()->IsInt32()) {
      int32_t k = kind.As<v8::Int32>()->Value();
      if (k == 1 || k == 2) {
        // A rejected promise (V8 10.2 would rethrow an exception synchronously).
        v8::Local<v8::Promise::Resolver> resolver;
        if (!v8::Promise::Resolver::New(ctx).ToLocal(&resolver)) return {};
        v8::TryCatch try_catch(isolate);
        if (k == 1) {
          ThrowCodedError(isolate, "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING",
                          "A dynamic import callback was not specified.");
        } else {
          ThrowCodedError(isolate, "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG",
                          "A dynamic import callback was invoked without --experimental-vm-modules");
        }
        v8::Local<v8::Value> error = try_catch.Exception();
        try_catch.Reset();
        if (resolver->Reject(ctx, error).IsNothing()) return {};
        return scope.Escape(resolver->GetPromise());
      }
    }
  }
  v8::Local<v8::Value> referrer = resource_name;
  if (referrer.IsEmpty()) referrer = v8::Undefined(isolate);
  v8::Local<v8::Value> result;
  if (data->import_dynamically.IsEmpty() && !LoadLoader(realm)) return {};
  if (data->import_dynamically.IsEmpty()) {
    ThrowCodedError(isolate, "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING",
                    "A dynamic import callback was not specified.");
    return {};
  }
  v8::Local<v8::Value> argv[] = {referrer, specifier, attrs};
  if (!data->import_dynamically.Get(isolate)
           ->Call(ctx, v8::Undefined(isolate), 3, argv)
           .ToLocal(&result)) {
    return {};
  }
  if (result->IsPromise()) return scope.Escape(result.As<v8::Promise>());
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(ctx).ToLocal(&resolver) ||
      resolver->Resolve(ctx, result).IsNothing()) {
    return {};
  }
  return scope.Escape(resolver->GetPromise());
}

// V8 -> JS: the first access to import.meta of a module.
void InitializeImportMeta(v8::Local<v8::Context> ctx, v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = ctx->GetIsolate();
  v8::HandleScope scope(isolate);
  Realm* realm = Realm::From(ctx);
  ModuleWrapData* data = realm->BindingData<ModuleWrapData>();
  ModuleWrap* wrap = ModuleWrap::FromModule(realm, module);
  if (wrap == nullptr || data->init_import_meta.IsEmpty()) return;
  v8::Local<v8::Value> argv[] = {meta, wrap->object()};
  // An exception here propagates to the import.meta expression.
  if (data->init_import_meta.Get(isolate)->Call(ctx, v8::Undefined(isolate), 2, argv).IsEmpty()) {
    return;
  }
}

void SetImportModuleDynamicallyCallback(const Info& info) {
  if (!info[0]->IsFunction()) return;
  Realm::From(info)->BindingData<ModuleWrapData>()->import_dynamically.Reset(
      info.GetIsolate(), info[0].As<v8::Function>());
}

void SetInitializeImportMetaObjectCallback(const Info& info) {
  if (!info[0]->IsFunction()) return;
  Realm::From(info)->BindingData<ModuleWrapData>()->init_import_meta.Reset(
      info.GetIsolate(), info[0].As<v8::Function>());
}

}  // namespace

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> cls = b.Class("ModuleWrap", ModuleWrap::New);
  b.ProtoMethod(cls, "setExport", ModuleWrap::SetExport, 2);
  b.ProtoMethod(cls, "getModuleRequests", ModuleWrap::GetModuleRequests);
  b.ProtoMethod(cls, "link", ModuleWrap::Link, 2);
  b.ProtoMethod(cls, "instantiate", ModuleWrap::Instantiate);
  b.ProtoMethod(cls, "evaluate", ModuleWrap::Evaluate);
  b.ProtoMethod(cls, "getNamespace", ModuleWrap::GetNamespace);
  b.ProtoMethod(cls, "getStatus", ModuleWrap::GetStatus);
  b.ProtoMethod(cls, "getError", ModuleWrap::GetError);
  b.ProtoMethod(cls, "isGraphAsync", ModuleWrap::IsGraphAsync);
  b.Install("ModuleWrap", cls);
  b.Method("setImportModuleDynamicallyCallback", SetImportModuleDynamicallyCallback, 1);
  b.Method("setInitializeImportMetaObjectCallback", SetInitializeImportMetaObjectCallback, 1);
  if (b.realm() == nullptr) return;  // a recording builder (no V8)
  b.Constant("kUninstantiated", v8::Module::kUninstantiated);
  b.Constant("kInstantiating", v8::Module::kInstantiating);
  b.Constant("kInstantiated", v8::Module::kInstantiated);
  b.Constant("kEvaluating", v8::Module::kEvaluating);
  b.Constant("kEvaluated", v8::Module::kEvaluated);
  b.Constant("kErrored", v8::Module::kErrored);
  // The host hooks, once per isolate (a realm owns its isolate; workers get their own).
  ModuleWrapData* data = b.realm()->BindingData<ModuleWrapData>();
  if (!data->hooks_installed) {
    data->hooks_installed = true;
    b.isolate()->SetHostImportModuleDynamicallyCallback(ImportModuleDynamically);
    b.isolate()->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
  }
}

}  // namespace nodus::module_wrap

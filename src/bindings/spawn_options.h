// The spawn options object both process bindings read (internalBinding('process_wrap') and
// internalBinding('spawn_sync')): { file, args, cwd, envPairs, uid, gid, detached } turned into a
// uv_process_options_t whose strings this object owns. The stdio array is read by each binding.
#pragma once
#include <uv.h>

#include <string>
#include <vector>

#include "base/v8_helpers.h"

namespace nodus {

class SpawnOptions {
 public:
  // Reads the options; false when a getter threw (the exception is pending) or `file` is missing.
  // An empty cwd is passed on (ENOENT) by spawnSync but ignored by spawn, as in node.
  bool Parse(v8::Local<v8::Context> ctx, v8::Local<v8::Object> obj, bool empty_cwd_fails = false) {
    v8::Isolate* isolate = ctx->GetIsolate();
    v8::Local<v8::Value> v;
    if (!Get(ctx, obj, "file", &v)) return false;
    if (!v->IsString()) {
      bad_file_ = true;
      return false;
    }
    file_ = Utf8(isolate, v).str();
    if (!Get(ctx, obj, "args", &v)) return false;
    if (!ReadStrings(ctx, v, &args_)) return false;
    if (args_.empty()) args_.push_back(file_);
    if (!Get(ctx, obj, "cwd", &v)) return false;
    if (v->IsString()) {
      cwd_ = Utf8(isolate, v).str();
      has_cwd_ = empty_cwd_fails || !cwd_.empty();
    }
    if (!Get(ctx, obj, "envPairs", &v)) return false;
    if (v->IsArray()) {
      if (!ReadStrings(ctx, v, &env_)) return false;
      has_env_ = true;
    }
    if (!Get(ctx, obj, "uid", &v)) return false;
    if (v->IsInt32()) {
      options_.flags |= UV_PROCESS_SETUID;
      options_.uid = static_cast<uv_uid_t>(v.As<v8::Int32>()->Value());
    }
    if (!Get(ctx, obj, "gid", &v)) return false;
    if (v->IsInt32()) {
      options_.flags |= UV_PROCESS_SETGID;
      options_.gid = static_cast<uv_gid_t>(v.As<v8::Int32>()->Value());
    }
    if (!Get(ctx, obj, "detached", &v)) return false;
    if (v->IsTrue()) options_.flags |= UV_PROCESS_DETACHED;
    return true;
  }

  // The libuv options (valid while this object lives); the caller sets exit_cb and stdio.
  uv_process_options_t* Build() {
    argv_.clear();
    for (auto& a : args_) argv_.push_back(a.data());
    argv_.push_back(nullptr);
    envp_.clear();
    for (auto& e : env_) envp_.push_back(e.data());
    envp_.push_back(nullptr);
    options_.file = file_.c_str();
    options_.args = argv_.data();
    options_.env = has_env_ ? envp_.data() : nullptr;
    options_.cwd = has_cwd_ ? cwd_.c_str() : nullptr;
    return &options_;
  }

  const std::string& file() const { return file_; }
  // Parse failed because `file` was not a string (no exception is pending then).
  bool bad_file() const { return bad_file_; }

  static bool Get(v8::Local<v8::Context> ctx, v8::Local<v8::Object> obj, const char* key,
                  v8::Local<v8::Value>* out) {
    return obj->Get(ctx, InternalizedStr(ctx->GetIsolate(), key)).ToLocal(out);
  }

 private:
  static bool ReadStrings(v8::Local<v8::Context> ctx, v8::Local<v8::Value> v,
                          std::vector<std::string>* out) {
    if (!v->IsArray()) return true;
    auto arr = v.As<v8::Array>();
    for (uint32_t i = 0; i < arr->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!arr->Get(ctx, i).ToLocal(&item)) return false;
      v8::Local<v8::String> s;
      if (!item->ToString(ctx).ToLocal(&s)) return false;
      out->push_back(Utf8(ctx->GetIsolate(), s).str());
    }
    return true;
  }

  uv_process_options_t options_{};
  std::string file_;
  std::string cwd_;
  bool has_cwd_ = false;
  bool bad_file_ = false;
  bool has_env_ = false;
  std::vector<std::string> args_;
  std::vector<std::string> env_;
  std::vector<char*> argv_;
  std::vector<char*> envp_;
};

}  // namespace nodus

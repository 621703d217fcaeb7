// internalBinding('process_methods'): the native side of `process` (lib/internal/process/*.js).
#include <errno.h>
#include <gnu/libc-version.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cstring>
#include <string>
#include <vector>

#include "base/active_list.h"
#include "base/binding.h"
#include "runtime/realm.h"
#include "runtime/version.h"

extern char** environ;

namespace nodus::process_methods {

namespace {

uint64_t start_time = uv_hrtime();

using Info = v8::FunctionCallbackInfo<v8::Value>;

void Hrtime(const Info& info) {
  uint64_t t = uv_hrtime();
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> parts[] = {v8::Number::New(isolate, static_cast<double>(t / 1000000000)),
                                  v8::Number::New(isolate, static_cast<double>(t % 1000000000))};
  info.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
}

void HrtimeBigInt(const Info& info) {
  info.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(info.GetIsolate(), uv_hrtime()));
}

void Uptime(const Info& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - start_time) / 1e9);
}

// loopTiming(out: Float64Array(3)): loop start and exit (ms since start, -1 when not yet) and the
// loop's idle time in ms.
void LoopTiming(const Info& info) {
  Realm* realm = Realm::From(info);
  if (!info[0]->IsFloat64Array()) return;
  auto arr = info[0].As<v8::Float64Array>();
  if (arr->Length() < 3) return;
  double out[3];
  out[0] = realm->loop_start_ns ? static_cast<double>(realm->loop_start_ns - start_time) / 1e6 : -1;
  out[1] = realm->loop_exit_ns ? static_cast<double>(realm->loop_exit_ns - start_time) / 1e6 : -1;
  out[2] = static_cast<double>(uv_metrics_idle_time(realm->loop())) / 1e6;
  arr->Buffer()->GetBackingStore();
  std::memcpy(static_cast<char*>(arr->Buffer()->Data()) + arr->ByteOffset(), out, sizeof(out));
}

void Cwd(const Info& info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err) {
    info.GetReturnValue().Set(err);
    return;
  }
  info.GetReturnValue().Set(Str(info.GetIsolate(), std::string_view(buf, size)));
}

void Chdir(const Info& info) {
  Utf8 dir(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(uv_chdir(*dir));
}

void Umask(const Info& info) {
  mode_t old;
  if (info[0]->IsUndefined()) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext())
                                        .FromMaybe(0)));
  }
  info.GetReturnValue().Set(static_cast<uint32_t>(old));
}

// Fills a Float64Array: rss, heapTotal, heapUsed, external, arrayBuffers.
void MemoryUsage(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  v8::HeapStatistics hs;
  isolate->GetHeapStatistics(&hs);
  auto arr = info[0].As<v8::Float64Array>();
  double* f = static_cast<double*>(arr->Buffer()->Data()) + arr->ByteOffset() / sizeof(double);
  f[0] = static_cast<double>(rss);
  f[1] = static_cast<double>(hs.total_heap_size());
  f[2] = static_cast<double>(hs.used_heap_size());
  f[3] = static_cast<double>(hs.external_memory());
  f[4] = static_cast<double>(hs.external_memory());
}

void Rss(const Info& info) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  info.GetReturnValue().Set(static_cast<double>(rss));
}

void CpuUsage(const Info& info) {
  uv_rusage_t ru;
  if (uv_getrusage(&ru) != 0) return;
  auto arr = info[0].As<v8::Float64Array>();
  double* f = static_cast<double*>(arr->Buffer()->Data()) + arr->ByteOffset() / sizeof(double);
  f[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  f[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
}

void ResourceUsage(const Info& info) {
  uv_rusage_t ru;
  if (uv_getrusage(&ru) != 0) return;
  auto arr = info[0].As<v8::Float64Array>();
  double* f = static_cast<double*>(arr->Buffer()->Data()) + arr->ByteOffset() / sizeof(double);
  f[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  f[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
  f[2] = ru.ru_maxrss;
  f[3] = ru.ru_ixrss;
  f[4] = ru.ru_idrss;
  f[5] = ru.ru_isrss;
  f[6] = ru.ru_minflt;
  f[7] = ru.ru_majflt;
  f[8] = ru.ru_nswap;
  f[9] = ru.ru_inblock;
  f[10] = ru.ru_oublock;
  f[11] = ru.ru_msgsnd;
  f[12] = ru.ru_msgrcv;
  f[13] = ru.ru_nsignals;
  f[14] = ru.ru_nvcsw;
  f[15] = ru.ru_nivcsw;
}

void Kill(const Info& info) {
  v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(ctx).FromMaybe(0);
  int sig = info[1]->Int32Value(ctx).FromMaybe(SIGTERM);
  // A signal to this process may end it: writes gathered for after this poll phase leave first.
  if (pid == static_cast<int>(getpid()) || pid <= 0) {
    Realm* realm = Realm::From(info);
    realm->FlushWrites();
  }
  info.GetReturnValue().Set(uv_kill(pid, sig));
}

void ReallyExit(const Info& info) {
  Realm* realm = Realm::From(info);
  int code = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  realm->Exit(code);
}

void RawDebug(const Info& info) {
  Utf8 s(info.GetIsolate(), info[0]);
  std::fprintf(stderr, "%s\n", *s);
  std::fflush(stderr);
}

void Abort(const Info& info) {
  Realm* realm = Realm::From(info);
  realm->FlushWrites();  // as Realm::Exit does
  std::abort();
}

void GetPid(const Info& info) { info.GetReturnValue().Set(static_cast<int>(getpid())); }
void GetPpid(const Info& info) { info.GetReturnValue().Set(static_cast<int>(getppid())); }

void GetTitle(const Info& info) {
  char buf[512];
  if (uv_get_process_title(buf, sizeof(buf)) != 0) buf[0] = 0;
  info.GetReturnValue().Set(Str(info.GetIsolate(), buf));
}
void SetTitle(const Info& info) {
  Utf8 title(info.GetIsolate(), info[0]);
  uv_set_process_title(*title);
}

void GetUid(const Info& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getuid())); }
void GetEuid(const Info& info) { info.GetReturnValue().Set(static_cast<uint32_t>(geteuid())); }
void GetGid(const Info& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getgid())); }
void GetEgid(const Info& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getegid())); }
void GetGroups(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int n = getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? n : 0);
  if (n > 0) n = getgroups(n, groups.data());
  std::vector<v8::Local<v8::Value>> items;
  gid_t egid = getegid();
  bool seen = false;
  for (int i = 0; i < n; i++) {
    items.push_back(v8::Integer::NewFromUnsigned(isolate, groups[i]));
    if (groups[i] == egid) seen = true;
  }
  if (!seen) items.push_back(v8::Integer::NewFromUnsigned(isolate, egid));
  info.GetReturnValue().Set(v8::Array::New(isolate, items.data(), items.size()));
}

// Resolves a user or group given as a number or a name; returns -1 if unknown.
long ResolveId(v8::Isolate* isolate, v8::Local<v8::Value> v, bool group) {
  if (v->IsNumber()) return static_cast<long>(v.As<v8::Number>()->Value());
  Utf8 name(isolate, v);
  if (group) {
    struct group* g = getgrnam(*name);
    return g ? static_cast<long>(g->gr_gid) : -1;
  }
  struct passwd* p = getpwnam(*name);
  return p ? static_cast<long>(p->pw_uid) : -1;
}

template <int (*fn)(unsigned), bool kGroup>
void SetId(const Info& info) {
  long id = ResolveId(info.GetIsolate(), info[0], kGroup);
  if (id < 0) {
    info.GetReturnValue().Set(1);  // unknown name: JS throws ERR_UNKNOWN_CREDENTIAL
    return;
  }
  if (fn(static_cast<unsigned>(id)) != 0) {
    info.GetReturnValue().Set(-errno);
    return;
  }
  info.GetReturnValue().Set(0);
}
int DoSetuid(unsigned id) { return setuid(id); }
int DoSetgid(unsigned id) { return setgid(id); }
int DoSeteuid(unsigned id) { return seteuid(id); }
int DoSetegid(unsigned id) { return setegid(id); }

void SetGroups(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  auto arr = info[0].As<v8::Array>();
  std::vector<gid_t> groups;
  for (uint32_t i = 0; i < arr->Length(); i++) {
    v8::Local<v8::Value> v;
    if (!arr->Get(ctx, i).ToLocal(&v)) return;
    long id = ResolveId(isolate, v, true);
    if (id < 0) {
      info.GetReturnValue().Set(static_cast<int>(i + 1));
      return;
    }
    groups.push_back(static_cast<gid_t>(id));
  }
  if (setgroups(groups.size(), groups.data()) != 0) {
    info.GetReturnValue().Set(-errno);
    return;
  }
  info.GetReturnValue().Set(0);
}

// process.env: a live view of environ. Values are coerced to strings; delete works.
void EnvGetter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (key->IsSymbol()) return;
  Utf8 k(info.GetIsolate(), key);
  const char* v = getenv(*k);
  if (v) info.GetReturnValue().Set(Str(info.GetIsolate(), v));
}
void EnvSetter(v8::Local<v8::Name> key, v8::Local<v8::Value> value,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (key->IsSymbol()) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> s;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&s)) return;
  Utf8 k(isolate, key), v(isolate, s);
  if (k.size() > 0 && std::strchr(*k, '=') == nullptr) setenv(*k, *v, 1);
  info.GetReturnValue().Set(value);
}
void EnvQuery(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (key->IsSymbol()) return;
  Utf8 k(info.GetIsolate(), key);
  if (getenv(*k)) info.GetReturnValue().Set(static_cast<int>(v8::None));
}
void EnvDeleter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (!key->IsSymbol()) {
    Utf8 k(info.GetIsolate(), key);
    unsetenv(*k);
  }
  info.GetReturnValue().Set(true);
}
void EnvEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<v8::Local<v8::Value>> keys;
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq || eq == *e) continue;
    keys.push_back(Str(isolate, std::string_view(*e, eq - *e)));
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, keys.data(), keys.size()));
}
void EnvDefiner(v8::Local<v8::Name> key, const v8::PropertyDescriptor& desc,
                const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (desc.has_get() || desc.has_set()) {
    ThrowCodedError(isolate, "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
                    "'process.env' does not accept an accessor(getter/setter) descriptor");
    return;
  }
  if (!desc.has_value() ||
      (desc.has_configurable() && !desc.configurable()) ||
      (desc.has_enumerable() && !desc.enumerable()) || (desc.has_writable() && !desc.writable())) {
    ThrowCodedError(isolate, "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
                    "'process.env' only accepts a configurable, writable, and enumerable data "
                    "descriptor");
    return;
  }
  EnvSetter(key, desc.value(), info);
}

void CreateEnv(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(isolate);
  t->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGetter, EnvSetter, EnvQuery, EnvDeleter, EnvEnumerator, EnvDefiner, nullptr,
      v8::Local<v8::Value>(), v8::PropertyHandlerFlags::kHasNoSideEffect));
  v8::Local<v8::Object> env;
  if (t->NewInstance(isolate->GetCurrentContext()).ToLocal(&env)) info.GetReturnValue().Set(env);
}

// setHooks({processTicksAndRejections, onUncaught, reportFatal, processEvent})
void SetHooks(const Info& info) {
  Realm* realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  auto hooks = info[0].As<v8::Object>();
  auto get = [&](const char* name, v8::Global<v8::Function>* slot) {
    v8::Local<v8::Value> v;
    if (hooks->Get(ctx, InternalizedStr(isolate, name)).ToLocal(&v) && v->IsFunction())
      slot->Reset(isolate, v.As<v8::Function>());
  };
  get("onUncaught", &realm->uncaught_handler);
  get("reportFatal", &realm->report_fatal);
  get("processEvent", &realm->emit_process_event);
}

void GetVersions(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> o = v8::Object::New(isolate);
  SetProp(ctx, o, "node", Str(isolate, NODUS_NODE_VERSION));
  SetProp(ctx, o, "nodus", Str(isolate, NODUS_VERSION));
  SetProp(ctx, o, "v8", Str(isolate, v8::V8::GetVersion()));
  SetProp(ctx, o, "uv", Str(isolate, uv_version_string()));
  info.GetReturnValue().Set(o);
}

void LoadEnv(const Info& info) {
  Utf8 path(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(LoadEnvFile(path.str()) ? 0 : UV_ENOENT);
}

// parseEnv(text) -> { KEY: value, ... } (later duplicates win, as in node)
void ParseEnv(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  for (auto& [key, value] : ParseDotenv(Utf8(isolate, info[0]).str())) {
    if (out->Set(ctx, Str(isolate, key), Str(isolate, value)).IsNothing()) return;
  }
  info.GetReturnValue().Set(out);
}

void GetAvailableMemory(const Info& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}
void GetConstrainedMemory(const Info& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_constrained_memory()));
}

}  // namespace

// getActive(kind, names): the thread's open ref'd handles or pending requests, oldest first, as
// their JS objects, or (names true) as node's resource names.
void GetActive(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  ActiveLink::Kind kind = info[0]->IsTrue() ? ActiveLink::Kind::kRequest : ActiveLink::Kind::kHandle;
  bool names = info[1]->IsTrue();
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  uint32_t n = 0;
  bool failed = false;
  ActiveLink::ForEach(kind, [&](ActiveLink* l) {
    if (failed || !l->ActiveNow()) return;
    v8::Local<v8::Value> v;
    if (names) {
      v = InternalizedStr(isolate, l->active_name());
    } else {
      v = l->ActiveObject();
      if (v.IsEmpty()) return;
    }
    failed = out->Set(ctx, n++, v).IsNothing();
  });
  if (!failed) info.GetReturnValue().Set(out);
}

// What process.report needs from the system: [glibcRuntime, glibcCompiler, limits], limits as
// [name, soft, hard] with -1 for unlimited, in node's order.
void GetReportSystemInfo(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  static const struct {
    const char* name;
    int resource;
  } kLimits[] = {
      {"core_file_size_blocks", RLIMIT_CORE},   {"data_seg_size_bytes", RLIMIT_DATA},
      {"file_size_blocks", RLIMIT_FSIZE},       {"max_locked_memory_bytes", RLIMIT_MEMLOCK},
      {"max_memory_size_bytes", RLIMIT_RSS},    {"open_files", RLIMIT_NOFILE},
      {"stack_size_bytes", RLIMIT_STACK},       {"cpu_time_seconds", RLIMIT_CPU},
      {"max_user_processes", RLIMIT_NPROC},     {"virtual_memory_bytes", RLIMIT_AS},
  };
  v8::Local<v8::Array> limits = v8::Array::New(isolate);
  uint32_t n = 0;
  for (const auto& l : kLimits) {
    struct rlimit r {};
    if (getrlimit(l.resource, &r) != 0) continue;
    auto value = [&](rlim_t v) -> v8::Local<v8::Value> {
      if (v == RLIM_INFINITY) return v8::Number::New(isolate, -1);
      return v8::Number::New(isolate, static_cast<double>(v));
    };
    v8::Local<v8::Value> entry[] = {Str(isolate, l.name), value(r.rlim_cur), value(r.rlim_max)};
    if (limits->Set(ctx, n++, v8::Array::New(isolate, entry, 3)).IsNothing()) return;
  }
  std::string compiled = std::to_string(__GLIBC__) + "." + std::to_string(__GLIBC_MINOR__);
  v8::Local<v8::Value> out[] = {Str(isolate, gnu_get_libc_version()), Str(isolate, compiled),
                                limits};
  info.GetReturnValue().Set(v8::Array::New(isolate, out, 3));
}

void Init(Binding& b) {
  b.Method("getActive", GetActive);
  b.Method("getReportSystemInfo", GetReportSystemInfo);
  b.Method("hrtime", Hrtime);
  b.Method("hrtimeBigInt", HrtimeBigInt);
  b.Method("uptime", Uptime);
  b.Method("loopTiming", LoopTiming);
  b.Method("cwd", Cwd);
  b.Method("chdir", Chdir);
  b.Method("umask", Umask);
  b.Method("memoryUsage", MemoryUsage);
  b.Method("rss", Rss);
  b.Method("cpuUsage", CpuUsage);
  b.Method("resourceUsage", ResourceUsage);
  b.Method("kill", Kill);
  b.Method("reallyExit", ReallyExit);
  b.Method("_rawDebug", RawDebug);
  b.Method("abort", Abort);
  b.Method("getPid", GetPid);
  b.Method("getPpid", GetPpid);
  b.Method("getTitle", GetTitle);
  b.Method("setTitle", SetTitle);
  b.Method("getuid", GetUid);
  b.Method("geteuid", GetEuid);
  b.Method("getgid", GetGid);
  b.Method("getegid", GetEgid);
  b.Method("getgroups", GetGroups);
  b.Method("setuid", SetId<DoSetuid, false>);
  b.Method("seteuid", SetId<DoSeteuid, false>);
  b.Method("setgid", SetId<DoSetgid, true>);
  b.Method("setegid", SetId<DoSetegid, true>);
  b.Method("setgroups", SetGroups);
  b.Method("createEnv", CreateEnv);
  b.Method("setHooks", SetHooks);
  b.Method("getVersions", GetVersions);
  b.Method("loadEnvFile", LoadEnv);
  b.Method("parseEnv", ParseEnv);
  b.Method("getAvailableMemory", GetAvailableMemory);
  b.Method("getConstrainedMemory", GetConstrainedMemory);
}

}  // namespace nodus::process_methods

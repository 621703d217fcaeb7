// The runtime (libnodus-runtime.so, loaded by the launcher in src/main.cc): run a script / -e /
// -p / stdin / the REPL. Everything V8, libuv, ICU and OpenSSL lives behind this entry point.
#include <signal.h>
#include <unistd.h>
#include <uv.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "base/binding.h"
#include "runtime/builtins.h"
#include "runtime/builtins_table.h"
#include "runtime/errors.h"
#include "util/memory_trim.h"
#include "runtime/options.h"
#include "runtime/platform.h"
#include "runtime/realm.h"
#include "v8.h"

namespace nodus {
bool WriteSnapshotSource(const v8::StartupData& blob, const std::string& path);
}

// Stage 1 of the build: bootstrap once and serialise the heap into the startup snapshot.
static int BuildSnapshot(nodus::Options* options, uv_loop_t* loop) {
  v8::SnapshotCreator creator(nodus::Binding::ExternalReferences());
  v8::Isolate* isolate = creator.GetIsolate();
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    nodus::Realm realm(isolate, loop, options, nodus::Realm::Mode::kBuildingSnapshot);
    {
      v8::Context::Scope context_scope(realm.context());
      if (!realm.Bootstrap()) return 1;
    }
    if (!realm.PrepareSnapshot(&creator)) return 1;
  }
  v8::StartupData blob = creator.CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  if (blob.data == nullptr) {
    std::fprintf(stderr, "nodus: could not create the startup snapshot\n");
    return 1;
  }
  bool ok = nodus::WriteSnapshotSource(blob, options->code_cache_out);
  delete[] blob.data;
  return ok ? 0 : 1;
}

extern "C" __attribute__((visibility("default"))) int nodus_runtime_main(int argc, char** argv) {
  argv = uv_setup_args(argc, argv);
  nodus::Options options;
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  options.exec_path = n > 0 ? std::string(exe, n) : argv[0];
  int rc = nodus::ParseOptions(argc, argv, &options);
  if (rc >= 0) return rc;
  // The libraries are bound: their linking tables are dead weight in every process's RSS.
  nodus::TrimLinkTables();
  if (nodus::PrintVersionOrHelp(options)) return 0;  // the stage-1 binary has no launcher

  // Node ignores SIGPIPE: a write to a closed pipe is an EPIPE error, not a death.
  signal(SIGPIPE, SIG_IGN);

  // Import attributes (`with { type: 'json' }`, `import(x, { with })`) are behind a flag in
  // V8 10.2 (Debian's backport); the older `assert` form is off, as node 22 rejects it.
  static const char kModuleFlags[] = "--harmony-import-attributes --no-harmony-import-assertions";
  v8::V8::SetFlagsFromString(kModuleFlags, sizeof(kModuleFlags) - 1);
  // V8 10.2 checksums the whole startup snapshot (adler32 over ~1 MB) before deserialising it:
  // ~5M instructions, a tenth of `-e 0`. The snapshot is in this binary's own read-only data
  // (V8 12, node 22's, checks it only in debug builds). The flag also adds and checks a checksum
  // in code caches, so it is off in the build's stage-1 binary too, which writes the builtins'
  // code cache: both sides agree.
  static const char kSnapshotFlags[] = "--no-verify-snapshot-checksum";
  v8::V8::SetFlagsFromString(kSnapshotFlags, sizeof(kSnapshotFlags) - 1);
  // A parallel scavenge waits for its helper threads; on two cores or fewer they are often not
  // running (the process's own peers, a load generator), and a young-generation pause grows from
  // ~0.2 ms to several ms (an http server's p99 latency). One thread scavenges a small young
  // generation about as fast. The user's own --parallel-scavenge still wins (set below).
  if (uv_available_parallelism() <= 2) {
    static const char kGcFlags[] = "--no-parallel-scavenge";
    v8::V8::SetFlagsFromString(kGcFlags, sizeof(kGcFlags) - 1);
  }

  // The young generation starts at 2 MiB semi-spaces instead of V8 10.2's 1 MiB, which it leaves
  // only when many objects survive: an allocation-heavy server that keeps little (http: ~2.6 KB
  // per request) scavenged twice as often as needed. Peak RSS of the http benchmark grows by
  // ~0.5 MB (4 MiB semi-spaces: ~4.5 MB). The user's --min-semi-space-size still wins.
  static const char kYoungFlags[] = "--min-semi-space-size=2";
  v8::V8::SetFlagsFromString(kYoungFlags, sizeof(kYoungFlags) - 1);

  // V8 flags: ours first, then the ones only V8 knows (anything left over is a bad option).
  std::string flags;
  for (auto& f : options.v8_flags) flags += f + " ";
  if (!flags.empty()) v8::V8::SetFlagsFromString(flags.c_str(), flags.size());
  if (!options.unverified_flags.empty()) {
    std::vector<char*> fv;
    fv.push_back(argv[0]);
    for (auto& f : options.unverified_flags) fv.push_back(f.data());
    int fc = static_cast<int>(fv.size());
    v8::V8::SetFlagsFromCommandLine(&fc, fv.data(), true);
    if (fc > 1) {
      std::fprintf(stderr, "%s: bad option: %s\n", argv[0], fv[1]);
      return 9;
    }
  }

  nodus::Platform* platform = nodus::InitializeV8(&argc, argv);
  uv_loop_t* loop = uv_default_loop();
  uv_loop_configure(loop, UV_METRICS_IDLE_TIME);  // eventLoopUtilization
  if (options.mode == nodus::Options::Mode::kBuildSnapshot) return BuildSnapshot(&options, loop);

  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator.get();
  params.external_references = nodus::Binding::ExternalReferences();
  // The embedded snapshot, unless lib/ is loaded from disk or V8 is not the one it was made with.
  v8::StartupData blob{reinterpret_cast<const char*>(nodus::builtins::kSnapshotBlob),
                       static_cast<int>(nodus::builtins::kSnapshotSize)};
  bool use_snapshot = nodus::builtins::kSnapshotSize > 0 && !std::getenv("NODUS_BUILTINS_DIR") &&
                      options.mode != nodus::Options::Mode::kBuildCodeCache &&
                      std::strcmp(nodus::builtins::kSnapshotV8Version, v8::V8::GetVersion()) == 0;
  if (use_snapshot) params.snapshot_blob = &blob;
  v8::Isolate* isolate = v8::Isolate::Allocate();
  nodus::RegisterIsolate(platform, isolate, loop);
  v8::Isolate::Initialize(isolate, params);
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  if (options.trace_uncaught) isolate->SetCaptureStackTraceForUncaughtExceptions(true, 10);

  int exit_code = 0;
  {
    v8::Locker locker(isolate);
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    nodus::Realm realm(isolate, loop, &options,
                       use_snapshot ? nodus::Realm::Mode::kFromSnapshot : nodus::Realm::Mode::kFresh);
    v8::Context::Scope context_scope(realm.context());
    if (!realm.Bootstrap()) realm.Exit(1);
    if (options.mode == nodus::Options::Mode::kBuildCodeCache) {
      // Load every builtin once so the cache covers them (failures only cost speed).
      v8::Local<v8::Function> require = realm.require_builtin.Get(isolate);
      for (const std::string& id : nodus::builtins::Ids()) {
        if (id.rfind("internal/bootstrap/", 0) == 0 || id.rfind("internal/main/", 0) == 0) continue;
        v8::TryCatch try_catch(isolate);
        v8::Local<v8::Value> arg = v8::String::NewFromUtf8(isolate, id.c_str()).ToLocalChecked();
        (void)require->Call(realm.context(), v8::Undefined(isolate), 1, &arg);
      }
      bool ok = nodus::builtins::WriteCodeCache(&realm, options.code_cache_out);
      realm.Exit(ok ? 0 : 1);
    }
    realm.RunMain();
    // A process that goes on running (a server) gives back the start-up-only pages; one that is
    // about to exit does not spend the system call.
    if (uv_loop_alive(loop)) nodus::TrimStartupPages();
    realm.SpinLoop();
    exit_code = realm.EmitExit();
    realm.RunCleanup();
    realm.Exit(exit_code);
  }
  return exit_code;
}

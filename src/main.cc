// nodus: run a script / -e / -p / stdin / the REPL, or a package-manager command.
#include <dlfcn.h>
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
#include "runtime/version.h"
#include "v8.h"

namespace {

const char kHelp[] =
    "Usage: nodus [options] [ script.js ] [arguments]\n"
    "       nodus <command> [args]    (install, add, remove, update, run, x, init, pack,\n"
    "                                  publish, ls, outdated, ci, why, cache)\n"
    "\n"
    "Options:\n"
    "  -                           script read from stdin (default if no file name given)\n"
    "  --                          indicate the end of node options\n"
    "  -c, --check                 syntax check script without executing\n"
    "  -e, --eval script           evaluate script\n"
    "  -p, --print [...]           evaluate script and print result\n"
    "  -r, --require module        module to preload (option can be repeated)\n"
    "  --import module             ES module to preload (option can be repeated)\n"
    "  -i, --interactive           always enter the REPL even if stdin does not appear to be a\n"
    "                              terminal\n"
    "  --input-type=type           set module type for string input (commonjs|module)\n"
    "  --env-file=file             set environment variables from supplied file\n"
    "  --unhandled-rejections=mode define unhandled rejections behavior (throw, strict, warn,\n"
    "                              none, warn-with-error-code)\n"
    "  --no-deprecation            silence deprecation warnings\n"
    "  --throw-deprecation         throw an exception on deprecations\n"
    "  --trace-deprecation         show stack traces on deprecations\n"
    "  --no-warnings               silence all process warnings\n"
    "  --trace-warnings            show stack traces on process warnings\n"
    "  --trace-uncaught            show stack traces for the `throw` behind uncaught exceptions\n"
    "  --preserve-symlinks         preserve symbolic links when resolving\n"
    "  --title=title               the process title to use on startup\n"
    "  --max-old-space-size=MB     V8 heap size limit (V8 flags are passed through)\n"
    "  --stack-size=KB             V8 stack size\n"
    "  --expose-gc                 expose gc() as a global\n"
    "  -v, --version               print nodus version\n"
    "  -h, --help                  print this help\n"
    "\n"
    "Environment variables:\n"
    "  NODE_OPTIONS                options to prepend to the command line\n"
    "  NODE_PATH                   ':'-separated list of directories prefixed to the module "
    "search path\n"
    "  NODE_DEBUG                  ','-separated list of core modules that should print debug "
    "information\n"
    "  NO_COLOR / FORCE_COLOR      colour control\n";

}  // namespace

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

// `nodus <word>` where <word> is a package-manager command: load libnodus-pm.so (next to the
// binary) and hand over. Returns -1 when <word> is not a command (then it is a script name).
static int MaybeRunPackageManager(int argc, char** argv) {
  const char* word = argv[1];
  if (*word < 'a' || *word > 'z') return -1;
  for (const char* p = word; *p; p++) {
    if (!((*p >= 'a' && *p <= 'z') || *p == '-')) return -1;
  }
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  if (n <= 0) return -1;
  std::string dir(exe, n);
  dir = dir.substr(0, dir.rfind('/'));
  std::string path = dir + "/libnodus-pm.so";
  void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (lib == nullptr) {
    if (access(word, F_OK) == 0) return -1;  // a script that happens to look like a word
    std::fprintf(stderr, "nodus: cannot load the package manager (%s): %s\n", path.c_str(),
                 dlerror());
    return 1;
  }
  auto is_command = reinterpret_cast<int (*)(const char*)>(dlsym(lib, "nodus_pm_is_command"));
  auto pm_main = reinterpret_cast<int (*)(int, char**)>(dlsym(lib, "nodus_pm_main"));
  if (is_command == nullptr || pm_main == nullptr || !is_command(word)) return -1;
  return pm_main(argc - 1, argv + 1);
}

int main(int argc, char** argv) {
  if (argc > 1) {
    int rc = MaybeRunPackageManager(argc, argv);
    if (rc >= 0) return rc;
  }

  argv = uv_setup_args(argc, argv);
  nodus::Options options;
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  options.exec_path = n > 0 ? std::string(exe, n) : argv[0];
  int rc = nodus::ParseOptions(argc, argv, &options);
  if (rc >= 0) return rc;
  // The libraries are bound: their linking tables are dead weight in every process's RSS.
  nodus::TrimLinkTables();
  if (options.mode == nodus::Options::Mode::kVersion) {
    std::printf("v%s\n", NODUS_VERSION);
    return 0;
  }
  if (options.mode == nodus::Options::Mode::kHelp) {
    std::fputs(kHelp, stdout);
    return 0;
  }

  // Node ignores SIGPIPE: a write to a closed pipe is an EPIPE error, not a death.
  signal(SIGPIPE, SIG_IGN);

  // Import attributes (`with { type: 'json' }`, `import(x, { with })`) are behind a flag in
  // V8 10.2 (Debian's backport); the older `assert` form is off, as node 22 rejects it.
  static const char kModuleFlags[] = "--harmony-import-attributes --no-harmony-import-assertions";
  v8::V8::SetFlagsFromString(kModuleFlags, sizeof(kModuleFlags) - 1);

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
    realm.Exit(exit_code);
  }
  return exit_code;
}

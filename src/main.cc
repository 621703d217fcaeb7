// nodus: the launcher. A small executable (libc, libdl, libstdc++; no V8, libuv, ICU or OpenSSL)
// that decides what a command line is for and loads only that: `nodus <pm-command>` loads
// libnodus-pm.so, everything else libnodus-runtime.so, both from the executable's directory.
// `--version`, `--help` and bad options are answered here. Loading libnode (V8, bound eagerly)
// and its libraries costs more than a no-op package-manager command itself, so the package
// manager must not pay for it (docs/architecture.md, "Start-up path").
#include <dlfcn.h>
#include <link.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/options.h"
#include "util/launch.h"

namespace {

// The launcher's own libraries (and what the kernel and the loader map). Valgrind's core preload
// interposes nothing.
bool IsOwnObject(const char* name) {
  if (name == nullptr || *name == '\0') return true;  // the executable
  const char* base = std::strrchr(name, '/');
  base = base ? base + 1 : name;
  for (const char* own : {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1",
                          "ld-linux-x86-64.so.2", "linux-vdso.so.1"})
    if (std::strcmp(base, own) == 0) return true;
  return std::strncmp(base, "vgpreload_core-", 15) == 0;
}

int CheckObject(struct dl_phdr_info* info, size_t, void* data) {
  if (IsOwnObject(info->dlpi_name)) return 0;
  *static_cast<bool*>(data) = false;
  return 1;
}

// RTLD_DEEPBIND makes the runtime's libraries look symbols up among themselves first (libnode,
// its libraries, then libstdc++ and libc), the order they had when the executable linked them;
// without it each of libnode's ~5,000 symbolic relocations first misses in every object of the
// launcher's global scope (~5% of `nodus -e 0`). It is only safe when nothing in that scope
// interposes anything: a preloaded malloc (LD_PRELOAD, /etc/ld.so.preload, sanitizers,
// valgrind's memcheck) must stay the malloc of every object, so then the usual order is kept.
bool DeepBindIsSafe() {
  bool only_own = true;
  dl_iterate_phdr(CheckObject, &only_own);
  return only_own;
}

// Loads `file` from the directory of /proc/self/exe and returns `symbol` from it, or nullptr
// with `*error` set.
void* LoadEntry(const char* file, const char* symbol, int flags, std::string* error) {
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  if (n <= 0) {
    *error = "cannot read /proc/self/exe";
    return nullptr;
  }
  std::string path(exe, n);
  path = path.substr(0, path.rfind('/') + 1) + file;
  void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | flags);
  if (lib == nullptr) {
    const char* e = dlerror();
    *error = "(" + path + "): " + (e ? e : "unknown error");
    return nullptr;
  }
  void* entry = dlsym(lib, symbol);
  if (entry == nullptr) *error = "(" + path + "): no " + symbol;
  return entry;
}

using Entry = int (*)(int, char**);

// `nodus <command> ...`: returns the exit code, or -1 to run argv[1] as a script after all (the
// package manager is missing but a file of that name exists, as before the launcher existed).
int RunPackageManager(int argc, char** argv) {
  std::string error;
  auto pm_main = reinterpret_cast<Entry>(LoadEntry("libnodus-pm.so", "nodus_pm_main", 0, &error));
  if (pm_main == nullptr) {
    if (access(argv[1], F_OK) == 0) return -1;
    std::fprintf(stderr, "nodus: cannot load the package manager %s\n", error.c_str());
    return 1;
  }
  return pm_main(argc - 1, argv + 1);
}

}  // namespace

int main(int argc, char** argv) {
  if (nodus::launch::Route(argc, argv) == nodus::launch::Target::kPackageManager) {
    int rc = RunPackageManager(argc, argv);
    if (rc >= 0) return rc;
  }
  {
    // The runtime parses the options again (the same code): what can be answered without V8 is
    // answered here. This pass has no side effects (env files are only checked).
    nodus::Options options;
    options.check_only = true;
    int rc = nodus::ParseOptions(argc, argv, &options);
    if (rc >= 0) return rc;
    if (nodus::PrintVersionOrHelp(options)) return 0;
  }
  std::string error;
  auto runtime_main = reinterpret_cast<Entry>(LoadEntry(
      "libnodus-runtime.so", "nodus_runtime_main", DeepBindIsSafe() ? RTLD_DEEPBIND : 0, &error));
  if (runtime_main == nullptr) {
    std::fprintf(stderr, "nodus: cannot load the runtime %s\n", error.c_str());
    return 1;
  }
  return runtime_main(argc, argv);
}

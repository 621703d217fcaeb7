// `doctor`: npm 11's health checks, each a title, then "Ok" (and a detail line) or "Not ok" and
// what to do; exit 1 after "Some problems found" when one failed. Positional words pick check
// groups (connection/ping, registry, versions, environment, permissions, cache). The version
// checks report nodus's own version and the Node version it implements (nothing is fetched).
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "runtime/version.h"

namespace nodus::pm {

namespace {

const char kUsage[] =
    "Check the health of your nodus environment\n\nUsage:\n"
    "nodus doctor [connection] [registry] [versions] [environment] [permissions] [cache]\n\n"
    "Options:\n[--registry <registry>]\n\nRun \"nodus help doctor\" for more info";

const char kDefaultRegistry[] = "https://registry.npmjs.org/";

struct Outcome {
  bool ok = true;
  std::string text;  // the detail line under Ok, or the advice under Not ok
};

void Warn(const std::string& what, const std::string& msg) {
  std::fprintf(stderr, "nodus warn doctor %s %s\n", what.c_str(), msg.c_str());
}

// `name` on $PATH, as `which` finds it ("" when absent).
std::string Which(const std::string& name) {
  const char* path = getenv("PATH");
  if (!path) return "";
  for (auto& dir : Split(path, ':')) {
    std::string p = JoinPath(dir.empty() ? "." : dir, name);
    struct stat st;
    if (stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(p.c_str(), X_OK) == 0) return p;
  }
  return "";
}

std::string MaskLabel(int mask) {
  std::string out;
  auto add = [&](const char* w) { out += (out.empty() ? "" : ", ") + std::string(w); };
  if (mask & R_OK) add("readable");
  if (mask & W_OK) add("writable");
  if (mask & X_OK) add("executable");
  return out;
}

// npm's checkFilesPermission: `root` and everything below it (symlinks not followed) must allow
// `mask`, and with `should_own` belong to this user and group; a missing root is fine only with
// `missing_ok`.
Outcome CheckFiles(const std::string& root, bool should_own, int mask, bool missing_ok) {
  bool ok = true;
  std::vector<std::string> todo = {root};
  std::set<std::string> seen = {root};
  for (size_t i = 0; i < todo.size(); i++) {
    const std::string f = todo[i];
    struct stat st;
    if (lstat(f.c_str(), &st) != 0) {
      if (!missing_ok || errno != ENOENT) {
        ok = false;
        Warn("checkFilesPermission", "error getting info for " + f);
      }
      continue;
    }
    if (should_own && (getuid() != st.st_uid || getgid() != st.st_gid)) {
      Warn("checkFilesPermission", "should be owner of " + f);
      ok = false;
    }
    if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) continue;
    if (access(f.c_str(), mask) != 0) {
      ok = false;
      std::fprintf(stderr, "nodus error doctor checkFilesPermission Missing permissions on %s (expect: %s)\n", f.c_str(),
                   MaskLabel(mask).c_str());
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      DIR* d = opendir(f.c_str());
      if (!d) {
        ok = false;
        Warn("checkFilesPermission", "error reading directory " + f);
        continue;
      }
      std::vector<std::string> names;
      while (dirent* e = readdir(d))
        if (std::string n = e->d_name; n != "." && n != "..") names.push_back(n);
      closedir(d);
      for (auto& n : names)
        if (seen.insert(f + "/" + n).second) todo.push_back(f + "/" + n);
    }
  }
  if (ok) return {};
  return {false, "Check the permissions of files in " + root + (should_own ? " (should be owned by current user)" : "")};
}

// The packages in the content cache (npm: tarballs verified; ours are unpacked when fetched).
Outcome VerifyCache(const std::string& cache) {
  size_t n = 0;
  for (auto& e : ListDir(cache + "/content"))
    if (e[0] != '.') n++;
  return {true, "verified " + std::to_string(n) + " tarballs"};
}

struct Check {
  std::vector<const char*> groups;
  std::string title;
  std::function<Outcome()> run;
};

}  // namespace

int CmdDoctor(Context& ctx, const Args& args) {
  if (args.Flag("help")) {
    std::printf("%s\n", kUsage);
    return 0;
  }
  ctx.config.Set("npm-command", "doctor");
  std::string registry = ctx.config.RegistryFor("");
  std::string global = GlobalPrefix(ctx.config.Get("prefix"));
  std::string global_bin = global + "/bin";
  std::string cache = ctx.registry->cache_dir();
  std::string local = ctx.project_dir + "/node_modules";
  std::vector<Check> checks = {
      {{"connection", "ping", "registry"}, "Connecting to the registry",
       [&]() -> Outcome {
         HttpResponse resp;
         PmError err;
         if (RegistryRequest(ctx, "GET", registry + "-/ping", "", &resp, &err)) return {};
         if (err.code.size() == 4 && err.code[0] == 'E' && isdigit((unsigned char)err.code[1]))
           return {false, err.code.substr(1) + " " + err.message};
         return {false, err.message};
       }},
      {{"versions"}, "Checking nodus version",
       []() -> Outcome { return {true, "current: v" NODUS_VERSION}; }},
      {{"versions"}, "Checking node version",
       []() -> Outcome { return {true, "current: v" NODUS_NODE_VERSION}; }},
      {{"registry"}, "Checking configured npm registry",
       [&]() -> Outcome {
         if (registry != kDefaultRegistry)
           return {false, std::string("Try `nodus config set registry=") + kDefaultRegistry + "`"};
         return {true, std::string("using default registry (") + kDefaultRegistry + ")"};
       }},
      {{"environment"}, "Checking for git executable in PATH",
       []() -> Outcome {
         std::string git = Which("git");
         if (git.empty()) {
           Warn("getGitPath", "Error: not found: git");
           return {false, "Error: Install git and ensure it's in your PATH."};
         }
         return {true, git};
       }},
      {{"environment"}, "Checking for global bin folder in PATH",
       [&]() -> Outcome {
         const char* path = getenv("PATH");
         if (!path || std::string(path).find(global_bin) == std::string::npos)
           return {false, "Error: Add " + global_bin + " to your $PATH"};
         return {true, global_bin};
       }},
      {{"permissions", "cache"}, "Checking permissions on cached files (this may take awhile)",
       [&]() { return CheckFiles(cache, true, R_OK, false); }},
      {{"permissions"}, "Checking permissions on local node_modules (this may take awhile)",
       [&]() { return CheckFiles(local, true, R_OK | W_OK, true); }},
      {{"permissions"}, "Checking permissions on global node_modules (this may take awhile)",
       [&]() { return CheckFiles(global + "/lib/node_modules", false, R_OK, false); }},
      {{"permissions"}, "Checking permissions on local bin folder",
       [&]() { return CheckFiles(local + "/.bin", false, R_OK | W_OK | X_OK, true); }},
      {{"permissions"}, "Checking permissions on global bin folder",
       [&]() { return CheckFiles(global_bin, false, X_OK, false); }},
      {{"cache"}, "Verifying cache contents (this may take awhile)", [&]() { return VerifyCache(cache); }},
  };
  bool all_ok = true;
  for (auto& c : checks) {
    bool wanted = args.positional.empty();
    for (auto& p : args.positional)
      for (auto* g : c.groups)
        if (p == g) wanted = true;
    if (!wanted) continue;
    if (!ctx.silent) std::printf("%s\n", c.title.c_str());
    std::fflush(stdout);
    Outcome o = c.run();
    all_ok = all_ok && o.ok;
    if (!ctx.silent) {
      if (o.ok) std::printf("Ok\n%s%s\n", o.text.c_str(), o.text.empty() ? "" : "\n");
      else std::printf("Not ok\n%s\n\n", o.text.c_str());
    }
    std::fflush(stdout);
  }
  if (!all_ok)
    return ReportError({"", ctx.silent ? "Some problems found. Check logs or disable silent mode for recommendations."
                                       : "Some problems found. See above for recommendations."});
  return 0;
}

}  // namespace nodus::pm

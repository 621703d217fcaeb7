// `nodus <command>`: argument parsing and the package-manager commands (no V8 here).
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <set>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/pm.h"
#include "pm/scripts.h"
#include "util/launch.h"

namespace nodus::pm {

bool IsCommand(std::string_view w) { return launch::IsPackageManagerCommand(w); }

namespace {

// Flags that take a value when written as "--flag value".
const std::set<std::string> kValueFlags = {"registry", "cache", "tag", "access", "omit", "include", "depth",
                                           "workspace", "prefix", "otp", "userconfig", "package", "call",
                                           "pack-destination", "fetch-retries", "fetch-timeout", "cafile",
                                           "install-strategy", "nodus-cache", "before", "loglevel", "save-prefix",
                                           "location", "preid", "message", "tag-version-prefix",
                                           "auth-type", "scope", "audit-level", "searchlimit", "sbom-format", "sbom-type",
                                           "password", "name", "expires", "cidr",
                                           "token-description", "diff", "diff-unified", "diff-src-prefix",
                                           "diff-dst-prefix", "editor", "shell"};

bool ParseArgs(int argc, char** argv, Args* a, std::string* err) {
  a->command = argv[0];
  bool rest = false;
  for (int i = 1; i < argc; i++) {
    std::string s = argv[i];
    if (rest) { a->rest.push_back(s); continue; }
    if (s == "--") { rest = true; a->saw_dashdash = true; continue; }
    // `x`/`exec` pass everything after the package to the command; `run` (like npm) only what
    // follows `--` and further positional words.
    bool stop_after_first = (a->command == "x" || a->command == "exec") && !a->positional.empty();
    if (stop_after_first) { a->rest.push_back(s); continue; }
    if (StartsWith(s, "--")) {
      std::string key = s.substr(2), val = "true";
      size_t eq = key.find('=');
      if (eq != std::string::npos) {
        val = key.substr(eq + 1);
        key = key.substr(0, eq);
      } else if (StartsWith(key, "no-")) {
        key = key.substr(3);
        val = "false";
      } else if (kValueFlags.count(key)) {
        if (i + 1 >= argc) { *err = "--" + key + " needs a value"; return false; }
        val = argv[++i];
      }
      if (key == "omit" || key == "include") a->flags[key] += (a->flags[key].empty() ? "" : ",") + val;
      else if (key == "diff") a->flags[key] += (a->flags[key].empty() ? "" : "\n") + val;  // (given up to twice)
      else a->flags[key] = val;
      continue;
    }
    if (s.size() >= 2 && s[0] == '-' && s[1] != '-') {
      for (size_t j = 1; j < s.size(); j++) {
        switch (s[j]) {
          case 'D': a->flags["save-dev"] = "true"; break;
          case 'E': a->flags["save-exact"] = "true"; break;
          case 'O': a->flags["save-optional"] = "true"; break;
          case 'P': a->flags["save-prod"] = "true"; break;
          case 'B': a->flags["save-bundle"] = "true"; break;
          case 'g': a->flags["global"] = "true"; break;
          case 'y': a->flags["yes"] = "true"; break;
          case 's': case 'q': a->flags["silent"] = "true"; break;
          case 'f': a->flags["force"] = "true"; break;
          case 'p': a->flags["parseable"] = "true"; break;
          case 'w': case 'm': case 'L': {
            const char* key = s[j] == 'w' ? "workspace" : s[j] == 'm' ? "message" : "location";
            if (i + 1 >= argc) { *err = "-" + std::string(1, s[j]) + " needs a value"; return false; }
            a->flags[key] = argv[++i];
            break;
          }
          default: *err = "unknown flag -" + std::string(1, s[j]); return false;
        }
      }
      continue;
    }
    a->positional.push_back(s);
  }
  return true;
}

}  // namespace

int Main(int argc, char** argv) {
  if (argc < 1) return 1;
  if (std::string_view(argv[0]).substr(0, 5) == "--run" &&
      (argv[0][5] == '\0' || argv[0][5] == '=')) {
    return NodeRun(argc, argv);
  }
  try {
    Args args;
    std::string err;
    if (!ParseArgs(argc, argv, &args, &err)) {
      std::fprintf(stderr, "nodus error %s\n", err.c_str());
      return 1;
    }
    Context ctx;
    ctx.start_time = NowSeconds();
    ctx.cwd = CurrentDir();
    bool global = args.flags.count("global") && args.flags["global"] != "false";
    if (args.flags.count("prefix") && !global) ctx.cwd = args.flags["prefix"];
    std::string project = FindProjectDir(ctx.cwd);
    if (global) {
      // Global packages live in <prefix>/lib/node_modules with bins in <prefix>/bin.
      std::string prefix = GlobalPrefix(args.flags.count("prefix") ? args.flags["prefix"] : "");
      project = JoinPath(prefix, "lib");
      MakeDirs(project);
      if (!PathExists(project + "/package.json"))
        WriteFileAtomic(project + "/package.json", "{\n  \"name\": \"nodus-global\",\n  \"private\": true\n}\n");
    }
    if (args.command == "init") project = ctx.cwd;
    ctx.config.Load(project);
    for (auto& [k, v] : args.flags) ctx.config.Set(k, v);
    ctx.silent = ctx.config.GetBool("silent", false) || ctx.config.Get("loglevel") == "silent";
    ctx.json = ctx.config.GetBool("json", false);
    SetJsonErrors(ctx.json);
    ctx.tty = isatty(1);
    ctx.Init(project);
    return RunCommand(ctx, args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nodus error internal: %s\n", e.what());
    return 1;
  } catch (...) {
    std::fprintf(stderr, "nodus error internal error\n");
    return 1;
  }
}

}  // namespace nodus::pm

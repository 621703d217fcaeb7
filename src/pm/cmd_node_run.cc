// `nodus --run <script> [-- args]`: node 22's --run, not npm's `run`. The nearest package.json
// from the current folder up; no pre/post scripts and no npm_* variables; NODE_RUN_SCRIPT_NAME
// and NODE_RUN_PACKAGE_JSON_PATH set; existing node_modules/.bin folders from the current folder
// up on PATH (then nodus as `node`); arguments after `--` appended in single quotes; the script
// runs in the package's folder; any failure exits 1, as node's does.
#include <errno.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "pm/fs_util.h"
#include "pm/project.h"
#include "pm/scripts.h"

namespace nodus::pm {

int NodeRun(int argc, char** argv) {
  std::string name;
  int i = 0;
  std::string first = argv[0];
  if (first.rfind("--run=", 0) == 0) {
    name = first.substr(6);
  } else if (argc > 1) {
    name = argv[1];
    i = 1;
  } else {
    std::fprintf(stderr, "%s: --run requires an argument\n", program_invocation_name);
    return 9;
  }
  std::string args;
  for (i++; i < argc; i++) {
    if (std::string(argv[i]) != "--") continue;
    // each in single quotes, as node does (a quote inside one is not escaped either)
    for (i++; i < argc; i++) args += std::string(" '") + argv[i] + "'";
  }

  std::string cwd = CurrentDir();
  std::string dir = cwd;
  while (!PathExists(JoinPath(dir, "package.json"))) {
    std::string parent = DirName(dir);
    if (parent == dir) {
      std::fprintf(stderr, "Can't find package.json for directory %s\n", cwd.c_str());
      return 1;
    }
    dir = parent;
  }
  std::string pkg_path = JoinPath(dir, "package.json");
  Json pkg;
  PmError err;
  if (!ReadPackageJsonFile(pkg_path, &pkg, &err)) {
    std::fprintf(stderr, "Can't parse %s\n", pkg_path.c_str());
    return 1;
  }
  const Json* scripts = pkg.Get("scripts");
  if (scripts == nullptr || !scripts->IsObject()) {
    std::fprintf(stderr, "Can't find \"scripts\" field in %s\n", pkg_path.c_str());
    return 1;
  }
  const Json* script = scripts->Get(name);
  if (script == nullptr || !script->IsString()) {
    std::string list;
    for (auto& [key, value] : scripts->members()) {
      if (value.IsString()) list += "  " + key + ": " + value.str() + "\n";
    }
    std::fprintf(stderr, "Missing script: \"%s\" for %s\n\nAvailable scripts are:\n%s",
                 name.c_str(), pkg_path.c_str(), list.c_str());
    return 1;
  }

  std::map<std::string, std::string> env = CurrentEnvironment();
  std::string path;
  for (std::string d = cwd;; d = DirName(d)) {
    std::string bin = JoinPath(d, "node_modules/.bin");
    if (PathExists(bin)) path += bin + ":";
    if (DirName(d) == d) break;
  }
  std::string shim = NodeShimDir();
  if (!shim.empty()) path += shim + ":";
  path += env.count("PATH") ? env["PATH"] : "/usr/local/bin:/usr/bin:/bin";
  env["PATH"] = path;
  env["NODE_RUN_SCRIPT_NAME"] = name;
  env["NODE_RUN_PACKAGE_JSON_PATH"] = pkg_path;
  int status = SpawnShell(dir, script->str() + args, env);
  if (status < 0) return 1;
  return WIFEXITED(status) && WEXITSTATUS(status) != 0 ? 1 : 0;
}

}  // namespace nodus::pm

// Lifecycle scripts and bin links (no V8 here).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "pm/json.h"

namespace nodus::pm {

struct ScriptRun {
  std::string pkg_dir;     // working directory
  std::string project_dir; // INIT_CWD-ish root for PATH lookup
  const Json* pkg = nullptr;
  std::string event;       // "postinstall", "test", ...
  std::string script;      // the command text
  std::vector<std::string> args;  // appended, shell-quoted
  bool quiet_header = false;
  bool stdout_to_stderr = false;  // --json: stdout carries only the JSON result
  bool banner_pkgid = true;       // "> name@version event"; npm's `version` prints "> event"
};

// Runs one script with `sh -c`, node_modules/.bin of the package and its ancestors on PATH and the
// npm_* environment. Returns the exit status (128+signal when killed).
int RunScript(const ScriptRun& run);
// This process's environment as a map.
std::map<std::string, std::string> CurrentEnvironment();
// Runs `sh -c cmd` in dir with env and waits: the wait status, -1 when it could not start.
int SpawnShell(const std::string& dir, const std::string& cmd,
               const std::map<std::string, std::string>& env, bool stdout_to_stderr = false);
// `nodus --run <script> [-- args]`, node's own script runner (argv[0] is "--run" or "--run=x").
int NodeRun(int argc, char** argv);
// Runs pkg.scripts[event] in pkg_dir when present (0 when absent).
int RunEvent(const std::string& pkg_dir, const Json& pkg, const std::string& event, bool quiet,
             const std::vector<std::string>& args = {}, bool stdout_to_stderr = false,
             bool banner_pkgid = true);
std::string ShellQuote(const std::string& s);
// This executable's path (/proc/self/exe), "" when unknown.
std::string SelfExe();

// Links a package's bins into `bin_dir` (e.g. node_modules/.bin); `pkg_dir` holds the package.
// Returns the names linked.
std::vector<std::string> LinkBins(const std::string& pkg_dir, const Json& bin, const std::string& bin_dir);
// Removes links in bin_dir whose target no longer exists.
void RemoveDanglingBins(const std::string& bin_dir);
// The directory with a `node` link to this binary when it is the real runtime ("" otherwise).
std::string NodeShimDir();

}  // namespace nodus::pm

#include "util/launch.h"

#include <sys/stat.h>

#include <iterator>
#include <string>

namespace nodus::launch {

namespace {

// Words that were always package-manager commands: `nodus install` is the package manager even
// where an `install.js` exists (run it as `nodus install.js` or `nodus ./install`).
constexpr std::string_view kCommands[] = {
    "install", "i",          "add",  "remove", "uninstall", "rm",   "un",
    "update",  "up",         "upgrade", "run", "run-script", "x",   "exec",
    "init",    "pack",       "publish", "ls",  "list",       "outdated",
    "ci",      "clean-install", "why", "explain", "cache"};

// npm's other commands. These are also common script names (`node test` runs ./test.js, `node
// start` ./start.js), so a module of that name in the current folder keeps Node's meaning.
constexpr std::string_view kScriptLikeCommands[] = {
    "test",   "t",       "tst",       "start",     "stop",      "restart",  "link",   "ln",    "unlink",
    "version", "view",   "info",      "show",      "prune",    "dedupe", "ddp",   "rebuild",
    "rb",     "config",  "pkg",       "whoami",    "dist-tag", "dist-tags", "deprecate", "login",
    "adduser", "add-user", "logout",  "audit",     "ping",     "search",   "find",  "owner", "author",
    "root",   "prefix",  "shrinkwrap", "fund",     "install-test", "it",  "install-ci-test", "cit",
    "clean-install-test", "sit", "help",
    "unpublish", "access", "token", "star", "unstar", "stars",
    "docs", "home", "bugs", "issues", "repo", "find-dupes", "sbom", "query",
    "diff", "doctor", "explore", "edit", "completion", "org", "ogr", "team"};

bool IsFile(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// Whether `./word` resolves as a main module would (a file, word.js/.mjs/.cjs/.json/.node, or a
// folder with a package.json or an index file).
bool ModuleExists(std::string_view word) {
  std::string base(word);
  for (const char* ext : {"", ".js", ".mjs", ".cjs", ".json", ".node"})
    if (IsFile(base + ext)) return true;
  for (const char* f : {"/package.json", "/index.js", "/index.json", "/index.node"})
    if (IsFile(base + f)) return true;
  return false;
}

}  // namespace

bool IsPackageManagerCommand(std::string_view word) {
  for (std::string_view c : kCommands)
    if (c == word) return true;
  for (std::string_view c : kScriptLikeCommands)
    if (c == word) return true;
  return false;
}

std::vector<std::string_view> PackageManagerCommands() {
  std::vector<std::string_view> out(std::begin(kCommands), std::end(kCommands));
  out.insert(out.end(), std::begin(kScriptLikeCommands), std::end(kScriptLikeCommands));
  return out;
}

bool IsScriptLikeCommand(std::string_view word) {
  for (std::string_view c : kScriptLikeCommands)
    if (c == word) return true;
  return false;
}

Target Route(int argc, const char* const* argv) {
  // `nodus --run <script>` (node's script runner) needs package.json and a shell, not V8
  if (argc > 1 && argv[1] != nullptr) {
    std::string_view first = argv[1];
    if (first == "--run" || first.rfind("--run=", 0) == 0) return Target::kPackageManager;
  }
  if (argc > 1 && argv[1] != nullptr && IsPackageManagerCommand(argv[1])) {
    if (IsScriptLikeCommand(argv[1]) && ModuleExists(argv[1])) return Target::kRuntime;
    return Target::kPackageManager;
  }
  return Target::kRuntime;
}

}  // namespace nodus::launch

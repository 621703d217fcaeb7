#include "util/launch.h"

namespace nodus::launch {

bool IsPackageManagerCommand(std::string_view word) {
  static constexpr std::string_view kCommands[] = {
      "install", "i",          "add",  "remove", "uninstall", "rm",   "un",
      "update",  "up",         "upgrade", "run", "run-script", "x",   "exec",
      "init",    "pack",       "publish", "ls",  "list",       "outdated",
      "ci",      "clean-install", "why", "explain", "cache"};
  for (std::string_view c : kCommands)
    if (c == word) return true;
  return false;
}

Target Route(int argc, const char* const* argv) {
  if (argc > 1 && argv[1] != nullptr && IsPackageManagerCommand(argv[1]))
    return Target::kPackageManager;
  return Target::kRuntime;
}

}  // namespace nodus::launch

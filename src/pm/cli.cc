#include "pm/pm.h"

#include <cstdio>

namespace nodus::pm {
bool IsCommand(std::string_view w) {
  return w == "install" || w == "i" || w == "add" || w == "remove" || w == "uninstall" ||
         w == "rm" || w == "update" || w == "run" || w == "x" || w == "exec" || w == "init" ||
         w == "pack" || w == "publish" || w == "ls" || w == "ci" || w == "outdated" ||
         w == "why" || w == "cache";
}
int Main(int argc, char** argv) {
  std::fprintf(stderr, "nodus %s: the package manager is not built yet\n", argv[0]);
  return 1;
}
}  // namespace nodus::pm

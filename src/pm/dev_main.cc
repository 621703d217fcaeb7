// Standalone package-manager binary for development: `nodus_pm_dev install ...`.
#include <cstdio>

#include "pm/pm.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: nodus_pm_dev <command> [args]\n");
    return 1;
  }
  return nodus::pm::Main(argc - 1, argv + 1);
}

// Standalone package-manager binary for development: `nodus_pm_dev install ...`.
//
// CMake's src/pm/*.cc glob also puts this file into the nodus_pm library, so any executable that
// links nodus_pm without its own main (nodus_cctest, which relies on gtest_main) gets this main.
// test/cctest/pm_gtest_main.cc defines NodusCctestMain; when it is linked in, run the tests instead.
#include <cstdio>

#include "pm/pm.h"

extern "C" int NodusCctestMain(int argc, char** argv) __attribute__((weak));

int main(int argc, char** argv) {
  if (NodusCctestMain) return NodusCctestMain(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: nodus_pm_dev <command> [args]\n");
    return 1;
  }
  return nodus::pm::Main(argc - 1, argv + 1);
}

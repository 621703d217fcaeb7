// The package manager as a loadable module (libnodus-pm.so): `nodus <command>` loads it with
// dlopen (src/main.cc), so running a script never maps libcurl and its TLS/LDAP/IDN dependency
// tree, and a package-manager command never maps V8.
#include "pm/pm.h"

extern "C" __attribute__((visibility("default"))) int nodus_pm_main(int argc, char** argv) {
  return nodus::pm::Main(argc, argv);
}
